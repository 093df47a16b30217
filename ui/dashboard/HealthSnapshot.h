#pragma once

#include "health/CircleSuggestion.h"
#include "health/DashboardData.h"
#include "health/HealthBreakdown.h"
#include "health/HealthHistory.h"
#include "health/StrengthWeights.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace kith {

// Relationship health of the whole network at one date, as the worker computed it: what the
// contacts table sorts by and what the dashboard draws. Read-only once made.
struct HealthSnapshot {
    QDate date;
    StrengthWeights weights;
    QHash<qint64, HealthScore> scores;   // contacts not in the Trash, by id
    QList<CircleSuggestion> suggestions; // largest shifts first, without the ignored ones
    bool hasDashboard = false;           // the dashboard's series were asked for, and computed
    DashboardData dashboard;
    QString error; // why nothing could be computed; empty when it worked
};

} // namespace kith
