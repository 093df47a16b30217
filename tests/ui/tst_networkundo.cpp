// Edit > Undo and Redo for the writes of the network pages, through the real window on a real database file:
// editing an event, "I met these people at…", dismissing a suggested introduction and changing an introduction's
// status or outcome, editing and deleting a favour. Each is done through the GUI, then undone and redone with the
// Edit menu's actions, checking the database and the view each time.

#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactTableModel.h"
#include "domain/ManualClock.h"
#include "domain/Topic.h"
#include "main/MainWindow.h"
#include "network/EventAttendeeModel.h"
#include "network/EventsView.h"
#include "network/FavourBalancePanel.h"
#include "network/FavourListModel.h"
#include "network/IntroductionSuggestionModel.h"
#include "network/IntroductionTableModel.h"
#include "network/IntroductionsView.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/FavourStore.h"
#include "storage/InteractionStore.h"
#include "storage/IntroductionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/TopicStore.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace kith;

class TestNetworkUndo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newEventUndoRedo();
    void editEventUndoRedo();
    void meetingUndoRedo();
    void meetingUndoRefusedWhenUsedSince();
    void introductionDismissAndStatusUndoRedo();
    void favourEditAndDeleteUndoRedo();

private:
    qint64 addContact(const QString& given, const QString& family, const QString& circle = {});
    QAction* action(const char* objectName) const;
    void withModal(const QString& objectName, const std::function<void(QWidget*)>& act,
                   const std::function<void()>& trigger);
    static void clickOk(QWidget* dialog);
    void undo();
    void redo();
    int rows(const QString& sql) const;
    static QStringList attendeesOf(const QList<EventAttendee>& attendees);
    void recordRustConf();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestNetworkUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kith.conf")));
}

void TestNetworkUndo::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestNetworkUndo::addContact(const QString& given, const QString& family, const QString& circle)
{
    Contact c;
    c.given = given;
    c.family = family;
    c.circle = circle;
    return ContactStore(*m_database, *m_clock).add(c).value();
}

QAction* TestNetworkUndo::action(const char* objectName) const
{
    return test::child<QAction>(*m_window, QString::fromLatin1(objectName));
}

void TestNetworkUndo::withModal(const QString& objectName, const std::function<void(QWidget*)>& act,
                                const std::function<void()>& trigger)
{
    const bool handled =
        test::answerModal([&objectName](QWidget* modal) { return modal->objectName() == objectName; }, act, trigger);
    QVERIFY2(handled, qPrintable(QStringLiteral("the dialog %1 never appeared").arg(objectName)));
}

void TestNetworkUndo::clickOk(QWidget* dialog)
{
    auto* box = test::child<QDialogButtonBox>(*dialog, QStringLiteral("buttonBox"));
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Through the Edit menu's actions, as a user does.
void TestNetworkUndo::undo()
{
    QAction* undo = action("actionUndo");
    QVERIFY(undo->isEnabled());
    undo->trigger();
}

void TestNetworkUndo::redo()
{
    QAction* redo = action("actionRedo");
    QVERIFY(redo->isEnabled());
    redo->trigger();
}

int TestNetworkUndo::rows(const QString& sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0).toInt();
}

// "contact:met:note:followUp" for each attendee row, for comparing lists as stored.
QStringList TestNetworkUndo::attendeesOf(const QList<EventAttendee>& attendees)
{
    QStringList out;
    for (const EventAttendee& a : attendees)
        out << QStringLiteral("%1:%2:%3:%4").arg(a.contactId).arg(a.met).arg(a.note).arg(a.followUpReminderId);
    return out;
}

