#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kith {

// How a topic belongs to a contact.
enum class TopicKind {
    Expertise, // "can help with"
    Interest,
    Goal,
    Need,      // "looking for"
    Community, // online groups, forums
};

// A shared topic entry ("tax law"), reused by every contact that has it.
struct Topic {
    qint64 id = 0;
    QString name;

    friend bool operator==(const Topic&, const Topic&) = default;
};

// A topic on one contact, of one kind, with the contact's own words.
struct ContactTopic {
    qint64 contactId = 0;
    qint64 topicId = 0;
    QString name;
    TopicKind kind = TopicKind::Interest;
    QString detail;

    friend bool operator==(const ContactTopic&, const ContactTopic&) = default;
};

QList<TopicKind> allTopicKinds();
// "expertise", "need": what the database, kith-cli and JSON say.
QString topicKindKey(TopicKind kind);
std::optional<TopicKind> topicKindFromKey(const QString& key);
// For people: "Can help with", "Looking for".
QString topicKindLabel(TopicKind kind);

} // namespace kith
