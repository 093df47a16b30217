#include "reminders/DueItem.h"

namespace kith {

QString dueKindKey(DueKind kind)
{
    switch (kind) {
    case DueKind::Cadence:
        return QStringLiteral("cadence");
    case DueKind::Birthday:
        return QStringLiteral("birthday");
    case DueKind::Anniversary:
        return QStringLiteral("anniversary");
    case DueKind::FollowUp:
        return QStringLiteral("followup");
    }
    return {};
}

std::optional<DueKind> dueKindFromKey(const QString& key)
{
    for (DueKind kind : {DueKind::Cadence, DueKind::Birthday, DueKind::Anniversary, DueKind::FollowUp}) {
        if (dueKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString DueItem::key() const
{
    // Follow-ups are identified by their reminder (a recurring one has one occurrence per date),
    // everything else by its contact and date.
    const qint64 id = kind == DueKind::FollowUp ? reminderId : contactId;
    return dueKindKey(kind) + QLatin1Char(':') + QString::number(id) + QLatin1Char(':') +
           occurrence.toString(Qt::ISODate);
}

QString DueItem::alertKey() const
{
    QString result = key();
    if (ahead)
        result += QStringLiteral(":ahead");
    if (snoozedUntil.isValid())
        result += QStringLiteral(":snoozed:") + snoozedUntil.toUTC().toString(Qt::ISODate);
    return result;
}

} // namespace kith
