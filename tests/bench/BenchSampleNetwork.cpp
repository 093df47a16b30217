#include "BenchSampleNetwork.h"

#include "BenchReport.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace kith::bench {

bool generateSampleNetwork(const QString& path, const SampleNetworkOptions& options, const Clock& clock,
                           const char* reportName)
{
    auto opened = Database::open(path);
    if (!opened) {
        note(opened.error());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    auto stats = SampleNetworkGenerator(*opened.value(), clock).generate(options);
    if (!stats) {
        note(stats.error());
        return false;
    }
    report(reportName, elapsedMs(timer), "ms");
    note(QStringLiteral("sample network: %1 contacts, %2 interactions, %3 reminders, %4 links, %5 topics")
             .arg(stats->contacts)
             .arg(stats->interactions)
             .arg(stats->reminders)
             .arg(stats->relationships)
             .arg(stats->topics));
    return true;
}

} // namespace kith::bench
