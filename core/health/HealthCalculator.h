#pragma once

#include "domain/Result.h"
#include "health/DashboardData.h"
#include "health/HealthBreakdown.h"
#include "health/StrengthWeights.h"

#include <QDate>
#include <QHash>

namespace kith {

class Database;

// Relationship health from the database: every contact's scores at a date from one pass over the
// interactions, one contact's full breakdown (reading only its interactions), and one contact's
// health over time. The static overloads compute on a HealthHistory already loaded.
class HealthCalculator final {
public:
    explicit HealthCalculator(Database& database, StrengthWeights weights = {});

    // Every contact not in the Trash that was added or contacted by the end of `at`.
    Result<QHash<qint64, HealthScore>> scoresAt(const QDate& at) const;
    Result<HealthBreakdown> breakdown(qint64 contactId, const QDate& at) const;
    Result<ContactHealthSeries> series(qint64 contactId, const QDate& at, int weeks = 52) const;

    static QHash<qint64, HealthScore> scoresAt(const HealthHistory& history, const QDate& at,
                                               const StrengthWeights& weights);
    static ContactHealthSeries series(const ContactHistory& contact, const QDate& at, int weeks = 52);

private:
    Database& m_database;
    StrengthWeights m_weights;
};

} // namespace kith
