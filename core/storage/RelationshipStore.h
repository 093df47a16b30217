#pragma once

#include "domain/Relationship.h"
#include "domain/Result.h"

#include <QObject>
#include <QSet>

namespace kith {

class Clock;
class Database;

// Typed links between contacts, each stored once and read from both sides (Relationship::mirrored).
// Links to a contact in the Trash are kept (restoring it brings them back) but not listed; purging a
// contact removes its links.
class RelationshipStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipStore)

public:
    RelationshipStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Links `relationship.contactId` to `otherId` as its `type`; refuses an unknown or trashed contact,
    // a link to oneself and a link the pair already has (either way round). Returns the link's id.
    Result<qint64> add(const Relationship& relationship);
    // All or none, in one transaction; ids in the order given.
    Result<QList<qint64>> addMany(const QList<Relationship>& relationships);
    Status setNote(qint64 id, const QString& note);
    Status remove(qint64 id);
    // Removes the link of `type` between the two, whichever side it was entered from.
    Status remove(qint64 contactId, qint64 otherId, RelationshipType type);

    // A link seen from the contact it was stored for.
    Result<Relationship> get(qint64 id) const;
    // The contact's links, seen from it, to contacts not in the Trash; by type, then by the other's name.
    Result<QList<Relationship>> forContact(qint64 contactId) const;
    // Every link between two contacts not in the Trash, each once (for suggestions and the network graph).
    Result<QList<Relationship>> all() const;
    Result<int> count() const;

    // Remembers that the user rejected a suggested link, so that it is not suggested again.
    Status rejectSuggestion(const Relationship& relationship);
    // storedKey() of every rejected suggestion.
    Result<QSet<QString>> rejectedSuggestions() const;
    // One text per link whichever side it is seen from ("3>7 parent"): for comparing links.
    static QString storedKey(const Relationship& relationship);

Q_SIGNALS:
    // After every committed change, with the contacts on both ends of the links touched.
    void relationshipsChanged(const QList<qint64>& contactIds);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
