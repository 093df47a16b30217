#include "contacts/HealthText.h"

#include "health/HealthStatus.h"

#include <QLocale>

#include <cmath>

namespace kith {

namespace {

int percent(double share)
{
    return int(std::lround(100.0 * qBound(0.0, share, 1.0)));
}

QString times(double factor)
{
    return QLocale().toString(factor, 'f', factor < 10 ? 1 : 0);
}

} // namespace

QString HealthText::span(double days)
{
    if (days < 14)
        return tr("%n day(s)", nullptr, int(std::lround(days)));
    if (days < 60)
        return tr("about %n week(s)", nullptr, int(std::lround(days / 7.0)));
    if (days < 730)
        return tr("about %n month(s)", nullptr, int(std::lround(days / 30.44)));
    return tr("about %n year(s)", nullptr, int(std::lround(days / 365.25)));
}

QString HealthText::daysAgo(int days)
{
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("%n day(s) ago", nullptr, days);
}

QString HealthText::summary(const HealthBreakdown& b)
{
    const RecencyPart& r = b.recency;
    const FrequencyPart& f = b.frequency;
    const ReciprocityPart& p = b.reciprocity;

    QString cadence;
    switch (r.cadenceSource) {
    case CadenceSource::Contact:
        cadence = tr("your %n-day cadence for them", nullptr, r.cadenceDays);
        break;
    case CadenceSource::Circle:
        cadence = tr("a %n-day cadence", nullptr, r.cadenceDays);
        break;
    case CadenceSource::Fallback:
        cadence = tr("the %n-day cadence Kith assumes without one", nullptr, r.cadenceDays);
        break;
    }

    QStringList parts;
    if (r.neverContacted) {
        parts
            << tr("You have not been in touch since you added them %1, against %2").arg(daysAgo(r.daysSince), cadence);
        return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    const QString over = span(f.halfLifeDays);
    if (f.value >= 0.995)
        parts << tr("You've had all the contact you intended over %1").arg(over);
    else
        parts << tr("You've had %1% of the contact you intended over %2").arg(percent(f.value)).arg(over);
    parts << tr("last talked %1 against %2").arg(daysAgo(r.daysSince), cadence);
    if (p.considered > 0) {
        const double mine = (p.me + 0.5 * p.mutual) / double(p.considered);
        parts << tr("you started %1% of your conversations").arg(percent(mine));
    }
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString HealthText::statusReason(const HealthBreakdown& b)
{
    const RecencyPart& r = b.recency;
    const StatusPart& s = b.statusInputs;
    const QString name = healthStatusName(b.status);
    switch (b.status) {
    case HealthStatus::Thriving:
        return tr("%1: on cadence, with plenty of contact.").arg(name);
    case HealthStatus::Steady:
        return tr("%1: on cadence.").arg(name);
    case HealthStatus::Due:
        return tr("%1: %2 times the cadence has passed since you were last in touch.").arg(name, times(r.overdue));
    case HealthStatus::Drifting:
        return tr("%1: %2 times the cadence has passed since you were last in touch (drifting after 3).")
            .arg(name, times(r.overdue));
    case HealthStatus::Dormant:
        if (s.medianFromCadence)
            return tr("%1: %2 without contact, longer than %3 (eight cadences, as there is no usual gap yet).")
                .arg(name, tr("%n day(s)", nullptr, r.daysSince),
                     tr("%n day(s)", nullptr, int(std::lround(s.dormantAfterDays))));
        return tr("%1: %2 without contact, more than eight times your usual gap of %3.")
            .arg(name, tr("%n day(s)", nullptr, r.daysSince),
                 tr("%n day(s)", nullptr, int(std::lround(s.medianGapDays))));
    }
    return name;
}

QString HealthText::strength(const HealthBreakdown& b)
{
    const StrengthPart& s = b.strength;
    QString depth = s.depthConsidered == 0 ? tr("depth %1% (no interactions yet").arg(percent(s.depth))
                                           : tr("depth %1% (%2 of the last %n interaction(s) in person or long calls",
                                                nullptr, s.depthConsidered)
                                                 .arg(percent(s.depth))
                                                 .arg(s.inPerson + s.longCalls);
    if (s.closeness)
        depth += tr("; closeness %1 of 5").arg(*s.closeness);
    depth += QLatin1Char(')');
    return tr("Strength %1: both reaching out %2%, known for %3 (%4%), %5.")
        .arg(qRound(s.value))
        .arg(percent(s.reciprocity))
        .arg(span(s.daysKnown), QString::number(percent(s.history)), depth);
}

} // namespace kith
