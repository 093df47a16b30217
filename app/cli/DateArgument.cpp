#include "DateArgument.h"

#include <QRegularExpression>

namespace kith {

std::optional<QDateTime> DateArgument::parse(const QString& text, DateOnly meaning)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)$"));
    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        switch (meaning) {
        case DateOnly::Noon:
            return QDateTime(date, QTime(12, 0));
        case DateOnly::StartOfDay:
            return date.startOfDay();
        case DateOnly::EndOfDay:
            return date.endOfDay();
        }
        return std::nullopt;
    }
    if (const auto m = dateTime.match(trimmed); m.hasMatch()) {
        const QDateTime result =
            QDateTime::fromString(m.captured(1) + QLatin1Char('T') + m.captured(2), Qt::ISODateWithMs);
        if (!result.isValid())
            return std::nullopt;
        return result;
    }
    return std::nullopt;
}

} // namespace kith
