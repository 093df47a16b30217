#include "TestDatabase.h"

#include "domain/Interaction.h"
#include "domain/Reminder.h"
#include "reminders/DueCalculator.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QTest>

#include <ctime>

using namespace kith;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

struct Person {
    QString name = QStringLiteral("Ada");
    QString circle;
    std::optional<int> cadence;
    QString birthday;
    QString anniversary;
    Priority priority = Priority::None;
};

qint64 addPerson(TestDatabase& t, const Person& p)
{
    Contact c;
    c.given = p.name;
    c.circle = p.circle;
    c.cadenceDays = p.cadence;
    c.birthday = PartialDate::fromIsoString(p.birthday).value();
    c.anniversary = PartialDate::fromIsoString(p.anniversary).value();
    c.priority = p.priority;
    return ContactStore(t.database(), t.clock()).add(c).value();
}

void talk(TestDatabase& t, qint64 contactId, const QDateTime& at)
{
    Interaction i;
    i.occurredAt = at;
    i.channel = Channel::Call;
    i.participantIds = {contactId};
    QVERIFY(InteractionStore(t.database(), t.clock()).add(i).ok());
}

qint64 followUp(TestDatabase& t, qint64 contactId, const QDateTime& due, const QString& note = {},
                Recurrence recurrence = {})
{
    Reminder r;
    r.contactId = contactId;
    r.dueAt = due;
    r.note = note;
    r.recurrence = recurrence;
    return ReminderStore(t.database(), t.clock()).add(r).value();
}

QList<DueItem> dueAt(TestDatabase& t, const QDateTime& at, ReminderPreferences prefs = {})
{
    auto due = DueCalculator(t.database(), prefs).dueAt(at);
    if (!due)
        qWarning("%s", qPrintable(due.error()));
    return due ? *due : QList<DueItem>{};
}

QList<DueItem> ofKind(const QList<DueItem>& items, DueKind kind)
{
    QList<DueItem> result;
    for (const DueItem& item : items) {
        if (item.kind == kind)
            result << item;
    }
    return result;
}

} // namespace

