#include "GuiTestHelpers.h"
#include "contacts/ContactTableModel.h"
#include "domain/ManualClock.h"
#include "import/CsvColumnMappingModel.h"
#include "import/CsvMappingDialog.h"
#include "import/ImportActionDelegate.h"
#include "import/ImportApplyThread.h"
#include "import/ImportBatchModel.h"
#include "import/ImportController.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportPreviewDialog.h"
#include "import/ImportPreviewFilterModel.h"
#include "import/ImportPreviewModel.h"
#include "io/import/CsvPreview.h"
#include "io/import/ImportPlanner.h"
#include "main/MainWindow.h"
#include "reminders/DueModel.h"
#include "reminders/DueView.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/ImportBatchStore.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kith;

// The import from the user's side: files dropped on the real window, the preview walked, the plan applied
// in its worker thread, the rows found in the table and the fields in the database, then undone.
class TestImportFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dropPreviewApplyAndUndo();
    void fileMenuHasImportActions();
    void dropOnChildWidgetsIsAnImport();
    void otherDropsAreLeftAlone();
    void genericCsvAsksForColumns();
    void severalGenericCsvsAskEachTheirColumns();
    void cancelWritesNothing();
    void undoFromEditMenu();
    void undoRefusedWhenEditedSince();
    void undoCanBeCancelled();
    void cancelButtonWhileApplyingCancels();
    void previewModelIsSound();
    void mappingAndHistoryModelsAreSound();
    void mappingPreviewNamesPhoneOnlyRowsByNumber();
    // Not a check: with KITH_IMPORT_SHOTS=DIR, saves screenshots of the preview, the mapping page and the
    // history for a person to look at.
    void screenshots();

private:
    QString writeFile(const QString& name, const QByteArray& content) const;
    void drop(QWidget* target, const QStringList& files, bool withText = false);
    ImportPreviewDialog* waitForPreview();
    int previewRow(const ImportPreviewDialog* dialog, const QString& name) const;
    QStringList tableNames() const;
    qint64 addContact(const QString& given, const QString& family, const QString& email, const QString& phone,
                      const QString& title = {});
    Contact contact(qint64 id) const;
    qint64 idOf(const QString& effectiveName) const;
    CsvMappingDialog* mappingPageFor(const QString& file) const;
    ImportController* controller() const { return m_window->importController(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QTableView* m_table = nullptr;
};

namespace {

const QByteArray FriendsVcf = "BEGIN:VCARD\r\n"
                              "VERSION:3.0\r\n"
                              "FN:Ada Lovelace\r\n"
                              "N:Lovelace;Ada;;;\r\n"
                              "EMAIL;TYPE=home:ada@example.com\r\n"
                              "TEL;TYPE=cell:+44 20 7946 0958\r\n"
                              "TITLE:Mathematician\r\n"
                              "END:VCARD\r\n"
                              "BEGIN:VCARD\r\n"
                              "VERSION:3.0\r\n"
                              "FN:Grace Hopper\r\n"
                              "N:Hopper;Grace;;;\r\n"
                              "EMAIL:grace@navy.example\r\n"
                              "BDAY:1906-06-08\r\n"
                              "END:VCARD\r\n"
                              "BEGIN:VCARD\r\n"
                              "VERSION:4.0\r\n"
                              "FN:Alan Turing\r\n"
                              "N:Turing;Alan;;;\r\n"
                              "EMAIL:alan@bletchley.example\r\n"
                              "END:VCARD\r\n"
                              "BEGIN:VCARD\r\n"
                              "VERSION:3.0\r\n"
                              "FN:Charles Babbage\r\n"
                              "N:Babbage;Charles;;;\r\n"
                              "TEL:+442079460001\r\n"
                              "EMAIL:charles@engine.example\r\n"
                              "END:VCARD\r\n"
                              "BEGIN:VCARD\r\n"
                              "VERSION:3.0\r\n"
                              "FN:Alan M. Turing\r\n"
                              "EMAIL:alan@bletchley.example\r\n"
                              "TEL:+44 161 496 0000\r\n"
                              "END:VCARD\r\n";

QStringList values(const QList<LabeledValue>& fields)
{
    QStringList result;
    for (const LabeledValue& field : fields)
        result << field.value;
    return result;
}

} // namespace

void TestImportFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kith.conf")));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_table = m_window->findChild<QTableView*>(QStringLiteral("contactTable"));
    QVERIFY(m_table);
}

void TestImportFlow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

