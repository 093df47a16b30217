// Network > Who Can Help… on a real window and database file: search as you type, the best result first with the
// matched words highlighted, how you know them and the tie strength, the empty and no-result states, Enter
// opening the contact in the table, and the remembered search.

#include "GuiTestHelpers.h"
#include "domain/ManualClock.h"
#include "main/MainWindow.h"
#include "network/WhoCanHelpDialog.h"
#include "network/WhoCanHelpModel.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/InteractionStore.h"
#include "storage/TopicStore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace kith;

class TestWhoCanHelpDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void actionInNetworkMenu();
    void searchFindsExpertiseFirst();
    void emptyAndNoResultStates();
    void enterOpensTheContact();
    void enterInSearchFieldOpensFirstResult();
    void searchIsRemembered();
    void highlightMarksWords_data();
    void highlightMarksWords();

private:
    qint64 addContact(const QString& given, const QString& family, const QString& organization = {},
                      const QString& notes = {});
    // Opens the dialog from the Network menu's action and runs `act` on it.
    void withDialog(const std::function<void(WhoCanHelpDialog*)>& act);
    static void typeSearch(WhoCanHelpDialog* dialog, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
    qint64 m_alan = 0;
};

namespace {

const QDateTime Now(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

} // namespace

void TestWhoCanHelpDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(Now);
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kith.conf")));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Grace's notes and Alan's employer mention tax; only Ada can help with it.
    m_grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"), {},
                         QStringLiteral("Complains about her tax return every spring"));
    m_alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("Tax Office"));
    m_ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    QVERIFY(m_ada && m_grace && m_alan);
    TopicStore topics(*m_database, *m_clock);
    QVERIFY(topics.add({m_ada, 0, QStringLiteral("Tax law"), TopicKind::Expertise, QStringLiteral("a tax adviser")}));
    Interaction coffee;
    coffee.occurredAt = Now.addDays(-10);
    coffee.channel = Channel::InPerson;
    coffee.summary = QStringLiteral("Coffee");
    coffee.participantIds = {m_ada};
    QVERIFY(m_window->interactionStore().add(coffee));
}

void TestWhoCanHelpDialog::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestWhoCanHelpDialog::addContact(const QString& given, const QString& family, const QString& organization,
                                        const QString& notes)
{
    Contact contact;
    contact.given = given;
    contact.family = family;
    contact.organization = organization;
    contact.notes = notes;
    auto id = m_window->contactStore().add(contact);
    if (!id)
        qWarning() << id.error();
    return id ? *id : 0;
}

void TestWhoCanHelpDialog::withDialog(const std::function<void(WhoCanHelpDialog*)>& act)
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionWhoCanHelp"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const bool handled =
        test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("whoCanHelpDialog"); },
                          [&act](QWidget* modal) {
                              auto* dialog = qobject_cast<WhoCanHelpDialog*>(modal);
                              QVERIFY(dialog);
                              act(dialog);
                              if (dialog->isVisible())
                                  dialog->reject();
                          },
                          [action] { action->trigger(); });
    QVERIFY2(handled, "the Who Can Help dialog never appeared");
}

