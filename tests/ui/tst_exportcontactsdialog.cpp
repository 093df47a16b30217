#include "GuiTestHelpers.h"
#include "contacts/ExportContactsDialog.h"
#include "domain/ManualClock.h"
#include "io/vcard/VCardMapper.h"
#include "io/vcard/VCardReader.h"
#include "main/MainWindow.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/TagStore.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kith;
using kith::test::answerModal;
using kith::test::child;

namespace {

QStringList namesInVCardFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    VCardReader reader(&file);
    const VCardMapper mapper;
    QStringList names;
    while (auto card = reader.next())
        names.append(mapper.map(*card).contact.effectiveName());
    return names;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void setPath(ExportContactsDialog& dialog, const QString& path)
{
    auto* edit = child<QLineEdit>(dialog, QStringLiteral("exportPathEdit"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, path);
}

} // namespace

class TestExportContactsDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC));
        auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_database = std::move(opened.value());
        m_tags = std::make_unique<TagStore>(*m_database);
        m_contacts = std::make_unique<ContactStore>(*m_database, *m_clock);
        m_ids.clear();
        for (const auto& [given, family, tag] :
             {std::tuple{"Ada", "Lovelace", "Family"}, std::tuple{"Alan", "Turing", ""},
              std::tuple{"Grace", "Hopper", "Family"}}) {
            Contact c;
            c.given = QString::fromLatin1(given);
            c.family = QString::fromLatin1(family);
            if (*tag)
                c.tags = {QString::fromLatin1(tag)};
            c.phones = {{QStringLiteral("mobile"), QStringLiteral("+44 7700 900%1").arg(m_ids.size())}};
            m_ids.append(m_contacts->add(c).value());
        }
    }
    void cleanup()
    {
        m_contacts.reset();
        m_tags.reset();
        m_database.reset();
        m_dir.reset();
    }

    void proposesAScopeAndAFileName()
    {
        ExportContactsDialog dialog(*m_contacts, *m_tags, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* selection = child<QRadioButton>(dialog, QStringLiteral("exportSelectionButton"));
        auto* all = child<QRadioButton>(dialog, QStringLiteral("exportAllButton"));
        auto* tag = child<QRadioButton>(dialog, QStringLiteral("exportTagButton"));
        auto* tagCombo = child<QComboBox>(dialog, QStringLiteral("exportTagCombo"));
        auto* format = child<QComboBox>(dialog, QStringLiteral("exportFormatCombo"));
        auto* path = child<QLineEdit>(dialog, QStringLiteral("exportPathEdit"));
        QVERIFY(!selection->isEnabled()); // nothing selected
        QVERIFY(all->isChecked());
        QCOMPARE(all->text(), QStringLiteral("All contacts (3)"));
        QVERIFY(!tagCombo->isEnabled());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QVERIFY2(path->text().endsWith(QStringLiteral("/kith-contacts-") + today + QStringLiteral(".vcf")),
                 qPrintable(path->text()));
        QCOMPARE(format->count(), 3);
        QVERIFY(!format->toolTip().isEmpty());

        format->setCurrentIndex(2);
        QVERIFY(path->text().endsWith(QStringLiteral(".csv")));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("exportFormatHint"))->text().contains(u"spreadsheets"));
        QTest::mouseClick(tag, Qt::LeftButton);
        QVERIFY(tag->isChecked());
        QVERIFY(tagCombo->isEnabled());
        tagCombo->setCurrentIndex(tagCombo->findText(QStringLiteral("family"), Qt::MatchFixedString));
        QVERIFY2(path->text().endsWith(QStringLiteral("/kith-family-") + today + QStringLiteral(".csv")),
                 qPrintable(path->text()));

        // A name the user typed is kept; only its suffix follows the format.
        setPath(dialog, m_dir->filePath(QStringLiteral("mine.csv")));
        format->setCurrentIndex(0);
        QCOMPARE(path->text(), m_dir->filePath(QStringLiteral("mine.vcf")));
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(path->text(), m_dir->filePath(QStringLiteral("mine.vcf")));

        QCOMPARE(ExportContactsDialog::defaultFileName(QStringLiteral("/tmp"), ContactExporter::Scope::Kind::Tag,
                                                       QStringLiteral("Work / Ex-colleagues"),
                                                       ContactExporter::Format::VCard30, QDate(2026, 1, 2)),
                 QStringLiteral("/tmp/kith-work-ex-colleagues-2026-01-02.vcf"));
    }

    void exportsTheSelectionAsVCard30()
    {
        ExportContactsDialog dialog(*m_contacts, *m_tags, {m_ids[2], m_ids[0]});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* selection = child<QRadioButton>(dialog, QStringLiteral("exportSelectionButton"));
        QVERIFY(selection->isChecked()); // several selected: the selection is what is meant
        QCOMPARE(selection->text(), QStringLiteral("Selected contacts (2)"));
        child<QComboBox>(dialog, QStringLiteral("exportFormatCombo"))->setCurrentIndex(1);
        const QString path = m_dir->filePath(QStringLiteral("selected.vcf"));
        setPath(dialog, path);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("exportButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.exportedCount(), 2);
        QCOMPARE(dialog.exportedPath(), path);
        QVERIFY(fileBytes(path).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        QCOMPARE(namesInVCardFile(path), (QStringList{"Grace Hopper", "Ada Lovelace"}));
    }

    void exportsATagAsCsv()
    {
        ExportContactsDialog dialog(*m_contacts, *m_tags, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QRadioButton>(dialog, QStringLiteral("exportTagButton")), Qt::LeftButton);
        auto* tagCombo = child<QComboBox>(dialog, QStringLiteral("exportTagCombo"));
        tagCombo->setCurrentIndex(tagCombo->findText(QStringLiteral("family"), Qt::MatchFixedString));
        child<QComboBox>(dialog, QStringLiteral("exportFormatCombo"))->setCurrentIndex(2);
        const QString path = m_dir->filePath(QStringLiteral("family.csv"));
        setPath(dialog, path);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("exportButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QByteArray csv = fileBytes(path);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFName,First Name,"));
        QCOMPARE(csv.count("\r\n"), 3);
        QVERIFY(csv.contains(",Ada,,Lovelace,"));
        QVERIFY(csv.contains(",Grace,,Hopper,"));
        QVERIFY(!csv.contains("Turing"));
        QVERIFY(csv.contains(",'+44 7700 900")); // formula-safe
    }

    void asksBeforeReplacingAndReportsErrors()
    {
        const QString path = m_dir->filePath(QStringLiteral("existing.vcf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        ExportContactsDialog dialog(*m_contacts, *m_tags, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        setPath(dialog, path);
        auto* exportButton = child<QPushButton>(dialog, QStringLiteral("exportButton"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(u"existing.vcf already exists"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(fileBytes(path), QByteArray("keep me"));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        setPath(dialog, m_dir->filePath(QStringLiteral("no/such/folder/x.vcf")));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(u"does not exist"), qPrintable(MessageBox::lastText()));
        QVERIFY(dialog.isVisible());

        // Emptied, the path cannot be exported to.
        setPath(dialog, QString());
        QVERIFY(!exportButton->isEnabled());

        setPath(dialog, path);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(namesInVCardFile(path).size(), 3);
    }

    void fileMenuOpensTheDialog()
    {
        m_contacts.reset();
        m_tags.reset();
        Settings settings(m_dir->filePath(QStringLiteral("kith.conf")));
        MainWindow window(settings, *m_database, *m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionExportContacts"));
        QVERIFY(action);
        QVERIFY(!action->toolTip().isEmpty());
        auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu);
        const QList<QAction*> actions = fileMenu->actions();
        const qsizetype calendar = actions.indexOf(window.findChild<QAction*>(QStringLiteral("actionExportCalendar")));
        QCOMPARE(actions.indexOf(action), calendar + 1);

        QVERIFY(window.selectContact(m_ids[1]));
        const QString path = m_dir->filePath(QStringLiteral("from-menu.vcf"));
        QString selectionText;
        const bool answered =
            answerModal([](QWidget* w) { return w->objectName() == QStringLiteral("exportContactsDialog"); },
                        [&](QWidget* w) {
                            auto* dialog = qobject_cast<ExportContactsDialog*>(w);
                            QVERIFY(QTest::qWaitForWindowExposed(dialog));
                            auto* selection = child<QRadioButton>(*dialog, QStringLiteral("exportSelectionButton"));
                            selectionText = selection->text();
                            selection->click();
                            QVERIFY(selection->isChecked());
                            setPath(*dialog, path);
                            child<QPushButton>(*dialog, QStringLiteral("exportButton"))->click();
                        },
                        [action] { action->trigger(); });
        QVERIFY(answered);
        QCOMPARE(selectionText, QStringLiteral("Selected contacts (1)"));
        QCOMPARE(namesInVCardFile(path), QStringList{QStringLiteral("Alan Turing")});
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Exported 1 contact"),
                 qPrintable(window.statusBar()->currentMessage()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<ContactStore> m_contacts;
    QList<qint64> m_ids;
};

QTEST_MAIN(TestExportContactsDialog)
#include "tst_exportcontactsdialog.moc"
