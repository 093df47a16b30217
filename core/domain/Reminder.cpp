#include "domain/Reminder.h"

namespace kith {

QString recurrenceUnitKey(RecurrenceUnit unit)
{
    switch (unit) {
    case RecurrenceUnit::None:
        return QString(QLatin1String(""));
    case RecurrenceUnit::Days:
        return QStringLiteral("days");
    case RecurrenceUnit::Weeks:
        return QStringLiteral("weeks");
    case RecurrenceUnit::Months:
        return QStringLiteral("months");
    case RecurrenceUnit::Years:
        return QStringLiteral("years");
    }
    return {};
}

std::optional<RecurrenceUnit> recurrenceUnitFromKey(const QString& key)
{
    for (RecurrenceUnit unit : {RecurrenceUnit::None, RecurrenceUnit::Days, RecurrenceUnit::Weeks,
                                RecurrenceUnit::Months, RecurrenceUnit::Years}) {
        if (recurrenceUnitKey(unit) == key)
            return unit;
    }
    return std::nullopt;
}

QDateTime nextOccurrence(const Recurrence& recurrence, const QDateTime& from, const QDateTime& after)
{
    if (!recurrence.isRecurring() || !from.isValid() || recurrence.interval <= 0)
        return {};
    const QDateTime local = from.toLocalTime();
    const QDate date = local.date();
    const QTime time = local.time();
    const int step = recurrence.interval;
    auto moved = [&](qint64 k) -> QDate {
        switch (recurrence.unit) {
        case RecurrenceUnit::Days:
            return date.addDays(k * step);
        case RecurrenceUnit::Weeks:
            return date.addDays(7 * k * step);
        case RecurrenceUnit::Months:
            return date.addMonths(int(k * step));
        case RecurrenceUnit::Years:
            return date.addYears(int(k * step));
        case RecurrenceUnit::None:
            break;
        }
        return {};
    };
    // Jump close to `after` first, so that a daily reminder left for years does not loop for long.
    qint64 k = 1;
    if (after.isValid() && after > from) {
        const qint64 days = from.daysTo(after);
        qint64 unitDays = 1;
        switch (recurrence.unit) {
        case RecurrenceUnit::Days:
            unitDays = 1;
            break;
        case RecurrenceUnit::Weeks:
            unitDays = 7;
            break;
        case RecurrenceUnit::Months:
            unitDays = 31;
            break;
        case RecurrenceUnit::Years:
            unitDays = 366;
            break;
        case RecurrenceUnit::None:
            break;
        }
        k = std::max<qint64>(1, days / (unitDays * step) - 1);
    }
    for (;; ++k) {
        const QDateTime candidate = QDateTime(moved(k), time, Qt::LocalTime).toUTC();
        if (!candidate.isValid())
            return {};
        if (!after.isValid() || candidate > after)
            return candidate;
    }
}

} // namespace kith