// What is due, computed at fixed dates (UTC as local time; 09:00 date reminders, 3 days' lead).
class TestDueCalculator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
    }

    void cadence_data()
    {
        QTest::addColumn<QString>("circle");
        QTest::addColumn<int>("ownCadence"); // 0: none
        QTest::addColumn<int>("talkedDaysAgo");
        QTest::addColumn<int>("dueDaysAgo"); // -1: not due
        QTest::addRow("inner (7), talked 8 days ago") << "inner" << 0 << 8 << 1;
        QTest::addRow("inner (7), talked 7 days ago: due now") << "inner" << 0 << 7 << 0;
        QTest::addRow("inner (7), talked 6 days ago") << "inner" << 0 << 6 << -1;
        QTest::addRow("close (30), talked 45 days ago") << "close" << 0 << 45 << 15;
        QTest::addRow("acquaintance (365), talked 200 days ago") << "acquaintance" << 0 << 200 << -1;
        QTest::addRow("own 60 over inner, talked 31 days ago") << "inner" << 60 << 31 << -1;
        QTest::addRow("own 60 over inner, talked 61 days ago") << "inner" << 60 << 61 << 1;
        QTest::addRow("own 10 without circle, talked 12 days ago") << "" << 10 << 12 << 2;
        QTest::addRow("dormant has no cadence") << "dormant" << 0 << 2000 << -1;
        QTest::addRow("no circle, no cadence") << "" << 0 << 2000 << -1;
    }

    void cadence()
    {
        QFETCH(QString, circle);
        QFETCH(int, ownCadence);
        QFETCH(int, talkedDaysAgo);
        QFETCH(int, dueDaysAgo);
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        Person p;
        p.circle = circle;
        if (ownCadence > 0)
            p.cadence = ownCadence;
        const qint64 id = addPerson(t, p);
        talk(t, id, now.addDays(-talkedDaysAgo));
        const QList<DueItem> due = ofKind(dueAt(t, now), DueKind::Cadence);
        if (dueDaysAgo < 0) {
            QVERIFY(due.isEmpty());
            return;
        }
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].contactId, id);
        QCOMPARE(due[0].due, now.addDays(-dueDaysAgo));
        QCOMPARE(due[0].occurrence, now.addDays(-dueDaysAgo).date());
        QCOMPARE(due[0].lastInteraction, now.addDays(-talkedDaysAgo));
        QCOMPARE(due[0].contactName, QStringLiteral("Ada"));
        QCOMPARE(due[0].reminderId, 0);
        const int cadence = ownCadence > 0 ? ownCadence : (circle == QLatin1String("inner") ? 7 : 30);
        QCOMPARE(due[0].reason,
                 QStringLiteral("Last talked %1 days ago; every %2 days").arg(talkedDaysAgo).arg(cadence));
    }

    void newInteractionMovesCadence()
    {
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        Person p;
        p.circle = QStringLiteral("inner");
        const qint64 id = addPerson(t, p);
        talk(t, id, now.addDays(-10));
        QCOMPARE(ofKind(dueAt(t, now), DueKind::Cadence).size(), 1);
        talk(t, id, now.addSecs(-3600));
        QVERIFY(ofKind(dueAt(t, now), DueKind::Cadence).isEmpty());
        QVERIFY(ofKind(dueAt(t, now.addDays(7).addSecs(-3601)), DueKind::Cadence).isEmpty());
        const QList<DueItem> later = ofKind(dueAt(t, now.addDays(7)), DueKind::Cadence);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later[0].due, now.addDays(7).addSecs(-3600));
        const auto next = DueCalculator(t.database(), {}).nextDueAfter(now);
        QVERIFY(next.ok() && next->has_value());
        QCOMPARE(**next, now.addDays(7).addSecs(-3600));
    }

    void neverContactedIsDueOneCadenceAfterAdded()
    {
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        Person p;
        p.circle = QStringLiteral("inner");
        const qint64 id = addPerson(t, p); // added now
        QVERIFY(dueAt(t, now.addDays(7).addSecs(-1)).isEmpty());
        const QList<DueItem> due = dueAt(t, now.addDays(7));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].contactId, id);
        QCOMPARE(due[0].due, now.addDays(7));
        QVERIFY(!due[0].lastInteraction.isValid());
        QCOMPARE(due[0].reason, QStringLiteral("Not in touch since added 7 days ago; every 7 days"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("birthday");
        QTest::addColumn<QString>("anniversary");
        QTest::addColumn<int>("leadDays");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QDateTime>("due"); // null: nothing due
        QTest::addColumn<QDate>("occurrence");
        QTest::addColumn<QString>("reason");
        const QString none;
        QTest::addRow("3 days before, with age")
            << "1986-03-18" << none << 3 << utc(2026, 3, 15, 12) << utc(2026, 3, 15, 9) << QDate(2026, 3, 18)
            << "Birthday in 3 days (turns 40)";
        QTest::addRow("before the reminder time")
            << "1986-03-18" << none << 3 << utc(2026, 3, 15, 8, 59) << QDateTime() << QDate() << "";
        QTest::addRow("4 days before") << "1986-03-19" << none << 3 << utc(2026, 3, 15, 12) << QDateTime() << QDate()
                                       << "";
        QTest::addRow("the day before, still the early alert")
            << "1986-03-16" << none << 3 << utc(2026, 3, 15, 12) << utc(2026, 3, 13, 9) << QDate(2026, 3, 16)
            << "Birthday in 1 day (turns 40)";
        QTest::addRow("on the day, without a year") << "--03-15" << none << 3 << utc(2026, 3, 15, 12)
                                                    << utc(2026, 3, 15, 9) << QDate(2026, 3, 15) << "Birthday today";
        QTest::addRow("the day after: gone")
            << "--03-14" << none << 3 << utc(2026, 3, 15, 0, 0) << QDateTime() << QDate() << "";
        QTest::addRow("no lead days: not before the day")
            << "1986-03-18" << none << 0 << utc(2026, 3, 17, 12) << QDateTime() << QDate() << "";
        QTest::addRow("no lead days: on the day")
            << "1986-03-18" << none << 0 << utc(2026, 3, 18, 9) << utc(2026, 3, 18, 9) << QDate(2026, 3, 18)
            << "Birthday today (turns 40)";
        QTest::addRow("29 February on 28 February in 2027")
            << "2000-02-29" << none << 3 << utc(2027, 2, 28, 10) << utc(2027, 2, 28, 9) << QDate(2027, 2, 28)
            << "Birthday today (turns 27)";
        QTest::addRow("29 February ahead in 2027") << "--02-29" << none << 3 << utc(2027, 2, 25, 10)
                                                   << utc(2027, 2, 25, 9) << QDate(2027, 2, 28) << "Birthday in 3 days";
        QTest::addRow("29 February in 2028, the day before")
            << "2000-02-29" << none << 3 << utc(2028, 2, 28, 10) << utc(2028, 2, 26, 9) << QDate(2028, 2, 29)
            << "Birthday in 1 day (turns 28)";
        QTest::addRow("29 February in 2028, on the day")
            << "2000-02-29" << none << 3 << utc(2028, 2, 29, 10) << utc(2028, 2, 29, 9) << QDate(2028, 2, 29)
            << "Birthday today (turns 28)";
        QTest::addRow("across the new year")
            << "1990-01-01" << none << 3 << utc(2026, 12, 29, 10) << utc(2026, 12, 29, 9) << QDate(2027, 1, 1)
            << "Birthday in 3 days (turns 37)";
        QTest::addRow("anniversary") << none << "2016-03-17" << 3 << utc(2026, 3, 15, 12) << utc(2026, 3, 14, 9)
                                     << QDate(2026, 3, 17) << "Anniversary in 2 days (10 years)";
        QTest::addRow("anniversary without a year, on the day")
            << none << "--03-15" << 3 << utc(2026, 3, 15, 12) << utc(2026, 3, 15, 9) << QDate(2026, 3, 15)
            << "Anniversary today";
    }

    void dates()
    {
        QFETCH(QString, birthday);
        QFETCH(QString, anniversary);
        QFETCH(int, leadDays);
        QFETCH(QDateTime, at);
        QFETCH(QDateTime, due);
        QFETCH(QDate, occurrence);
        QFETCH(QString, reason);
        TestDatabase t;
        Person p;
        p.birthday = birthday;
        p.anniversary = anniversary;
        p.priority = Priority::High;
        const qint64 id = addPerson(t, p);
        talk(t, id, TestDatabase::fixedNow().addDays(-3));
        ReminderPreferences prefs;
        prefs.birthdayLeadDays = leadDays;
        const QList<DueItem> items = dueAt(t, at, prefs);
        if (!due.isValid()) {
            QVERIFY(items.isEmpty());
            return;
        }
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, birthday.isEmpty() ? DueKind::Anniversary : DueKind::Birthday);
        QCOMPARE(items[0].contactId, id);
        QCOMPARE(items[0].due, due);
        QCOMPARE(items[0].occurrence, occurrence);
        QCOMPARE(items[0].reason, reason);
        QCOMPARE(items[0].priority, 3);
        QCOMPARE(items[0].lastInteraction, TestDatabase::fixedNow().addDays(-3));
        QCOMPARE(items[0].ahead, due.date() < occurrence);
        // The same occurrence falls due (once) in a window holding its alert.
        const auto between = DueCalculator(t.database(), prefs).dueBetween(due.addSecs(-60), due);
        QVERIFY(between.ok());
        QCOMPARE(between->size(), 1);
        QCOMPARE(between->first().key(), items[0].key());
        QVERIFY(DueCalculator(t.database(), prefs).dueBetween(due, due.addSecs(60))->isEmpty());
    }

    // The Due tab lists what is due now and what comes due by the end of the week. A birthday later
    // this week must be in it, and every reason must count from now, not from Sunday night.
    void dueThroughTheWeek()
    {
        TestDatabase t;
        const QDateTime monday = utc(2026, 3, 16, 10);
        const QDateTime sunday = utc(2026, 3, 22, 23, 59);
        Person birthday;
        birthday.name = QStringLiteral("Wednesday");
        birthday.birthday = QStringLiteral("--03-18");
        const qint64 wednesdayId = addPerson(t, birthday);
        talk(t, wednesdayId, monday.addDays(-1));
        Person soon;
        soon.name = QStringLiteral("Soon");
        soon.cadence = 30;
        const qint64 soonId = addPerson(t, soon);
        talk(t, soonId, monday.addDays(-28));
        Person overdue;
        overdue.name = QStringLiteral("Overdue");
        overdue.cadence = 30;
        const qint64 overdueId = addPerson(t, overdue);
        talk(t, overdueId, monday.addDays(-40));

        ReminderPreferences onTheDay;
        onTheDay.birthdayLeadDays = 0;
        const auto week = DueCalculator(t.database(), onTheDay).dueThrough(monday, sunday);
        QVERIFY2(week.ok(), qPrintable(week.error()));
        QCOMPARE(week->size(), 3);
        const QList<DueItem> dates = ofKind(*week, DueKind::Birthday);
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates[0].contactId, wednesdayId);
        QCOMPARE(dates[0].due.date(), QDate(2026, 3, 18));
        QCOMPARE(dates[0].reason, QStringLiteral("Birthday in 2 days"));
        QList<DueItem> cadence = ofKind(*week, DueKind::Cadence);
        QCOMPARE(cadence.size(), 2);
        QCOMPARE(cadence[0].contactId, overdueId); // most overdue first
        QCOMPARE(cadence[0].reason, QStringLiteral("Last talked 40 days ago; every 30 days"));
        QCOMPARE(cadence[1].contactId, soonId);
        QCOMPARE(cadence[1].due, monday.addDays(2));
        QCOMPARE(cadence[1].reason, QStringLiteral("Last talked 28 days ago; every 30 days"));

        // What is due at Sunday night no longer shows Wednesday's birthday: the list at one moment
        // is not the list for the week.
        QVERIFY(ofKind(dueAt(t, sunday, onTheDay), DueKind::Birthday).isEmpty());
    }

    void followUps()
    {
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        const qint64 id = addPerson(t, {});
        const qint64 past = followUp(t, id, now.addDays(-2), QStringLiteral("Send the book"));
        followUp(t, id, now.addDays(2), QStringLiteral("Later"));
        const QList<DueItem> due = dueAt(t, now);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].kind, DueKind::FollowUp);
        QCOMPARE(due[0].reminderId, past);
        QCOMPARE(due[0].due, now.addDays(-2));
        QCOMPARE(due[0].reason, QStringLiteral("Send the book"));
        QCOMPARE(due[0].key(), QStringLiteral("followup:%1:2026-03-13").arg(past));
        const auto next = DueCalculator(t.database(), {}).nextDueAfter(now);
        QCOMPARE(next->value(), now.addDays(2));
    }

    void nextOccurrence_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("interval");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");
        const int days = int(RecurrenceUnit::Days), weeks = int(RecurrenceUnit::Weeks),
                  months = int(RecurrenceUnit::Months), years = int(RecurrenceUnit::Years);
        QTest::addRow("every 3 days") << days << 3 << utc(2026, 3, 10, 9) << utc(2026, 3, 15, 12)
                                      << utc(2026, 3, 16, 9);
        QTest::addRow("every 2 weeks") << weeks << 2 << utc(2026, 3, 1, 9) << utc(2026, 3, 15, 12)
                                       << utc(2026, 3, 29, 9);
        QTest::addRow("monthly, 31 January to 28 February")
            << months << 1 << utc(2026, 1, 31, 9) << utc(2026, 1, 31, 9) << utc(2026, 2, 28, 9);
        QTest::addRow("monthly, 31 January to 29 February in a leap year")
            << months << 1 << utc(2028, 1, 31, 9) << utc(2028, 2, 1) << utc(2028, 2, 29, 9);
        QTest::addRow("monthly, counted from 31 January: 31 March")
            << months << 1 << utc(2026, 1, 31, 9) << utc(2026, 3, 15, 12) << utc(2026, 3, 31, 9);
        QTest::addRow("quarterly") << months << 3 << utc(2025, 11, 30, 9) << utc(2026, 3, 15, 12)
                                   << utc(2026, 5, 30, 9);
        QTest::addRow("yearly from 29 February")
            << years << 1 << utc(2028, 2, 29, 9) << utc(2028, 3, 1) << utc(2029, 2, 28, 9);
        QTest::addRow("daily, left for years")
            << days << 1 << utc(2020, 1, 1, 9) << utc(2026, 3, 15, 12) << utc(2026, 3, 16, 9);
    }

    void nextOccurrence()
    {
        QFETCH(int, unit);
        QFETCH(int, interval);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);
        QCOMPARE(kith::nextOccurrence({RecurrenceUnit(unit), interval}, from, after), expected);
    }

    void trashedContactsNeverAppear()
    {
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        Person p;
        p.circle = QStringLiteral("inner");
        p.birthday = QStringLiteral("--03-15");
        p.anniversary = QStringLiteral("--03-16");
        const qint64 id = addPerson(t, p);
        talk(t, id, now.addDays(-30));
        followUp(t, id, now.addDays(-1));
        QCOMPARE(dueAt(t, now).size(), 4);
        QVERIFY(ContactStore(t.database(), t.clock()).moveToTrash({id}).ok());
        QVERIFY(dueAt(t, now).isEmpty());
        QVERIFY(DueCalculator(t.database(), {}).dueBetween(now.addDays(-40), now)->isEmpty());
    }

    void mostOverdueFirstThenPriority()
    {
        TestDatabase t;
        const QDateTime now = TestDatabase::fixedNow();
        const qint64 low = addPerson(t, {QStringLiteral("Low"), {}, {}, {}, {}, Priority::Low});
        const qint64 high = addPerson(t, {QStringLiteral("High"), {}, {}, {}, {}, Priority::High});
        const qint64 none = addPerson(t, {QStringLiteral("None"), QStringLiteral("inner"), {}, {}, {}, Priority::None});
        talk(t, none, now.addDays(-17)); // due 10 days ago
        followUp(t, low, now.addDays(-3), QStringLiteral("low"));
        followUp(t, high, now.addDays(-3), QStringLiteral("high"));
        followUp(t, high, now.addDays(-1), QStringLiteral("newest"));
        const QList<DueItem> due = dueAt(t, now);
        QStringList order;
        for (const DueItem& item : due)
            order << (item.kind == DueKind::Cadence ? QStringLiteral("cadence") : item.reason);
        QCOMPARE(order, (QStringList{QStringLiteral("cadence"), QStringLiteral("high"), QStringLiteral("low"),
                                     QStringLiteral("newest")}));
    }
};

QTEST_GUILESS_MAIN(TestDueCalculator)
#include "tst_duecalculator.moc"