void TestWhoCanHelpDialog::typeSearch(WhoCanHelpDialog* dialog, const QString& text)
{
    auto* edit = test::child<QLineEdit>(*dialog, QStringLiteral("whoCanHelpSearchEdit"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestWhoCanHelpDialog::actionInNetworkMenu()
{
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("networkMenu"));
    QVERIFY(menu);
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionWhoCanHelp"));
    QVERIFY(action);
    QVERIFY(menu->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QVERIFY(!action->toolTip().isEmpty());
}

void TestWhoCanHelpDialog::searchFindsExpertiseFirst()
{
    withDialog([this](WhoCanHelpDialog* dialog) {
        typeSearch(dialog, QStringLiteral("tax"));
        // As you type: no Enter needed.
        QTRY_COMPARE(dialog->model()->rowCount(), 3);
        const QList<HelpMatch>& matches = dialog->model()->matches();
        QCOMPARE(matches.at(0).contactId, m_ada);
        QCOMPARE(matches.at(0).source, HelpSource::Expertise);
        QList<qint64> others{matches.at(1).contactId, matches.at(2).contactId};
        std::sort(others.begin(), others.end());
        QList<qint64> expected{m_grace, m_alan};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(others, expected);

        WhoCanHelpModel* model = dialog->model();
        const QString reason = model->index(0, WhoCanHelpModel::Reason).data().toString();
        QVERIFY2(reason.startsWith(QLatin1String("Can help with: Tax law")), qPrintable(reason));
        const QString html = model->index(0, WhoCanHelpModel::Reason).data(WhoCanHelpModel::HtmlRole).toString();
        QVERIFY2(html.contains(QLatin1String(">Tax</span> law")), qPrintable(html));
        const QString how = model->index(0, WhoCanHelpModel::HowYouKnow).data().toString();
        QVERIFY2(how.contains(QLatin1String("last in touch")), qPrintable(how));
        // Ada was in touch ten days ago: a tie to measure. Grace never was.
        QVERIFY(model->index(0, WhoCanHelpModel::Strength).data(WhoCanHelpModel::RawValueRole).isValid());
        const int graceRow = matches.at(1).contactId == m_grace ? 1 : 2;
        QVERIFY(!model->index(graceRow, WhoCanHelpModel::Strength).data(WhoCanHelpModel::RawValueRole).isValid());
        QCOMPARE(model->index(graceRow, WhoCanHelpModel::Strength).data().toString(), QStringLiteral("never in touch"));

        auto* summary = test::child<QLabel>(*dialog, QStringLiteral("whoCanHelpSummaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("“tax”")), qPrintable(summary->text()));
        // The best result is selected and explained in full below the table.
        QCOMPARE(dialog->table()->currentIndex().row(), 0);
        const QString detail = test::child<QLabel>(*dialog, QStringLiteral("whoCanHelpDetailLabel"))->text();
        QVERIFY2(detail.contains(QLatin1String("Ada Lovelace")), qPrintable(detail));
        QVERIFY(dialog->table()->isVisible());
    });
}

void TestWhoCanHelpDialog::emptyAndNoResultStates()
{
    withDialog([](WhoCanHelpDialog* dialog) {
        auto* empty = test::child<QLabel>(*dialog, QStringLiteral("whoCanHelpEmptyLabel"));
        // Nothing typed yet: what to type, and where Kith looks.
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QLatin1String("Type what you need help with")), qPrintable(empty->text()));
        QVERIFY(!dialog->table()->isVisible());

        typeSearch(dialog, QStringLiteral("zebra husbandry"));
        QTRY_VERIFY(empty->text().startsWith(QStringLiteral("No one in your network matches “zebra husbandry”.")));
        QVERIFY(empty->isVisible());
        QCOMPARE(dialog->model()->rowCount(), 0);

        // Punctuation only: nothing to search for, said plainly.
        typeSearch(dialog, QStringLiteral("?!"));
        QTRY_VERIFY(empty->text().startsWith(QLatin1String("Say what you need help with")));
    });
}

void TestWhoCanHelpDialog::enterOpensTheContact()
{
    QVERIFY(m_window->selectContact(m_grace));
    withDialog([this](WhoCanHelpDialog* dialog) {
        typeSearch(dialog, QStringLiteral("tax law"));
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QTableView* table = dialog->table();
        table->setFocus();
        table->setCurrentIndex(dialog->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    });
    QCOMPARE(m_window->currentContactId(), m_ada);
    QCOMPARE(m_window->selectedContactIds(), QList<qint64>{m_ada});
}

void TestWhoCanHelpDialog::enterInSearchFieldOpensFirstResult()
{
    qint64 second = 0;
    withDialog([&second](WhoCanHelpDialog* dialog) {
        typeSearch(dialog, QStringLiteral("tax"));
        QTRY_COMPARE(dialog->model()->rowCount(), 3);
        auto* edit = test::child<QLineEdit>(*dialog, QStringLiteral("whoCanHelpSearchEdit"));
        // Down moves through the results while the focus stays in the field.
        QTest::keyClick(edit, Qt::Key_Down);
        QCOMPARE(dialog->table()->currentIndex().row(), 1);
        QVERIFY(edit->hasFocus());
        second = dialog->model()->matches().at(1).contactId;
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    });
    QVERIFY(second > 0);
    QCOMPARE(m_window->currentContactId(), second);
}

void TestWhoCanHelpDialog::searchIsRemembered()
{
    withDialog([](WhoCanHelpDialog* dialog) {
        typeSearch(dialog, QStringLiteral("tax law"));
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
    });
    // Opened again, even by a new window on the same settings: the same words and their results, at once.
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    withDialog([this](WhoCanHelpDialog* dialog) {
        QCOMPARE(dialog->query(), QStringLiteral("tax law"));
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->matches().first().contactId, m_ada);
    });
}

void TestWhoCanHelpDialog::highlightMarksWords_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<int>("highlights");

    QTest::newRow("two words") << QStringLiteral("Can help with: [Tax] [law]")
                               << QStringLiteral("Can help with: Tax law") << 2;
    QTest::newRow("none") << QStringLiteral("Notes: nothing") << QStringLiteral("Notes: nothing") << 0;
    QTest::newRow("markup escaped") << QStringLiteral("Notes: <b>[R&D]</b>") << QStringLiteral("Notes: <b>R&D</b>")
                                    << 1;
}

void TestWhoCanHelpDialog::highlightMarksWords()
{
    QFETCH(QString, marked);
    QFETCH(QString, plain);
    QFETCH(int, highlights);
    QCOMPARE(WhoCanHelpModel::plain(marked), plain);
    const QString html = WhoCanHelpModel::highlighted(marked);
    QCOMPARE(int(html.count(QLatin1String("<span"))), highlights);
    QVERIFY2(!html.contains(QLatin1String("<b>")), qPrintable(html));
}

QTEST_MAIN(TestWhoCanHelpDialog)
#include "tst_whocanhelpdialog.moc"
