#include "domain/Topic.h"

#include <QCoreApplication>

namespace kith {

QList<TopicKind> allTopicKinds()
{
    return {TopicKind::Expertise, TopicKind::Interest, TopicKind::Goal, TopicKind::Need, TopicKind::Community};
}

QString topicKindKey(TopicKind kind)
{
    switch (kind) {
    case TopicKind::Expertise:
        return QStringLiteral("expertise");
    case TopicKind::Interest:
        return QStringLiteral("interest");
    case TopicKind::Goal:
        return QStringLiteral("goal");
    case TopicKind::Need:
        return QStringLiteral("need");
    case TopicKind::Community:
        return QStringLiteral("community");
    }
    return {};
}

std::optional<TopicKind> topicKindFromKey(const QString& key)
{
    const QString normalized = key.trimmed().toLower();
    for (TopicKind kind : allTopicKinds()) {
        if (topicKindKey(kind) == normalized)
            return kind;
    }
    return std::nullopt;
}

QString topicKindLabel(TopicKind kind)
{
    switch (kind) {
    case TopicKind::Expertise:
        return QCoreApplication::translate("kith::Topic", "Can help with");
    case TopicKind::Interest:
        return QCoreApplication::translate("kith::Topic", "Interest");
    case TopicKind::Goal:
        return QCoreApplication::translate("kith::Topic", "Goal");
    case TopicKind::Need:
        return QCoreApplication::translate("kith::Topic", "Looking for");
    case TopicKind::Community:
        return QCoreApplication::translate("kith::Topic", "Community");
    }
    return {};
}

} // namespace kith
