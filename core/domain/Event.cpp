#include "domain/Event.h"

#include <QCoreApplication>

namespace kith {

QList<EventKind> allEventKinds()
{
    return {EventKind::Meetup, EventKind::Conference, EventKind::Party, EventKind::Other};
}

QString eventKindKey(EventKind kind)
{
    switch (kind) {
    case EventKind::Meetup:
        return QStringLiteral("meetup");
    case EventKind::Conference:
        return QStringLiteral("conference");
    case EventKind::Party:
        return QStringLiteral("party");
    case EventKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<EventKind> eventKindFromKey(const QString& key)
{
    const QString normalized = key.trimmed().toLower();
    for (EventKind kind : allEventKinds()) {
        if (eventKindKey(kind) == normalized)
            return kind;
    }
    return std::nullopt;
}

QString eventKindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Meetup:
        return QCoreApplication::translate("kith::Event", "Meetup");
    case EventKind::Conference:
        return QCoreApplication::translate("kith::Event", "Conference");
    case EventKind::Party:
        return QCoreApplication::translate("kith::Event", "Party");
    case EventKind::Other:
        return QCoreApplication::translate("kith::Event", "Other");
    }
    return {};
}

} // namespace kith
