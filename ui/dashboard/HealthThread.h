#pragma once

#include "dashboard/HealthSnapshot.h"

#include <QThread>

#include <memory>

namespace kith {

class Clock;
class Database;

// Computes a HealthSnapshot off the GUI thread: reads the whole network in one pass through its
// own connection to the file (a connection belongs to the thread that opened it), then scores
// every contact and, when asked, the dashboard's series.
class HealthThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthThread)

public:
    struct Request {
        QDate date;
        StrengthWeights weights;
        bool dashboard = false;
    };

    HealthThread(const QString& databasePath, const Request& request, const Clock& clock, QObject* parent = nullptr);

    const Request& request() const { return m_request; }
    // Read once finished() arrived.
    std::shared_ptr<const HealthSnapshot> snapshot() const { return m_snapshot; }
    double elapsedMs() const { return m_elapsedMs; }

    // The same work on the calling thread, on a database it already has open (tests, benchmarks).
    static std::shared_ptr<const HealthSnapshot> compute(Database& database, const Clock& clock,
                                                         const Request& request);

protected:
    void run() override;

private:
    const QString m_path;
    const Request m_request;
    const Clock& m_clock;
    std::shared_ptr<const HealthSnapshot> m_snapshot;
    double m_elapsedMs = 0;
};

} // namespace kith
