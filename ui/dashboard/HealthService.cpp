#include "dashboard/HealthService.h"

#include "dashboard/HealthThread.h"
#include "domain/Clock.h"
#include "health/HealthCalculator.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/HealthStore.h"

#include <QTimer>

namespace kith {

namespace {

// Long enough to gather a burst of store signals (an import, undoing several edits), short
// enough that the table follows a logged interaction without a visible wait.
constexpr int DelayMs = 150;

} // namespace

HealthService::HealthService(Database& database, const Clock& clock, Settings& settings, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_path(database.path())
    , m_clock(clock)
    , m_store(std::make_unique<HealthStore>(database, clock))
    , m_settings(settings)
{
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(DelayMs);
    connect(m_delay, &QTimer::timeout, this, &HealthService::compute);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::StrengthReciprocityWeight || key == Settings::Key::StrengthHistoryWeight ||
            key == Settings::Key::StrengthDepthWeight)
            m_delay->start(); // the same data, weighed otherwise
    });
    m_thread = new HealthThread(m_path, m_clock, this);
    connect(m_thread, &HealthThread::computed, this, &HealthService::onFinished);
    m_thread->start(QThread::LowPriority);
}

HealthService::~HealthService()
{
    m_thread->disconnect(this);
    delete m_thread; // stops it, after the computation under way
}

StrengthWeights HealthService::weights() const
{
    return StrengthWeights::fromSettings(m_settings);
}

Result<HealthBreakdown> HealthService::breakdown(qint64 contactId) const
{
    return HealthCalculator(m_database, weights()).breakdown(contactId, m_clock.today());
}

Result<ContactHealthSeries> HealthService::series(qint64 contactId) const
{
    return HealthCalculator(m_database, weights()).series(contactId, m_clock.today());
}

std::optional<CircleSuggestion> HealthService::suggestionFor(qint64 contactId) const
{
    if (!m_snapshot)
        return std::nullopt;
    for (const CircleSuggestion& suggestion : m_snapshot->suggestions) {
        if (suggestion.contactId == contactId)
            return suggestion;
    }
    return std::nullopt;
}

Status HealthService::ignoreSuggestion(const CircleSuggestion& suggestion)
{
    if (Status status = m_store->ignoreSuggestion(suggestion.contactId, suggestion.suggestedCircle); !status)
        return status;
    // Leave it out of the lists at once; the next snapshot will not have it either.
    dropSuggestion(suggestion.contactId);
    m_delay->start(); // the ignored ones are read at each computation
    return {};
}

void HealthService::dropSuggestion(qint64 contactId)
{
    if (!m_snapshot || !suggestionFor(contactId))
        return;
    auto copy = std::make_shared<HealthSnapshot>(*m_snapshot);
    copy->suggestions.removeIf([contactId](const CircleSuggestion& s) { return s.contactId == contactId; });
    m_snapshot = copy;
    Q_EMIT snapshotChanged();
}

void HealthService::setDashboardWanted(bool wanted)
{
    if (wanted == m_dashboardWanted)
        return;
    m_dashboardWanted = wanted;
    if (wanted && !(m_snapshot && m_snapshot->hasDashboard))
        compute();
}

void HealthService::invalidate()
{
    m_reload = true;
    m_delay->start();
}

void HealthService::invalidateContacts(const QList<qint64>& contactIds)
{
    m_changed += contactIds;
    m_delay->start();
}

void HealthService::refresh()
{
    m_reload = true;
    compute();
}

void HealthService::compute()
{
    m_delay->stop();
    if (m_busy) {
        m_pending = true; // the running one read the file before this change
        return;
    }
    start();
}

void HealthService::start()
{
    m_pending = false;
    HealthThread::Request request;
    request.date = m_clock.today();
    request.weights = StrengthWeights::fromSettings(m_settings);
    request.dashboard = m_dashboardWanted;
    request.reload = std::exchange(m_reload, false);
    request.contactIds = std::exchange(m_changed, {});
    m_busy = true;
    m_thread->post(request);
}

void HealthService::onFinished()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_lastElapsedMs = m_thread->elapsedMs();
    auto snapshot = m_thread->snapshot();
    // A failed run keeps the last good scores on screen; the error is there for whoever shows it.
    if (snapshot && (snapshot->error.isEmpty() || !m_snapshot))
        m_snapshot = snapshot;
    if (m_pending || (m_dashboardWanted && snapshot && snapshot->error.isEmpty() && !snapshot->hasDashboard))
        start();
    Q_EMIT snapshotChanged();
}

} // namespace kith
