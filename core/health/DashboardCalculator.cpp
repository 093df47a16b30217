#include "health/DashboardCalculator.h"

#include "domain/Clock.h"
#include "health/HealthModel.h"
#include "health/HealthSweep.h"
#include "storage/HealthStore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace kith {

DashboardCalculator::DashboardCalculator(Database& database)
    : m_database(database)
{}

Result<DashboardData> DashboardCalculator::compute(const QDate& at, const DashboardOptions& options) const
{
    auto history = HealthStore(m_database, Clock::system()).load();
    if (!history)
        return Result<DashboardData>::failure(history.error());
    return compute(*history, at, options);
}

DashboardData DashboardCalculator::compute(const HealthHistory& history, const QDate& at,
                                           const DashboardOptions& options)
{
    DashboardData d;
    d.date = at;
    const qint32 t = qint32(at.toJulianDay());
    const int weeks = std::max(1, options.weeks);
    const qint32 attentionDay = t - std::max(1, options.attentionDays);

    // The days each contact is evaluated at, rising: the weekly points and the attention day.
    struct Stop {
        qint32 day;
        int week; // index into the weekly series, or -1
        bool attention;
    };
    std::vector<Stop> stops;
    for (int k = weeks; k >= 0; --k)
        stops.push_back({t - 7 * k, weeks - k, t - 7 * k == attentionDay});
    if (std::none_of(stops.cbegin(), stops.cend(), [](const Stop& s) { return s.attention; })) {
        stops.push_back({attentionDay, -1, true});
        std::sort(stops.begin(), stops.end(), [](const Stop& a, const Stop& b) { return a.day < b.day; });
    }
    const int points = weeks + 1;
    std::vector<double> healthSum(points, 0);
    std::vector<int> counted(points, 0);
    std::vector<int> dueOrDrifting(points, 0);

    QHash<QString, int> circleRows;
    for (const Circle& circle : history.circles) {
        circleRows.insert(circle.key, int(d.statusByCircle.size()));
        d.statusByCircle << CircleStatusCounts{circle.key, circle.name, QList<int>(5, 0), 0};
    }
    CircleStatusCounts noCircle{QString(), QCoreApplication::translate("kith::DashboardCalculator", "No circle"),
                                QList<int>(5, 0), 0};

    QList<AttentionItem> attention;
    for (const ContactHistory& contact : history.contacts) {
        HealthSweep sweep(contact);
        HealthSweep::Point before;
        for (const Stop& stop : stops) {
            const HealthSweep::Point p = sweep.at(stop.day);
            if (stop.attention)
                before = p;
            if (stop.week < 0 || !p.exists)
                continue;
            healthSum[stop.week] += p.health;
            ++counted[stop.week];
            if (p.status == HealthStatus::Due || p.status == HealthStatus::Drifting)
                ++dueOrDrifting[stop.week];
            if (stop.week != weeks)
                continue;
            // The date itself.
            const auto row = circleRows.constFind(contact.circle);
            CircleStatusCounts& counts = row == circleRows.cend() ? noCircle : d.statusByCircle[*row];
            ++counts.counts[int(p.status)];
            ++counts.total;
            if (before.exists && before.health > p.health) {
                AttentionItem item;
                item.contactId = contact.contactId;
                item.name = contact.name;
                item.circle = contact.circle;
                item.healthBefore = before.health;
                item.healthNow = p.health;
                item.drop = before.health - p.health;
                item.status = p.status;
                item.daysSince = p.daysSince;
                item.cadenceDays = contact.cadenceDays > 0 ? contact.cadenceDays : HealthModel::kFallbackCadenceDays;
                attention << item;
            }
        }
    }
    if (noCircle.total > 0)
        d.statusByCircle << noCircle;

    for (int i = 0; i < points; ++i) {
        const QDate day = QDate::fromJulianDay(t - 7 * (weeks - i));
        d.averageHealthByWeek << qMakePair(day, counted[i] ? healthSum[i] / counted[i] : 0.0);
        d.dueOrDriftingShareByWeek << qMakePair(day, counted[i] ? double(dueOrDrifting[i]) / counted[i] : 0.0);
    }
    d.contacts = counted[weeks];
    d.averageHealth = d.averageHealthByWeek.last().second;

    std::sort(attention.begin(), attention.end(), [](const AttentionItem& a, const AttentionItem& b) {
        if (a.drop != b.drop)
            return a.drop > b.drop;
        return a.contactId < b.contactId;
    });
    d.needsAttention = attention.mid(0, std::max(0, options.attentionCount));

    // Interactions per week and channel: week k (0 = the latest) covers the seven days ending t - 7k.
    const QList<Channel> channels = allChannels();
    std::vector<std::vector<int>> perWeek(channels.size(), std::vector<int>(weeks, 0));
    for (const InteractionStamp& stamp : history.interactions) {
        const qint32 age = t - stamp.day;
        if (age < 0 || age >= 7 * weeks)
            continue;
        ++perWeek[int(stamp.channel)][weeks - 1 - age / 7];
    }
    for (qsizetype c = 0; c < channels.size(); ++c) {
        ChannelWeeklyCounts series;
        series.channel = channels[c];
        for (int w = 0; w < weeks; ++w)
            series.weeks << qMakePair(QDate::fromJulianDay(t - 7 * (weeks - 1 - w) - 6), perWeek[c][w]);
        d.interactionsByChannel << series;
    }
    return d;
}

} // namespace kith
