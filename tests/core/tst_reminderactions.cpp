#include "TestDatabase.h"

#include "domain/Interaction.h"
#include "domain/Reminder.h"
#include "reminders/DueCalculator.h"
#include "reminders/ReminderActions.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace kith;

namespace {

// One contact with one item of each kind due at TestDatabase::fixedNow() (2026-03-15 12:00 UTC):
// inner circle last seen 10 days ago, birthday today, anniversary in 2 days, a follow-up 1 day overdue.
struct Fixture {
    qint64 contactId = 0;
    qint64 reminderId = 0;
};

Fixture makeFixture(TestDatabase& t, Recurrence recurrence = {})
{
    const QDateTime now = TestDatabase::fixedNow();
    Contact c;
    c.given = QStringLiteral("Ada");
    c.circle = QStringLiteral("inner");
    c.birthday = PartialDate{1986, 3, 15};
    c.anniversary = PartialDate{2016, 3, 17};
    Fixture f;
    f.contactId = ContactStore(t.database(), t.clock()).add(c).value();
    Interaction i;
    i.occurredAt = now.addDays(-10);
    i.participantIds = {f.contactId};
    (void)InteractionStore(t.database(), t.clock()).add(i);
    Reminder r;
    r.contactId = f.contactId;
    r.dueAt = now.addDays(-1);
    r.note = QStringLiteral("Send the book");
    r.recurrence = recurrence;
    f.reminderId = ReminderStore(t.database(), t.clock()).add(r).value();
    return f;
}

QList<DueItem> dueAt(TestDatabase& t, const QDateTime& at)
{
    return DueCalculator(t.database(), {}).dueAt(at).value();
}

std::optional<DueItem> find(const QList<DueItem>& items, DueKind kind)
{
    for (const DueItem& item : items) {
        if (item.kind == kind)
            return item;
    }
    return std::nullopt;
}

} // namespace

class TestReminderActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
    }

    void everyKindIsDue()
    {
        TestDatabase t;
        makeFixture(t);
        const QList<DueItem> due = dueAt(t, TestDatabase::fixedNow());
        QCOMPARE(due.size(), 4);
        for (DueKind kind : {DueKind::Cadence, DueKind::Birthday, DueKind::Anniversary, DueKind::FollowUp})
            QVERIFY(find(due, kind).has_value());
    }

    void snoozeHidesUntilThen_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("cadence") << int(DueKind::Cadence);
        QTest::addRow("birthday") << int(DueKind::Birthday);
        QTest::addRow("anniversary") << int(DueKind::Anniversary);
        QTest::addRow("follow-up") << int(DueKind::FollowUp);
    }

    void snoozeHidesUntilThen()
    {
        QFETCH(int, kind);
        TestDatabase t;
        const Fixture f = makeFixture(t);
        const QDateTime now = TestDatabase::fixedNow();
        ReminderActions actions(t.database(), t.clock());
        QSignalSpy changed(&actions, &ReminderActions::changed);
        const DueItem item = find(dueAt(t, now), DueKind(kind)).value();
        const QDateTime until = now.addDays(1);
        QVERIFY(actions.snooze(item, until).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{f.contactId});
        QVERIFY(!find(dueAt(t, now), DueKind(kind)));
        QVERIFY(!find(dueAt(t, until.addSecs(-1)), DueKind(kind)));
        const auto back = find(dueAt(t, until), DueKind(kind));
        QVERIFY(back.has_value());
        QCOMPARE(back->due, until);
        QCOMPARE(back->snoozedUntil, until);
        QCOMPARE(back->key(), item.key());
        QVERIFY(back->alertKey() != item.alertKey());
        // The scheduler's next wake-up knows about the snooze's end.
        QVERIFY(DueCalculator(t.database(), {}).nextDueAfter(now)->value() <= until);
        const auto history = actions.history(f.contactId).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].action, QStringLiteral("snoozed"));
        QCOMPARE(history[0].kind, DueKind(kind));
        QCOMPARE(history[0].snoozedUntil, until);
        QCOMPARE(history[0].at, now);
        QCOMPARE(history[0].occurrence, item.occurrence);
    }

    void dismissAndDoneHideThisOccurrence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("action");
        for (const char* action : {"done", "dismissed"}) {
            QTest::addRow("birthday %s", action) << int(DueKind::Birthday) << QString::fromLatin1(action);
            QTest::addRow("anniversary %s", action) << int(DueKind::Anniversary) << QString::fromLatin1(action);
            QTest::addRow("follow-up %s", action) << int(DueKind::FollowUp) << QString::fromLatin1(action);
            QTest::addRow("cadence %s", action) << int(DueKind::Cadence) << QString::fromLatin1(action);
        }
    }

    void dismissAndDoneHideThisOccurrence()
    {
        QFETCH(int, kind);
        QFETCH(QString, action);
        TestDatabase t;
        const Fixture f = makeFixture(t);
        const QDateTime now = TestDatabase::fixedNow();
        ReminderActions actions(t.database(), t.clock());
        const DueItem item = find(dueAt(t, now), DueKind(kind)).value();
        QVERIFY(action == QLatin1String("done") ? actions.done(item).ok() : actions.dismiss(item).ok());
        QVERIFY(!find(dueAt(t, now), DueKind(kind)));
        QCOMPARE(dueAt(t, now).size(), 3);
        QCOMPARE(actions.history(f.contactId).value().first().action, action);
        if (DueKind(kind) == DueKind::Birthday) // next year's comes again
            QVERIFY(find(dueAt(t, QDateTime(QDate(2027, 3, 15), QTime(10, 0), Qt::UTC)), DueKind::Birthday));
        if (DueKind(kind) == DueKind::FollowUp) {
            const Reminder r = ReminderStore(t.database(), t.clock()).get(f.reminderId).value();
            QVERIFY(!r.isOpen());
            QCOMPARE(action == QLatin1String("done") ? r.doneAt : r.dismissedAt, now);
        }
        if (DueKind(kind) == DueKind::Cadence && action == QLatin1String("done")) {
            // Done on a cadence counts as keeping in touch now.
            QVERIFY(!find(dueAt(t, now.addDays(7).addSecs(-1)), DueKind::Cadence));
            QVERIFY(find(dueAt(t, now.addDays(7)), DueKind::Cadence));
        }
    }

    void skipCountsAsTouchForCadence()
    {
        TestDatabase t;
        const Fixture f = makeFixture(t);
        const QDateTime now = TestDatabase::fixedNow();
        ReminderActions actions(t.database(), t.clock());
        QVERIFY(actions.skip(find(dueAt(t, now), DueKind::Cadence).value()).ok());
        QVERIFY(!find(dueAt(t, now.addDays(6)), DueKind::Cadence));
        const auto again = find(dueAt(t, now.addDays(7)), DueKind::Cadence);
        QVERIFY(again.has_value());
        QCOMPARE(again->due, now.addDays(7));
        QCOMPARE(again->reason, QStringLiteral("Last checked 7 days ago; every 7 days"));
        // A real interaction later still moves it further.
        Interaction i;
        i.occurredAt = now.addDays(3);
        i.participantIds = {f.contactId};
        QVERIFY(InteractionStore(t.database(), t.clock()).add(i).ok());
        QVERIFY(!find(dueAt(t, now.addDays(7)), DueKind::Cadence));
        QCOMPARE(find(dueAt(t, now.addDays(10)), DueKind::Cadence)->due, now.addDays(10));
    }

    void recurringFollowUpMovesOn_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addRow("done") << QStringLiteral("done");
        QTest::addRow("skipped") << QStringLiteral("skipped");
    }

    void recurringFollowUpMovesOn()
    {
        QFETCH(QString, action);
        TestDatabase t;
        const Fixture f = makeFixture(t, {RecurrenceUnit::Weeks, 1});
        const QDateTime now = TestDatabase::fixedNow();
        ReminderActions actions(t.database(), t.clock());
        const DueItem item = find(dueAt(t, now), DueKind::FollowUp).value();
        QVERIFY(action == QLatin1String("done") ? actions.done(item).ok() : actions.skip(item).ok());
        const Reminder r = ReminderStore(t.database(), t.clock()).get(f.reminderId).value();
        QVERIFY(r.isOpen());
        QCOMPARE(r.dueAt, now.addDays(6)); // 14 March + 1 week
        QCOMPARE(r.recurrence, (Recurrence{RecurrenceUnit::Weeks, 1}));
        QVERIFY(!find(dueAt(t, now.addDays(6).addSecs(-1)), DueKind::FollowUp));
        QCOMPARE(find(dueAt(t, now.addDays(6)), DueKind::FollowUp)->occurrence, QDate(2026, 3, 21));
        const auto history = actions.history(f.contactId).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].action, action);
        QCOMPARE(history[0].reminderId, f.reminderId);
        QCOMPARE(history[0].occurrence, QDate(2026, 3, 14));
    }

    void monthlyReminderClampsToMonthEnd()
    {
        TestDatabase t;
        t.clock().set(QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
        const Fixture f = makeFixture(t);
        ReminderStore store(t.database(), t.clock());
        Reminder r;
        r.contactId = f.contactId;
        r.dueAt = QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC);
        r.recurrence = {RecurrenceUnit::Months, 1};
        const qint64 id = store.add(r).value();
        QVERIFY(store.markDone(id).ok());
        QCOMPARE(store.get(id)->dueAt, QDateTime(QDate(2026, 2, 28), QTime(9, 0), Qt::UTC));
    }

    void historyIsNewestFirst()
    {
        TestDatabase t;
        const Fixture f = makeFixture(t);
        const QDateTime now = TestDatabase::fixedNow();
        ReminderActions actions(t.database(), t.clock());
        QVERIFY(actions.snooze(find(dueAt(t, now), DueKind::Birthday).value(), now.addSecs(3600)).ok());
        t.clock().advanceSeconds(7200);
        QVERIFY(actions.done(find(dueAt(t, t.clock().now()), DueKind::Birthday).value()).ok());
        QVERIFY(actions.done(find(dueAt(t, t.clock().now()), DueKind::FollowUp).value()).ok());
        const auto history = actions.history(f.contactId).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].kind, DueKind::FollowUp);
        QCOMPARE(history[1].kind, DueKind::Birthday);
        QCOMPARE(history[1].action, QStringLiteral("done"));
        QCOMPARE(history[2].action, QStringLiteral("snoozed"));
        QCOMPARE(history[2].at, now);
    }

    void badActionsChangeNothing()
    {
        TestDatabase t;
        const Fixture f = makeFixture(t);
        const QDateTime now = TestDatabase::fixedNow();
        ReminderActions actions(t.database(), t.clock());
        QSignalSpy changed(&actions, &ReminderActions::changed);
        const DueItem followUp = find(dueAt(t, now), DueKind::FollowUp).value();
        QVERIFY(!actions.snooze(followUp, now.addSecs(-60)).ok());
        QVERIFY(!actions.snooze(find(dueAt(t, now), DueKind::Birthday).value(), now).ok());
        QVERIFY(!actions.snooze(followUp, QDateTime()).ok());
        DueItem unknown = followUp;
        unknown.reminderId = 999;
        QVERIFY(!actions.done(unknown).ok());
        QVERIFY(actions.done(followUp).ok());
        QVERIFY(!actions.done(followUp).ok()); // already done
        QCOMPARE(changed.count(), 1);
        QCOMPARE(actions.history(f.contactId).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReminderActions)
#include "tst_reminderactions.moc"
