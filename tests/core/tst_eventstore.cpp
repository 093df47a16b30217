#include "TestDatabase.h"

#include "domain/Event.h"
#include "domain/Interaction.h"
#include "domain/Reminder.h"
#include "storage/ContactStore.h"
#include "storage/EventStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kith;

namespace {

struct Fixture {
    TestDatabase db;
    ContactStore contacts{db.database(), db.clock()};
    EventStore events{db.database(), db.clock()};
    ReminderStore reminders{db.database(), db.clock()};
    InteractionStore interactions{db.database(), db.clock()};

    qint64 person(const QString& given)
    {
        Contact c;
        c.given = given;
        return contacts.add(c).value();
    }
    qint64 event(const QString& name, const QDate& on)
    {
        Event e;
        e.name = name;
        e.heldOn = on;
        e.kind = EventKind::Meetup;
        return events.add(e).value();
    }
    int count(const QString& table)
    {
        QSqlQuery q(db.database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toInt();
    }
};

EventAttendee attendee(qint64 contactId, bool met = true, qint64 reminderId = 0)
{
    EventAttendee a;
    a.contactId = contactId;
    a.met = met;
    a.followUpReminderId = reminderId;
    return a;
}

QStringList names(const QList<EventAttendee>& attendees)
{
    QStringList out;
    for (const EventAttendee& a : attendees)
        out << a.name;
    return out;
}

} // namespace

class TestEventStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindKeys()
    {
        for (EventKind kind : allEventKinds()) {
            QCOMPARE(eventKindFromKey(eventKindKey(kind)), kind);
            QVERIFY(!eventKindLabel(kind).isEmpty());
        }
        QCOMPARE(eventKindFromKey(QStringLiteral(" Party ")), EventKind::Party);
        QCOMPARE(eventKindFromKey(QStringLiteral("rave")), std::nullopt);
    }

    void addUpdateListRemove()
    {
        Fixture f;
        QSignalSpy changed(&f.events, &EventStore::eventsChanged);
        Event e;
        e.name = QStringLiteral("  RustConf   2026 ");
        e.kind = EventKind::Conference;
        e.heldOn = QDate(2026, 3, 1);
        e.place = QStringLiteral(" Portland ");
        e.notes = QStringLiteral("Good talks\n");
        const qint64 id = f.events.add(e).value();
        QCOMPARE(changed.size(), 1);
        const Event stored = f.events.get(id).value();
        QCOMPARE(stored.name, QStringLiteral("RustConf 2026"));
        QCOMPARE(stored.kind, EventKind::Conference);
        QCOMPARE(stored.heldOn, QDate(2026, 3, 1));
        QCOMPARE(stored.place, QStringLiteral("Portland"));
        QCOMPARE(stored.notes, QStringLiteral("Good talks"));
        QCOMPARE(stored.createdAt, TestDatabase::fixedNow());

        const qint64 older = f.event(QStringLiteral("Book club"), QDate(2025, 12, 24));
        const qint64 newer = f.event(QStringLiteral("Party"), QDate(2026, 3, 10));
        QList<qint64> order;
        for (const EventSummary& s : f.events.all().value())
            order << s.event.id;
        QCOMPARE(order, (QList<qint64>{newer, id, older}));

        Event edited = stored;
        edited.name = QStringLiteral("RustConf");
        edited.kind = EventKind::Meetup;
        QVERIFY(f.events.update(edited).ok());
        QCOMPARE(f.events.get(id).value().name, QStringLiteral("RustConf"));
        QCOMPARE(f.events.get(id).value().kind, EventKind::Meetup);

        QVERIFY(f.events.remove(id).ok());
        QVERIFY(!f.events.get(id).ok());
        QVERIFY(f.events.get(id).error().contains(QString::number(id)));
        QVERIFY(!f.events.remove(id).ok());
        QCOMPARE(f.events.all().value().size(), 2);
    }

