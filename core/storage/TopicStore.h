#pragma once

#include "domain/Result.h"
#include "domain/Topic.h"

#include <QObject>

namespace kith {

class Clock;
class Database;

// Topics on contacts: expertise, interests, goals, needs and communities, as shared entries ("tax law")
// with each contact's own words. The "who can help" index follows every change (triggers in schema 7).
class TopicStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicStore)

public:
    TopicStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Gives the contact the topic (by name, reusing an entry of that name in any case) as `kind`.
    // Refuses an unknown or trashed contact, an empty name and a topic the contact already has as `kind`.
    Status add(const ContactTopic& topic);
    // All or none, in one transaction.
    Status addMany(const QList<ContactTopic>& topics);
    // Takes the topic of `kind` (by name) off the contact; an entry no contact uses any more goes too.
    Status remove(qint64 contactId, TopicKind kind, const QString& name);

    // The contact's topics by kind (expertise first), then by name.
    Result<QList<ContactTopic>> forContact(qint64 contactId) const;
    // Every entry, by name, for completion.
    Result<QList<Topic>> all() const;

Q_SIGNALS:
    void topicsChanged(const QList<qint64>& contactIds);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
