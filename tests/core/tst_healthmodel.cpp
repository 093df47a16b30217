#include "health/HealthModel.h"
#include "health/HealthSweep.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace kith;

namespace {

const QDate kToday(2026, 3, 15);
constexpr double kEps = 1e-6;

qint32 daysAgo(int n)
{
    return qint32(kToday.toJulianDay()) - n;
}

HealthTouch touch(int ago, Channel channel = Channel::InPerson, Initiator initiator = Initiator::Me,
                  int participants = 1, int minutes = 0)
{
    static qint64 nextId = 1;
    HealthTouch t;
    t.interactionId = nextId++;
    t.day = daysAgo(ago);
    t.channel = channel;
    t.initiator = initiator;
    t.participants = participants;
    t.durationMinutes = minutes;
    return t;
}

// A contact with a 30-day cadence from its circle, added two years ago, with `touches` (any order).
ContactHistory contact(QList<HealthTouch> touches, int cadence = 30)
{
    ContactHistory c;
    c.contactId = 1;
    c.name = QStringLiteral("Ada");
    c.circle = QStringLiteral("close");
    c.cadenceDays = cadence;
    c.cadenceSource = CadenceSource::Circle;
    c.addedDay = daysAgo(730);
    std::sort(touches.begin(), touches.end(), [](const HealthTouch& a, const HealthTouch& b) {
        return a.day != b.day ? a.day < b.day : a.interactionId < b.interactionId;
    });
    c.touches = touches;
    return c;
}

HealthBreakdown at(const ContactHistory& c, const QDate& date = kToday)
{
    return HealthModel::breakdown(c, date, StrengthWeights{});
}

} // namespace

