// bench_health: relationship health over the 10,000-contact sample network with 1,000,000
// interactions (seed 1, clock at 2026-11-28 12:00 UTC). Prints `BENCH <name> <value> <unit>` on
// stdout, everything else on stderr. Never asserts a timing.

#include "BenchReport.h"
#include "BenchSampleNetwork.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "health/CircleSuggester.h"
#include "health/DashboardCalculator.h"
#include "health/HealthCache.h"
#include "health/HealthCalculator.h"
#include "storage/Database.h"
#include "storage/HealthStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <QTemporaryDir>

#include <ctime>
#include <memory>

using namespace kith;

namespace {

constexpr int Contacts = 10'000;
constexpr int Interactions = 1'000'000;

template <typename F> double medianMs(int runs, F&& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << bench::elapsedMs(timer);
    }
    return bench::median(times);
}

// Processor time of this process: on a machine shared with other builds it is much closer to what
// a quiet machine shows than the wall-clock time.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000 + double(ts.tv_nsec) / 1e6;
}

template <typename F> double medianCpuMs(int runs, F&& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuMs();
        work();
        times << cpuMs() - start;
    }
    return bench::median(times);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // KITH_BENCH_HEALTH_DB: reuse a network generated before (skips generating it).
    const bool reuse = qEnvironmentVariableIsSet("KITH_BENCH_HEALTH_DB");
    const QString path =
        reuse ? qEnvironmentVariable("KITH_BENCH_HEALTH_DB") : dir.filePath(QStringLiteral("bench.sqlite"));
    const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    const QDate today = clock.now().date();
    if (!reuse) {
        SampleNetworkOptions options;
        options.contacts = Contacts;
        options.seed = 1;
        options.interactions = Interactions;
        if (!bench::generateSampleNetwork(path, options, clock, "demo_generate_1m_ms"))
            return 1;
    }
    // A new connection, as the application has after start-up.
    auto opened = Database::open(path);
    if (!opened) {
        bench::note(opened.error());
        return 1;
    }
    Database& database = *opened.value();
    HealthStore store(database, clock);
    // The first read of the whole network: one pass over the interactions into memory.
    HealthHistory history;
    const double loadMs = medianMs(5, [&] { history = store.load().value(); });
    qsizetype touches = 0;
    for (const ContactHistory& c : history.contacts)
        touches += c.touches.size();
    bench::note(QStringLiteral("loaded %1 contacts, %2 participations, %3 interactions")
                    .arg(history.contacts.size())
                    .arg(touches)
                    .arg(history.interactions.size()));
    bench::report("health_load_ms", loadMs, "ms");
    bench::report("health_load_cpu_ms", medianCpuMs(3, [&] { history = store.load().value(); }), "ms");

    // The whole dashboard's data as the application gets it: from the HealthCache, which keeps the
    // network in memory once loaded and refreshes only the contacts that change.
    HealthCache cache(database, clock);
    if (auto s = cache.load(); !s) {
        bench::note(s.error());
        return 1;
    }
    DashboardData data;
    const double dashboardMs = medianMs(9, [&] { data = cache.dashboard(today); });
    bench::note(QStringLiteral("dashboard: %1 contacts, average health %2, %3 need attention (top drop %4)")
                    .arg(data.contacts)
                    .arg(data.averageHealth, 0, 'f', 1)
                    .arg(data.needsAttention.size())
                    .arg(data.needsAttention.isEmpty() ? 0.0 : data.needsAttention.first().drop, 0, 'f', 1));
    bench::report("dashboard_ms", dashboardMs, "ms");
    bench::report("dashboard_cpu_ms", medianCpuMs(9, [&] { data = cache.dashboard(today); }), "ms");
    // From a database not read before: the load and every series (DashboardCalculator::compute).
    const double coldMs = medianMs(5, [&] { data = DashboardCalculator(database).compute(today).value(); });
    bench::report("dashboard_cold_ms", coldMs, "ms");
    // After logging one interaction: the cache re-reads that contact, then the dashboard.
    const qint64 someone = history.contacts[history.contacts.size() / 2].contactId;
    const double refreshMs = medianMs(9, [&] {
        (void)cache.refresh({someone});
        data = cache.dashboard(today);
    });
    bench::report("dashboard_after_change_ms", refreshMs, "ms");

    QHash<qint64, HealthScore> scores;
    const double allMs = medianMs(9, [&] { scores = cache.scoresAt(today, StrengthWeights{}); });
    bench::report("health_all_contacts_ms", allMs, "ms");
    const double allColdMs = medianMs(5, [&] { scores = HealthCalculator(database).scoresAt(today).value(); });
    bench::report("health_all_contacts_cold_ms", allColdMs, "ms");

    // One contact's breakdown read from the database (HealthCalculator::breakdown, its own query):
    // 200 contacts at random, and the one with most interactions; and from the cache.
    qint64 busiest = 0;
    qsizetype most = -1;
    for (const ContactHistory& c : history.contacts) {
        if (c.touches.size() > most) {
            most = c.touches.size();
            busiest = c.contactId;
        }
    }
    HealthCalculator calculator(database);
    QRandomGenerator rng(7);
    QList<double> times;
    for (int i = 0; i < 200; ++i) {
        const qint64 id = history.contacts[rng.bounded(int(history.contacts.size()))].contactId;
        QElapsedTimer timer;
        timer.start();
        (void)calculator.breakdown(id, today);
        times << bench::elapsedMs(timer);
    }
    bench::report("health_breakdown_ms", bench::median(times), "ms");
    bench::report("health_breakdown_p95_ms", bench::percentile(times, 0.95), "ms");
    const double busiestMs = medianMs(9, [&] { (void)calculator.breakdown(busiest, today); });
    bench::note(QStringLiteral("busiest contact: #%1 with %2 interactions").arg(busiest).arg(most));
    bench::report("health_breakdown_busiest_ms", busiestMs, "ms");
    bench::report("health_breakdown_busiest_cpu_ms",
                  medianCpuMs(9, [&] { (void)calculator.breakdown(busiest, today); }), "ms");
    const double cachedMs = medianMs(9, [&] { (void)cache.breakdown(busiest, today, StrengthWeights{}); });
    bench::report("health_breakdown_busiest_cached_ms", cachedMs, "ms");
    const double seriesMs = medianMs(9, [&] { (void)cache.series(busiest, today); });
    bench::report("contact_series_busiest_ms", seriesMs, "ms");

    const QSet<QPair<qint64, QString>> ignored = store.ignoredSuggestions().value();
    QList<CircleSuggestion> suggestions;
    const double suggestMs =
        medianMs(9, [&] { suggestions = CircleSuggester::suggest(history, scores, ignored, today); });
    bench::note(QStringLiteral("circle suggestions: %1").arg(suggestions.size()));
    bench::report("circle_suggestions_compute_ms", suggestMs, "ms");
    return 0;
}