void TestNetworkUndo::newEventUndoRedo()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace")); // else the window shows its empty state
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    action("actionShowEvents")->trigger();
    EventsView* view = m_window->eventsView();
    withModal(
        QStringLiteral("eventDialog"),
        [](QWidget* dialog) {
            QTest::keyClicks(test::child<QLineEdit>(*dialog, QStringLiteral("eventNameEdit")),
                             QStringLiteral("Team offsite"));
            clickOk(dialog);
        },
        [view] {
            QTest::mouseClick(test::child<QPushButton>(*view, QStringLiteral("newEventButton")), Qt::LeftButton);
        });
    const QList<EventSummary> added = m_window->eventStore().all().value();
    QCOMPARE(added.size(), 1);
    const Event event = added.first().event;
    QCOMPARE(event.name, QStringLiteral("Team offsite"));
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 1);
    QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo New Event “Team offsite”"));

    undo();
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM events")), 0);
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 0);
    QVERIFY(test::child<QWidget>(*view, QStringLiteral("eventsEmptyState"))->isVisible());
    redo();
    QCOMPARE(m_window->eventStore().get(event.id).value(), event);
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 1);
}

void TestNetworkUndo::editEventUndoRedo()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 byron = addContact(QStringLiteral("Byron"), QStringLiteral("King"));
    EventStore events(*m_database, *m_clock);
    Event e;
    e.name = QStringLiteral("Team offsite");
    e.kind = EventKind::Meetup;
    e.heldOn = QDate(2026, 11, 20);
    e.place = QStringLiteral("Lisbon");
    e.notes = QStringLiteral("Bring the roadmap");
    const qint64 id = events.add(e).value();
    EventAttendee met;
    met.contactId = ada;
    EventAttendee seen;
    seen.contactId = byron;
    seen.met = false;
    seen.note = QStringLiteral("only waved");
    QVERIFY(events.addAttendees(id, {met, seen}).ok());
    const EventRecord before = events.record(id).value();

    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    action("actionShowEvents")->trigger();
    EventsView* view = m_window->eventsView();
    QTRY_COMPARE(view->currentEventId(), id);
    auto* title = test::child<QLabel>(*view, QStringLiteral("eventTitle"));
    auto* details = test::child<QLabel>(*view, QStringLiteral("eventDetails"));
    QCOMPARE(title->text(), QStringLiteral("Team offsite"));

    m_clock->set(m_clock->now().addSecs(3600)); // so that the edit's time differs from the one undo puts back
    withModal(
        QStringLiteral("eventDialog"),
        [](QWidget* dialog) {
            auto* name = test::child<QLineEdit>(*dialog, QStringLiteral("eventNameEdit"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Team offsite 2026"));
            auto* place = test::child<QLineEdit>(*dialog, QStringLiteral("eventPlaceEdit"));
            place->selectAll();
            QTest::keyClicks(place, QStringLiteral("Porto"));
            test::child<QDateEdit>(*dialog, QStringLiteral("eventDateEdit"))->setDate(QDate(2026, 11, 21));
            auto* notes = test::child<QPlainTextEdit>(*dialog, QStringLiteral("eventNotesEdit"));
            notes->selectAll();
            QTest::keyClicks(notes, QStringLiteral("Roadmap done"));
            clickOk(dialog);
        },
        [view] {
            QTest::mouseClick(test::child<QPushButton>(*view, QStringLiteral("editEventButton")), Qt::LeftButton);
        });

    const EventRecord edited = m_window->eventStore().record(id).value();
    QCOMPARE(edited.event.name, QStringLiteral("Team offsite 2026"));
    QCOMPARE(edited.event.place, QStringLiteral("Porto"));
    QCOMPARE(edited.event.heldOn, QDate(2026, 11, 21));
    QCOMPARE(edited.event.notes, QStringLiteral("Roadmap done"));
    QCOMPARE(attendeesOf(edited.attendees), attendeesOf(before.attendees));
    QTRY_COMPARE(title->text(), QStringLiteral("Team offsite 2026"));
    QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo Edit Event “Team offsite 2026”"));

    undo();
    const EventRecord undone = m_window->eventStore().record(id).value();
    QCOMPARE(undone.event, before.event); // every field, the updated time included
    QCOMPARE(attendeesOf(undone.attendees), attendeesOf(before.attendees));
    QTRY_COMPARE(title->text(), QStringLiteral("Team offsite"));
    QVERIFY(details->text().contains(QStringLiteral("Lisbon")));
    QCOMPARE(view->attendeeModel()->rowCount(), 2);
    QCOMPARE(action("actionRedo")->text(), QStringLiteral("&Redo Edit Event “Team offsite 2026”"));

    redo();
    QCOMPARE(m_window->eventStore().record(id).value().event, edited.event);
    QTRY_COMPARE(title->text(), QStringLiteral("Team offsite 2026"));
    QVERIFY(details->text().contains(QStringLiteral("Porto")));

    // Accepting the dialog unchanged is no edit: nothing to undo.
    undo();
    QVERIFY(!action("actionUndo")->isEnabled());
    withModal(
        QStringLiteral("eventDialog"), [](QWidget* dialog) { clickOk(dialog); },
        [view] { Q_EMIT view->editRequested(view->currentEventId()); });
    QVERIFY(!action("actionUndo")->isEnabled());
    QCOMPARE(m_window->undoStack()->count(), 1); // the edit, undone, still there to redo

    // A write the database refuses: a clear message, the event as it was, the stack as it was.
    QSqlQuery refuse(m_database->connection());
    QVERIFY(refuse.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_edits BEFORE UPDATE ON events BEGIN SELECT "
                                       "RAISE(ABORT, 'the disk is full'); END")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    withModal(
        QStringLiteral("eventDialog"),
        [](QWidget* dialog) {
            QTest::keyClicks(test::child<QLineEdit>(*dialog, QStringLiteral("eventNameEdit")), QStringLiteral("!"));
            clickOk(dialog);
        },
        [view] { Q_EMIT view->editRequested(view->currentEventId()); });
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("the disk is full")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->eventStore().get(id).value(), before.event);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->index(), 0);
    QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER refuse_edits")));
}