// The formulas of docs/health.md against values worked out by hand (2^(-1/3) = 0.793700526 etc.),
// and properties over many generated histories.
class TestHealthModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void channelWeights_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("participants");
        QTest::addColumn<double>("weight");
        QTest::newRow("in person") << int(Channel::InPerson) << 1 << 3.0;
        QTest::newRow("call") << int(Channel::Call) << 1 << 2.0;
        QTest::newRow("video") << int(Channel::Video) << 1 << 2.0;
        QTest::newRow("message") << int(Channel::Message) << 1 << 1.0;
        QTest::newRow("email") << int(Channel::Email) << 1 << 1.0;
        QTest::newRow("social") << int(Channel::Social) << 1 << 1.0;
        QTest::newRow("event with one") << int(Channel::Event) << 1 << 1.0;
        QTest::newRow("event with four") << int(Channel::Event) << 4 << 0.5;
        QTest::newRow("event with nine") << int(Channel::Event) << 9 << 1.0 / 3;
        QTest::newRow("dinner for four") << int(Channel::InPerson) << 4 << 1.5;
        QTest::newRow("group call of two") << int(Channel::Call) << 2 << 1.414213562;
    }

    void channelWeights()
    {
        QFETCH(int, channel);
        QFETCH(int, participants);
        QFETCH(double, weight);
        QVERIFY(std::abs(HealthModel::channelWeight(static_cast<Channel>(channel), participants) - weight) < kEps);
    }

    void onCadence()
    {
        // One lunch exactly a cadence ago: D = 1, not yet overdue.
        const HealthBreakdown b = at(contact({touch(30)}));
        QCOMPARE(b.recency.daysSince, 30);
        QCOMPARE(b.recency.cadenceDays, 30);
        QCOMPARE(b.recency.cadenceSource, CadenceSource::Circle);
        QCOMPARE(b.recency.overdue, 1.0);
        QCOMPARE(b.recency.value, 1.0);
        QCOMPARE(b.recency.lastDate, kToday.addDays(-30));
        QCOMPARE(b.frequency.halfLifeDays, 90.0);
        QCOMPARE(b.frequency.countedDays, 1);
        QCOMPARE(b.frequency.meanWeight, 3.0);
        QVERIFY(std::abs(b.frequency.sum - 2.381101578) < kEps);   // 3 * 2^(-30/90)
        QVERIFY(std::abs(b.frequency.target - 14.541966) < 1e-5);  // 3 / (1 - 2^(-1/3))
        QVERIFY(std::abs(b.frequency.value - 0.163740001) < kEps); // S / S*
        QVERIFY(std::abs(b.health - 66.549600041) < kEps);         // 100 * (0.6 + 0.4 F)
        QCOMPARE(b.status, HealthStatus::Steady);
        QVERIFY(b.statusInputs.medianFromCadence);
        QCOMPARE(b.statusInputs.dormantAfterDays, 240.0);
    }

    void overdueOnce()
    {
        const HealthBreakdown b = at(contact({touch(60)}));
        QCOMPARE(b.recency.overdue, 2.0);
        QCOMPARE(b.recency.value, 0.5);
        QVERIFY(std::abs(b.frequency.sum - 1.889881575) < kEps); // 3 * 2^(-2/3)
        QVERIFY(std::abs(b.frequency.value - 0.129960525) < kEps);
        QVERIFY(std::abs(b.health - 35.198420998) < kEps);
        QCOMPARE(b.status, HealthStatus::Due);
    }

    void overdueThreeTimes()
    {
        const HealthBreakdown b = at(contact({touch(120)}));
        QCOMPARE(b.recency.overdue, 4.0);
        QCOMPARE(b.recency.value, 0.125);
        QVERIFY(std::abs(b.frequency.value - 0.081870001) < kEps);
        QVERIFY(std::abs(b.health - 10.774800021) < kEps); // 100 * (0.6 / 8 + 0.4 F)
        QCOMPARE(b.status, HealthStatus::Drifting);
    }

    void dormantByMedianGap()
    {
        // Weekly for a month, then silence: 60 days is more than 8 median gaps (8 * 7) and one cadence,
        // so dormant although only two cadences overdue.
        const HealthBreakdown b = at(contact({touch(81), touch(74), touch(67), touch(60)}));
        QCOMPARE(b.statusInputs.gaps, 3);
        QCOMPARE(b.statusInputs.medianGapDays, 7.0);
        QCOMPARE(b.statusInputs.dormantAfterDays, 56.0);
        QCOMPARE(b.status, HealthStatus::Dormant);
        // Without a gap the cadence stands in: dormant after 8 cadences.
        QCOMPARE(at(contact({touch(240)})).status, HealthStatus::Drifting);
        QCOMPARE(at(contact({touch(241)})).status, HealthStatus::Dormant);
        // With two gaps the median is their mean.
        QCOMPARE(at(contact({touch(100), touch(90), touch(60)})).statusInputs.medianGapDays, 20.0);
    }

    void neverContacted()
    {
        ContactHistory c = contact({});
        c.addedDay = daysAgo(45);
        const HealthBreakdown b = at(c);
        QVERIFY(b.recency.neverContacted);
        QCOMPARE(b.recency.lastDate, kToday.addDays(-45));
        QCOMPARE(b.recency.daysSince, 45);
        QVERIFY(std::abs(b.recency.value - 0.707106781) < kEps); // 2^-0.5
        QCOMPARE(b.frequency.sum, 0.0);
        QCOMPARE(b.frequency.value, 0.0);
        QVERIFY(std::abs(b.health - 42.426406871) < kEps);
        QCOMPARE(b.status, HealthStatus::Due);
        QCOMPARE(b.reciprocity.considered, 0);
        QCOMPARE(b.reciprocity.theirShare, 0.5);
        QCOMPARE(b.reciprocity.value, 1.0);
        // A contact without any cadence is measured against a yearly one.
        c.cadenceDays = 0;
        const HealthBreakdown yearly = at(c);
        QCOMPARE(yearly.recency.cadenceDays, 365);
        QCOMPARE(yearly.recency.cadenceSource, CadenceSource::Fallback);
        QCOMPARE(yearly.health, 60.0);
        QCOMPARE(yearly.status, HealthStatus::Steady);
    }

    void reciprocity_data()
    {
        QTest::addColumn<int>("me");
        QTest::addColumn<int>("them");
        QTest::addColumn<int>("mutual");
        QTest::addColumn<double>("share");
        QTest::addColumn<double>("balance");
        QTest::newRow("I always start") << 10 << 0 << 0 << 1.0 / 12 << 1.0 / 6;
        QTest::newRow("they always start") << 0 << 10 << 0 << 11.0 / 12 << 1.0 / 6;
        QTest::newRow("half and half") << 5 << 5 << 0 << 0.5 << 1.0;
        QTest::newRow("all mutual") << 0 << 0 << 10 << 0.5 << 1.0;
        QTest::newRow("one by them") << 0 << 1 << 0 << 2.0 / 3 << 2.0 / 3;
        QTest::newRow("three of four by me") << 3 << 1 << 0 << 1.0 / 3 << 2.0 / 3;
    }

    void reciprocity()
    {
        QFETCH(int, me);
        QFETCH(int, them);
        QFETCH(int, mutual);
        QFETCH(double, share);
        QFETCH(double, balance);
        QList<HealthTouch> touches;
        int ago = 100;
        for (int i = 0; i < me; ++i)
            touches << touch(ago--, Channel::Message, Initiator::Me);
        for (int i = 0; i < them; ++i)
            touches << touch(ago--, Channel::Message, Initiator::Them);
        for (int i = 0; i < mutual; ++i)
            touches << touch(ago--, Channel::Message, Initiator::Mutual);
        const HealthBreakdown b = at(contact(touches));
        QCOMPARE(b.reciprocity.considered, me + them + mutual);
        QCOMPARE(b.reciprocity.me, me);
        QCOMPARE(b.reciprocity.them, them);
        QCOMPARE(b.reciprocity.mutual, mutual);
        QVERIFY(std::abs(b.reciprocity.theirShare - share) < kEps);
        QVERIFY(std::abs(b.reciprocity.value - balance) < kEps);
    }

    void reciprocityLooksAtTheLastTwenty()
    {
        QList<HealthTouch> touches;
        for (int i = 0; i < 5; ++i)
            touches << touch(200 - i, Channel::Call, Initiator::Them);
        for (int i = 0; i < 20; ++i)
            touches << touch(100 - i, Channel::Call, Initiator::Me);
        const HealthBreakdown b = at(contact(touches));
        QCOMPARE(b.reciprocity.considered, 20);
        QCOMPARE(b.reciprocity.them, 0);
        QVERIFY(std::abs(b.reciprocity.theirShare - 1.0 / 22) < kEps);
        QVERIFY(std::abs(b.reciprocity.value - 2.0 / 22) < kEps);
    }

    void burstOnOneDayCountsOnce()
    {
        // Five messages and a lunch on the same day count as one day, at the lunch's weight.
        QList<HealthTouch> burst;
        for (int i = 0; i < 5; ++i)
            burst << touch(10, Channel::Message);
        burst << touch(10, Channel::InPerson);
        const HealthBreakdown b = at(contact(burst));
        QCOMPARE(b.frequency.interactions, 6);
        QCOMPARE(b.frequency.countedDays, 1);
        QCOMPARE(b.frequency.meanWeight, 3.0);
        QVERIFY(std::abs(b.frequency.sum - 2.777624137) < kEps); // 3 * 2^(-10/90)
        const HealthBreakdown single = at(contact({touch(10, Channel::InPerson)}));
        QCOMPARE(b.health, single.health);
        QCOMPARE(b.statusInputs.gaps, 0);
        // Reciprocity still hears each conversation.
        QCOMPARE(b.reciprocity.considered, 6);
    }

    void groupEvents()
    {
        // A conference with three others: weight 1/sqrt(4) = 0.5.
        const HealthBreakdown b = at(contact({touch(0, Channel::Event, Initiator::Mutual, 4)}));
        QCOMPARE(b.frequency.meanWeight, 0.5);
        QCOMPARE(b.frequency.sum, 0.5);
        QVERIFY(std::abs(b.frequency.value - (1 - 0.793700526)) < kEps); // S / S* = 1 - 2^(-1/3)
        QCOMPARE(b.strength.inPerson, 1);
    }

    void thriving()
    {
        // Lunch every 30 days for two years, the last today: F = 1 - 2^(-25/3).
        QList<HealthTouch> touches;
        for (int k = 0; k < 25; ++k)
            touches << touch(30 * k);
        const HealthBreakdown b = at(contact(touches));
        QCOMPARE(b.frequency.countedDays, 25);
        QCOMPARE(b.frequency.countedInHalfLife, 4); // today, 30, 60 and 90 days ago
        QVERIFY(std::abs(b.frequency.value - 0.996899607) < kEps);
        QVERIFY(std::abs(b.health - 99.875984293) < kEps);
        QCOMPARE(b.status, HealthStatus::Thriving);
        QCOMPARE(b.statusInputs.medianGapDays, 30.0);
    }

    void futureInteractionsAreIgnored()
    {
        const HealthBreakdown b = at(contact({touch(60), touch(-5)}));
        QCOMPARE(b.frequency.interactions, 1);
        QCOMPARE(b.recency.daysSince, 60);
    }

    void strength()
    {
        // Known two years (history 730 / 1825 = 0.4), the last 20 all lunches started by me
        // (B = 2/22, depth share 1), closeness 3 of 5 (depth (1 + 0.5) / 2 = 0.75).
        QList<HealthTouch> touches;
        for (int i = 0; i < 20; ++i)
            touches << touch(20 - i);
        ContactHistory c = contact(touches);
        c.closeness = 3;
        const HealthBreakdown b = at(c);
        QCOMPARE(b.strength.knownSince, kToday.addDays(-730));
        QCOMPARE(b.strength.daysKnown, 730);
        QVERIFY(std::abs(b.strength.history - 0.4) < kEps);
        QCOMPARE(b.strength.depthShare, 1.0);
        QCOMPARE(b.strength.depth, 0.75);
        QVERIFY(std::abs(b.strength.value - 41.363636364) < kEps);
        QCOMPARE(HealthModel::breakdown(c, kToday, StrengthWeights{0, 0, 1}).strength.value, 75.0);
        QCOMPARE(HealthModel::breakdown(c, kToday, StrengthWeights{0, 0, 0}).strength.value, 0.0);
        // Long calls count as depth, short ones and messages do not.
        const HealthBreakdown calls =
            at(contact({touch(3, Channel::Call, Initiator::Me, 1, 45), touch(2, Channel::Video, Initiator::Me, 1, 10),
                        touch(1, Channel::Message), touch(0, Channel::Call)}));
        QCOMPARE(calls.strength.longCalls, 1);
        QCOMPARE(calls.strength.inPerson, 0);
        QCOMPARE(calls.strength.depthShare, 0.25);
    }

    // Generated histories: health stays within 0..100, a new interaction never lowers that day's
    // health, and the one-pass sweep agrees with the breakdown at every weekly point.
    void properties()
    {
        QRandomGenerator rng(20261201);
        const QList<Channel> channels = allChannels();
        for (int round = 0; round < 400; ++round) {
            QList<HealthTouch> touches;
            const int count = int(rng.bounded(40));
            for (int i = 0; i < count; ++i)
                touches << touch(int(rng.bounded(-30, 800)), channels[rng.bounded(int(channels.size()))],
                                 static_cast<Initiator>(rng.bounded(3)), 1 + int(rng.bounded(5)), int(rng.bounded(90)));
            const int cadences[] = {0, 1, 7, 14, 30, 90, 365};
            ContactHistory c = contact(touches, cadences[rng.bounded(int(std::size(cadences)))]);
            c.addedDay = daysAgo(int(rng.bounded(1000)));
            if (rng.bounded(2))
                c.closeness = 1 + int(rng.bounded(5));
            const QDate day = kToday.addDays(-int(rng.bounded(400)));
            const HealthBreakdown before = HealthModel::breakdown(c, day, StrengthWeights{});
            QVERIFY(before.health >= 0 && before.health <= 100);
            QVERIFY(before.strength.value >= 0 && before.strength.value <= 100);

            HealthTouch extra = touch(0, channels[rng.bounded(int(channels.size()))],
                                      static_cast<Initiator>(rng.bounded(3)), 1 + int(rng.bounded(5)));
            extra.day = qint32(day.toJulianDay());
            ContactHistory more = c;
            more.touches << extra;
            std::stable_sort(more.touches.begin(), more.touches.end(),
                             [](const HealthTouch& a, const HealthTouch& b) { return a.day < b.day; });
            const HealthBreakdown after = HealthModel::breakdown(more, day, StrengthWeights{});
            QVERIFY2(after.health >= before.health - 1e-9,
                     qPrintable(QStringLiteral("round %1: %2 -> %3").arg(round).arg(before.health).arg(after.health)));
            QVERIFY(after.health <= 100);

            HealthSweep sweep(c);
            for (int k = 60; k >= 0; --k) {
                const QDate point = kToday.addDays(-7 * k);
                const HealthSweep::Point p = sweep.at(qint32(point.toJulianDay()));
                const HealthBreakdown b = HealthModel::breakdown(c, point, StrengthWeights{});
                QVERIFY2(std::abs(p.health - b.health) < 1e-9, qPrintable(QStringLiteral("round %1").arg(round)));
                QCOMPARE(p.status, b.status);
                QCOMPARE(p.daysSince, b.recency.daysSince);
                QVERIFY(std::abs(p.sum - b.frequency.sum) < 1e-9);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHealthModel)
#include "tst_healthmodel.moc"
