#include "TestDatabase.h"

#include "domain/Event.h"
#include "domain/Reminder.h"
#include "network/MeetingRecorder.h"
#include "storage/ContactStore.h"
#include "storage/EventStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kith;

namespace {

Event rustConf();

struct Fixture {
    TestDatabase db;
    ContactStore contacts{db.database(), db.clock()};
    ReminderStore reminders{db.database(), db.clock()};
    EventStore events{db.database(), db.clock()};
    MeetingRecorder recorder{db.database(), db.clock(), contacts, reminders, events};

    qint64 person(const QString& given, const QString& family = {})
    {
        Contact c;
        c.given = given;
        c.family = family;
        return contacts.add(c).value();
    }
    int count(const QString& table)
    {
        QSqlQuery q(db.database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toInt();
    }
    // Every row of every table, as text, sorted: two dumps are equal when the database holds the same. The
    // search index is compared by what it holds, not by its storage (whose segments keep deletions).
    QStringList dump()
    {
        const QSqlDatabase db = this->db.database().connection();
        QStringList rows;
        for (const QString& table : db.tables()) {
            if (table.startsWith(QLatin1String("contacts_fts_")))
                continue;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
        rows.sort();
        return rows;
    }
    // "Ada Lovelace" (a contact already) and Grace Hopper (new) met at RustConf (new unless `eventId`), with a
    // follow-up each.
    RecordedMeeting recordRustConf(qint64 eventId = 0)
    {
        MeetingPlan plan;
        plan.eventId = eventId;
        plan.newEvent = rustConf();
        plan.people = recorder.resolve({QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper")}, {}).value();
        const MeetingOutcome outcome = recorder.record(plan).value();
        return recorder.recorded(outcome).value();
    }
    // Rows of every table the flow writes.
    QList<int> counts()
    {
        return {count(QStringLiteral("contacts")), count(QStringLiteral("events")),
                count(QStringLiteral("event_attendees")), count(QStringLiteral("reminders"))};
    }
};

Event rustConf()
{
    Event e;
    e.name = QStringLiteral("RustConf");
    e.kind = EventKind::Conference;
    e.heldOn = QDate(2026, 3, 14);
    e.place = QStringLiteral("Portland");
    return e;
}

// "name: new" or "name: #id" for comparing.
QStringList describe(const QList<MetPerson>& people)
{
    QStringList out;
    for (const MetPerson& p : people) {
        QString text = p.name + (p.isNew() ? QStringLiteral(": new") : QStringLiteral(": #%1").arg(p.contactId));
        if (p.sameName > 1)
            text += QStringLiteral(" (1 of %1)").arg(p.sameName);
        if (p.alreadyThere)
            text += QStringLiteral(" (there)");
        out << text;
    }
    return out;
}

} // namespace

class TestMeetingRecorder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolve()
    {
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 grace = f.person(QStringLiteral("Grace"), QStringLiteral("Hopper"));
        const qint64 sam1 = f.person(QStringLiteral("Sam"), QStringLiteral("Lee"));
        f.person(QStringLiteral("Sam"), QStringLiteral("Lee"));
        const qint64 gone = f.person(QStringLiteral("Gone"), QStringLiteral("Away"));
        QVERIFY(f.contacts.moveToTrash({gone}).ok());

        const QStringList lines{QStringLiteral("  ada   LOVELACE "), QString(),
                                QStringLiteral("Linus Torvalds"),    QStringLiteral("Ada Lovelace"),
                                QStringLiteral("Sam Lee"),           QStringLiteral("linus torvalds"),
                                QStringLiteral("Gone Away"),         QStringLiteral("Grace #%1").arg(grace)};
        const QList<MetPerson> people = f.recorder.resolve(lines, {grace}).value();
        QCOMPARE(describe(people),
                 (QStringList{
                     QStringLiteral("Grace Hopper: #%1").arg(grace), QStringLiteral("ada LOVELACE: #%1").arg(ada),
                     QStringLiteral("Linus Torvalds: new"), QStringLiteral("Sam Lee: #%1 (1 of 2)").arg(sam1),
                     QStringLiteral("Gone Away: new"), // someone in the Trash is not found by name
                 }));

        const auto unknown = f.recorder.resolve({QStringLiteral("#999")}, {});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("999")));
        const auto trashed = f.recorder.resolve({}, {gone});
        QVERIFY(!trashed.ok());
        QVERIFY(trashed.error().contains(QStringLiteral("Trash")));

        // With an event, those already on its list are marked.
        const qint64 event = f.events.add(rustConf()).value();
        EventAttendee a;
        a.contactId = ada;
        QVERIFY(f.events.addAttendees(event, {a}).ok());
        QCOMPARE(describe(f.recorder.resolve({QStringLiteral("Ada Lovelace")}, {grace}, event).value()),
                 (QStringList{QStringLiteral("Grace Hopper: #%1").arg(grace),
                              QStringLiteral("Ada Lovelace: #%1 (there)").arg(ada)}));
    }

