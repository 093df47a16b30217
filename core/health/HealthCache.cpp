#include "health/HealthCache.h"

#include "health/DashboardCalculator.h"
#include "health/HealthCalculator.h"
#include "health/HealthModel.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/HealthStore.h"
#include "storage/InteractionStore.h"

#include <QSet>

#include <algorithm>

namespace kith {

HealthCache::HealthCache(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Status HealthCache::load()
{
    auto history = HealthStore(m_database, m_clock).load();
    if (!history)
        return Status::failure(history.error());
    m_history = std::move(history).value();
    m_loaded = true;
    Q_EMIT changed({});
    return {};
}

Status HealthCache::refresh(const QList<qint64>& contactIds)
{
    if (!m_loaded)
        return load();
    if (contactIds.isEmpty())
        return {};
    auto fresh = HealthStore(m_database, m_clock).loadContacts(contactIds, true);
    if (!fresh)
        return Status::failure(fresh.error());
    const QSet<qint64> ids(contactIds.cbegin(), contactIds.cend());
    QList<ContactHistory>& contacts = m_history.contacts;
    contacts.removeIf([&ids](const ContactHistory& c) { return ids.contains(c.contactId); });
    for (ContactHistory& c : fresh.value()) {
        const auto at = std::lower_bound(contacts.begin(), contacts.end(), c.contactId,
                                         [](const ContactHistory& a, qint64 id) { return a.contactId < id; });
        contacts.insert(at, std::move(c));
    }
    rebuildStamps();
    Q_EMIT changed(contactIds);
    return {};
}

// Each interaction once: those with one participant appear once among the touches; group ones are
// taken the first time they are met.
void HealthCache::rebuildStamps()
{
    QList<InteractionStamp> stamps;
    stamps.reserve(m_history.interactions.size() + 16);
    QSet<qint64> groups;
    for (const ContactHistory& c : std::as_const(m_history.contacts)) {
        for (const HealthTouch& t : c.touches) {
            if (t.participants > 1) {
                if (groups.contains(t.interactionId))
                    continue;
                groups.insert(t.interactionId);
            }
            stamps << InteractionStamp{t.day, t.channel};
        }
    }
    m_history.interactions = std::move(stamps);
}

void HealthCache::watch(ContactStore& contacts, InteractionStore& interactions, CircleStore& circles)
{
    const auto refreshOrReport = [this](const QList<qint64>& ids) {
        if (auto s = refresh(ids); !s)
            Q_EMIT refreshFailed(s.error());
    };
    connect(&contacts, &ContactStore::contactsChanged, this, refreshOrReport);
    connect(&interactions, &InteractionStore::interactionsChanged, this, refreshOrReport);
    connect(&circles, &CircleStore::circlesChanged, this, [this] {
        if (!m_loaded)
            return;
        if (auto s = load(); !s)
            Q_EMIT refreshFailed(s.error());
    });
}

DashboardData HealthCache::dashboard(const QDate& at, const DashboardOptions& options) const
{
    return DashboardCalculator::compute(m_history, at, options);
}

QHash<qint64, HealthScore> HealthCache::scoresAt(const QDate& at, const StrengthWeights& weights) const
{
    return HealthCalculator::scoresAt(m_history, at, weights);
}

std::optional<HealthBreakdown> HealthCache::breakdown(qint64 contactId, const QDate& at,
                                                      const StrengthWeights& weights) const
{
    const qsizetype i = m_history.indexOf(contactId);
    if (i < 0)
        return std::nullopt;
    return HealthModel::breakdown(m_history.contacts[i], at, weights);
}

std::optional<ContactHealthSeries> HealthCache::series(qint64 contactId, const QDate& at, int weeks) const
{
    const qsizetype i = m_history.indexOf(contactId);
    if (i < 0)
        return std::nullopt;
    return HealthCalculator::series(m_history.contacts[i], at, weeks);
}

} // namespace kith
