#pragma once

#include "dashboard/HealthSnapshot.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <optional>

namespace kith {

class Clock;
class Database;
class HealthCache;

// Computes HealthSnapshots off the GUI thread, one request after another, for as long as it runs.
// It keeps its own connection to the file (a connection belongs to the thread that opened it) and
// a HealthCache on it: the whole network is read once, then only the contacts a request names are
// read again, and every contact is scored (and, when asked, the dashboard's series computed) from
// memory.
class HealthThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthThread)

public:
    struct Request {
        QDate date;
        StrengthWeights weights;
        bool dashboard = false;
        // Read everything again (the first time, after a circle changed, after writes through
        // another connection); otherwise only `contactIds` are read again.
        bool reload = false;
        QList<qint64> contactIds;
    };

    HealthThread(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    // Stops and waits for the computation under way.
    ~HealthThread() override;

    // Queues a computation; one not started yet is merged with it (the contacts of both, the
    // newer date and options). computed() follows when it is done. Thread-safe.
    void post(const Request& request);
    // Ends run() once the computation under way is done. Thread-safe.
    void stop();
    // The last result, and how long it took (milliseconds); read once computed() arrived.
    std::shared_ptr<const HealthSnapshot> snapshot() const;
    double elapsedMs() const;

    // The same work on the calling thread, on a database it already has open, reading the whole
    // network (tests, benchmarks).
    static std::shared_ptr<const HealthSnapshot> compute(Database& database, const Clock& clock,
                                                         const Request& request);
    // The same from a cache, which is first brought up to date as the request says.
    static std::shared_ptr<const HealthSnapshot> compute(HealthCache& cache, Database& database, const Clock& clock,
                                                         const Request& request);

Q_SIGNALS:
    // Emitted from the worker thread after each computation.
    void computed();

protected:
    void run() override;

private:
    const QString m_path;
    const Clock& m_clock;
    mutable QMutex m_mutex; // guards everything below
    QWaitCondition m_wake;
    std::optional<Request> m_next;
    bool m_stop = false;
    std::shared_ptr<const HealthSnapshot> m_snapshot;
    double m_elapsedMs = 0;
};

} // namespace kith