    // One new and one existing person: the event, the new contact, both on the list as met, two follow-ups
    // three days from today; announced once, after everything is in.
    void recordsEverything()
    {
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        QSignalSpy contactsChanged(&f.contacts, &ContactStore::contactsChanged);
        QSignalSpy remindersChanged(&f.reminders, &ReminderStore::remindersChanged);
        QSignalSpy eventsChanged(&f.events, &EventStore::eventsChanged);

        MeetingPlan plan;
        plan.newEvent = rustConf();
        plan.people = f.recorder.resolve({QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper")}, {}).value();
        plan.followUpDays = 3;
        const MeetingOutcome outcome = f.recorder.record(plan).value();
        QCOMPARE(outcome.newContactIds.size(), 1);
        const qint64 grace = outcome.newContactIds.first();
        QCOMPARE(outcome.metContactIds, (QList<qint64>{ada, grace}));
        QCOMPARE(outcome.reminderIds.size(), 2);

        const Contact newContact = f.contacts.get(grace).value();
        QCOMPARE(newContact.given, QStringLiteral("Grace"));
        QCOMPARE(newContact.family, QStringLiteral("Hopper"));
        QCOMPARE(newContact.howMet, QStringLiteral("Met at RustConf"));
        QCOMPARE(newContact.whereMet, QStringLiteral("Portland"));
        QCOMPARE(f.events.get(outcome.eventId).value().name, QStringLiteral("RustConf"));
        const QList<EventAttendee> attendees = f.events.attendees(outcome.eventId).value();
        QCOMPARE(attendees.size(), 2);
        for (const EventAttendee& a : attendees) {
            QVERIFY(a.met);
            QVERIFY(outcome.reminderIds.contains(a.followUpReminderId));
            const Reminder r = f.reminders.get(a.followUpReminderId).value();
            QCOMPARE(r.contactId, a.contactId);
            QCOMPARE(r.note, QStringLiteral("Follow up: met at RustConf"));
            QCOMPARE(r.dueAt.toLocalTime().date(), TestDatabase::fixedNow().toLocalTime().date().addDays(3));
            QVERIFY(r.isOpen());
        }
        QCOMPARE(f.events.metAt(grace).value().size(), 1);

        QCOMPARE(contactsChanged.size(), 1);
        QCOMPARE(contactsChanged.first().first().value<QList<qint64>>(), QList<qint64>{grace});
        QCOMPARE(remindersChanged.size(), 1);
        QCOMPARE(eventsChanged.size(), 1);

        // Again at the same event: Ada is there already and is left alone; Linus is added, without a follow-up.
        MeetingPlan more;
        more.eventId = outcome.eventId;
        more.people =
            f.recorder.resolve({QStringLiteral("Ada Lovelace"), QStringLiteral("Linus")}, {}, outcome.eventId).value();
        more.followUpDays = 0;
        const MeetingOutcome second = f.recorder.record(more).value();
        QCOMPARE(second.eventId, outcome.eventId);
        QCOMPARE(second.metContactIds.size(), 1);
        QVERIFY(second.reminderIds.isEmpty());
        QCOMPARE(f.events.attendees(outcome.eventId).value().size(), 3);
        QCOMPARE(f.count(QStringLiteral("events")), 1);
    }

    void refusesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("event without a name") << "no name"
                                              << "name";
        QTest::addRow("unknown event") << "unknown event"
                                       << "999";
        QTest::addRow("nobody") << "nobody"
                                << "one person";
        QTest::addRow("follow-up in the past") << "negative days"
                                               << "days";
        // The new contact, the event and the reminders are written before the attendee list finds the
        // trashed contact: all of it is rolled back.
        QTest::addRow("trashed contact, found late") << "trashed"
                                                     << "Trash";
        QTest::addRow("unknown contact, found late") << "unknown contact"
                                                     << "exist";
    }

    void refusesAndChangesNothing()
    {
        QFETCH(QString, problem);
        QFETCH(QString, mentions);
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 gone = f.person(QStringLiteral("Gone"));
        QVERIFY(f.contacts.moveToTrash({gone}).ok());
        const QList<int> before = f.counts();
        QSignalSpy contactsChanged(&f.contacts, &ContactStore::contactsChanged);
        QSignalSpy remindersChanged(&f.reminders, &ReminderStore::remindersChanged);
        QSignalSpy eventsChanged(&f.events, &EventStore::eventsChanged);

        MeetingPlan plan;
        plan.newEvent = rustConf();
        plan.people = {MetPerson{QStringLiteral("Grace Hopper"), 0, 0, false},
                       MetPerson{QStringLiteral("Ada Lovelace"), ada, 1, false}};
        if (problem == QLatin1String("no name"))
            plan.newEvent.name = QStringLiteral("  ");
        else if (problem == QLatin1String("unknown event"))
            plan.eventId = 999;
        else if (problem == QLatin1String("nobody"))
            plan.people.clear();
        else if (problem == QLatin1String("negative days"))
            plan.followUpDays = -1;
        else if (problem == QLatin1String("trashed"))
            plan.people << MetPerson{QStringLiteral("Gone"), gone, 1, false};
        else if (problem == QLatin1String("unknown contact"))
            plan.people << MetPerson{QStringLiteral("Nobody"), 999, 1, false};
        const auto outcome = f.recorder.record(plan);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().contains(mentions), qPrintable(outcome.error()));
        QCOMPARE(f.counts(), before);
        QCOMPARE(contactsChanged.size(), 0);
        QCOMPARE(remindersChanged.size(), 0);
        QCOMPARE(eventsChanged.size(), 0);
    }

