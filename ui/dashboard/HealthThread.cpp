#include "dashboard/HealthThread.h"

#include "health/CircleSuggester.h"
#include "health/DashboardCalculator.h"
#include "health/HealthCalculator.h"
#include "storage/Database.h"
#include "storage/HealthStore.h"

#include <QElapsedTimer>

namespace kith {

HealthThread::HealthThread(const QString& databasePath, const Request& request, const Clock& clock, QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_request(request)
    , m_clock(clock)
{}

std::shared_ptr<const HealthSnapshot> HealthThread::compute(Database& database, const Clock& clock,
                                                            const Request& request)
{
    auto snapshot = std::make_shared<HealthSnapshot>();
    snapshot->date = request.date;
    snapshot->weights = request.weights;
    const HealthStore store(database, clock);
    auto history = store.load();
    if (!history) {
        snapshot->error = history.error();
        return snapshot;
    }
    snapshot->scores = HealthCalculator::scoresAt(*history, request.date, request.weights);
    auto ignored = store.ignoredSuggestions();
    snapshot->suggestions = CircleSuggester::suggest(*history, snapshot->scores,
                                                     ignored ? *ignored : QSet<QPair<qint64, QString>>(), request.date);
    if (request.dashboard) {
        snapshot->dashboard = DashboardCalculator::compute(*history, request.date);
        snapshot->hasDashboard = true;
    }
    return snapshot;
}

void HealthThread::run()
{
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(m_path);
    if (!database) {
        auto failed = std::make_shared<HealthSnapshot>();
        failed->date = m_request.date;
        failed->error = database.error();
        m_snapshot = failed;
        return;
    }
    m_snapshot = compute(*database.value(), m_clock, m_request);
    m_elapsedMs = double(timer.nsecsElapsed()) / 1e6;
}

} // namespace kith
