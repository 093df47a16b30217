#include "reminders/DueText.h"

#include <QLocale>

namespace kith {

QString DueText::kindName(DueKind kind)
{
    switch (kind) {
    case DueKind::Cadence:
        return tr("keep in touch");
    case DueKind::Birthday:
        return tr("birthday");
    case DueKind::Anniversary:
        return tr("anniversary");
    case DueKind::FollowUp:
        return tr("follow up");
    }
    return {};
}

QString DueText::title(const DueItem& item)
{
    const QString name = item.contactName.isEmpty() ? tr("(no name)") : item.contactName;
    return tr("%1 — %2").arg(name, kindName(item.kind));
}

QString DueText::context(const DueItem& item, const QDateTime& now)
{
    QStringList lines;
    if (!item.reason.isEmpty())
        lines << item.reason;
    if (item.lastInteraction.isValid()) {
        const qint64 days = item.lastInteraction.toLocalTime().date().daysTo(now.toLocalTime().date());
        const QString date = QLocale().toString(item.lastInteraction.toLocalTime().date(), QLocale::ShortFormat);
        lines << (days <= 0 ? tr("Last interaction: today")
                            : tr("Last interaction: %1 (%n day(s) ago)", nullptr, int(days)).arg(date));
    } else if (item.kind == DueKind::Cadence) {
        lines << tr("No interaction logged yet");
    }
    return lines.join(QLatin1Char('\n'));
}

QString DueText::dueWhen(const QDateTime& due, const QDateTime& now)
{
    const qint64 days = now.toLocalTime().date().daysTo(due.toLocalTime().date());
    if (days == 0)
        return due <= now ? tr("today")
                          : tr("today, %1").arg(QLocale().toString(due.toLocalTime().time(), QLocale::ShortFormat));
    if (days == -1)
        return tr("yesterday");
    if (days < 0)
        return tr("%n day(s) overdue", nullptr, int(-days));
    if (days == 1)
        return tr("tomorrow");
    if (days < 7)
        return QLocale().toString(due.toLocalTime().date(), QStringLiteral("dddd"));
    return QLocale().toString(due.toLocalTime().date(), QLocale::ShortFormat);
}

QString DueText::list(const QList<DueItem>& items, int maxLines)
{
    QStringList lines;
    for (const DueItem& item : items) {
        if (lines.size() == maxLines)
            break;
        lines << title(item);
    }
    if (items.size() > maxLines)
        lines << tr("and %n more", nullptr, int(items.size() - maxLines));
    return lines.join(QLatin1Char('\n'));
}

} // namespace kith
