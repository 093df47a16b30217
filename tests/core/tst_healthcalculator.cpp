#include "TestDatabase.h"

#include "health/CircleSuggester.h"
#include "health/DashboardCalculator.h"
#include "health/HealthCache.h"
#include "health/HealthCalculator.h"
#include "health/HealthModel.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/HealthStore.h"
#include "storage/InteractionStore.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace kith;

namespace {

constexpr double kEps = 1e-6;

// A small network at 2026-03-15 (t), built through the real stores:
// Ada (inner, 7 days): lunch every 7 days for a year, the last today, and a conference 3 days ago
//   with Eve; Ben (close, 30): one 45-minute call 60 days ago; Cleo (active, 90): added 100 days
//   ago, never contacted; Dan (close): a message every 7 days from 200 to 46 days ago;
//   Eve (acquaintance): in the Trash.
struct Network {
    explicit Network(TestDatabase& t)
        : contacts(t.database(), t.clock())
        , interactions(t.database(), t.clock())
    {
        const QDateTime now = TestDatabase::fixedNow();
        const auto person = [&](const char* name, const char* circle) {
            Contact c;
            c.given = QString::fromLatin1(name);
            c.circle = QString::fromLatin1(circle);
            return contacts.add(c).value();
        };
        t.clock().set(now.addDays(-100));
        cleo = person("Cleo", "active");
        t.clock().set(now);
        ada = person("Ada", "inner");
        ben = person("Ben", "close");
        dan = person("Dan", "close");
        eve = person("Eve", "acquaintance");
        QList<Interaction> list;
        const auto add = [&](int ago, Channel channel, Initiator initiator, QList<qint64> who,
                             std::optional<int> minutes = {}) {
            Interaction i;
            i.occurredAt = now.addDays(-ago);
            i.channel = channel;
            i.initiator = initiator;
            i.participantIds = who;
            i.durationMinutes = minutes;
            list << i;
        };
        for (int ago = 364; ago >= 0; ago -= 7)
            add(ago, Channel::InPerson, ago % 2 ? Initiator::Me : Initiator::Them, {ada});
        add(3, Channel::Event, Initiator::Mutual, {ada, eve});
        add(60, Channel::Call, Initiator::Them, {ben}, 45);
        for (int ago = 200; ago >= 40; ago -= 7)
            add(ago, Channel::Message, Initiator::Me, {dan});
        if (!interactions.addMany(list).ok())
            qFatal("cannot add interactions");
        if (!contacts.moveToTrash({eve}).ok())
            qFatal("cannot trash");
    }

    ContactStore contacts;
    InteractionStore interactions;
    qint64 ada = 0, ben = 0, cleo = 0, dan = 0, eve = 0;
};

QDate today()
{
    return TestDatabase::fixedNow().toLocalTime().date();
}

} // namespace

