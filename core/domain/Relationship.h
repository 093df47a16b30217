#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kith {

// What one contact is to another. Read "Byron is Ada's Parent": seen from Ada, the link to Byron has
// type Parent; seen from Byron, the same link has the inverse type, Child.
enum class RelationshipType {
    Partner,
    Parent,
    Child,
    Sibling,
    Friend,
    Colleague,
    Manager,
    Report,
    Mentor,
    Mentee,
    IntroducedBy, // the other person introduced this one
    Introduced,   // this one introduced the other person
    Knows,
};

// One link between two contacts, seen from `contactId`: `otherId` is `contactId`'s `type`.
struct Relationship {
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 otherId = 0;
    RelationshipType type = RelationshipType::Knows;
    QString note;
    QDateTime createdAt; // UTC

    // The same link seen from the other contact.
    Relationship mirrored() const;

    friend bool operator==(const Relationship&, const Relationship&) = default;
};

QList<RelationshipType> allRelationshipTypes();
// "parent", "introduced-by": what the database, kith-cli and JSON say.
QString relationshipTypeKey(RelationshipType type);
// Accepts keys, and spaces or underscores for dashes ("introduced by").
std::optional<RelationshipType> relationshipTypeFromKey(const QString& key);
// Ada is Byron's Child, so Byron is Ada's Parent: inverse(Child) == Parent. Symmetric types are their own.
RelationshipType inverse(RelationshipType type);
bool isSymmetric(RelationshipType type);
// For people: "Parent", "Introduced by", as a heading for the other contact.
QString relationshipTypeLabel(RelationshipType type);
// The same inside a sentence ("Ada is Byron's %1"): "parent", "acquaintance", "introducer". Translated on its
// own, because lower-casing the label is wrong in languages that capitalise nouns.
QString relationshipTypeNoun(RelationshipType type);

} // namespace kith
