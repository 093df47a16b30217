// bench_reminders: the due list over the 10,000-contact sample network (seed 1, clock at
// 2026-11-28 12:00 UTC). Prints `BENCH <name> <value> <unit>` on stdout, everything else on stderr.
// Never asserts a timing.

#include "BenchReport.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "reminders/DueCalculator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace kith;

namespace {

constexpr int Contacts = 10'000;
constexpr int Runs = 20;

template <typename F> double medianMs(F&& work)
{
    QList<double> times;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << bench::elapsedMs(timer);
    }
    return bench::median(times);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        bench::note(opened.error());
        return 1;
    }
    Database& database = *opened.value();
    auto stats = SampleNetworkGenerator(database, clock).generate({Contacts, 1});
    if (!stats) {
        bench::note(stats.error());
        return 1;
    }
    bench::note(QStringLiteral("sample network: %1 contacts, %2 interactions, %3 reminders")
                    .arg(stats->contacts)
                    .arg(stats->interactions)
                    .arg(stats->reminders));

    const DueCalculator calculator(database, ReminderPreferences{});
    const QDateTime now = clock.now();
    int count = 0;
    QHash<QString, int> byKind;
    const double dueMs = medianMs([&] {
        const auto due = calculator.dueAt(now);
        if (!due) {
            bench::note(due.error());
            return;
        }
        count = int(due->size());
        byKind.clear();
        for (const DueItem& item : *due)
            ++byKind[dueKindKey(item.kind)];
    });
    bench::note(QStringLiteral("due now: %1 items (cadence %2, birthday %3, anniversary %4, follow-up %5)")
                    .arg(count)
                    .arg(byKind.value(QStringLiteral("cadence")))
                    .arg(byKind.value(QStringLiteral("birthday")))
                    .arg(byKind.value(QStringLiteral("anniversary")))
                    .arg(byKind.value(QStringLiteral("followup"))));
    bench::report("due_list_ms", dueMs, "ms");

    QDateTime next;
    const double nextMs = medianMs([&] {
        const auto found = calculator.nextDueAfter(now);
        if (!found)
            bench::note(found.error());
        else if (found->has_value())
            next = **found;
    });
    bench::note(QStringLiteral("next due after now: %1").arg(next.toString(Qt::ISODate)));
    bench::report("next_due_ms", nextMs, "ms");

    const double betweenMs = medianMs([&] { (void)calculator.dueBetween(now.addSecs(-3600), now); });
    bench::report("due_between_hour_ms", betweenMs, "ms");
    return 0;
}
