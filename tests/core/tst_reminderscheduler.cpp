#include "TestDatabase.h"

#include "domain/Reminder.h"
#include "reminders/ReminderScheduler.h"
#include "storage/ContactStore.h"
#include "storage/ReminderStore.h"

#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace kith;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

void setTimeZone(const char* tz)
{
    qputenv("TZ", tz);
    tzset();
}

qint64 addContact(TestDatabase& t, const QString& birthday = {})
{
    Contact c;
    c.given = QStringLiteral("Ada");
    c.birthday = PartialDate::fromIsoString(birthday).value();
    return ContactStore(t.database(), t.clock()).add(c).value();
}

qint64 followUp(TestDatabase& t, qint64 contactId, const QDateTime& due, const QString& note)
{
    Reminder r;
    r.contactId = contactId;
    r.dueAt = due;
    r.note = note;
    return ReminderStore(t.database(), t.clock()).add(r).value();
}

QStringList reasons(const QSignalSpy& spy)
{
    QStringList result;
    for (const QList<QVariant>& call : spy) {
        for (const DueItem& item : call.at(0).value<QList<DueItem>>())
            result << item.reason;
    }
    return result;
}

} // namespace

// The scheduler driven by a manual clock and check(): nothing here waits for a real timer.
class TestReminderScheduler final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<kith::DueItem>>(); }

    void init() { setTimeZone("UTC"); }

    void cleanupTestCase() { setTimeZone("UTC"); }

    void firesOnceWhenDue()
    {
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        const qint64 id = addContact(t);
        followUp(t, id, now.addSecs(-3600), QStringLiteral("already due"));
        followUp(t, id, now.addSecs(1800), QStringLiteral("in half an hour"));
        ReminderScheduler scheduler(t.database(), t.clock());
        QSignalSpy due(&scheduler, &ReminderScheduler::itemsDue);
        QSignalSpy missed(&scheduler, &ReminderScheduler::missedWhileClosed);
        scheduler.start(now); // ran until just now: nothing missed, the overdue one was seen then
        QCOMPARE(missed.count(), 0);
        QCOMPARE(due.count(), 0);
        QCOMPARE(scheduler.nextWakeUp(), now.addSecs(1800));

        t.clock().advanceSeconds(1799);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        t.clock().advanceSeconds(1);
        scheduler.check();
        QCOMPARE(reasons(due), QStringList{QStringLiteral("in half an hour")});
        t.clock().advanceSeconds(600);
        scheduler.check();
        scheduler.rearm();
        QCOMPARE(due.count(), 1);
        // Nothing else is coming: the timer is capped at an hour, to notice clock jumps.
        QCOMPARE(scheduler.nextWakeUp(), t.clock().now().addSecs(3600));
    }

    void missedWhileClosedIsReportedOnce()
    {
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        const qint64 id = addContact(t);
        followUp(t, id, now.addDays(-5), QStringLiteral("before the last run"));
        followUp(t, id, now.addDays(-1), QStringLiteral("while closed"));
        followUp(t, id, now.addSecs(-60), QStringLiteral("just now"));
        ReminderScheduler scheduler(t.database(), t.clock());
        QSignalSpy due(&scheduler, &ReminderScheduler::itemsDue);
        QSignalSpy missed(&scheduler, &ReminderScheduler::missedWhileClosed);
        scheduler.start(now.addDays(-2));
        QCOMPARE(missed.count(), 1);
        QCOMPARE(reasons(missed), (QStringList{QStringLiteral("while closed"), QStringLiteral("just now")}));
        scheduler.start(now.addDays(-2));
        scheduler.check();
        t.clock().advanceSeconds(3600);
        scheduler.check();
        QCOMPARE(missed.count(), 1);
        QCOMPARE(due.count(), 0);
    }

    void quietHoursHoldUntilTheyEnd_data()
    {
        QTest::addColumn<QTime>("quietStart");
        QTest::addColumn<QTime>("quietEnd");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QList<QDateTime>>("dues");
        QTest::addColumn<QDateTime>("quietOver");
        QTest::addRow("across midnight") << QTime(22, 0) << QTime(7, 0) << utc(2026, 3, 15, 21)
                                         << QList<QDateTime>{utc(2026, 3, 15, 23), utc(2026, 3, 16, 1, 30)}
                                         << utc(2026, 3, 16, 7);
        QTest::addRow("within a day") << QTime(12, 30) << QTime(14, 0) << utc(2026, 3, 15, 12)
                                      << QList<QDateTime>{utc(2026, 3, 15, 12, 45), utc(2026, 3, 15, 13, 58)}
                                      << utc(2026, 3, 15, 14);
    }

    void quietHoursHoldUntilTheyEnd()
    {
        QFETCH(QTime, quietStart);
        QFETCH(QTime, quietEnd);
        QFETCH(QDateTime, start);
        QFETCH(QList<QDateTime>, dues);
        QFETCH(QDateTime, quietOver);
        TestDatabase t;
        t.clock().set(start);
        const qint64 id = addContact(t);
        for (const QDateTime& at : dues)
            followUp(t, id, at, at.toString(Qt::ISODate));
        followUp(t, id, quietOver.addSecs(3600), QStringLiteral("after"));
        ReminderScheduler scheduler(t.database(), t.clock());
        ReminderPreferences prefs;
        prefs.quietHoursEnabled = true;
        prefs.quietStart = quietStart;
        prefs.quietEnd = quietEnd;
        scheduler.setPreferences(prefs);
        QSignalSpy due(&scheduler, &ReminderScheduler::itemsDue);
        scheduler.start(start);
        for (const QDateTime& at : dues) {
            t.clock().set(at.addSecs(60));
            scheduler.check();
            QCOMPARE(due.count(), 0);
        }
        // Asleep until the quiet hours end, at the latest.
        QVERIFY(scheduler.nextWakeUp() <= quietOver);
        t.clock().set(quietOver.addSecs(-1));
        scheduler.check();
        QCOMPARE(due.count(), 0);
        t.clock().set(quietOver);
        scheduler.check();
        QCOMPARE(due.count(), 1);
        QStringList expected;
        for (const QDateTime& at : dues)
            expected << at.toString(Qt::ISODate);
        QCOMPARE(reasons(due), expected);
        t.clock().set(quietOver.addSecs(3600));
        scheduler.check();
        QCOMPARE(reasons(due), expected << QStringLiteral("after"));
    }

    void heldItemDoneMeanwhileIsNotShown()
    {
        TestDatabase t;
        t.clock().set(utc(2026, 3, 15, 21));
        const qint64 id = addContact(t);
        const qint64 reminder = followUp(t, id, utc(2026, 3, 15, 23), QStringLiteral("done in the night"));
        ReminderScheduler scheduler(t.database(), t.clock());
        ReminderPreferences prefs;
        prefs.quietHoursEnabled = true;
        scheduler.setPreferences(prefs);
        QSignalSpy due(&scheduler, &ReminderScheduler::itemsDue);
        scheduler.start(t.clock().now());
        t.clock().set(utc(2026, 3, 15, 23, 30));
        scheduler.check();
        QVERIFY(ReminderStore(t.database(), t.clock()).markDone(reminder).ok());
        t.clock().set(utc(2026, 3, 16, 7));
        scheduler.check();
        QCOMPARE(due.count(), 0);
    }

    // Birthdays fall due at 09:00 local time, Europe/Berlin; the clock steps through the night of a DST
    // change in 10-minute steps, as a timer would wake, and every reminder pops up exactly once.
    void dstChangeNeitherRepeatsNorSkips_data()
    {
        QTest::addColumn<QString>("birthday");
        QTest::addColumn<QTime>("reminderTime");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QDateTime>("expected"); // UTC
        QTest::addRow("spring forward, 09:00 CEST")
            << "--03-29" << QTime(9, 0) << utc(2026, 3, 28, 20) << utc(2026, 3, 29, 12) << utc(2026, 3, 29, 7);
        QTest::addRow("spring forward, 02:30 does not exist: 03:30 CEST")
            << "--03-29" << QTime(2, 30) << utc(2026, 3, 28, 20) << utc(2026, 3, 29, 12) << utc(2026, 3, 29, 1, 30);
        QTest::addRow("the day before the change, 09:00 CET")
            << "--03-28" << QTime(9, 0) << utc(2026, 3, 27, 20) << utc(2026, 3, 29, 12) << utc(2026, 3, 28, 8);
        QTest::addRow("fall back, 02:30 happens twice")
            << "--10-25" << QTime(2, 30) << utc(2026, 10, 24, 20) << utc(2026, 10, 25, 12) << QDateTime();
        QTest::addRow("fall back, 09:00 CET")
            << "--10-25" << QTime(9, 0) << utc(2026, 10, 24, 20) << utc(2026, 10, 25, 12) << utc(2026, 10, 25, 8);
    }

    void dstChangeNeitherRepeatsNorSkips()
    {
        QFETCH(QString, birthday);
        QFETCH(QTime, reminderTime);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QDateTime, expected);
        setTimeZone("Europe/Berlin");
        TestDatabase t;
        t.clock().set(from);
        addContact(t, birthday);
        ReminderScheduler scheduler(t.database(), t.clock());
        ReminderPreferences prefs;
        prefs.birthdayLeadDays = 0;
        prefs.dateReminderTime = reminderTime;
        scheduler.setPreferences(prefs);
        QSignalSpy due(&scheduler, &ReminderScheduler::itemsDue);
        scheduler.start(from);
        QList<QDateTime> firedAt;
        while (t.clock().now() < to) {
            t.clock().advanceSeconds(600);
            const qsizetype before = due.count();
            scheduler.check();
            if (due.count() > before)
                firedAt << t.clock().now();
        }
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(0).value<QList<DueItem>>().size(), 1);
        const DueItem item = due.at(0).at(0).value<QList<DueItem>>().first();
        QCOMPARE(item.reason, QStringLiteral("Birthday today"));
        if (expected.isValid()) {
            QCOMPARE(item.due, expected);
            QCOMPARE(firedAt.first(), expected); // the first wake at or after it, on a 10-minute grid
        } else {
            // 02:30 on the night it happens twice: one of the two, that night.
            QVERIFY(item.due >= utc(2026, 10, 25, 0, 30) && item.due <= utc(2026, 10, 25, 1, 30));
        }
    }

    void timeZoneChangeDoesNotRepeat()
    {
        setTimeZone("Europe/Berlin");
        TestDatabase t;
        t.clock().set(utc(2026, 6, 10, 6));
        addContact(t, QStringLiteral("--06-10"));
        ReminderScheduler scheduler(t.database(), t.clock());
        ReminderPreferences prefs;
        prefs.birthdayLeadDays = 0;
        scheduler.setPreferences(prefs);
        QSignalSpy due(&scheduler, &ReminderScheduler::itemsDue);
        scheduler.start(t.clock().now());
        t.clock().set(utc(2026, 6, 10, 7, 5)); // 09:05 CEST
        scheduler.check();
        QCOMPARE(due.count(), 1);
        // Flying to New York: 09:00 local is now 13:00 UTC, and must not pop up again.
        setTimeZone("America/New_York");
        t.clock().set(utc(2026, 6, 10, 13, 5));
        scheduler.check();
        QCOMPARE(due.count(), 1);
        // And the other way: a time zone where 09:00 is already past does not skip an unseen one.
        setTimeZone("UTC");
        TestDatabase t2;
        t2.clock().set(utc(2026, 6, 10, 6));
        addContact(t2, QStringLiteral("--06-10"));
        ReminderScheduler second(t2.database(), t2.clock());
        second.setPreferences(prefs);
        QSignalSpy due2(&second, &ReminderScheduler::itemsDue);
        second.start(t2.clock().now()); // 06:00 UTC: 09:00 UTC still ahead
        setTimeZone("Asia/Tokyo");      // 09:00 in Tokyo was 00:00 UTC, before the last check
        t2.clock().set(utc(2026, 6, 10, 6, 10));
        second.check();
        QCOMPARE(due2.count(), 1);
    }

    void clockSetBackDoesNotRepeat()
    {
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        followUp(t, addContact(t), now.addSecs(600), QStringLiteral("soon"));
        ReminderScheduler scheduler(t.database(), t.clock());
        QSignalSpy due(&scheduler, &ReminderScheduler::itemsDue);
        scheduler.start(now);
        t.clock().set(now.addSecs(700));
        scheduler.check();
        QCOMPARE(due.count(), 1);
        t.clock().set(now.addSecs(-7200));
        scheduler.check();
        t.clock().set(now.addSecs(900));
        scheduler.check();
        QCOMPARE(due.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReminderScheduler)
#include "tst_reminderscheduler.moc"
