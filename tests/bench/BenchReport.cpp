#include "BenchReport.h"

#include <algorithm>
#include <cstdio>

namespace kith::bench {

void report(const char* name, double value, const char* unit)
{
    std::printf("BENCH %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

void reportCount(const char* name, qint64 value, const char* unit)
{
    std::printf("BENCH %s %lld %s\n", name, static_cast<long long>(value), unit);
    std::fflush(stdout);
}

void note(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace kith::bench