QString TestImportFlow::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportFlow::drop(QWidget* target, const QStringList& files, bool withText)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& file : files)
        urls << QUrl::fromLocalFile(file);
    mime.setUrls(urls);
    if (withText) // file managers offer the paths as text too: a line edit would take that
        mime.setText(files.join(QLatin1Char('\n')));
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction);
    QDragMoveEvent move(centre, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropEvent(QPointF(centre), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    QCOMPARE(dropEvent.dropAction(), Qt::CopyAction); // never a move: the file manager would delete the file
}

ImportPreviewDialog* TestImportFlow::waitForPreview()
{
    // Not QTRY_VERIFY: it returns void. A missing preview fails at its first use.
    QElapsedTimer waited;
    waited.start();
    while (!(controller()->previewDialog() && controller()->previewDialog()->isVisible()) && waited.elapsed() < 20000)
        QTest::qWait(20);
    if (!controller()->previewDialog())
        qFatal("the import preview never appeared");
    return controller()->previewDialog();
}

int TestImportFlow::previewRow(const ImportPreviewDialog* dialog, const QString& name) const
{
    const QAbstractItemModel* model = dialog->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ImportPreviewModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QStringList TestImportFlow::tableNames() const
{
    QStringList names;
    const QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ContactTableModel::Name).data().toString();
    return names;
}

qint64 TestImportFlow::addContact(const QString& given, const QString& family, const QString& email,
                                  const QString& phone, const QString& title)
{
    Contact contact;
    contact.given = given;
    contact.family = family;
    contact.title = title;
    if (!email.isEmpty())
        contact.emails << LabeledValue{QStringLiteral("home"), email};
    if (!phone.isEmpty())
        contact.phones << LabeledValue{QStringLiteral("work"), phone};
    auto id = m_window->contactStore().add(contact);
    if (!id)
        qWarning() << id.error();
    return id ? *id : 0;
}

Contact TestImportFlow::contact(qint64 id) const
{
    auto found = m_window->contactStore().get(id);
    return found ? *found : Contact();
}

qint64 TestImportFlow::idOf(const QString& effectiveName) const
{
    auto ids = m_window->contactStore().ids(ContactQuery());
    if (!ids)
        return 0;
    for (qint64 id : *ids) {
        if (contact(id).effectiveName() == effectiveName)
            return id;
    }
    return 0;
}

void TestImportFlow::dropPreviewApplyAndUndo()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"),
                                  QString(), QStringLiteral("Countess of Lovelace"));
    const qint64 charles =
        addContact(QStringLiteral("Charles"), QStringLiteral("Babbage"), QString(), QStringLiteral("+44 20 7946 0001"));
    QVERIFY(ada > 0 && charles > 0);
    const QString vcf = writeFile(QStringLiteral("friends.vcf"), FriendsVcf);

    // Dropped on the contacts table's viewport, which takes no drops itself.
    drop(m_table->viewport(), {vcf});
    ImportPreviewDialog* preview = waitForPreview();
    QVERIFY(controller()->isBusy());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());

    // The counts: Grace and Alan are new, Ada (by email) and Charles (by phone) merge, the second Alan is a
    // duplicate of the first.
    const ImportPlan& plan = preview->plan();
    QCOMPARE(plan.records.size(), 5);
    QCOMPARE(plan.count(ImportAction::Add), 2);
    QCOMPARE(plan.count(ImportAction::Merge), 3);
    QCOMPARE(plan.duplicates(), 1);
    auto* summary = preview->findChild<QLabel*>(QStringLiteral("importSummaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("New: <b>2</b>")));
    QVERIFY2(summary->text().contains(QStringLiteral("To merge into existing contacts: <b>2</b>")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("Duplicates in the file: <b>1</b>")));
    QVERIFY(summary->text().contains(QStringLiteral("With problems: <b>0</b>")));

    // Ada's row: a merge into the Ada already here, with the title that differs, existing against incoming.
    const QAbstractItemModel* rows = preview->table()->model();
    const int adaRow = previewRow(preview, QStringLiteral("Ada Lovelace"));
    QVERIFY(adaRow >= 0);
    QCOMPARE(rows->index(adaRow, ImportPreviewModel::Action).data().toString(), QStringLiteral("Merge"));
    QVERIFY(rows->index(adaRow, ImportPreviewModel::Match).data().toString().contains(QStringLiteral("Ada Lovelace")));
    QVERIFY(
        rows->index(adaRow, ImportPreviewModel::Match).data().toString().contains(QStringLiteral("ada@example.com")));
    const QString conflicts = rows->index(adaRow, ImportPreviewModel::Conflicts).data().toString();
    QVERIFY2(conflicts.contains(QStringLiteral("Countess of Lovelace")) &&
                 conflicts.contains(QStringLiteral("Mathematician")),
             qPrintable(conflicts));
    QVERIFY(
        rows->index(adaRow, ImportPreviewModel::Emails).data().toString().contains(QStringLiteral("ada@example.com")));
    QCOMPARE(rows->index(adaRow, ImportPreviewModel::Source).data().toString(), QStringLiteral("line 1"));

    // Charles's merge becomes a Skip: select the row, click Skip.
    const int charlesRow = previewRow(preview, QStringLiteral("Charles Babbage"));
    QVERIFY(charlesRow >= 0);
    QCOMPARE(rows->index(charlesRow, ImportPreviewModel::Action).data().toString(), QStringLiteral("Merge"));
    preview->table()->selectRow(charlesRow);
    auto* skip = preview->findChild<QPushButton*>(QStringLiteral("importSkipButton"));
    QVERIFY(skip->isEnabled());
    QTest::mouseClick(skip, Qt::LeftButton);
    QCOMPARE(rows->index(charlesRow, ImportPreviewModel::Action).data().toString(), QStringLiteral("Skip"));
    QVERIFY(summary->text().contains(QStringLiteral("To merge into existing contacts: <b>1</b>")));
    QVERIFY(summary->text().contains(QStringLiteral("Skipped: <b>1</b>")));

    // The filter shows the merges only.
    auto* filter = preview->findChild<QComboBox*>(QStringLiteral("importFilterCombo"));
    filter->setCurrentIndex(filter->findData(int(ImportPreviewFilterModel::Filter::Merge)));
    QCOMPARE(rows->rowCount(), 2); // Ada, and the second Alan into the first
    filter->setCurrentIndex(0);
    QCOMPARE(rows->rowCount(), 5);

    // Nothing is written before Import.
    QCOMPARE(m_window->contactStore().count().value(), 2);
    auto* importButton = preview->findChild<QPushButton*>(QStringLiteral("importButton"));
    // "Contacts" once the English plural forms are in kith_en.ts, "Contact(s)" until then.
    QVERIFY(importButton->text().startsWith(QStringLiteral("&Import 4 Contact")));
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 20000);
    QTRY_VERIFY(!controller()->previewDialog());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Imported 2 contact")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The rows are in the table, the fields in the database.
    QTRY_VERIFY(tableNames().contains(QStringLiteral("Grace Hopper")));
    QVERIFY(tableNames().contains(QStringLiteral("Alan Turing")));
    QCOMPARE(tableNames().size(), 4);
    QCOMPARE(m_window->contactStore().count().value(), 4);
    const Contact adaAfter = contact(ada);
    QVERIFY(values(adaAfter.phones).join(QLatin1Char(' ')).contains(QStringLiteral("7946 0958")) ||
            values(adaAfter.phones).join(QLatin1Char(' ')).contains(QStringLiteral("79460958")));
    QCOMPARE(adaAfter.title, QStringLiteral("Countess of Lovelace")); // the existing value is kept
    const Contact charlesAfter = contact(charles);
    QVERIFY(!values(charlesAfter.emails).contains(QStringLiteral("charles@engine.example"))); // skipped
    const qint64 alan = idOf(QStringLiteral("Alan Turing"));
    QVERIFY(alan > 0);
    QCOMPARE(values(contact(alan).emails), QStringList{QStringLiteral("alan@bletchley.example")});
    QCOMPARE(contact(alan).phones.size(), 1); // from the duplicate, merged in
    const qint64 grace = idOf(QStringLiteral("Grace Hopper"));
    QCOMPARE(contact(grace).birthday.toIsoString(), QStringLiteral("1906-06-08"));
    // The Due list learnt of Grace's birthday on Sunday.
    auto dueNames = [this] {
        QStringList names;
        for (const DueItem& item : m_window->dueModel()->items())
            names << item.contactName;
        return names;
    };
    QTRY_VERIFY2(dueNames().contains(QStringLiteral("Grace Hopper")), qPrintable(dueNames().join(QLatin1Char(','))));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionUndoImport"))->isEnabled());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());

    // Undo from the history: confirmed through the message box, then the batch shows as undone.
    bool undone = false;
    const bool shown =
        test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("importHistoryDialog"); },
                          [&undone](QWidget* modal) {
                              auto closeAnyway = qScopeGuard([modal] { modal->close(); }); // also on failure
                              auto* dialog = qobject_cast<ImportHistoryDialog*>(modal);
                              QVERIFY(dialog);
                              QCOMPARE(dialog->model()->rowCount(), 1);
                              QCOMPARE(dialog->model()->index(0, ImportBatchModel::Files).data().toString(),
                                       QStringLiteral("friends.vcf"));
                              QCOMPARE(dialog->model()->index(0, ImportBatchModel::Added).data().toInt(), 2);
                              QCOMPARE(dialog->model()->index(0, ImportBatchModel::Skipped).data().toInt(), 1);
                              dialog->table()->selectRow(0);
                              auto* undo = dialog->findChild<QPushButton*>(QStringLiteral("undoImportButton"));
                              QVERIFY(undo->isEnabled());
                              MessageBox::setNextAnswer(QMessageBox::Yes);
                              QTest::mouseClick(undo, Qt::LeftButton);
                              QVERIFY2(MessageBox::lastText().contains(QStringLiteral("The 2 contact")) &&
                                           MessageBox::lastText().contains(QStringLiteral("it added will be deleted.")),
                                       qPrintable(MessageBox::lastText()));
                              QTRY_VERIFY(dialog->model()
                                              ->index(0, ImportBatchModel::State)
                                              .data()
                                              .toString()
                                              .startsWith(QStringLiteral("Undone")));
                              QTRY_VERIFY(!undo->isEnabled());
                              undone = true;
                              dialog->reject();
                          },
                          [this] { m_window->findChild<QAction*>(QStringLiteral("actionImportHistory"))->trigger(); });
    QVERIFY(shown);
    QVERIFY(undone);

    // Gone from the table and the database; Ada is as she was; the Due list forgot Grace.
    QTRY_COMPARE(tableNames().size(), 2);
    QVERIFY(!tableNames().contains(QStringLiteral("Grace Hopper")));
    QCOMPARE(m_window->contactStore().count().value(), 2);
    QCOMPARE(idOf(QStringLiteral("Alan Turing")), 0);
    QVERIFY(contact(ada).phones.isEmpty());
    QCOMPARE(values(contact(ada).emails), QStringList{QStringLiteral("ada@example.com")});
    QTRY_VERIFY(!dueNames().contains(QStringLiteral("Grace Hopper")));
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionUndoImport"))->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Import undone")));
}

