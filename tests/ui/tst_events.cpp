#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "domain/ManualClock.h"
#include "main/MainWindow.h"
#include "network/EventAttendeeModel.h"
#include "network/EventListModel.h"
#include "network/EventsView.h"
#include "network/FavourBalancePanel.h"
#include "reminders/DueModel.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/FavourStore.h"
#include "storage/ReminderStore.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace kith;

// Events and favours through the real window: "I met these people at…" with one new and one existing name,
// the event's page, "Met at" and the follow-ups in the detail pane, the favour balance, undo of deletes.
class TestEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void metPeopleCreatesEventContactAndFollowUps();
    void favourBalanceFollowsLoggedFavours();
    void deleteEventAndUndo();

private:
    qint64 addContact(const QString& given, const QString& family);
    QAction* action(const char* objectName) const;
    void withModal(const QString& objectName, const std::function<void(QWidget*)>& act,
                   const std::function<void()>& trigger);
    static void clickOk(QWidget* dialog);
    QStringList remindersShown() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestEvents::init()
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
}

void TestEvents::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestEvents::addContact(const QString& given, const QString& family)
{
    Contact c;
    c.given = given;
    c.family = family;
    return m_window->contactStore().add(c).value();
}

QAction* TestEvents::action(const char* objectName) const
{
    return test::child<QAction>(*m_window, QString::fromLatin1(objectName));
}

void TestEvents::withModal(const QString& objectName, const std::function<void(QWidget*)>& act,
                           const std::function<void()>& trigger)
{
    const bool handled =
        test::answerModal([&objectName](QWidget* modal) { return modal->objectName() == objectName; }, act, trigger);
    QVERIFY2(handled, qPrintable(QStringLiteral("the dialog %1 never appeared").arg(objectName)));
}

void TestEvents::clickOk(QWidget* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

QStringList TestEvents::remindersShown() const
{
    auto* list = test::child<QListWidget>(*m_window->detailPane(), QStringLiteral("remindersList"));
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        texts << list->item(row)->text();
        if (QWidget* widget = list->itemWidget(list->item(row))) {
            for (const QLabel* label : widget->findChildren<QLabel*>())
                texts << label->text();
        }
    }
    return texts;
}

void TestEvents::metPeopleCreatesEventContactAndFollowUps()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    withModal(
        QStringLiteral("eventMeetingDialog"),
        [](QWidget* dialog) {
            auto* name = test::child<QLineEdit>(*dialog, QStringLiteral("meetingEventName"));
            QTest::keyClicks(name, QStringLiteral("RustConf"));
            auto* names = test::child<QPlainTextEdit>(*dialog, QStringLiteral("meetingNamesEdit"));
            names->setFocus();
            QTest::keyClicks(names, QStringLiteral("ada lovelace"));
            QTest::keyClick(names, Qt::Key_Return);
            QTest::keyClicks(names, QStringLiteral("Grace Hopper"));
            QCOMPARE(test::child<QSpinBox>(*dialog, QStringLiteral("meetingFollowUpSpin"))->value(), 3);
            // The preview says who is new and who is already a contact.
            auto* preview = test::child<QTableView>(*dialog, QStringLiteral("meetingPreview"));
            QTRY_COMPARE(preview->model()->rowCount(), 2);
            QCOMPARE(preview->model()->index(0, 1).data().toString(), QStringLiteral("Existing contact"));
            QCOMPARE(preview->model()->index(1, 0).data().toString(), QStringLiteral("Grace Hopper"));
            QCOMPARE(preview->model()->index(1, 1).data().toString(), QStringLiteral("New contact"));
            QVERIFY(test::child<QLabel>(*dialog, QStringLiteral("meetingSummary"))
                        ->text()
                        .startsWith(QStringLiteral("1 new, 1 already in your contacts.")));
            clickOk(dialog);
        },
        [this] { action("actionMetPeople")->trigger(); });

    // The event, with both met and neither followed up yet.
    const QList<EventSummary> events = m_window->eventStore().all().value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().event.name, QStringLiteral("RustConf"));
    QCOMPARE(events.first().event.heldOn, QDate(2025, 6, 2));
    QCOMPARE(events.first().met, 2);
    QCOMPARE(m_window->contactStore().count().value(), 2);
    const QList<qint64> graces = m_window->eventStore().contactIdsNamed(QStringLiteral("Grace Hopper")).value();
    QCOMPARE(graces.size(), 1);

    // The Events tab shows it, with its page.
    EventsView* view = m_window->eventsView();
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), view);
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 1);
    QCOMPARE(view->currentEventId(), events.first().event.id);
    QCOMPARE(view->attendeeTable()->model()->rowCount(), 2);
    QCOMPARE(view->attendeeTable()->model()->index(0, EventAttendeeModel::FollowUp).data().toString().left(4),
             QStringLiteral("Due "));
    QCOMPARE(view->eventTable()->model()->index(0, EventListModel::FollowedUp).data().toString(),
             QStringLiteral("0 of 2"));

    // Each has a follow-up in three days, seen in the detail pane with "Met at".
    for (qint64 id : {ada, graces.first()}) {
        const QList<Reminder> open = m_window->reminderStore().openForContact(id).value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().dueAt.toLocalTime().date(), QDate(2025, 6, 5));
        m_window->showContact(id);
        QTRY_COMPARE(m_window->detailPane()->contactId(), id);
        QTRY_VERIFY2(remindersShown().join(QLatin1Char('|')).contains(QStringLiteral("Follow up: met at RustConf")),
                     qPrintable(remindersShown().join(QLatin1Char('|'))));
        auto* metAt = test::child<QLabel>(*m_window->detailPane(), QStringLiteral("metAtLabel"));
        QVERIFY(metAt->isVisible());
        QVERIFY(metAt->text().contains(QStringLiteral("RustConf")));
    }

    // Three days on, both are in the Due list.
    m_clock->set(QDateTime(QDate(2025, 6, 5), QTime(10, 0), Qt::UTC));
    m_window->reminderStore().announceChanged({ada});
    QTRY_VERIFY(m_window->dueModel()->rowCount() >= 2);
    int followUps = 0;
    for (int row = 0; row < m_window->dueModel()->rowCount(); ++row) {
        for (int column = 0; column < m_window->dueModel()->columnCount(); ++column)
            followUps +=
                m_window->dueModel()->index(row, column).data().toString().contains(QStringLiteral("RustConf"));
    }
    QCOMPARE(followUps, 2);
}

