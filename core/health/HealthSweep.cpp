#include "health/HealthSweep.h"

#include "health/HealthModel.h"

#include <algorithm>
#include <cmath>

namespace kith {

HealthSweep::HealthSweep(const ContactHistory& contact)
    : m_contact(contact)
    , m_cadence(contact.cadenceDays > 0 ? contact.cadenceDays : HealthModel::kFallbackCadenceDays)
    , m_halfLife(HealthModel::halfLife(m_cadence))
{}

void HealthSweep::addGap(int gap)
{
    if (m_lower.empty() || gap <= m_lower.top())
        m_lower.push(gap);
    else
        m_upper.push(gap);
    if (m_lower.size() > m_upper.size() + 1) {
        m_upper.push(m_lower.top());
        m_lower.pop();
    } else if (m_upper.size() > m_lower.size()) {
        m_lower.push(m_upper.top());
        m_upper.pop();
    }
}

double HealthSweep::medianGap() const
{
    if (m_lower.empty())
        return m_cadence;
    if (m_lower.size() == m_upper.size())
        return (m_lower.top() + m_upper.top()) / 2.0;
    return m_lower.top();
}

HealthSweep::Point HealthSweep::at(qint32 t)
{
    const QList<HealthTouch>& touches = m_contact.touches;
    while (m_next < touches.size() && touches[m_next].day <= t) {
        const qint32 day = touches[m_next].day;
        double w = 0;
        for (; m_next < touches.size() && touches[m_next].day == day; ++m_next)
            w = std::max(w, HealthModel::channelWeight(touches[m_next].channel, touches[m_next].participants));
        if (m_counted > 0) {
            addGap(int(day - m_lastDay));
            m_sum *= std::exp2(-(day - m_lastDay) / m_halfLife);
        }
        m_sum += w;
        m_lastDay = day;
        ++m_counted;
        m_weightSum += w;
    }
    Point p;
    p.exists = m_counted > 0 || m_contact.addedDay <= t;
    const qint32 last = m_counted > 0 ? m_lastDay : std::min(m_contact.addedDay, t);
    p.daysSince = int(t - last);
    p.sum = m_counted > 0 ? m_sum * std::exp2(-(t - m_lastDay) / m_halfLife) : 0.0;
    const double overdue = double(p.daysSince) / m_cadence;
    const double meanWeight = m_counted > 0 ? m_weightSum / m_counted : 1.0;
    const double f = HealthModel::frequency(p.sum, HealthModel::target(meanWeight, m_cadence));
    p.health = HealthModel::health(HealthModel::recency(overdue), f);
    const double dormantAfter = std::max(double(m_cadence), HealthModel::kDormantGapFactor * medianGap());
    p.status = HealthModel::status(p.daysSince, overdue, m_cadence, dormantAfter, f);
    return p;
}

} // namespace kith
