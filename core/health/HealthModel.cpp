#include "health/HealthModel.h"

#include <algorithm>
#include <cmath>

namespace kith {

double HealthModel::channelWeight(Channel channel, int participants)
{
    double base = 1;
    switch (channel) {
    case Channel::InPerson:
        base = 3;
        break;
    case Channel::Call:
    case Channel::Video:
        base = 2;
        break;
    case Channel::Message:
    case Channel::Email:
    case Channel::Social:
    case Channel::Event:
        base = 1;
        break;
    }
    return participants > 1 ? base / std::sqrt(double(participants)) : base;
}

double HealthModel::recency(double overdue)
{
    return overdue <= 1 ? 1.0 : std::exp2(-(overdue - 1));
}

double HealthModel::halfLife(int cadenceDays)
{
    return std::max(kMinHalfLifeDays, 3.0 * cadenceDays);
}

double HealthModel::target(double meanWeight, int cadenceDays)
{
    return meanWeight / (1 - std::exp2(-cadenceDays / halfLife(cadenceDays)));
}

double HealthModel::frequency(double sum, double target)
{
    return target > 0 ? std::min(1.0, sum / target) : 0.0;
}

double HealthModel::theirShare(int them, int mutual, int n)
{
    return (them + 0.5 * mutual + 1) / (n + 2.0);
}

double HealthModel::reciprocity(int them, int mutual, int n)
{
    return 1 - std::abs(2 * theirShare(them, mutual, n) - 1);
}

double HealthModel::health(double recency, double frequency)
{
    return std::clamp(100 * (kHealthRecencyShare * recency + (1 - kHealthRecencyShare) * frequency), 0.0, 100.0);
}

HealthStatus HealthModel::status(int daysSince, double overdue, int cadenceDays, double dormantAfterDays,
                                 double frequency)
{
    if (daysSince > cadenceDays && daysSince > dormantAfterDays)
        return HealthStatus::Dormant;
    if (overdue > kDriftingOverdue)
        return HealthStatus::Drifting;
    if (overdue > kDueOverdue)
        return HealthStatus::Due;
    return frequency >= kThrivingFrequency ? HealthStatus::Thriving : HealthStatus::Steady;
}

std::optional<double> HealthModel::median(QList<int> gaps)
{
    if (gaps.isEmpty())
        return std::nullopt;
    std::sort(gaps.begin(), gaps.end());
    const qsizetype mid = gaps.size() / 2;
    return gaps.size() % 2 ? double(gaps[mid]) : (gaps[mid - 1] + gaps[mid]) / 2.0;
}

double HealthModel::strength(const StrengthWeights& weights, double reciprocity, double history, double depth)
{
    const double total = weights.reciprocity + weights.history + weights.depth;
    if (total <= 0)
        return 0;
    return std::clamp(100 * (weights.reciprocity * reciprocity + weights.history * history + weights.depth * depth) /
                          total,
                      0.0, 100.0);
}

HealthBreakdown HealthModel::breakdown(const ContactHistory& contact, const QDate& at, const StrengthWeights& weights)
{
    HealthBreakdown b;
    b.contactId = contact.contactId;
    b.name = contact.name;
    b.circle = contact.circle;
    b.date = at;
    const qint32 t = qint32(at.toJulianDay());
    const int c = contact.cadenceDays > 0 ? contact.cadenceDays : kFallbackCadenceDays;
    const CadenceSource source = contact.cadenceDays > 0 ? contact.cadenceSource : CadenceSource::Fallback;
    const QList<HealthTouch>& touches = contact.touches;
    qsizetype end = 0;
    while (end < touches.size() && touches[end].day <= t)
        ++end;

    // Frequency: one counted interaction per day (the weightiest of that day), decayed by age.
    FrequencyPart& f = b.frequency;
    f.halfLifeDays = halfLife(c);
    f.interactions = int(end);
    double weightSum = 0;
    QList<int> gaps;
    qint32 previousDay = 0;
    for (qsizetype i = 0; i < end;) {
        const qint32 day = touches[i].day;
        double w = 0;
        for (; i < end && touches[i].day == day; ++i)
            w = std::max(w, channelWeight(touches[i].channel, touches[i].participants));
        if (f.countedDays > 0)
            gaps << int(day - previousDay);
        previousDay = day;
        ++f.countedDays;
        weightSum += w;
        f.sum += w * std::exp2(-(t - day) / f.halfLifeDays);
        if (t - day <= f.halfLifeDays)
            ++f.countedInHalfLife;
    }
    f.meanWeight = f.countedDays > 0 ? weightSum / f.countedDays : 1.0;
    f.target = target(f.meanWeight, c);
    f.value = frequency(f.sum, f.target);

    // Recency: from the last interaction, or from the day the contact was added.
    RecencyPart& r = b.recency;
    r.cadenceDays = c;
    r.cadenceSource = source;
    r.neverContacted = f.countedDays == 0;
    const qint32 lastDay = r.neverContacted ? std::min(contact.addedDay, t) : previousDay;
    r.lastDate = QDate::fromJulianDay(lastDay);
    r.daysSince = int(t - lastDay);
    r.overdue = double(r.daysSince) / c;
    r.value = recency(r.overdue);

    // Reciprocity and depth: the last interactions as logged (not one per day).
    ReciprocityPart& p = b.reciprocity;
    StrengthPart& s = b.strength;
    for (qsizetype i = end - 1; i >= 0 && end - i <= kReciprocityWindow; --i) {
        const HealthTouch& touch = touches[i];
        ++p.considered;
        switch (touch.initiator) {
        case Initiator::Me:
            ++p.me;
            break;
        case Initiator::Them:
            ++p.them;
            break;
        case Initiator::Mutual:
            ++p.mutual;
            break;
        }
        if (touch.channel == Channel::InPerson || touch.channel == Channel::Event)
            ++s.inPerson;
        else if ((touch.channel == Channel::Call || touch.channel == Channel::Video) &&
                 touch.durationMinutes >= kLongCallMinutes)
            ++s.longCalls;
    }
    p.theirShare = theirShare(p.them, p.mutual, p.considered);
    p.value = reciprocity(p.them, p.mutual, p.considered);

    // Strength.
    s.weights = weights;
    s.reciprocity = p.value;
    qint32 known = std::min(contact.addedDay, end > 0 ? touches.first().day : contact.addedDay);
    known = std::min(known, t);
    s.knownSince = QDate::fromJulianDay(known);
    s.daysKnown = int(t - known);
    s.history = std::min(1.0, s.daysKnown / kKnownFullyDays);
    s.depthConsidered = p.considered;
    s.depthShare = s.depthConsidered > 0 ? double(s.inPerson + s.longCalls) / s.depthConsidered : 0.0;
    s.closeness = contact.closeness;
    s.depth = s.closeness ? (s.depthShare + (std::clamp(*s.closeness, 1, 5) - 1) / 4.0) / 2 : s.depthShare;
    s.value = strength(weights, s.reciprocity, s.history, s.depth);

    // Status.
    StatusPart& st = b.statusInputs;
    st.gaps = int(gaps.size());
    const std::optional<double> m = median(gaps);
    st.medianFromCadence = !m.has_value();
    st.medianGapDays = m.value_or(double(c));
    st.dormantAfterDays = std::max(double(c), kDormantGapFactor * st.medianGapDays);

    b.health = health(r.value, f.value);
    b.status = status(r.daysSince, r.overdue, c, st.dormantAfterDays, f.value);
    return b;
}

HealthScore HealthModel::score(const HealthBreakdown& b)
{
    HealthScore s;
    s.contactId = b.contactId;
    s.health = b.health;
    s.strength = b.strength.value;
    s.status = b.status;
    s.recency = b.recency.value;
    s.frequency = b.frequency.value;
    s.reciprocity = b.reciprocity.value;
    s.daysSince = b.recency.daysSince;
    s.cadenceDays = b.recency.cadenceDays;
    s.sum = b.frequency.sum;
    s.neverContacted = b.recency.neverContacted;
    return s;
}

} // namespace kith
