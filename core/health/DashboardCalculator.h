#pragma once

#include "domain/Result.h"
#include "health/DashboardData.h"

#include <QDate>

namespace kith {

class Database;

// All the dashboard's series at a date, in one pass over each contact's interactions (and one over
// the interactions for the per-channel counts): never a query per week or per contact.
class DashboardCalculator final {
public:
    explicit DashboardCalculator(Database& database);

    // Loads the network (HealthStore::load) and computes.
    Result<DashboardData> compute(const QDate& at, const DashboardOptions& options = {}) const;
    // Computes on a network already loaded; needs no database (safe on a worker thread).
    static DashboardData compute(const HealthHistory& history, const QDate& at, const DashboardOptions& options = {});

private:
    Database& m_database;
};

} // namespace kith