// Health from a real database: the one-pass load, the scores and breakdowns, the dashboard series
// on a small network worked out by hand, and circle suggestions with Accept and Ignore.
class TestHealthCalculator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadReadsEveryInteractionOnce()
    {
        TestDatabase t;
        Network n(t);
        HealthStore store(t.database(), t.clock());
        const HealthHistory history = store.load().value();
        QCOMPARE(history.contacts.size(), 4); // Eve is in the Trash
        QCOMPARE(history.circles.size(), 5);
        const ContactHistory& ada = history.contacts[history.indexOf(n.ada)];
        QCOMPARE(ada.touches.size(), 54);
        QCOMPARE(ada.cadenceDays, 7);
        QCOMPARE(ada.cadenceSource, CadenceSource::Circle);
        const HealthTouch& conference = ada.touches[ada.touches.size() - 2];
        QCOMPARE(conference.channel, Channel::Event);
        QCOMPARE(conference.participants, 2); // Eve took part, though in the Trash now
        QCOMPARE(conference.date(), today().addDays(-3));
        QCOMPARE(conference.initiator, Initiator::Mutual);
        const ContactHistory& ben = history.contacts[history.indexOf(n.ben)];
        QCOMPARE(ben.touches.size(), 1);
        QCOMPARE(ben.touches.first().durationMinutes, 45);
        QCOMPARE(ben.touches.first().initiator, Initiator::Them);
        QCOMPARE(ben.touches.first().channel, Channel::Call);
        QCOMPARE(history.indexOf(n.eve), -1);
        // 53 lunches, the conference, the call and 23 messages: each interaction once.
        QCOMPARE(history.interactions.size(), 53 + 1 + 1 + 23);

        // One contact read alone gives the same history.
        const ContactHistory alone = store.loadContact(n.ada).value();
        QCOMPARE(alone.touches.size(), ada.touches.size());
        for (qsizetype i = 0; i < alone.touches.size(); ++i) {
            QCOMPARE(alone.touches[i].day, ada.touches[i].day);
            QCOMPARE(alone.touches[i].participants, ada.touches[i].participants);
        }
        QVERIFY(!store.loadContact(999).ok());
    }

    void interactionsCountOnTheirLocalDay()
    {
        // Around midnight and daylight-saving changes (in Europe and America), whatever the zone the
        // test runs in: each interaction falls on the date its local time shows.
        TestDatabase t;
        ContactStore contacts(t.database(), t.clock());
        InteractionStore interactions(t.database(), t.clock());
        Contact ada;
        ada.given = QStringLiteral("Ada");
        const qint64 id = contacts.add(ada).value();
        QList<Interaction> list;
        const QList<QDateTime> times{
            QDateTime(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC),
            QDateTime(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC),
            QDateTime(QDate(2026, 3, 29), QTime(22, 30), Qt::UTC),
            QDateTime(QDate(2026, 3, 8), QTime(6, 59), Qt::UTC),
            QDateTime(QDate(2026, 10, 25), QTime(0, 59), Qt::UTC),
            QDateTime(QDate(2026, 10, 25), QTime(23, 59), Qt::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC),
        };
        for (const QDateTime& at : times) {
            Interaction i;
            i.occurredAt = at;
            i.participantIds = {id};
            list << i;
        }
        QVERIFY(interactions.addMany(list).ok());
        const ContactHistory history = HealthStore(t.database(), t.clock()).loadContact(id).value();
        QList<QDate> expected, actual;
        for (const QDateTime& at : times)
            expected << at.toLocalTime().date();
        for (const HealthTouch& touch : history.touches)
            actual << touch.date();
        std::sort(expected.begin(), expected.end());
        QCOMPARE(actual, expected);
    }

    void scoresAndBreakdowns()
    {
        TestDatabase t;
        Network n(t);
        HealthCalculator calculator(t.database());
        const QHash<qint64, HealthScore> scores = calculator.scoresAt(today()).value();
        QCOMPARE(scores.size(), 4);
        QCOMPARE(scores[n.ada].status, HealthStatus::Thriving);
        // Ben: one call 60 days ago against 30: as "overdue once" in tst_healthmodel.
        QCOMPARE(scores[n.ben].status, HealthStatus::Due);
        QVERIFY(std::abs(scores[n.ben].health - 35.198420998) < kEps);
        QCOMPARE(scores[n.ben].daysSince, 60);
        // Cleo: never contacted, added 100 days ago, 90-day cadence: R = 2^(-1/9).
        QVERIFY(scores[n.cleo].neverContacted);
        QVERIFY(std::abs(scores[n.cleo].health - 55.552482737) < kEps);
        QCOMPARE(scores[n.cleo].status, HealthStatus::Due);
        QCOMPARE(scores[n.dan].status, HealthStatus::Due);
        QCOMPARE(scores[n.dan].daysSince, 46);

        const HealthBreakdown ben = calculator.breakdown(n.ben, today()).value();
        QCOMPARE(ben.health, scores[n.ben].health);
        QCOMPARE(ben.strength.longCalls, 1);
        QCOMPARE(ben.reciprocity.them, 1);
        QCOMPARE(ben.name, QStringLiteral("Ben"));
        QVERIFY(!calculator.breakdown(12345, today()).ok());

        // A year ago only Ada had been seen.
        QCOMPARE(calculator.scoresAt(today().addDays(-364)).value().keys(), QList<qint64>{n.ada});

        const ContactHealthSeries series = calculator.series(n.ben, today()).value();
        QCOMPARE(series.health.size(), 9); // from the call's week on
        QCOMPARE(series.health.last().first, today());
        QCOMPARE(series.health.last().second, scores[n.ben].health);
        QCOMPARE(series.interactions.size(), 1);
    }

    void dashboardSeries()
    {
        TestDatabase t;
        Network n(t);
        const DashboardData d = DashboardCalculator(t.database()).compute(today()).value();
        QCOMPARE(d.date, today());
        QCOMPARE(d.averageHealthByWeek.size(), 53);
        QCOMPARE(d.averageHealthByWeek.first().first, today().addDays(-364));
        QCOMPARE(d.averageHealthByWeek.last().first, today());
        QCOMPARE(d.contacts, 4);
        const QHash<qint64, HealthScore> scores = HealthCalculator(t.database()).scoresAt(today()).value();
        double sum = 0;
        for (const HealthScore& s : scores)
            sum += s.health;
        QVERIFY(std::abs(d.averageHealth - sum / 4) < 1e-9);
        QVERIFY(std::abs(d.averageHealthByWeek.last().second - sum / 4) < 1e-9);
        // A year ago Ada alone, on cadence since her first lunch that day.
        const double adaThen = HealthModel::breakdown(HealthStore(t.database(), t.clock()).loadContact(n.ada).value(),
                                                      today().addDays(-364), StrengthWeights{})
                                   .health;
        QCOMPARE(d.averageHealthByWeek.first().second, adaThen);
        QCOMPARE(d.dueOrDriftingShareByWeek.first().second, 0.0);
        QCOMPARE(d.dueOrDriftingShareByWeek.last().second, 0.75); // Ben, Cleo and Dan are due

        // Status by circle, innermost first.
        QCOMPARE(d.statusByCircle.size(), 5);
        QCOMPARE(d.statusByCircle[0].circle, QStringLiteral("inner"));
        QCOMPARE(d.statusByCircle[0].counts[int(HealthStatus::Thriving)], 1);
        QCOMPARE(d.statusByCircle[1].counts[int(HealthStatus::Due)], 2);
        QCOMPARE(d.statusByCircle[2].counts[int(HealthStatus::Due)], 1);
        QCOMPARE(d.statusByCircle[3].total, 0);

        // Interactions per week and channel; the conference counts once though two took part.
        QCOMPARE(d.interactionsByChannel.size(), allChannels().size());
        const auto channel = [&](Channel c) {
            return d.interactionsByChannel[int(c)];
        };
        QCOMPARE(channel(Channel::InPerson).weeks.size(), 52);
        QCOMPARE(channel(Channel::InPerson).weeks.last().first, today().addDays(-6));
        QCOMPARE(channel(Channel::InPerson).weeks.last().second, 1);
        QCOMPARE(channel(Channel::Event).weeks.last().second, 1);
        int lunches = 0, messages = 0, calls = 0;
        for (const auto& week : channel(Channel::InPerson).weeks)
            lunches += week.second;
        for (const auto& week : channel(Channel::Message).weeks)
            messages += week.second;
        for (const auto& week : channel(Channel::Call).weeks)
            calls += week.second;
        QCOMPARE(lunches, 52); // the lunch 364 days ago falls before the first week
        QCOMPARE(messages, 23);
        QCOMPARE(calls, 1);

        // Needs attention: Ben fell from 66.55 (on cadence 30 days ago) to 35.20, then Dan, then
        // Cleo (60 to 55.55).
        QVERIFY(d.needsAttention.size() >= 3);
        QCOMPARE(d.needsAttention[0].contactId, n.ben);
        QVERIFY(std::abs(d.needsAttention[0].healthBefore - 66.549600041) < kEps);
        QVERIFY(std::abs(d.needsAttention[0].drop - (66.549600041 - 35.198420998)) < kEps);
        QCOMPARE(d.needsAttention[1].contactId, n.dan);
        QCOMPARE(d.needsAttention[2].contactId, n.cleo);
        QCOMPARE(d.needsAttention[2].healthBefore, 60.0);
        for (const AttentionItem& item : d.needsAttention)
            QVERIFY(item.drop > 0);
        DashboardOptions two;
        two.attentionCount = 2;
        QCOMPARE(DashboardCalculator(t.database()).compute(today(), two).value().needsAttention.size(), 2);
    }

    void cacheFollowsTheStores()
    {
        TestDatabase t;
        Network n(t);
        CircleStore circles(t.database());
        HealthCache cache(t.database(), t.clock());
        cache.watch(n.contacts, n.interactions, circles);
        QVERIFY(cache.load().ok());
        QSignalSpy changed(&cache, &HealthCache::changed);
        const auto same = [&] {
            const DashboardData fromDb = DashboardCalculator(t.database()).compute(today()).value();
            const DashboardData cached = cache.dashboard(today());
            QCOMPARE(cached.averageHealthByWeek, fromDb.averageHealthByWeek);
            QCOMPARE(cached.dueOrDriftingShareByWeek, fromDb.dueOrDriftingShareByWeek);
            QCOMPARE(cached.interactionsByChannel.size(), fromDb.interactionsByChannel.size());
            for (qsizetype c = 0; c < cached.interactionsByChannel.size(); ++c)
                QCOMPARE(cached.interactionsByChannel[c].weeks, fromDb.interactionsByChannel[c].weeks);
            QCOMPARE(cached.contacts, fromDb.contacts);
        };
        same();

        // Logging a lunch with Ben today puts him back on cadence.
        Interaction lunch;
        lunch.occurredAt = TestDatabase::fixedNow();
        lunch.channel = Channel::InPerson;
        lunch.participantIds = {n.ben, n.dan};
        QVERIFY(n.interactions.add(lunch).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cache.breakdown(n.ben, today(), StrengthWeights{})->recency.daysSince, 0);
        QCOMPARE(cache.breakdown(n.ben, today(), StrengthWeights{})->frequency.countedDays, 2);
        QCOMPARE(cache.scoresAt(today(), StrengthWeights{})[n.ben].health,
                 HealthCalculator(t.database()).breakdown(n.ben, today()).value().health);
        same();
        // To the Trash and back.
        QVERIFY(n.contacts.moveToTrash({n.dan}).ok());
        QVERIFY(!cache.breakdown(n.dan, today(), StrengthWeights{}).has_value());
        QCOMPARE(cache.history().contacts.size(), 3);
        same();
        QVERIFY(n.contacts.restore({n.dan}).ok());
        QCOMPARE(cache.history().contacts.size(), 4);
        same();
        // A circle's cadence changes everyone in it.
        QVERIFY(circles.setCadence(QStringLiteral("close"), 10).ok());
        QCOMPARE(cache.breakdown(n.ben, today(), StrengthWeights{})->recency.cadenceDays, 10);
        QCOMPARE(cache.series(n.ben, today())->health.last().second,
                 cache.breakdown(n.ben, today(), StrengthWeights{})->health);
    }

    void circleSuggestions()
    {
        TestDatabase t;
        Network n(t);
        CircleSuggester suggester(t.database());
        QList<CircleSuggestion> list = suggester.suggestions(today()).value();
        // Four people all fit in the top five, so whoever was seen this year behaves as inner: Dan and
        // Ben (close) are one ring off, not a clear mismatch. Cleo, never contacted, behaves as
        // dormant: two rings from active.
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].contactId, n.cleo);
        QCOMPARE(list[0].suggestedCircle, QStringLiteral("dormant"));
        QCOMPARE(list[0].currentCircle, QStringLiteral("active"));
        QCOMPARE(list[0].ringShift, 2);
        QCOMPARE(list[0].countedLastYear, 0);
        QCOMPARE(list[0].rank, 4);
        QCOMPARE(list[0].layerFirstRank, 1);
        QCOMPARE(list[0].layerLastRank, 5);
        QCOMPARE(list[0].margin, 12); // active holds ranks 16 to 50
        QCOMPARE(CircleSuggester::reason(list[0]),
                 QStringLiteral("Cleo behaves like someone in your Dormant circle but is in your Active circle."));

        HealthStore store(t.database(), t.clock());
        QSignalSpy ignored(&store, &HealthStore::ignoredSuggestionsChanged);
        QVERIFY(store.ignoreSuggestion(n.ben, QStringLiteral("inner")).ok());
        QCOMPARE(ignored.count(), 1);
        QVERIFY(!store.ignoreSuggestion(999, QStringLiteral("inner")).ok());
        QVERIFY(!store.ignoreSuggestion(n.ben, QStringLiteral("galaxy")).ok());
        QCOMPARE(ignored.count(), 1);
        QVERIFY(store.ignoreSuggestion(n.cleo, QStringLiteral("dormant")).ok());
        QVERIFY(suggester.suggestions(today()).value().isEmpty());
        // Ignoring survives reopening the file.
        t.reopen();
        QVERIFY(CircleSuggester(t.database()).suggestions(today()).value().isEmpty());
    }

    void acceptSuggestion()
    {
        TestDatabase t;
        Network n(t);
        QList<CircleSuggestion> list = CircleSuggester(t.database()).suggestions(today()).value();
        QCOMPARE(list.size(), 1);
        QSignalSpy changed(&n.contacts, &ContactStore::contactsChanged);
        QVERIFY(CircleSuggester::accept(n.contacts, list[0]).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(n.contacts.get(n.cleo).value().circle, QStringLiteral("dormant"));
        QVERIFY(CircleSuggester(t.database()).suggestions(today()).value().isEmpty());
    }

    // Hand-made networks at t: each contact "circle:S:seen" (seen: a contact 10 days ago, else
    // 400 days ago; "*N" repeats it N times; an empty circle is none). Expected: "index>circle"
    // in the order suggested.
    void suggestionRule_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one ring off is not suggested") << "close:20:y inner:10:y*5 active:1:y"
                                                       << "";
        QTest::newRow("two rings in") << "active:20:y inner:10:y*5"
                                      << "0>inner";
        // Inner holds ranks 1-5, close 6-25, active 26-65: the inner contact ranked 61 behaves as active.
        QTest::newRow("two rings out") << "inner:1:y close:20:y*20 active:10:y*40"
                                       << "0>active";
        // 60 close friends ranked 6 to 65: Dunbar's 10 would call ranks 51 to 65 acquaintances.
        QTest::newRow("layers as large as the user's circles") << "inner:30:y*5 close:10:y*60"
                                                               << "";
        QTest::newRow("inner, not seen for a year") << "inner:0.5:n inner:10:y"
                                                    << "0>dormant";
        QTest::newRow("active, not seen for a year") << "active:0.5:n inner:10:y"
                                                     << "0>dormant";
        QTest::newRow("acquaintance, not seen for a year") << "acquaintance:0.5:n inner:10:y"
                                                           << "";
        QTest::newRow("no circle, close contact") << ":20:y inner:10:y"
                                                  << "0>inner";
        QTest::newRow("no circle, not seen for a year") << ":0.5:n inner:10:y"
                                                        << "";
        // The most rings first (four, three, two); then the farther outside the set circle's ranks.
        QTest::newRow("most rings first") << "active:20:y acquaintance:19:y inner:0.5:n inner:10:y*3"
                                          << "2>dormant 1>inner 0>inner";
        // Both inner ones rank beyond inner's 5: rank 62 (57 past) before rank 61 (56 past).
        QTest::newRow("farthest first") << "inner:1:y inner:2:y close:20:y*20 active:10:y*40"
                                        << "0>active 1>active";
    }

    void suggestionRule()
    {
        QFETCH(QString, network);
        QFETCH(QString, expected);
        const QDate at = today();
        const qint32 t = qint32(at.toJulianDay());
        HealthHistory history;
        for (const char* key : {"inner", "close", "active", "acquaintance", "dormant"}) {
            Circle c;
            c.key = QString::fromLatin1(key);
            c.name = c.key;
            history.circles << c;
        }
        QHash<qint64, HealthScore> scores;
        for (const QString& item : network.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList repeat = item.split(QLatin1Char('*'));
            const QStringList parts = repeat[0].split(QLatin1Char(':'));
            QCOMPARE(parts.size(), 3);
            for (int k = 0; k < (repeat.size() > 1 ? repeat[1].toInt() : 1); ++k) {
                ContactHistory c;
                c.contactId = history.contacts.size() + 1;
                c.name = QString::number(history.contacts.size());
                c.circle = parts[0];
                HealthTouch touch;
                touch.interactionId = c.contactId;
                touch.day = t - (parts[2] == QLatin1String("y") ? 10 : 400);
                c.touches << touch;
                HealthScore score;
                score.contactId = c.contactId;
                score.sum = parts[1].toDouble();
                score.daysSince = t - touch.day;
                scores.insert(c.contactId, score);
                history.contacts << c;
            }
        }
        QStringList got;
        for (const CircleSuggestion& s : CircleSuggester::suggest(history, scores, {}, at)) {
            QVERIFY(std::abs(s.ringShift) >= 2);
            got << QStringLiteral("%1>%2").arg(s.name, s.suggestedCircle);
        }
        QCOMPARE(got.join(QLatin1Char(' ')), expected);
    }
};

QTEST_GUILESS_MAIN(TestHealthCalculator)
#include "tst_healthcalculator.moc"