void TestImportFlow::fileMenuHasImportActions()
{
    QAction* import = m_window->findChild<QAction*>(QStringLiteral("actionImport"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QVERIFY(!import->toolTip().isEmpty());
    auto* file = m_window->findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(file->actions().contains(import));
    QVERIFY(file->actions().contains(m_window->findChild<QAction*>(QStringLiteral("actionImportHistory"))));
    auto* edit = m_window->findChild<QMenu*>(QStringLiteral("editMenu"));
    QAction* undoImport = m_window->findChild<QAction*>(QStringLiteral("actionUndoImport"));
    QVERIFY(edit->actions().contains(undoImport));
    QVERIFY(!undoImport->isEnabled()); // nothing imported yet
}

void TestImportFlow::dropOnChildWidgetsIsAnImport()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"), QString());
    const QString vcf = writeFile(QStringLiteral("one.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\n"
                                                             "EMAIL:grace@navy.example\r\nEND:VCARD\r\n");
    // The search field takes drops of text: the file must not end up there as a path.
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    drop(search, {vcf}, true);
    ImportPreviewDialog* preview = waitForPreview();
    QVERIFY(search->text().isEmpty());
    QCOMPARE(preview->plan().records.size(), 1);
    preview->reject();
    QTRY_VERIFY(!controller()->isBusy());
    QCOMPARE(m_window->contactStore().count().value(), 1); // closed without importing: nothing written

    // And on the detail pane, and on the Due page.
    auto* pane = m_window->findChild<QWidget*>(QStringLiteral("contactDetailPane"));
    QVERIFY(pane);
    for (QWidget* target : {pane, static_cast<QWidget*>(m_window->dueView())}) {
        drop(target, {vcf});
        preview = waitForPreview();
        preview->reject();
        QTRY_VERIFY(!controller()->isBusy());
    }
}

void TestImportFlow::otherDropsAreLeftAlone()
{
    const QString text = writeFile(QStringLiteral("notes.txt"), "hello");
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(text)});
    QDragEnterEvent refused(m_window->rect().center(), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestImportFlow::genericCsvAsksForColumns()
{
    const QByteArray csv = "Who,Mail,Mobile,Favourite colour,Notes about them\r\n"
                           "Edsger Dijkstra,edsger@example.com,+31 20 555 0100,blue,met at a conference\r\n"
                           "Barbara Liskov,barbara@example.com,+1 617 555 0101,green,\r\n";
    const QString file = writeFile(QStringLiteral("people.csv"), csv);
    QVERIFY(ImportPlanner::needsColumnMapping(file));

    // Dropped on the empty state.
    auto* empty = m_window->findChild<QWidget*>(QStringLiteral("emptyState"));
    QVERIFY(empty->isVisible());
    drop(empty, {file});
    CsvMappingDialog* mapping = nullptr;
    QTRY_VERIFY((mapping = m_window->findChild<CsvMappingDialog*>()) && mapping->isVisible());
    CsvColumnMappingModel* columns = mapping->mappingModel();
    QCOMPARE(columns->rowCount(), 5);
    QCOMPARE(columns->index(3, CsvColumnMappingModel::Header).data().toString(), QStringLiteral("Favourite colour"));
    QVERIFY(columns->index(0, CsvColumnMappingModel::Examples).data().toString().contains(QStringLiteral("Edsger")));

    using Target = CsvColumnMapping::Target;
    auto setTarget = [columns](int row, Target target) {
        QVERIFY(columns->setData(columns->index(row, CsvColumnMappingModel::Target), int(target)));
    };
    setTarget(0, Target::DisplayName);
    setTarget(1, Target::Email);
    setTarget(3, Target::Keep);
    setTarget(4, Target::Ignore);
    // The phone column through its combo box, as a user would: typing selects the field.
    setTarget(2, Target::Ignore);
    auto* combo = mapping->findChild<QComboBox*>(QStringLiteral("csvTargetEditor_2"));
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClicks(combo, QStringLiteral("Phone"));
    QTRY_COMPARE(columns->mapping().columns.value(2), Target::Phone);

    // The preview shows the rows as contacts, with what the mapping says.
    QStandardItemModel* preview = mapping->previewModel();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("Edsger Dijkstra"));
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("edsger@example.com"));
    QCOMPARE(preview->index(0, 2).data().toString(), QStringLiteral("+31 20 555 0100"));
    // Live: the email column ignored, the preview follows; a mapping with no name, email or phone cannot go on.
    setTarget(1, Target::Ignore);
    QCOMPARE(preview->index(0, 1).data().toString(), QString());
    auto* ok = mapping->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    setTarget(0, Target::Ignore);
    setTarget(2, Target::Ignore);
    QVERIFY(!ok->isEnabled());
    QVERIFY(mapping->findChild<QLabel*>(QStringLiteral("csvMappingProblem"))->isVisible());
    setTarget(0, Target::DisplayName);
    setTarget(1, Target::Email);
    setTarget(2, Target::Phone);
    QVERIFY(ok->isEnabled());
    const CsvColumnMapping chosen = mapping->mapping();
    QTest::mouseClick(ok, Qt::LeftButton);

    ImportPreviewDialog* dialog = waitForPreview();
    QCOMPARE(dialog->plan().count(ImportAction::Add), 2);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 20000);
    QTRY_VERIFY(tableNames().contains(QStringLiteral("Edsger Dijkstra")));
    const Contact edsger = contact(idOf(QStringLiteral("Edsger Dijkstra")));
    QCOMPARE(values(edsger.emails), QStringList{QStringLiteral("edsger@example.com")});
    QCOMPARE(edsger.phones.size(), 1);
    QVERIFY2(edsger.vcardExtras.join(QLatin1Char('\n')).contains(QStringLiteral("blue")),
             qPrintable(edsger.vcardExtras.join(QLatin1Char('\n'))));
    QVERIFY(edsger.notes.isEmpty()); // ignored

    // Another file with the same header: the page starts from the choice made before.
    const QString again = writeFile(QStringLiteral("more.csv"), "Who,Mail,Mobile,Favourite colour,Notes about them\r\n"
                                                                "Tony Hoare,tony@example.com,,red,\r\n");
    drop(m_table->viewport(), {again});
    QTRY_VERIFY((mapping = m_window->findChild<CsvMappingDialog*>()) && mapping->isVisible() &&
                mapping->file() == again);
    QCOMPARE(mapping->mapping(), chosen);
    QVERIFY(mapping->findChild<QLabel*>(QStringLiteral("csvMappingIntro"))
                ->text()
                .contains(QStringLiteral("same columns")));
    mapping->reject();
    QTRY_VERIFY(!controller()->isBusy());
    QCOMPARE(m_window->contactStore().count().value(), 2);
}

