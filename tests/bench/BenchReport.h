#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

// What every benchmark prints and how it summarises runs: `BENCH <name> <value> <unit>` on stdout
// (what ./dev bench and BENCHMARKS.md quote), anything else on stderr.
namespace kith::bench {

void report(const char* name, double value, const char* unit);
void reportCount(const char* name, qint64 value, const char* unit);
void note(const QString& text);

double elapsedMs(const QElapsedTimer& timer);
// The value below which a share `p` (0..1) of the samples lie: 0.5 is the median.
double percentile(QList<double> values, double p);
inline double median(const QList<double>& values)
{
    return percentile(values, 0.5);
}

} // namespace kith::bench
