#include "domain/Relationship.h"

#include <QCoreApplication>

namespace kith {

Relationship Relationship::mirrored() const
{
    Relationship other = *this;
    other.contactId = otherId;
    other.otherId = contactId;
    other.type = inverse(type);
    return other;
}

QList<RelationshipType> allRelationshipTypes()
{
    return {RelationshipType::Partner, RelationshipType::Parent,       RelationshipType::Child,
            RelationshipType::Sibling, RelationshipType::Friend,       RelationshipType::Colleague,
            RelationshipType::Manager, RelationshipType::Report,       RelationshipType::Mentor,
            RelationshipType::Mentee,  RelationshipType::IntroducedBy, RelationshipType::Introduced,
            RelationshipType::Knows};
}

QString relationshipTypeKey(RelationshipType type)
{
    switch (type) {
    case RelationshipType::Partner:
        return QStringLiteral("partner");
    case RelationshipType::Parent:
        return QStringLiteral("parent");
    case RelationshipType::Child:
        return QStringLiteral("child");
    case RelationshipType::Sibling:
        return QStringLiteral("sibling");
    case RelationshipType::Friend:
        return QStringLiteral("friend");
    case RelationshipType::Colleague:
        return QStringLiteral("colleague");
    case RelationshipType::Manager:
        return QStringLiteral("manager");
    case RelationshipType::Report:
        return QStringLiteral("report");
    case RelationshipType::Mentor:
        return QStringLiteral("mentor");
    case RelationshipType::Mentee:
        return QStringLiteral("mentee");
    case RelationshipType::IntroducedBy:
        return QStringLiteral("introduced-by");
    case RelationshipType::Introduced:
        return QStringLiteral("introduced");
    case RelationshipType::Knows:
        return QStringLiteral("knows");
    }
    return {};
}

std::optional<RelationshipType> relationshipTypeFromKey(const QString& key)
{
    QString normalized = key.trimmed().toLower();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    for (RelationshipType type : allRelationshipTypes()) {
        if (relationshipTypeKey(type) == normalized)
            return type;
    }
    return std::nullopt;
}

RelationshipType inverse(RelationshipType type)
{
    switch (type) {
    case RelationshipType::Parent:
        return RelationshipType::Child;
    case RelationshipType::Child:
        return RelationshipType::Parent;
    case RelationshipType::Manager:
        return RelationshipType::Report;
    case RelationshipType::Report:
        return RelationshipType::Manager;
    case RelationshipType::Mentor:
        return RelationshipType::Mentee;
    case RelationshipType::Mentee:
        return RelationshipType::Mentor;
    case RelationshipType::IntroducedBy:
        return RelationshipType::Introduced;
    case RelationshipType::Introduced:
        return RelationshipType::IntroducedBy;
    case RelationshipType::Partner:
    case RelationshipType::Sibling:
    case RelationshipType::Friend:
    case RelationshipType::Colleague:
    case RelationshipType::Knows:
        return type;
    }
    return type;
}

bool isSymmetric(RelationshipType type)
{
    return inverse(type) == type;
}

QString relationshipTypeLabel(RelationshipType type)
{
    switch (type) {
    case RelationshipType::Partner:
        return QCoreApplication::translate("kith::Relationship", "Partner");
    case RelationshipType::Parent:
        return QCoreApplication::translate("kith::Relationship", "Parent");
    case RelationshipType::Child:
        return QCoreApplication::translate("kith::Relationship", "Child");
    case RelationshipType::Sibling:
        return QCoreApplication::translate("kith::Relationship", "Sibling");
    case RelationshipType::Friend:
        return QCoreApplication::translate("kith::Relationship", "Friend");
    case RelationshipType::Colleague:
        return QCoreApplication::translate("kith::Relationship", "Colleague");
    case RelationshipType::Manager:
        return QCoreApplication::translate("kith::Relationship", "Manager");
    case RelationshipType::Report:
        return QCoreApplication::translate("kith::Relationship", "Report");
    case RelationshipType::Mentor:
        return QCoreApplication::translate("kith::Relationship", "Mentor");
    case RelationshipType::Mentee:
        return QCoreApplication::translate("kith::Relationship", "Mentee");
    case RelationshipType::IntroducedBy:
        return QCoreApplication::translate("kith::Relationship", "Introduced by");
    case RelationshipType::Introduced:
        return QCoreApplication::translate("kith::Relationship", "Introduced");
    case RelationshipType::Knows:
        return QCoreApplication::translate("kith::Relationship", "Knows");
    }
    return {};
}

QString relationshipTypeNoun(RelationshipType type)
{
    switch (type) {
    case RelationshipType::Partner:
        return QCoreApplication::translate("kith::Relationship", "partner", "in a sentence");
    case RelationshipType::Parent:
        return QCoreApplication::translate("kith::Relationship", "parent", "in a sentence");
    case RelationshipType::Child:
        return QCoreApplication::translate("kith::Relationship", "child", "in a sentence");
    case RelationshipType::Sibling:
        return QCoreApplication::translate("kith::Relationship", "sibling", "in a sentence");
    case RelationshipType::Friend:
        return QCoreApplication::translate("kith::Relationship", "friend", "in a sentence");
    case RelationshipType::Colleague:
        return QCoreApplication::translate("kith::Relationship", "colleague", "in a sentence");
    case RelationshipType::Manager:
        return QCoreApplication::translate("kith::Relationship", "manager", "in a sentence");
    case RelationshipType::Report:
        return QCoreApplication::translate("kith::Relationship", "report", "in a sentence");
    case RelationshipType::Mentor:
        return QCoreApplication::translate("kith::Relationship", "mentor", "in a sentence");
    case RelationshipType::Mentee:
        return QCoreApplication::translate("kith::Relationship", "mentee", "in a sentence");
    case RelationshipType::IntroducedBy:
        return QCoreApplication::translate("kith::Relationship", "introducer", "in a sentence");
    case RelationshipType::Introduced:
        return QCoreApplication::translate("kith::Relationship", "introducee", "in a sentence");
    case RelationshipType::Knows:
        return QCoreApplication::translate("kith::Relationship", "acquaintance", "in a sentence");
    }
    return {};
}

} // namespace kith
