#pragma once

#include "network/SocialCapital.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <optional>

namespace kith {

class Clock;

// Computes the social capital (SocialCapitalCalculator) off the GUI thread, one request after another, for as
// long as it runs, on its own connection to the file (a connection belongs to the thread that opened it).
class SocialCapitalThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocialCapitalThread)

public:
    struct Request {
        QHash<qint64, double> strengths; // your tie strength with each contact, 0..100
    };
    struct Outcome {
        std::optional<SocialCapital> capital; // empty when it failed
        QString error;
        double elapsedMs = 0;
    };

    SocialCapitalThread(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    // Stops and waits for the computation under way.
    ~SocialCapitalThread() override;

    // Queues a computation; one not started yet is replaced by it. computed() follows. Thread-safe.
    void post(const Request& request);
    // Ends run() once the computation under way is done. Thread-safe.
    void stop();
    // The last outcome; read once computed() arrived.
    std::shared_ptr<const Outcome> outcome() const;

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
    std::shared_ptr<const Outcome> m_outcome;
};

} // namespace kith
