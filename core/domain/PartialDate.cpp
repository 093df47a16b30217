#include "domain/PartialDate.h"

#include <QRegularExpression>

namespace kith {

bool PartialDate::isValid() const
{
    if (isNull())
        return year == 0 && day == 0;
    // A leap year makes 29 February acceptable when the year is unknown.
    return QDate::isValid(hasYear() ? year : 2000, month, day);
}

QString PartialDate::toIsoString() const
{
    if (isNull())
        return {};
    const QString monthDay =
        QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    if (!hasYear())
        return QStringLiteral("--") + monthDay;
    return QStringLiteral("%1-").arg(year, 4, 10, QLatin1Char('0')) + monthDay;
}

std::optional<PartialDate> PartialDate::fromIsoString(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return PartialDate{};
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})$"));
    static const QRegularExpression noYear(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    PartialDate date;
    if (const auto m = full.match(trimmed); m.hasMatch()) {
        date = {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
        if (date.year == 0)
            return std::nullopt;
    } else if (const auto m2 = noYear.match(trimmed); m2.hasMatch()) {
        date = {0, m2.captured(1).toInt(), m2.captured(2).toInt()};
    } else {
        return std::nullopt;
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QDate PartialDate::inYear(int targetYear) const
{
    if (isNull())
        return {};
    if (month == 2 && day == 29 && !QDate::isLeapYear(targetYear))
        return QDate(targetYear, 2, 28);
    return QDate(targetYear, month, day);
}

} // namespace kith
