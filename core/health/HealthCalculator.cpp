#include "health/HealthCalculator.h"

#include "health/HealthModel.h"
#include "health/HealthSweep.h"
#include "storage/HealthStore.h"

#include "domain/Clock.h"

namespace kith {

namespace {

bool existsAt(const ContactHistory& c, qint32 t)
{
    return c.addedDay <= t || (!c.touches.isEmpty() && c.touches.first().day <= t);
}

} // namespace

HealthCalculator::HealthCalculator(Database& database, StrengthWeights weights)
    : m_database(database)
    , m_weights(weights)
{}

Result<QHash<qint64, HealthScore>> HealthCalculator::scoresAt(const QDate& at) const
{
    auto history = HealthStore(m_database, Clock::system()).load();
    if (!history)
        return Result<QHash<qint64, HealthScore>>::failure(history.error());
    return scoresAt(*history, at, m_weights);
}

Result<HealthBreakdown> HealthCalculator::breakdown(qint64 contactId, const QDate& at) const
{
    auto contact = HealthStore(m_database, Clock::system()).loadContact(contactId);
    if (!contact)
        return Result<HealthBreakdown>::failure(contact.error());
    return HealthModel::breakdown(*contact, at, m_weights);
}

Result<ContactHealthSeries> HealthCalculator::series(qint64 contactId, const QDate& at, int weeks) const
{
    auto contact = HealthStore(m_database, Clock::system()).loadContact(contactId);
    if (!contact)
        return Result<ContactHealthSeries>::failure(contact.error());
    return series(*contact, at, weeks);
}

QHash<qint64, HealthScore> HealthCalculator::scoresAt(const HealthHistory& history, const QDate& at,
                                                      const StrengthWeights& weights)
{
    const qint32 t = qint32(at.toJulianDay());
    QHash<qint64, HealthScore> scores;
    scores.reserve(history.contacts.size());
    for (const ContactHistory& contact : history.contacts) {
        if (existsAt(contact, t))
            scores.insert(contact.contactId, HealthModel::score(HealthModel::breakdown(contact, at, weights)));
    }
    return scores;
}

ContactHealthSeries HealthCalculator::series(const ContactHistory& contact, const QDate& at, int weeks)
{
    ContactHealthSeries s;
    s.contactId = contact.contactId;
    const qint32 t = qint32(at.toJulianDay());
    const qint32 first = t - 7 * qMax(0, weeks);
    HealthSweep sweep(contact);
    for (int k = qMax(0, weeks); k >= 0; --k) {
        const qint32 day = t - 7 * k;
        const HealthSweep::Point p = sweep.at(day);
        if (p.exists)
            s.health << qMakePair(QDate::fromJulianDay(day), p.health);
    }
    for (const HealthTouch& touch : contact.touches) {
        if (touch.day >= first && touch.day <= t)
            s.interactions << touch;
    }
    return s;
}

} // namespace kith
