#pragma once

#include "domain/Interaction.h"
#include "domain/Result.h"

#include <QObject>

namespace kith {

class Clock;
class Database;

// Interactions and who took part; keeps each contact's last-interaction time current.
class InteractionStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionStore)

public:
    explicit InteractionStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<qint64> add(const Interaction& interaction);
    // Adds all or none, in one transaction.
    Result<QList<qint64>> addMany(const QList<Interaction>& interactions);
    Result<Interaction> get(qint64 id) const;
    Status update(const Interaction& interaction);
    Status remove(qint64 id);
    // Newest first.
    Result<QList<Interaction>> forContact(qint64 contactId) const;

Q_SIGNALS:
    // After every committed change, with the contacts whose timeline changed.
    void interactionsChanged(const QList<qint64>& contactIds);

private:
    Status validate(const QList<Interaction>& interactions) const;
    Status writeParticipants(qint64 id, const QList<qint64>& contactIds);
    Result<QList<qint64>> participants(qint64 id) const;
    Status refreshLastInteraction(const QList<qint64>& contactIds);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