void TestNetworkUndo::recordRustConf()
{
    withModal(
        QStringLiteral("eventMeetingDialog"),
        [](QWidget* dialog) {
            QTest::keyClicks(test::child<QLineEdit>(*dialog, QStringLiteral("meetingEventName")),
                             QStringLiteral("RustConf"));
            auto* names = test::child<QPlainTextEdit>(*dialog, QStringLiteral("meetingNamesEdit"));
            names->setFocus();
            QTest::keyClicks(names, QStringLiteral("Ada Lovelace"));
            QTest::keyClick(names, Qt::Key_Return);
            QTest::keyClicks(names, QStringLiteral("Grace Hopper"));
            auto* preview = test::child<QTableView>(*dialog, QStringLiteral("meetingPreview"));
            QTRY_COMPARE(preview->model()->rowCount(), 2);
            clickOk(dialog);
        },
        [this] { action("actionMetPeople")->trigger(); });
}

void TestNetworkUndo::meetingUndoRedo()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    // What was there before and must stay: another event Ada was at, and a reminder of her own.
    EventStore events(*m_database, *m_clock);
    Event club;
    club.name = QStringLiteral("Book club");
    club.heldOn = QDate(2026, 11, 1);
    const qint64 clubId = events.add(club).value();
    EventAttendee there;
    there.contactId = ada;
    QVERIFY(events.addAttendees(clubId, {there}).ok());
    Reminder own;
    own.contactId = ada;
    own.dueAt = m_clock->now().addDays(20);
    own.note = QStringLiteral("Her birthday present");
    QVERIFY(ReminderStore(*m_database, *m_clock).add(own).ok());

    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    recordRustConf();

    EventStore& store = m_window->eventStore();
    EventsView* view = m_window->eventsView();
    QCOMPARE(store.all().value().size(), 2);
    const qint64 rustConf = view->currentEventId();
    QCOMPARE(store.get(rustConf).value().name, QStringLiteral("RustConf"));
    QCOMPARE(store.contactIdsNamed(QStringLiteral("Grace Hopper")).value().size(), 1);
    QCOMPARE(m_window->reminderStore().openForContact(ada).value().size(), 2);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM event_attendees")), 3);
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 2);
    QTRY_COMPARE(m_window->contactModel()->rowCount(), 2);
    QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo Add People Met at “RustConf”"));

    undo();
    // Exactly what the recording made is gone; the book club, Ada and her own reminder stay.
    QVERIFY(!store.get(rustConf).ok());
    QCOMPARE(store.all().value().size(), 1);
    QVERIFY(store.contactIdsNamed(QStringLiteral("Grace Hopper")).value().isEmpty());
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM contacts")), 1);
    const QList<Reminder> left = m_window->reminderStore().openForContact(ada).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().note, QStringLiteral("Her birthday present"));
    QCOMPARE(attendeesOf(store.attendees(clubId).value()), QStringList{QStringLiteral("%1:1::0").arg(ada)});
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM event_attendees")), 1);
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 1);
    QTRY_COMPARE(m_window->contactModel()->rowCount(), 1);

    redo();
    QCOMPARE(store.get(rustConf).value().name, QStringLiteral("RustConf"));
    const QList<qint64> graces = store.contactIdsNamed(QStringLiteral("Grace Hopper")).value();
    QCOMPARE(graces.size(), 1);
    QCOMPARE(store.attendees(rustConf).value().size(), 2);
    for (const EventAttendee& a : store.attendees(rustConf).value()) {
        QVERIFY(a.met);
        QCOMPARE(m_window->reminderStore().get(a.followUpReminderId).value().note,
                 QStringLiteral("Follow up: met at RustConf"));
    }
    QCOMPARE(m_window->reminderStore().openForContact(graces.first()).value().size(), 1);
    QTRY_COMPARE(view->eventTable()->model()->rowCount(), 2);
    QTRY_COMPARE(m_window->contactModel()->rowCount(), 2);
    QVERIFY(view->selectEvent(rustConf));
    QCOMPARE(view->attendeeModel()->rowCount(), 2);

    // And undone once more, from what redo wrote.
    undo();
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM contacts")), 1);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM reminders")), 1);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM events")), 1);
}

