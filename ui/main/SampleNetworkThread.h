#pragma once

#include "demo/SampleNetworkGenerator.h"

#include <QThread>

#include <atomic>

namespace kith {

class Clock;

// Fills a database with the sample network off the GUI thread. Opens its own connection to the
// file, since a connection belongs to the thread that opened it.
class SampleNetworkThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleNetworkThread)

public:
    SampleNetworkThread(const QString& databasePath, const SampleNetworkOptions& options, const Clock& clock,
                        QObject* parent = nullptr);

    // Thread-safe; the generator stops at its next progress report and writes nothing.
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    // Read once finished() arrived.
    bool succeeded() const { return m_succeeded; }
    QString error() const { return m_error; }
    SampleNetworkStats stats() const { return m_stats; }

Q_SIGNALS:
    void progressChanged(int done, int total);

protected:
    void run() override;

private:
    const QString m_path;
    const SampleNetworkOptions m_options;
    const Clock& m_clock;
    std::atomic<bool> m_cancelled = false;
    bool m_succeeded = false;
    QString m_error;
    SampleNetworkStats m_stats;
};

} // namespace kith