    // Undo: exactly what the recording wrote goes, in one transaction, and what was there before stays; redo
    // writes it again (the event under its id, Grace under her uid) and can be taken back again.
    void takeBackRemovesExactlyWhatItMade_data()
    {
        QTest::addColumn<bool>("atExistingEvent");
        QTest::addRow("new event") << false;
        QTest::addRow("existing event") << true;
    }

    void takeBackRemovesExactlyWhatItMade()
    {
        QFETCH(bool, atExistingEvent);
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 linus = f.person(QStringLiteral("Linus"));
        Reminder own;
        own.contactId = ada;
        own.dueAt = TestDatabase::fixedNow().addDays(10);
        own.note = QStringLiteral("Her birthday present");
        QVERIFY(f.reminders.add(own).ok());
        InteractionStore interactions(f.db.database(), f.db.clock());
        Interaction lunch;
        lunch.occurredAt = TestDatabase::fixedNow().addDays(-1);
        lunch.participantIds = {ada};
        QVERIFY(interactions.add(lunch).ok());
        qint64 eventId = 0;
        if (atExistingEvent) {
            eventId = f.events.add(rustConf()).value();
            EventAttendee there;
            there.contactId = linus;
            QVERIFY(f.events.addAttendees(eventId, {there}).ok());
        }
        const QStringList before = f.dump();

        const RecordedMeeting recorded = f.recordRustConf(eventId);
        QCOMPARE(recorded.outcome.eventCreated, !atExistingEvent);
        QCOMPARE(recorded.newContacts.size(), 1);
        QCOMPARE(recorded.followUps.size(), 2);
        QCOMPARE(recorded.attendees.size(), 2);
        const QString graceUid = recorded.newContacts.first().uid;
        const QStringList after = f.dump();
        QVERIFY(after != before);

        QSignalSpy contactsChanged(&f.contacts, &ContactStore::contactsChanged);
        QSignalSpy eventsChanged(&f.events, &EventStore::eventsChanged);
        QVERIFY2(f.recorder.takeBack(recorded).ok(), "take back");
        QCOMPARE(f.dump(), before);
        QCOMPARE(contactsChanged.size(), 1);
        QCOMPARE(eventsChanged.size(), 1);

        const RecordedMeeting again = f.recorder.recordAgain(recorded).value();
        QCOMPARE(again.outcome.eventId, recorded.outcome.eventId);
        QCOMPARE(again.outcome.eventCreated, recorded.outcome.eventCreated);
        QCOMPARE(again.newContacts.size(), 1);
        QCOMPARE(again.newContacts.first().uid, graceUid);
        QCOMPARE(again.newContacts.first().howMet, QStringLiteral("Met at RustConf"));
        QCOMPARE(again.event, recorded.event);
        QCOMPARE(f.events.attendees(again.outcome.eventId).value().size(), atExistingEvent ? 3 : 2);
        for (const EventAttendee& a : again.attendees) {
            QVERIFY(a.met);
            QCOMPARE(f.reminders.get(a.followUpReminderId).value().note, QStringLiteral("Follow up: met at RustConf"));
        }
        QCOMPARE(f.count(QStringLiteral("reminders")), 3);
        QCOMPARE(f.counts(), (QList<int>{3, 1, atExistingEvent ? 3 : 2, 3}));

        QVERIFY(f.recorder.takeBack(again).ok());
        QCOMPARE(f.dump(), before);
    }