void TestNetworkUndo::meetingUndoRefusedWhenUsedSince()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    recordRustConf();
    const qint64 grace = m_window->eventStore().contactIdsNamed(QStringLiteral("Grace Hopper")).value().first();
    // A call with Grace, logged since: undo would take it with her.
    Interaction call;
    call.occurredAt = m_clock->now();
    call.participantIds = {grace};
    QVERIFY(m_window->interactionStore().add(call).ok());
    const int contacts = rows(QStringLiteral("SELECT count(*) FROM contacts"));
    const int reminders = rows(QStringLiteral("SELECT count(*) FROM reminders"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    undo();
    QVERIFY2(
        MessageBox::lastText().startsWith(QStringLiteral("Nothing was changed. Grace Hopper has more in Kith now")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM contacts")), contacts);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM reminders")), reminders);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM events")), 1);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM interactions")), 1);
    // The refused command is dropped: nothing left to undo or redo.
    QVERIFY(!action("actionUndo")->isEnabled());
    QVERIFY(!action("actionRedo")->isEnabled());
}

void TestNetworkUndo::introductionDismissAndStatusUndoRedo()
{
    // Ada needs tax law and Byron knows it: one suggestion. Carl and Ada have an introduction, asked.
    const qint64 ada = addContact(QStringLiteral("Ada"), QString(), QStringLiteral("close"));
    const qint64 byron = addContact(QStringLiteral("Byron"), QString(), QStringLiteral("inner"));
    const qint64 carl = addContact(QStringLiteral("Carl"), QString(), QStringLiteral("close"));
    TopicStore topics(*m_database, *m_clock);
    QVERIFY(topics
                .addMany({{ada, 0, QStringLiteral("tax law"), TopicKind::Need, {}},
                          {byron, 0, QStringLiteral("tax law"), TopicKind::Expertise, {}}})
                .ok());
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    action("actionShowIntroductions")->trigger();
    IntroductionsView* view = m_window->introductionsView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && view->suggestionModel()->rowCount() == 1, 10000);
    Introduction asked;
    asked.firstId = carl;
    asked.secondId = ada;
    asked.introducedOn = m_clock->today().addDays(-3);
    const qint64 id = view->introductionStore().add(asked).value();

    // Dismiss, with the button on the row.
    auto* suggestions = test::child<QTableView>(*view, QStringLiteral("introductionSuggestionTable"));
    const QRect dismiss = suggestions->visualRect(suggestions->model()->index(0, IntroductionSuggestionModel::Dismiss));
    QTest::mouseClick(suggestions->viewport(), Qt::LeftButton, {}, dismiss.center());
    const QString dismissed = QStringLiteral("SELECT count(*) FROM introduction_suggestions_dismissed");
    QCOMPARE(rows(dismissed), 1);
    QCOMPARE(suggestions->model()->rowCount(), 0);
    QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo Dismiss Suggestion to Introduce Ada and Byron"));
    undo();
    QCOMPARE(rows(dismissed), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && suggestions->model()->rowCount() == 1, 10000);
    redo();
    QCOMPARE(rows(dismissed), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && suggestions->model()->rowCount() == 0, 10000);

    // The status, changed twice in place with the combo box: Asked -> Made -> Accepted (which links the two).
    auto* made = test::child<QTableView>(*view, QStringLiteral("introductionTable"));
    QTRY_COMPARE(made->model()->rowCount(), 1);
    const auto nextStatus = [made] {
        const QModelIndex status = made->model()->index(0, IntroductionTableModel::Status);
        made->setCurrentIndex(status);
        made->edit(status);
        QComboBox* editor = nullptr;
        QTRY_VERIFY((editor = made->findChild<QComboBox*>(QStringLiteral("introductionStatusEditor"))) != nullptr);
        QTest::keyClick(editor, Qt::Key_Down);
        QTRY_VERIFY(!made->findChild<QComboBox*>(QStringLiteral("introductionStatusEditor")));
    };
    const auto statusShown = [made] {
        return made->model()->index(0, IntroductionTableModel::Status).data().toString();
    };
    const auto knows = [this] {
        return rows(QStringLiteral("SELECT count(*) FROM relationships"));
    };
    nextStatus();
    QTRY_COMPARE(view->introductionStore().get(id).value().status, IntroductionStatus::Made);
    nextStatus();
    QTRY_COMPARE(view->introductionStore().get(id).value().status, IntroductionStatus::Accepted);
    QCOMPARE(knows(), 1);
    QTRY_COMPARE(statusShown(), QStringLiteral("Accepted"));
    QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo Mark Introduction of Ada and Carl “Accepted”"));

    undo();
    QCOMPARE(view->introductionStore().get(id).value().status, IntroductionStatus::Made);
    QCOMPARE(knows(), 0); // the link that accepting made goes with it
    QTRY_COMPARE(statusShown(), QStringLiteral("Made"));
    undo();
    QCOMPARE(view->introductionStore().get(id).value().status, IntroductionStatus::Asked);
    QTRY_COMPARE(statusShown(), QStringLiteral("Asked"));
    redo();
    redo();
    QCOMPARE(view->introductionStore().get(id).value().status, IntroductionStatus::Accepted);
    QCOMPARE(knows(), 1);
    QTRY_COMPARE(statusShown(), QStringLiteral("Accepted"));
    // Undo once more removes the link redo made.
    undo();
    QCOMPARE(knows(), 0);

    // The outcome, typed in place.
    const QModelIndex outcome = made->model()->index(0, IntroductionTableModel::Outcome);
    made->setCurrentIndex(outcome);
    made->edit(outcome);
    QLineEdit* editor = nullptr;
    QTRY_VERIFY((editor = made->viewport()->findChild<QLineEdit*>()) != nullptr);
    QTest::keyClicks(editor, QStringLiteral("They now work together"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(view->introductionStore().get(id).value().outcome, QStringLiteral("They now work together"));
    QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo Edit Outcome of Introducing Ada and Carl"));
    undo();
    QCOMPARE(view->introductionStore().get(id).value().outcome, QString());
    QTRY_COMPARE(made->model()->index(0, IntroductionTableModel::Outcome).data().toString(), QString());
    redo();
    QCOMPARE(view->introductionStore().get(id).value().outcome, QStringLiteral("They now work together"));
    QTRY_COMPARE(made->model()->index(0, IntroductionTableModel::Outcome).data().toString(),
                 QStringLiteral("They now work together"));
}

void TestNetworkUndo::favourEditAndDeleteUndoRedo()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    FavourStore favours(*m_database, *m_clock);
    Favour cv;
    cv.contactId = ada;
    cv.direction = FavourDirection::Given;
    cv.what = QStringLiteral("Reviewed her CV");
    cv.happenedOn = QDate(2026, 11, 2);
    const qint64 id = favours.add(cv).value();
    const Favour before = favours.get(id).value();
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showContact(ada);
    QTRY_COMPARE(m_window->detailPane()->contactId(), ada);
    FavourBalancePanel* panel = m_window->detailPane()->favourPanel();
    QTRY_COMPARE(panel->text(), QStringLiteral("You've done 1 favour for Ada; none back yet."));

    // In the list of favours: Edit… (it was received, not given), then Delete.
    withModal(
        QStringLiteral("favourListDialog"),
        [this](QWidget* dialog) {
            auto* table = test::child<QTableView>(*dialog, QStringLiteral("favourTable"));
            QTRY_COMPARE(table->model()->rowCount(), 1);
            table->setCurrentIndex(table->model()->index(0, 0));
            withModal(
                QStringLiteral("favourDialog"),
                [](QWidget* editor) {
                    QCOMPARE(test::child<QLineEdit>(*editor, QStringLiteral("favourWhatEdit"))->text(),
                             QStringLiteral("Reviewed her CV"));
                    QTest::mouseClick(test::child<QRadioButton>(*editor, QStringLiteral("favourReceivedButton")),
                                      Qt::LeftButton);
                    QTest::keyClicks(test::child<QLineEdit>(*editor, QStringLiteral("favourWhatEdit")),
                                     QStringLiteral(" for me"));
                    clickOk(editor);
                },
                [dialog] {
                    QTest::mouseClick(test::child<QPushButton>(*dialog, QStringLiteral("favourListEditButton")),
                                      Qt::LeftButton);
                });
            QTRY_COMPARE(table->model()->index(0, FavourListModel::What).data().toString(),
                         QStringLiteral("Reviewed her CV for me"));
            QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo Edit Favour \"Reviewed her CV for me\""));
            table->setCurrentIndex(table->model()->index(0, 0));
            QTest::mouseClick(test::child<QPushButton>(*dialog, QStringLiteral("favourListDeleteButton")),
                              Qt::LeftButton);
            QTRY_COMPARE(table->model()->rowCount(), 0);
            static_cast<QDialog*>(dialog)->accept();
        },
        [panel] {
            QTest::mouseClick(test::child<QPushButton>(*panel, QStringLiteral("showFavoursButton")), Qt::LeftButton);
        });
    QVERIFY(!m_window->favourStore().get(id).ok());
    QTRY_COMPARE(panel->text(), QStringLiteral("No favours with Ada yet."));
    QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo Delete Favour \"Reviewed her CV for me\""));

    undo(); // the delete
    Favour edited = before;
    edited.direction = FavourDirection::Received;
    edited.what = QStringLiteral("Reviewed her CV for me");
    QCOMPARE(m_window->favourStore().get(id).value(), edited);
    QTRY_COMPARE(panel->text(), QStringLiteral("Ada has done 1 favour for you; you haven't returned one yet."));
    undo(); // the edit
    QCOMPARE(m_window->favourStore().get(id).value(), before);
    QTRY_COMPARE(panel->text(), QStringLiteral("You've done 1 favour for Ada; none back yet."));
    redo();
    QCOMPARE(m_window->favourStore().get(id).value(), edited);
    redo();
    QVERIFY(!m_window->favourStore().get(id).ok());
    QTRY_COMPARE(panel->text(), QStringLiteral("No favours with Ada yet."));
}

QTEST_MAIN(TestNetworkUndo)
#include "tst_networkundo.moc"
