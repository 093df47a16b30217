#pragma once

#include "domain/Interaction.h"
#include "health/HealthHistory.h"
#include "health/HealthStatus.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace kith {

// What the dashboard's series span and how many contacts "needs attention" lists.
struct DashboardOptions {
    int weeks = 52;         // the series cover this many weeks before the date (53 weekly points)
    int attentionDays = 30; // "needs attention": the fall in health over this many days
    int attentionCount = 10;
};

// How many contacts of one circle are in each status.
struct CircleStatusCounts {
    QString circle;    // key; empty for contacts without a circle
    QString name;      // shown to the user
    QList<int> counts; // indexed by int(HealthStatus): thriving, steady, due, drifting, dormant
    int total = 0;
};

// Interactions per week on one channel; each interaction once, however many took part.
struct ChannelWeeklyCounts {
    Channel channel = Channel::InPerson;
    QList<QPair<QDate, int>> weeks; // (first day of the week, count), oldest first
};

// A contact whose health fell over the last attentionDays.
struct AttentionItem {
    qint64 contactId = 0;
    QString name;
    QString circle;
    double healthBefore = 0; // attentionDays before the date
    double healthNow = 0;
    double drop = 0; // healthBefore - healthNow, > 0
    HealthStatus status = HealthStatus::Dormant;
    int daysSince = 0;
    int cadenceDays = 0;
};

// Everything the dashboard charts show, for one date.
struct DashboardData {
    QDate date;
    int contacts = 0;                                     // contacts counted at the date (added or contacted by then)
    double averageHealth = 0;                             // their mean health at the date
    QList<QPair<QDate, double>> averageHealthByWeek;      // weekly points, oldest first, the last at `date`
    QList<QPair<QDate, double>> dueOrDriftingShareByWeek; // share 0..1 of contacts due or drifting
    QList<CircleStatusCounts> statusByCircle;             // circles innermost first, no circle last
    QList<ChannelWeeklyCounts> interactionsByChannel;     // one per channel, allChannels() order
    QList<AttentionItem> needsAttention;                  // biggest fall first
};

// One contact's health over time and the interactions in that span, for the detail pane.
struct ContactHealthSeries {
    qint64 contactId = 0;
    QList<QPair<QDate, double>> health; // weekly points, oldest first, the last at the date
    QList<HealthTouch> interactions;    // in the span, oldest first
};

} // namespace kith