    // What the user made since goes with nothing: the recording stays as it is and the error says why.
    void takeBackKeepsWhatWasMadeSince_data()
    {
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("interaction with the new contact") << "interaction"
                                                          << "Grace Hopper has more";
        QTest::addRow("new contact edited") << "edited"
                                            << "Grace Hopper has been edited";
        QTest::addRow("follow-up done") << "done"
                                        << "follow-up with Ada Lovelace";
        QTest::addRow("someone else at the new event") << "attendee"
                                                       << "Linus is on the list";
        QTest::addRow("new event edited") << "event edited"
                                          << "RustConf has been edited";
    }

    void takeBackKeepsWhatWasMadeSince()
    {
        QFETCH(QString, since);
        QFETCH(QString, mentions);
        Fixture f;
        f.person(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 linus = f.person(QStringLiteral("Linus"));
        const RecordedMeeting recorded = f.recordRustConf();
        const qint64 grace = recorded.outcome.newContactIds.first();
        if (since == QLatin1String("interaction")) {
            InteractionStore interactions(f.db.database(), f.db.clock());
            Interaction call;
            call.occurredAt = TestDatabase::fixedNow();
            call.participantIds = {grace};
            QVERIFY(interactions.add(call).ok());
        } else if (since == QLatin1String("edited")) {
            Contact c = f.contacts.get(grace).value();
            c.organization = QStringLiteral("US Navy");
            QVERIFY(f.contacts.update(c).ok());
        } else if (since == QLatin1String("done")) {
            QVERIFY(f.reminders.markDone(recorded.outcome.reminderIds.first()).ok());
        } else if (since == QLatin1String("attendee")) {
            EventAttendee a;
            a.contactId = linus;
            QVERIFY(f.events.addAttendees(recorded.outcome.eventId, {a}).ok());
        } else if (since == QLatin1String("event edited")) {
            Event e = f.events.get(recorded.outcome.eventId).value();
            e.place = QStringLiteral("Seattle");
            f.db.clock().set(TestDatabase::fixedNow().addSecs(60));
            QVERIFY(f.events.update(e).ok());
        }
        const QStringList before = f.dump();
        const Status taken = f.recorder.takeBack(recorded);
        QVERIFY(!taken.ok());
        QVERIFY2(taken.error().contains(mentions), qPrintable(taken.error()));
        QCOMPARE(f.dump(), before);
    }

    // A failure half-way (here the contacts cannot be deleted) rolls back the follow-ups and the event deleted
    // before it.
    void takeBackRollsBackOnFailure()
    {
        Fixture f;
        f.person(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const RecordedMeeting recorded = f.recordRustConf();
        QSqlQuery q(f.db.database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER keep_contacts BEFORE DELETE ON contacts BEGIN SELECT "
                                      "RAISE(ABORT, 'contacts are kept'); END")));
        const QStringList before = f.dump();
        QSignalSpy contactsChanged(&f.contacts, &ContactStore::contactsChanged);
        QSignalSpy eventsChanged(&f.events, &EventStore::eventsChanged);
        const Status taken = f.recorder.takeBack(recorded);
        QVERIFY(!taken.ok());
        QVERIFY2(taken.error().contains(QStringLiteral("contacts are kept")), qPrintable(taken.error()));
        QCOMPARE(f.dump(), before);
        QCOMPARE(f.counts(), (QList<int>{2, 1, 2, 2}));
        QCOMPARE(contactsChanged.size(), 0);
        QCOMPARE(eventsChanged.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMeetingRecorder)
#include "tst_meetingrecorder.moc"
