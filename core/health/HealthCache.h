#pragma once

#include "domain/Result.h"
#include "health/DashboardData.h"
#include "health/HealthBreakdown.h"
#include "health/HealthHistory.h"
#include "health/StrengthWeights.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <optional>

namespace kith {

class CircleStore;
class Clock;
class ContactStore;
class Database;
class InteractionStore;

// The network's health history kept in memory: read once (one pass over the interactions, about
// half a second for a million), then refreshed contact by contact as the stores announce changes,
// so that the dashboard, the health column and breakdowns are computed without reading the
// database again. Lives on the thread of its Database.
class HealthCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCache)

public:
    HealthCache(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Reads everything (again). Until the first load the history is empty.
    Status load();
    bool isLoaded() const { return m_loaded; }
    const HealthHistory& history() const { return m_history; }

    // Re-reads these contacts: added, edited, moved to or from the Trash, purged, or whose
    // interactions changed. One query for all of them.
    Status refresh(const QList<qint64>& contactIds);
    // Follows the stores: each change they announce refreshes the contacts it names (a circle's
    // cadence reloads everything). Errors are reported through refreshFailed.
    void watch(ContactStore& contacts, InteractionStore& interactions, CircleStore& circles);

    DashboardData dashboard(const QDate& at, const DashboardOptions& options = {}) const;
    QHash<qint64, HealthScore> scoresAt(const QDate& at, const StrengthWeights& weights) const;
    // Nullopt for a contact not in the cache (unknown or in the Trash).
    std::optional<HealthBreakdown> breakdown(qint64 contactId, const QDate& at, const StrengthWeights& weights) const;
    std::optional<ContactHealthSeries> series(qint64 contactId, const QDate& at, int weeks = 52) const;

Q_SIGNALS:
    // After a load (empty list) or a refresh (the contacts re-read).
    void changed(const QList<qint64>& contactIds);
    void refreshFailed(const QString& error);

private:
    void rebuildStamps();

    Database& m_database;
    const Clock& m_clock;
    HealthHistory m_history;
    bool m_loaded = false;
};

} // namespace kith