CsvMappingDialog* TestImportFlow::mappingPageFor(const QString& file) const
{
    // The page answered before may still be around, hidden, until its deferred delete.
    const QList<CsvMappingDialog*> pages = m_window->findChildren<CsvMappingDialog*>();
    for (CsvMappingDialog* page : pages) {
        if (page->isVisible() && page->file() == file)
            return page;
    }
    return nullptr;
}

void TestImportFlow::severalGenericCsvsAskEachTheirColumns()
{
    const QString club = writeFile(QStringLiteral("club.csv"), "Member,Contact,Town\r\n"
                                                               "Ada Lovelace,ada@example.com,London\r\n"
                                                               "Grace Hopper,grace@navy.example,Arlington\r\n");
    const QString workshop =
        writeFile(QStringLiteral("workshop.csv"), "Mobile;Person;Employer;Badge\r\n"
                                                  "+44 20 7946 0958;Alan Turing;Bletchley Park;17\r\n"
                                                  "+44 161 496 0000;Joan Clarke;GCHQ;18\r\n");
    // The club's columns again: asked once, with the club.
    const QString autumn =
        writeFile(QStringLiteral("club-autumn.csv"), "Member,Contact,Town\r\n"
                                                     "Edsger Dijkstra,edsger@example.com,Austin\r\n");
    drop(m_window.get(), {club, workshop, autumn});

    using Target = CsvColumnMapping::Target;
    const auto answer = [](CsvMappingDialog* page, const QList<Target>& targets) {
        CsvColumnMappingModel* columns = page->mappingModel();
        QCOMPARE(columns->rowCount(), targets.size());
        for (int row = 0; row < targets.size(); ++row)
            QVERIFY(columns->setData(columns->index(row, CsvColumnMappingModel::Target), int(targets[row])));
        QCOMPARE(page->mapping().columns, targets);
    };
    const auto okOf = [](CsvMappingDialog* page) {
        return page->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    };

    // First page: the club, file 1 of 2, saying that the autumn list is read with the same answer.
    CsvMappingDialog* page = nullptr;
    QTRY_VERIFY((page = mappingPageFor(club)));
    auto* step = page->findChild<QLabel*>(QStringLiteral("csvMappingStep"));
    QVERIFY(step->isVisible());
    QCOMPARE(step->text(), QStringLiteral("File 1 of 2: club.csv"));
    QVERIFY(page->windowTitle().contains(QStringLiteral("File 1 of 2")));
    auto* same = page->findChild<QLabel*>(QStringLiteral("csvMappingSameColumns"));
    QVERIFY(same->isVisible());
    QVERIFY2(same->text().contains(QStringLiteral("club-autumn.csv")), qPrintable(same->text()));
    QCOMPARE(okOf(page)->text(), QStringLiteral("&Next File"));
    // "Member" is no name column the guess knows by its name, but its cells are names: it is the name column.
    QCOMPARE(page->previewModel()->index(0, 0).data().toString(), QStringLiteral("Ada Lovelace"));
    answer(page, {Target::DisplayName, Target::Email, Target::City});
    QCOMPARE(page->previewModel()->index(1, 0).data().toString(), QStringLiteral("Grace Hopper"));
    QTest::mouseClick(okOf(page), Qt::LeftButton);

    // Second page: the workshop, with its own columns, the last one.
    QTRY_VERIFY((page = mappingPageFor(workshop)));
    QVERIFY(!mappingPageFor(club));
    step = page->findChild<QLabel*>(QStringLiteral("csvMappingStep"));
    QCOMPARE(step->text(), QStringLiteral("File 2 of 2: workshop.csv"));
    QVERIFY(!page->findChild<QLabel*>(QStringLiteral("csvMappingSameColumns"))->isVisible());
    QCOMPARE(okOf(page)->text(), QStringLiteral("&Continue"));
    QCOMPARE(page->mappingModel()->index(1, CsvColumnMappingModel::Header).data().toString(), QStringLiteral("Person"));
    answer(page, {Target::Phone, Target::DisplayName, Target::Organization, Target::Ignore});
    QCOMPARE(page->previewModel()->index(0, 0).data().toString(), QStringLiteral("Alan Turing"));
    QTest::mouseClick(okOf(page), Qt::LeftButton);

    ImportPreviewDialog* preview = waitForPreview();
    QCOMPARE(preview->plan().count(ImportAction::Add), 5);
    for (const QString& name :
         {QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper"), QStringLiteral("Alan Turing"),
          QStringLiteral("Joan Clarke"), QStringLiteral("Edsger Dijkstra")})
        QVERIFY2(previewRow(preview, name) >= 0, qPrintable(name));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 20000);
    QTRY_VERIFY(tableNames().contains(QStringLiteral("Joan Clarke")));
    QCOMPARE(m_window->contactStore().count().value(), 5);

    // Each contact with the fields of its own file's columns.
    const Contact ada = contact(idOf(QStringLiteral("Ada Lovelace")));
    QCOMPARE(values(ada.emails), QStringList{QStringLiteral("ada@example.com")});
    QVERIFY(ada.phones.isEmpty());
    QCOMPARE(ada.addresses.size(), 1);
    QCOMPARE(ada.addresses.constFirst().locality, QStringLiteral("London"));
    const Contact alan = contact(idOf(QStringLiteral("Alan Turing")));
    QVERIFY(alan.emails.isEmpty());
    QCOMPARE(alan.phones.size(), 1);
    QCOMPARE(alan.phones.constFirst().value, QStringLiteral("+44 20 7946 0958"));
    QCOMPARE(alan.organization, QStringLiteral("Bletchley Park"));
    QVERIFY(alan.addresses.isEmpty());
    QVERIFY2(alan.vcardExtras.isEmpty(), qPrintable(alan.vcardExtras.join(QLatin1Char('\n')))); // Badge ignored
    const Contact edsger = contact(idOf(QStringLiteral("Edsger Dijkstra")));
    QCOMPARE(values(edsger.emails), QStringList{QStringLiteral("edsger@example.com")});
    QCOMPARE(edsger.addresses.constFirst().locality, QStringLiteral("Austin"));

    // Through File > Import Contacts…, both chosen in the file dialog: each page starts from the answer
    // remembered for its header; Cancel on the second page ends the import with nothing written.
    const QString spring = writeFile(QStringLiteral("club-spring.csv"), "Member,Contact,Town\r\n"
                                                                        "Tony Hoare,tony@example.com,Oxford\r\n");
    const QString more = writeFile(QStringLiteral("workshop-2.csv"), "Mobile;Person;Employer;Badge\r\n"
                                                                     "+44 20 7946 0001;Barbara Liskov;MIT;19\r\n");
    QString startedIn;
    const bool chosen =
        test::answerModal([](QWidget* modal) { return qobject_cast<QFileDialog*>(modal) != nullptr; },
                          [&spring, &more, &startedIn](QWidget* modal) {
                              startedIn = static_cast<QFileDialog*>(modal)->directory().absolutePath();
                              auto* edit = modal->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                              if (!edit) {
                                  modal->close();
                                  return;
                              }
                              // Both, quoted, as the dialog's line takes several names.
                              edit->setText(QStringLiteral("\"%1\" \"%2\"").arg(spring, more));
                              QTest::keyClick(edit, Qt::Key_Return);
                              if (modal->isVisible())
                                  modal->close(); // fail rather than hang
                          },
                          [this] { m_window->findChild<QAction*>(QStringLiteral("actionImport"))->trigger(); });
    QVERIFY(chosen);
    QTRY_VERIFY((page = mappingPageFor(spring)));
    QCOMPARE(page->mapping().columns, (QList<Target>{Target::DisplayName, Target::Email, Target::City}));
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("csvMappingIntro"))->text().contains(QStringLiteral("same columns")));
    QTest::mouseClick(okOf(page), Qt::LeftButton);
    QTRY_VERIFY((page = mappingPageFor(more)));
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("csvMappingStep"))->text(),
             QStringLiteral("File 2 of 2: workshop-2.csv"));
    QCOMPARE(page->mapping().columns,
             (QList<Target>{Target::Phone, Target::DisplayName, Target::Organization, Target::Ignore}));
    QTest::mouseClick(page->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(!controller()->isBusy());
    QVERIFY(!controller()->previewDialog());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Import cancelled: nothing was written."));
    QCOMPARE(m_window->contactStore().count().value(), 5);
    QCOMPARE(controller()->batchStore()->batches().value().size(), 1);

    // The dialog opened in a folder that exists (nothing imported through it yet), and opens next time where
    // the files were found.
    QVERIFY2(QFileInfo(startedIn).isDir(), qPrintable(startedIn));
    const QString folder = QFileInfo(spring).absolutePath();
    QCOMPARE(m_settings->value(Settings::Key::ImportFolder).toString(), folder);
    QString reopenedIn;
    QVERIFY(test::answerModal([](QWidget* modal) { return qobject_cast<QFileDialog*>(modal) != nullptr; },
                              [&reopenedIn](QWidget* modal) {
                                  reopenedIn = static_cast<QFileDialog*>(modal)->directory().absolutePath();
                                  modal->close();
                              },
                              [this] { m_window->findChild<QAction*>(QStringLiteral("actionImport"))->trigger(); }));
    QCOMPARE(reopenedIn, folder);
    QTRY_VERIFY(!controller()->isBusy());
}

