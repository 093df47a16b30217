#include "NetworkJson.h"

#include "ContactJson.h"

#include "domain/Relationship.h"
#include "domain/Topic.h"
#include "network/HelpMatch.h"

#include <QJsonArray>

namespace kith {

QJsonObject NetworkJson::relationship(const Relationship& r, const QString& otherName)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("contact_id"), r.contactId},
        {QStringLiteral("other_id"), r.otherId},
        {QStringLiteral("other"), otherName},
        {QStringLiteral("type"), relationshipTypeKey(r.type)},
        {QStringLiteral("label"), relationshipTypeLabel(r.type)},
        {QStringLiteral("note"), ContactJson::textOrNull(r.note)},
        {QStringLiteral("created"), ContactJson::dateTime(r.createdAt)},
    };
}

QJsonObject NetworkJson::topic(const ContactTopic& t)
{
    return QJsonObject{
        {QStringLiteral("kind"), topicKindKey(t.kind)},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("detail"), ContactJson::textOrNull(t.detail)},
    };
}

QJsonObject NetworkJson::helpMatch(const HelpMatch& m)
{
    QJsonArray sources;
    for (HelpSource source : m.sources)
        sources.append(helpSourceKey(source));
    return QJsonObject{
        {QStringLiteral("id"), m.contactId},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("source"), helpSourceKey(m.source)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("matched"), m.matched},
        {QStringLiteral("matched_at"), ContactJson::dateTime(m.matchedAt)},
        {QStringLiteral("reason"), m.reason},
        {QStringLiteral("circle"), ContactJson::textOrNull(m.circleName)},
        {QStringLiteral("links"), QJsonArray::fromStringList(m.links)},
        {QStringLiteral("how_met"), ContactJson::textOrNull(m.howMet)},
        {QStringLiteral("where_met"), ContactJson::textOrNull(m.whereMet)},
        {QStringLiteral("last_interaction"), ContactJson::dateTime(m.lastInteraction)},
        {QStringLiteral("strength"), qRound(m.strength * 10) / 10.0},
        {QStringLiteral("how_you_know"), m.howYouKnow},
    };
}

} // namespace kith
