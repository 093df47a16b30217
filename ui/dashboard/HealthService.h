#pragma once

#include "dashboard/HealthSnapshot.h"
#include "domain/Result.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace kith {

class Clock;
class Database;
class HealthStore;
class HealthThread;
class Settings;

// Keeps the relationship health of the whole network at hand for the window: every contact's
// score (the contacts table sorts by them) and, once somebody wants them, the dashboard's series.
// Computed in a worker thread that keeps the network in memory (HealthThread): a moment after the
// last of a burst of changes it reads again only the contacts whose data changed (a circle's
// change or writes through another connection read everything again), then scores the network
// from memory. The last snapshot stays available while the next one is computed. One contact's breakdown and history
// are read at once (they take milliseconds), through the window's connection.
class HealthService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthService)

public:
    // `database` must outlive the service; the worker opens its own connection to the same file.
    HealthService(Database& database, const Clock& clock, Settings& settings, QObject* parent = nullptr);
    ~HealthService() override;

    StrengthWeights weights() const;
    // One contact's scores with all their parts, today, from the database as it is now.
    Result<HealthBreakdown> breakdown(qint64 contactId) const;
    // One contact's weekly health over the last year, with its interactions.
    Result<ContactHealthSeries> series(qint64 contactId) const;
    // The circle suggestion for this contact in the last snapshot, if there is one.
    std::optional<CircleSuggestion> suggestionFor(qint64 contactId) const;
    // Remembers not to suggest this circle for this contact again, and computes again.
    Status ignoreSuggestion(const CircleSuggestion& suggestion);
    // Takes the contact's suggestion out of the lists at once (it was accepted); the next
    // computation decides whether there is another.
    void dropSuggestion(qint64 contactId);

    // Null until the first computation is done.
    std::shared_ptr<const HealthSnapshot> snapshot() const { return m_snapshot; }
    // The dashboard's series are computed only while wanted (the dashboard is shown).
    void setDashboardWanted(bool wanted);
    bool isDashboardWanted() const { return m_dashboardWanted; }
    bool isBusy() const { return m_busy; }
    // How long the last computation took, from reading the changes to the snapshot (milliseconds).
    double lastElapsedMs() const { return m_lastElapsedMs; }

public Q_SLOTS:
    // Something changed, maybe anywhere: read everything again shortly (a burst of calls computes once).
    void invalidate();
    // These contacts or their interactions changed: read them again shortly.
    void invalidateContacts(const QList<qint64>& contactIds);
    // Read everything again and compute now, or as soon as the running computation is done.
    void refresh();

Q_SIGNALS:
    void snapshotChanged();

private:
    // Compute now (or once the running computation is done) with what is marked to read again.
    void compute();
    void start();
    void onFinished();

    Database& m_database;
    const QString m_path;
    const Clock& m_clock;
    std::unique_ptr<HealthStore> m_store;
    Settings& m_settings;
    QTimer* m_delay = nullptr;
    HealthThread* m_thread = nullptr;
    bool m_busy = false;
    bool m_pending = false;
    bool m_reload = true;    // read everything at the next computation
    QList<qint64> m_changed; // else these contacts
    bool m_dashboardWanted = false;
    std::shared_ptr<const HealthSnapshot> m_snapshot;
    double m_lastElapsedMs = 0;
};

} // namespace kith
