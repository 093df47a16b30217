#include "dashboard/HealthThread.h"

#include "health/CircleSuggester.h"
#include "health/DashboardCalculator.h"
#include "health/HealthCache.h"
#include "health/HealthCalculator.h"
#include "storage/Database.h"
#include "storage/HealthStore.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace kith {

HealthThread::HealthThread(const QString& databasePath, const Clock& clock, QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_clock(clock)
{}

HealthThread::~HealthThread()
{
    stop();
    wait();
}

void HealthThread::post(const Request& request)
{
    QMutexLocker lock(&m_mutex);
    if (m_next) {
        Request merged = request;
        merged.reload = merged.reload || m_next->reload;
        merged.contactIds = m_next->contactIds + request.contactIds;
        m_next = std::move(merged);
    } else {
        m_next = request;
    }
    m_wake.wakeAll();
}

void HealthThread::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_wake.wakeAll();
}

std::shared_ptr<const HealthSnapshot> HealthThread::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

double HealthThread::elapsedMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_elapsedMs;
}

std::shared_ptr<const HealthSnapshot> HealthThread::compute(Database& database, const Clock& clock,
                                                            const Request& request)
{
    HealthCache cache(database, clock);
    return compute(cache, database, clock, request);
}

std::shared_ptr<const HealthSnapshot> HealthThread::compute(HealthCache& cache, Database& database, const Clock& clock,
                                                            const Request& request)
{
    auto snapshot = std::make_shared<HealthSnapshot>();
    snapshot->date = request.date;
    snapshot->weights = request.weights;
    const Status status = request.reload || !cache.isLoaded() ? cache.load() : cache.refresh(request.contactIds);
    if (!status) {
        snapshot->error = status.error();
        return snapshot;
    }
    const HealthHistory& history = cache.history();
    snapshot->scores = HealthCalculator::scoresAt(history, request.date, request.weights);
    auto ignored = HealthStore(database, clock).ignoredSuggestions();
    snapshot->suggestions = CircleSuggester::suggest(history, snapshot->scores,
                                                     ignored ? *ignored : QSet<QPair<qint64, QString>>(), request.date);
    if (request.dashboard) {
        snapshot->dashboard = DashboardCalculator::compute(history, request.date);
        snapshot->hasDashboard = true;
    }
    return snapshot;
}

void HealthThread::run()
{
    std::unique_ptr<Database> database;
    std::unique_ptr<HealthCache> cache;
    bool stale = true; // nothing read yet, or the last read failed
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && !m_next)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            request = std::move(*m_next);
            m_next.reset();
        }
        QElapsedTimer timer;
        timer.start();
        std::shared_ptr<const HealthSnapshot> snapshot;
        if (!database) {
            auto opened = Database::open(m_path);
            if (opened) {
                database = std::move(opened).value();
                cache = std::make_unique<HealthCache>(*database, m_clock);
            } else {
                auto failed = std::make_shared<HealthSnapshot>();
                failed->date = request.date;
                failed->error = opened.error();
                snapshot = failed;
            }
        }
        if (database) {
            request.reload = request.reload || stale;
            snapshot = compute(*cache, *database, m_clock, request);
            stale = !snapshot->error.isEmpty();
        }
        {
            QMutexLocker lock(&m_mutex);
            m_snapshot = snapshot;
            m_elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        }
        Q_EMIT computed();
    }
    // The connection is closed on the thread that opened it.
    cache.reset();
    database.reset();
}

} // namespace kith
