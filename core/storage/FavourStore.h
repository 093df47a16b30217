#pragma once

#include "domain/Favour.h"
#include "domain/Result.h"

#include <QHash>
#include <QObject>

namespace kith {

class Clock;
class Database;

// Favours between the user and their contacts, given and received, and the balance per contact.
class FavourStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavourStore)

public:
    FavourStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Refuses an unknown or trashed contact, an empty "what" and an invalid date. Returns the favour's id.
    Result<qint64> add(const Favour& favour);
    // All or none, in one transaction; ids in the order given.
    Result<QList<qint64>> addMany(const QList<Favour>& favours);
    Status update(const Favour& favour);
    Status remove(qint64 id);
    // Puts back a removed favour with its id (for undo).
    Status restore(const Favour& favour);

    Result<Favour> get(qint64 id) const;
    // The contact's favours, newest first.
    Result<QList<Favour>> forContact(qint64 contactId) const;
    // Every favour with a contact not in the Trash, newest first.
    Result<QList<Favour>> all() const;
    Result<FavourBalance> balance(qint64 contactId) const;
    // The balance of every contact with at least one favour.
    Result<QHash<qint64, FavourBalance>> balances() const;

Q_SIGNALS:
    void favoursChanged(const QList<qint64>& contactIds);

private:
    Status check(const Favour& favour) const;
    static Status checkFields(const Favour& favour);
    Result<QList<Favour>> select(const QString& where, const QVariantList& values) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