    void badEvent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no name") << QString() << QDate(2026, 1, 1) << "name";
        QTest::addRow("only spaces") << QStringLiteral("   ") << QDate(2026, 1, 1) << "name";
        QTest::addRow("no date") << QStringLiteral("Meetup") << QDate() << "date";
        QTest::addRow("impossible date") << QStringLiteral("Meetup") << QDate(2026, 2, 30) << "date";
    }

    void badEvent()
    {
        QFETCH(QString, name);
        QFETCH(QDate, on);
        QFETCH(QString, mentions);
        Fixture f;
        const qint64 id = f.event(QStringLiteral("Existing"), QDate(2026, 1, 1));
        QSignalSpy changed(&f.events, &EventStore::eventsChanged);
        Event e;
        e.name = name;
        e.heldOn = on;
        const auto added = f.events.add(e);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(mentions), qPrintable(added.error()));
        e.id = id;
        QVERIFY(!f.events.update(e).ok());
        QCOMPARE(f.events.get(id).value().name, QStringLiteral("Existing"));
        QCOMPARE(f.count(QStringLiteral("events")), 1);
        QCOMPARE(changed.size(), 0);
    }

    void attendeesAllOrNone()
    {
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"));
        const qint64 grace = f.person(QStringLiteral("Grace"));
        const qint64 linus = f.person(QStringLiteral("Linus"));
        const qint64 id = f.event(QStringLiteral("Meetup"), QDate(2026, 3, 1));
        QSignalSpy changed(&f.events, &EventStore::eventsChanged);
        QVERIFY(f.events.addAttendees(id, {attendee(grace), attendee(ada, false)}).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(names(f.events.attendees(id).value()), (QStringList{QStringLiteral("Ada"), QStringLiteral("Grace")}));
        QCOMPARE(f.events.attendees(id).value().first().met, false);

        // Linus is fine, Ada is there already: neither is added.
        auto again = f.events.addAttendees(id, {attendee(linus), attendee(ada)});
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("Ada")), qPrintable(again.error()));
        QCOMPARE(f.count(QStringLiteral("event_attendees")), 2);

        const auto unknown = f.events.addAttendees(id, {attendee(linus), attendee(999)});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("999")));
        const auto twice = f.events.addAttendees(id, {attendee(linus), attendee(linus)});
        QVERIFY(!twice.ok());
        QVERIFY(!f.events.addAttendees(999, {attendee(linus)}).ok());
        // A follow-up that is someone else's.
        Reminder r;
        r.contactId = ada;
        r.dueAt = TestDatabase::fixedNow().addDays(3);
        const qint64 adasReminder = f.reminders.add(r).value();
        const auto wrongReminder = f.events.addAttendees(id, {attendee(linus, true, adasReminder)});
        QVERIFY(!wrongReminder.ok());
        QVERIFY(wrongReminder.error().contains(QString::number(adasReminder)));
        QVERIFY(f.contacts.moveToTrash({linus}).ok());
        const auto trashed = f.events.addAttendees(id, {attendee(linus)});
        QVERIFY(!trashed.ok());
        QVERIFY(trashed.error().contains(QStringLiteral("Trash")));
        QCOMPARE(f.count(QStringLiteral("event_attendees")), 2);
        QCOMPARE(changed.size(), 1);

        QVERIFY(f.events.removeAttendee(id, grace).ok());
        QCOMPARE(names(f.events.attendees(id).value()), QStringList{QStringLiteral("Ada")});
        QVERIFY(!f.events.removeAttendee(id, grace).ok());
    }

    // Followed up: the follow-up done, or an interaction on a day after the event; the event's own day does not count.
    void followedUp()
    {
        Fixture f;
        const QDate day(2026, 3, 1);
        const qint64 ada = f.person(QStringLiteral("Ada"));
        const qint64 grace = f.person(QStringLiteral("Grace"));
        const qint64 linus = f.person(QStringLiteral("Linus"));
        const qint64 radia = f.person(QStringLiteral("Radia"));
        const qint64 id = f.event(QStringLiteral("Meetup"), day);
        Reminder r;
        r.contactId = ada;
        r.dueAt = QDateTime(day.addDays(3), QTime(9, 0), Qt::UTC);
        const qint64 adaFollowUp = f.reminders.add(r).value();
        r.contactId = grace;
        const qint64 graceFollowUp = f.reminders.add(r).value();
        QVERIFY(f.events
                    .addAttendees(id, {attendee(ada, true, adaFollowUp), attendee(grace, true, graceFollowUp),
                                       attendee(linus), attendee(radia, false)})
                    .ok());
        EventSummary summary = f.events.all().value().first();
        QCOMPARE(summary.attendees, 4);
        QCOMPARE(summary.met, 3);
        QCOMPARE(summary.followedUp, 0);

        QVERIFY(f.reminders.markDone(adaFollowUp).ok());
        Interaction sameDay;
        sameDay.occurredAt = QDateTime(day, QTime(20, 0), Qt::UTC);
        sameDay.participantIds = {linus};
        QVERIFY(f.interactions.add(sameDay).ok());
        QList<EventAttendee> list = f.events.attendees(id).value();
        QCOMPARE(list.at(0).name, QStringLiteral("Ada"));
        QVERIFY(list.at(0).followUpDone);
        QVERIFY(list.at(0).followedUp());
        QCOMPARE(list.at(0).followUpDueAt, r.dueAt);
        QVERIFY(!list.at(1).followedUp()); // Grace: follow-up still open
        QVERIFY(!list.at(2).followedUp()); // Linus: only on the day itself
        QCOMPARE(f.events.all().value().first().followedUp, 1);

        Interaction later;
        later.occurredAt = QDateTime(day.addDays(1), QTime(8, 0), Qt::UTC);
        later.participantIds = {linus};
        QVERIFY(f.interactions.add(later).ok());
        list = f.events.attendees(id).value();
        QVERIFY(list.at(2).interactedSince);
        QVERIFY(list.at(2).followedUp());
        QCOMPARE(f.events.all().value().first().followedUp, 2);
        // Someone who was there but not met is not counted as followed up, whatever happened since.
        later.participantIds = {radia};
        QVERIFY(f.interactions.add(later).ok());
        QVERIFY(f.events.attendees(id).value().at(3).interactedSince);
        QCOMPARE(f.events.all().value().first().followedUp, 2);

        // People in the Trash are neither listed nor counted.
        QVERIFY(f.contacts.moveToTrash({ada}).ok());
        summary = f.events.all().value().first();
        QCOMPARE(summary.attendees, 3);
        QCOMPARE(summary.met, 2);
        QCOMPARE(summary.followedUp, 1);
        QCOMPARE(f.events.attendees(id).value().size(), 3);
    }

    void metAtAndAttendance()
    {
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"));
        const qint64 grace = f.person(QStringLiteral("Grace"));
        const qint64 later = f.event(QStringLiteral("Later"), QDate(2026, 3, 1));
        const qint64 earlier = f.event(QStringLiteral("Earlier"), QDate(2025, 3, 1));
        const qint64 notMet = f.event(QStringLiteral("Saw her there"), QDate(2025, 6, 1));
        QVERIFY(f.events.addAttendees(later, {attendee(ada), attendee(grace)}).ok());
        QVERIFY(f.events.addAttendees(earlier, {attendee(ada)}).ok());
        QVERIFY(f.events.addAttendees(notMet, {attendee(ada, false)}).ok());
        QStringList met;
        for (const Event& e : f.events.metAt(ada).value())
            met << e.name;
        QCOMPARE(met, (QStringList{QStringLiteral("Earlier"), QStringLiteral("Later")}));
        QCOMPARE(f.events.metAt(grace).value().size(), 1);

        const auto byEvent = f.events.attendeeIdsByEvent().value();
        QCOMPARE(byEvent.value(later), (QList<qint64>{ada, grace}));
        QCOMPARE(byEvent.value(notMet), QList<qint64>{ada});
        QVERIFY(f.contacts.moveToTrash({grace}).ok());
        QCOMPARE(f.events.attendeeIdsByEvent().value().value(later), QList<qint64>{ada});
        // Purging takes the contact off the list.
        QVERIFY(f.contacts.purge({grace}).ok());
        QCOMPARE(f.count(QStringLiteral("event_attendees")), 3);

        QCOMPARE(f.events.contactIdsNamed(QStringLiteral(" ADA ")).value(), QList<qint64>{ada});
        QVERIFY(f.events.contactIdsNamed(QStringLiteral("Grace")).value().isEmpty());
    }

    // What remove() takes away, restore() puts back with the same ids; a contact purged in between stays gone.
    void recordAndRestore()
    {
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"));
        const qint64 grace = f.person(QStringLiteral("Grace"));
        const qint64 id = f.event(QStringLiteral("Meetup"), QDate(2026, 3, 1));
        Reminder r;
        r.contactId = ada;
        r.dueAt = TestDatabase::fixedNow().addDays(3);
        const qint64 reminder = f.reminders.add(r).value();
        QVERIFY(f.events.addAttendees(id, {attendee(ada, true, reminder), attendee(grace, false)}).ok());
        const EventRecord record = f.events.record(id).value();
        QCOMPARE(record.attendees.size(), 2);
        QVERIFY(f.events.remove(id).ok());
        QCOMPARE(f.count(QStringLiteral("event_attendees")), 0);
        QCOMPARE(f.count(QStringLiteral("reminders")), 1); // the follow-up stays

        QVERIFY(f.events.restore(record).ok());
        QCOMPARE(f.events.get(id).value(), record.event);
        QCOMPARE(f.events.record(id).value().attendees, record.attendees);

        QVERIFY(f.events.remove(id).ok());
        QVERIFY(f.contacts.purge({grace}).ok());
        QVERIFY(f.reminders.remove(reminder).ok());
        QVERIFY(f.events.restore(record).ok());
        const QList<EventAttendee> back = f.events.record(id).value().attendees;
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().contactId, ada);
        QCOMPARE(back.first().followUpReminderId, 0);
        // Restoring twice is refused and changes nothing.
        QVERIFY(!f.events.restore(record).ok());
        QCOMPARE(f.count(QStringLiteral("event_attendees")), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