void TestEvents::favourBalanceFollowsLoggedFavours()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    m_window->showContact(ada);
    QTRY_COMPARE(m_window->detailPane()->contactId(), ada);
    FavourBalancePanel* panel = m_window->detailPane()->favourPanel();
    QVERIFY(panel && panel->isVisible());
    QCOMPARE(panel->text(), QStringLiteral("No favours with Ada yet."));
    auto* logButton = test::child<QPushButton>(*panel, QStringLiteral("logFavourButton"));

    const auto logFavour = [&](bool given, const QString& what) {
        withModal(
            QStringLiteral("favourDialog"),
            [&](QWidget* dialog) {
                QCOMPARE(test::child<QLineEdit>(*dialog, QStringLiteral("favourContactEdit"))->text(),
                         QStringLiteral("Ada Lovelace"));
                if (!given)
                    QTest::mouseClick(test::child<QRadioButton>(*dialog, QStringLiteral("favourReceivedButton")),
                                      Qt::LeftButton);
                QTest::keyClicks(test::child<QLineEdit>(*dialog, QStringLiteral("favourWhatEdit")), what);
                clickOk(dialog);
            },
            [&] { QTest::mouseClick(logButton, Qt::LeftButton); });
    };
    logFavour(true, QStringLiteral("Reviewed her CV"));
    QTRY_COMPARE(panel->text(), QStringLiteral("You've done 1 favour for Ada; none back yet."));
    logFavour(true, QStringLiteral("Fed the cat"));
    logFavour(false, QStringLiteral("Lent me a book"));
    QTRY_COMPARE(panel->text(), QStringLiteral("You've done 2 favours for Ada; Ada has done 1 for you."));
    QCOMPARE(m_window->favourStore().balance(ada).value(), (FavourBalance{2, 1}));

    // Undo takes the last one back, redo brings it again.
    m_window->undoStack()->undo();
    QTRY_COMPARE(panel->text(), QStringLiteral("You've done 2 favours for Ada; none back yet."));
    m_window->undoStack()->redo();
    QTRY_COMPARE(panel->text(), QStringLiteral("You've done 2 favours for Ada; Ada has done 1 for you."));
}

void TestEvents::deleteEventAndUndo()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    Event e;
    e.name = QStringLiteral("Book club");
    e.heldOn = QDate(2025, 5, 30);
    const qint64 id = m_window->eventStore().add(e).value();
    EventAttendee a;
    a.contactId = ada;
    QVERIFY(m_window->eventStore().addAttendees(id, {a}).ok());
    action("actionShowEvents")->trigger();
    EventsView* view = m_window->eventsView();
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 1);
    QTRY_COMPARE(view->currentEventId(), id);

    QTest::mouseClick(test::child<QPushButton>(*view, QStringLiteral("deleteEventButton")), Qt::LeftButton);
    QVERIFY(!m_window->eventStore().get(id).ok());
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 0);
    QVERIFY(test::child<QWidget>(*view, QStringLiteral("eventsEmptyState"))->isVisible());

    m_window->undoStack()->undo();
    QCOMPARE(m_window->eventStore().get(id).value().name, QStringLiteral("Book club"));
    QCOMPARE(m_window->eventStore().attendees(id).value().size(), 1);
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 1);
    m_window->undoStack()->redo();
    QVERIFY(!m_window->eventStore().get(id).ok());
}

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
