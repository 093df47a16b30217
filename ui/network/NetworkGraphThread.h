#pragma once

#include "network/NetworkGraphData.h"

#include <QMutex>
#include <QPointF>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <optional>

namespace kith {

class Clock;
class Database;
struct HealthSnapshot;

// Works out what the network view draws, off the GUI thread: reads the contacts the filter lets through and the
// links between them on its own connection to the file, keeps the strongest ties, and lays them out around you
// with igraph (NetworkLayout). The positions are kept while the same contacts and links come back (a health or
// name change only recolours and resizes), so that the picture does not jump.
class NetworkGraphThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkGraphThread)

public:
    struct Request {
        quint64 generation = 0;
        NetworkGraphFilter filter;
        // Tie strength and health; contacts without a score are drawn small and grey. May be null.
        std::shared_ptr<const HealthSnapshot> health;
        quint32 seed = 1;
    };

    // The last layout, reused while the same contacts and links are shown.
    struct Cache {
        QList<qint64> contactIds;
        QList<std::pair<int, int>> edges;
        QList<QPointF> positions;
    };

    NetworkGraphThread(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    // Stops and waits for the computation under way.
    ~NetworkGraphThread() override;

    // Queues a computation; one not started yet is dropped for it (only the newest filter matters).
    // computed() follows when it is done. Thread-safe.
    void post(const Request& request);
    // Ends run() once the computation under way is done. Thread-safe.
    void stop();
    // The last result; read once computed() arrived.
    std::shared_ptr<const NetworkGraphData> result() const;

    // The same work on the calling thread, on a database it already has open (tests, benchmarks).
    static std::shared_ptr<const NetworkGraphData> compute(Database& database, const Clock& clock,
                                                           const Request& request, Cache* cache = nullptr);

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
    std::shared_ptr<const NetworkGraphData> m_result;
};

} // namespace kith