void TestImportFlow::cancelWritesNothing()
{
    const qint64 ada =
        addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"), QString());
    QByteArray vcf;
    for (int i = 0; i < 3000; ++i)
        vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + QByteArray::number(i) + "\r\nEMAIL:person" +
               QByteArray::number(i) + "@example.com\r\nEND:VCARD\r\n";
    vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.com\r\nTEL:+44 20 7946 0958\r\n"
           "END:VCARD\r\n";
    const QString file = writeFile(QStringLiteral("many.vcf"), vcf);
    drop(m_window.get(), {file});
    ImportPreviewDialog* preview = waitForPreview();
    QCOMPARE(preview->plan().records.size(), 3001);

    // Cancelled at the writer's first progress report, in its own thread, as the Cancel button does.
    connect(controller(), &ImportController::applyStarted, this, [](ImportApplyThread* thread) {
        connect(
            thread, &ImportApplyThread::progressChanged, thread, [thread] { thread->cancel(); }, Qt::DirectConnection);
    });
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QVERIFY(preview->isApplying());
    QVERIFY(preview->findChild<QWidget*>(QStringLiteral("importProgressBar"))->isVisible());
    auto* outcome = preview->findChild<QLabel*>(QStringLiteral("importProgressLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isApplying(), 20000);
    QCOMPARE(outcome->text(), QStringLiteral("Cancelled: nothing was written. Import again, or close this window."));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Import cancelled: nothing was written."));

    // Nothing: no contact, no merged phone, no batch.
    QCOMPARE(m_window->contactStore().count().value(), 1);
    QVERIFY(contact(ada).phones.isEmpty());
    QCOMPARE(controller()->batchStore()->batches().value().size(), 0);
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionUndoImport"))->isEnabled());

    // The preview stays for another try; closing it ends the import.
    QVERIFY(preview->isVisible());
    QVERIFY(preview->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    preview->reject();
    QTRY_VERIFY(!controller()->isBusy());
}

void TestImportFlow::undoFromEditMenu()
{
    const QString vcf = writeFile(QStringLiteral("two.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\n"
                                                             "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                             "FN:Alan Turing\r\nEND:VCARD\r\n");
    QAction* undoImport = m_window->findChild<QAction*>(QStringLiteral("actionUndoImport"));
    drop(m_window.get(), {vcf});
    ImportPreviewDialog* preview = waitForPreview();
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 20000);
    QTRY_COMPARE(tableNames().size(), 2);
    QVERIFY(undoImport->isEnabled());

    // Answered No: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    undoImport->trigger();
    QCOMPARE(m_window->contactStore().count().value(), 2);
    QVERIFY(undoImport->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    undoImport->trigger();
    QTRY_COMPARE(tableNames().size(), 0);
    QCOMPARE(m_window->contactStore().count().value(), 0);
    QVERIFY(!undoImport->isEnabled());
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
}

void TestImportFlow::undoRefusedWhenEditedSince()
{
    const qint64 ada =
        addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"), QString());
    const QString vcf = writeFile(QStringLiteral("ada.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\n"
                                                             "EMAIL:ada@example.com\r\nTEL:+44 20 7946 0958\r\n"
                                                             "END:VCARD\r\n");
    drop(m_window.get(), {vcf});
    ImportPreviewDialog* preview = waitForPreview();
    QCOMPARE(preview->plan().count(ImportAction::Merge), 1);
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 20000);
    QCOMPARE(contact(ada).phones.size(), 1);

    // Edited after the import: undo would throw the edit away, so it is refused with the reason.
    m_clock->advanceSeconds(600);
    Contact edited = contact(ada);
    edited.notes = QStringLiteral("Met at the Analytical Society");
    QVERIFY(m_window->contactStore().update(edited).ok());
    MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation; the refusal is a real box
    QString refusal;
    const bool refused = test::answerModal([](QWidget* modal) { return qobject_cast<QMessageBox*>(modal) != nullptr; },
                                           [&refusal](QWidget* modal) {
                                               auto* box = static_cast<QMessageBox*>(modal);
                                               refusal = box->text();
                                               box->accept();
                                           },
                                           [this] {
                                               controller()->undoLastImport(); // the undo runs in a worker
                                               QTRY_VERIFY(!controller()->isBusy());
                                           });
    QVERIFY(refused);
    QVERIFY2(!refusal.isEmpty() && !refusal.startsWith(QStringLiteral("Undo the import")), qPrintable(refusal));
    qInfo() << "refused:" << refusal;
    QCOMPARE(contact(ada).notes, QStringLiteral("Met at the Analytical Society"));
    QCOMPARE(contact(ada).phones.size(), 1);
    QVERIFY(controller()->batchStore()->batches().value().constFirst().undoneAt.isNull());
}

void TestImportFlow::undoCanBeCancelled()
{
    // Enough contacts that taking them back lasts well beyond the moment Cancel is pressed.
    QByteArray cards;
    for (int i = 0; i < 3000; ++i)
        cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + QByteArray::number(i) + "\r\nEMAIL:p" +
                 QByteArray::number(i) + "@example.com\r\nEND:VCARD\r\n";
    const QString vcf = writeFile(QStringLiteral("many.vcf"), cards);
    QAction* undoImport = m_window->findChild<QAction*>(QStringLiteral("actionUndoImport"));
    drop(m_window.get(), {vcf});
    ImportPreviewDialog* preview = waitForPreview();
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 60000);
    QCOMPARE(m_window->contactStore().count().value(), 3000);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    undoImport->trigger();
    auto* progress = m_window->findChild<QProgressDialog*>(QStringLiteral("importUndoProgressDialog"));
    QVERIFY(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click(); // at once, before the dialog shows itself

    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 60000);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Undo cancelled: the import is as it was."));
    QCOMPARE(m_window->contactStore().count().value(), 3000);
    QVERIFY(controller()->batchStore()->batches().value().constFirst().undoneAt.isNull());
    QVERIFY(undoImport->isEnabled());

    // Not cancelled, it goes through.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    undoImport->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 60000);
    QCOMPARE(m_window->contactStore().count().value(), 0);
    QVERIFY(!undoImport->isEnabled());
}

void TestImportFlow::cancelButtonWhileApplyingCancels()
{
    ImportPlan plan;
    plan.files << QStringLiteral("/tmp/a.vcf");
    PlannedImport planned;
    planned.record.contact.displayName = QStringLiteral("Ada Lovelace");
    plan.records << planned;
    ImportPreviewDialog dialog(plan);
    dialog.show();
    QSignalSpy cancelled(&dialog, &ImportPreviewDialog::cancelRequested);
    dialog.setApplying(true);
    auto* cancel = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(dialog.isVisible()); // it waits for the writer to roll back
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importProgressLabel"))
                ->text()
                .contains(QStringLiteral("nothing is written")));
    QVERIFY(!cancel->isEnabled());
    dialog.setApplying(false);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestImportFlow::previewModelIsSound()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"),
                                  QString(), QStringLiteral("Countess of Lovelace"));
    QVERIFY(ada > 0);
    const QString vcf = writeFile(QStringLiteral("friends.vcf"), FriendsVcf + "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                                              "BDAY:soon\r\nEND:VCARD\r\n");
    ImportPlanner planner(*m_database, ImportOptions());
    auto plan = planner.plan({vcf});
    QVERIFY2(plan.ok(), qPrintable(plan.error()));

    ImportPreviewModel model(*plan);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportPreviewFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &ImportPreviewModel::countsChanged);

    int adaRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ImportPreviewModel::Name).data().toString() == QLatin1String("Ada Lovelace"))
            adaRow = row;
    }
    QVERIFY(adaRow >= 0);
    const QModelIndex action = model.index(adaRow, ImportPreviewModel::Action);
    QCOMPARE(action.data(ImportPreviewModel::ActionRole).toInt(), int(ImportAction::Merge));
    QVERIFY(action.data(ImportPreviewModel::ConflictRole).toBool());
    QVERIFY(action.flags() & Qt::ItemIsEditable);
    QVERIFY(!model.index(adaRow, ImportPreviewModel::Name).flags().testFlag(Qt::ItemIsEditable));

    // Through the combo delegate, as a double-click does.
    ImportActionDelegate delegate;
    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), action));
    auto* combo = qobject_cast<QComboBox*>(editor.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3); // Add as new, Merge, Skip
    delegate.setEditorData(combo, action);
    QCOMPARE(combo->currentText(), QStringLiteral("Merge"));
    combo->setCurrentIndex(combo->findData(int(ImportAction::Add)));
    delegate.setModelData(combo, &model, action);
    QCOMPARE(action.data().toString(), QStringLiteral("Add as new"));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.plan().records.at(adaRow).action, ImportAction::Add);
    QCOMPARE(model.plan().records.at(adaRow).proposed, ImportAction::Merge);

    // A new record cannot merge: there is nothing to merge into.
    int graceRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ImportPreviewModel::Name).data().toString() == QLatin1String("Grace Hopper"))
            graceRow = row;
    }
    QVERIFY(graceRow >= 0);
    QCOMPARE(model.setAction({graceRow}, ImportAction::Merge), 0);
    QVERIFY(!model.setData(model.index(graceRow, ImportPreviewModel::Name), int(ImportAction::Skip)));
    QVERIFY(!model.setData(model.index(graceRow, ImportPreviewModel::Action), 42));
    QCOMPARE(model.setAction({graceRow, adaRow}, ImportAction::Skip), 2);
    QCOMPARE(model.count(ImportAction::Skip), 2);

    // Each filter shows what it says.
    filter.setFilter(ImportPreviewFilterModel::Filter::Skip);
    QCOMPARE(filter.rowCount(), 2);
    filter.setFilter(ImportPreviewFilterModel::Filter::Duplicates);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, ImportPreviewModel::Name).data().toString(), QStringLiteral("Alan M. Turing"));
    QVERIFY(filter.index(0, ImportPreviewModel::Match).data().toString().contains(QStringLiteral("line")));
    filter.setFilter(ImportPreviewFilterModel::Filter::Add);
    model.setAction({graceRow}, ImportAction::Add); // rows come and go while filtered
    QCOMPARE(filter.rowCount(), model.count(ImportAction::Add));
    filter.setFilter(ImportPreviewFilterModel::Filter::All);
    filter.sort(ImportPreviewModel::Name);
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void TestImportFlow::mappingPreviewNamesPhoneOnlyRowsByNumber()
{
    // As the import does: a row with only a phone number is kept and shown by it; one with nothing is not.
    CsvPreview preview;
    preview.header = {QStringLiteral("Mobile"), QStringLiteral("Remark")};
    preview.rows = {{QStringLiteral("+44 20 7946 0958"), QStringLiteral("met at the bakery")},
                    {QString(), QStringLiteral("who was this?")}};
    CsvMappingDialog dialog(QStringLiteral("/tmp/numbers.csv"), preview,
                            CsvColumnMapping::guess(preview.header, preview.rows), false, *m_clock);
    QCOMPARE(dialog.previewModel()->index(0, 0).data().toString(), QStringLiteral("+44 20 7946 0958"));
    QCOMPARE(dialog.previewModel()->index(1, 0).data().toString(), QStringLiteral("(no name: not imported)"));
}

void TestImportFlow::mappingAndHistoryModelsAreSound()
{
    const QStringList header = {QStringLiteral("Who"), QStringLiteral("Mail"), QString()};
    const QList<QStringList> rows = {{QStringLiteral("Ada"), QStringLiteral("ada@example.com"), QString()},
                                     {QStringLiteral("Ada"), QStringLiteral("ada@work.example"), QString()}};
    CsvColumnMappingModel mapping(header, rows, CsvColumnMapping::guess(header));
    QAbstractItemModelTester mappingTester(&mapping, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(mapping.rowCount(), 3);
    QCOMPARE(mapping.index(0, CsvColumnMappingModel::Examples).data().toString(), QStringLiteral("Ada"));
    QCOMPARE(mapping.index(1, CsvColumnMappingModel::Examples).data().toString(),
             QStringLiteral("ada@example.com · ada@work.example"));
    QCOMPARE(mapping.index(2, CsvColumnMappingModel::Header).data().toString(), QStringLiteral("(column 3, no name)"));
    QSignalSpy changed(&mapping, &CsvColumnMappingModel::mappingChanged);
    QVERIFY(mapping.setData(mapping.index(1, CsvColumnMappingModel::Target), int(CsvColumnMapping::Target::Email)));
    QVERIFY(!mapping.setData(mapping.index(1, CsvColumnMappingModel::Header), int(CsvColumnMapping::Target::Email)));
    QVERIFY(!mapping.setData(mapping.index(1, CsvColumnMappingModel::Target), 999));
    QCOMPARE(mapping.mapping().columns.value(1), CsvColumnMapping::Target::Email);
    QCOMPARE(mapping.index(1, CsvColumnMappingModel::Target).data().toString(), QStringLiteral("Email"));

    ImportBatchModel history(*controller()->batchStore());
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(history.rowCount(), 0);
    QVERIFY(history.error().isEmpty());
}

void TestImportFlow::screenshots()
{
    const QString shots = qEnvironmentVariable("KITH_IMPORT_SHOTS");
    if (shots.isEmpty())
        QSKIP("set KITH_IMPORT_SHOTS to a folder to take screenshots");
    QDir().mkpath(shots);
    m_window->resize(1400, 860);
    auto snap = [&shots](QWidget* widget, const QString& name) {
        QTest::qWait(400);
        widget->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
        QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                     shots + QLatin1Char('/') + name + QStringLiteral("-root.png")});
    };

    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"), QString(),
               QStringLiteral("Countess of Lovelace"));
    addContact(QStringLiteral("Charles"), QStringLiteral("Babbage"), QString(), QStringLiteral("+44 20 7946 0001"));
    addContact(QStringLiteral("Katherine"), QStringLiteral("Johnson"), QStringLiteral("katherine@nasa.example"),
               QString(), QStringLiteral("Mathematician"));
    addContact(QStringLiteral("Margaret"), QStringLiteral("Hamilton"), QStringLiteral("margaret@mit.example"),
               QStringLiteral("+1 617 555 0199"), QStringLiteral("Director of Software Engineering"));
    QByteArray vcf = FriendsVcf;
    const char* people[][3] = {
        {"Katherine Johnson", "katherine@nasa.example", "Research Mathematician"},
        {"Margaret Hamilton", "margaret@mit.example", "Lead Flight Software Engineer"},
        {"Dorothy Vaughan", "dorothy@nasa.example", ""},
        {"Mary Jackson", "mary.jackson@nasa.example", "Aerospace Engineer"},
        {"John von Neumann", "johnny@ias.example", ""},
        {"Claude Shannon", "claude@bell-labs.example", "Researcher"},
        {"Hedy Lamarr", "hedy@mgm.example", "Actress and Inventor"},
        {"Donald Knuth", "knuth@stanford.example", "Professor Emeritus"},
        {"Frances Allen", "fran@ibm.example", ""},
        {"Dennis Ritchie", "dmr@bell-labs.example", ""},
        {"Ken Thompson", "ken@bell-labs.example", ""},
        {"Claude E. Shannon", "claude@bell-labs.example", ""},
    };
    for (const auto& person : people) {
        vcf += QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:") + person[0] + "\r\nEMAIL:" + person[1] + "\r\n";
        if (person[2][0] != 0)
            vcf += QByteArray("TITLE:") + person[2] + "\r\n";
        vcf += "TEL;TYPE=cell:+44 7700 900" + QByteArray::number(100 + int(&person - people)) + "\r\nEND:VCARD\r\n";
    }
    vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Barbara Liskov\r\nBDAY:soon\r\nEND:VCARD\r\n";
    vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n";
    vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Radia Perlman\r\nEMAIL:radia@example.com\r\n";
    const QString file = writeFile(QStringLiteral("google-contacts.vcf"), vcf);
    drop(m_table->viewport(), {file});
    ImportPreviewDialog* preview = waitForPreview();
    const int charles = previewRow(preview, QStringLiteral("Charles Babbage"));
    preview->table()->selectRow(charles);
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("importSkipButton")), Qt::LeftButton);
    preview->table()->selectRow(previewRow(preview, QStringLiteral("Ada Lovelace")));
    snap(preview, QStringLiteral("preview"));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 20000);
    snap(m_window.get(), QStringLiteral("window-after-import"));

    const QString csv = writeFile(QStringLiteral("conference-attendees.csv"),
                                  "Who;Mail;Mobile;Company name;Favourite colour;Notes about them\r\n"
                                  "Edsger Dijkstra;edsger@example.com;+31 20 555 0100;University of Texas;blue;"
                                  "met at a conference\r\n"
                                  "Barbara Liskov;barbara@example.com;+1 617 555 0101;MIT;green;\r\n"
                                  "Tony Hoare;tony@example.com;;Microsoft Research;red;quicksort\r\n"
                                  "Grace Hopper;grace@navy.example;;US Navy;;\r\n");
    drop(m_table->viewport(), {csv});
    CsvMappingDialog* mapping = nullptr;
    QTRY_VERIFY((mapping = m_window->findChild<CsvMappingDialog*>()) && mapping->isVisible());
    snap(mapping, QStringLiteral("mapping"));
    mapping->reject();
    QTRY_VERIFY(!controller()->isBusy());

    test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("importHistoryDialog"); },
                      [&snap](QWidget* modal) {
                          snap(modal, QStringLiteral("history"));
                          modal->close();
                      },
                      [this] { m_window->findChild<QAction*>(QStringLiteral("actionImportHistory"))->trigger(); });
}

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
