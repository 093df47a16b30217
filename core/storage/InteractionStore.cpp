#include "storage/InteractionStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace kith {

namespace {

Interaction interactionFromRecord(const QSqlQuery& q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.occurredAt = sql::toDateTime(q.value(1));
    i.channel = channelFromKey(q.value(2).toString()).value_or(Channel::InPerson);
    i.initiator = initiatorFromKey(q.value(3).toString()).value_or(Initiator::Me);
    i.summary = q.value(4).toString();
    i.notes = q.value(5).toString();
    if (!q.value(6).isNull())
        i.durationMinutes = q.value(6).toInt();
    return i;
}

QVariant duration(const Interaction& interaction)
{
    return interaction.durationMinutes ? QVariant(*interaction.durationMinutes) : QVariant(QMetaType::fromType<int>());
}

QList<qint64> unite(const QList<qint64>& a, const QList<qint64>& b)
{
    QList<qint64> all = a;
    for (qint64 id : b) {
        if (!all.contains(id))
            all << id;
    }
    return all;
}

} // namespace

InteractionStore::InteractionStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Status InteractionStore::validate(const QList<Interaction>& interactions) const
{
    QSet<qint64> people;
    for (const Interaction& interaction : interactions) {
        if (!interaction.occurredAt.isValid())
            return Status::failure(tr("An interaction needs a valid date and time."));
        if (interaction.durationMinutes && *interaction.durationMinutes <= 0)
            return Status::failure(tr("An interaction's duration must be at least one minute."));
        if (interaction.participantIds.isEmpty())
            return Status::failure(tr("An interaction needs at least one participant."));
        for (qint64 id : interaction.participantIds)
            people.insert(id);
    }
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT count(*) FROM contacts WHERE id IN (SELECT value FROM "
                                                "json_each(?))"));
        !s)
        return s;
    q.addBindValue(sql::idListJson(people.values()));
    if (auto s = sql::exec(q); !s)
        return s;
    if (!q.next() || q.value(0).toInt() != people.size())
        return Status::failure(tr("Some participants of this interaction do not exist."));
    return {};
}

Status InteractionStore::writeParticipants(qint64 id, const QList<qint64>& contactIds)
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("INSERT OR IGNORE INTO interaction_participants (interaction_id, "
                                                "contact_id) VALUES (?, ?)"));
        !s)
        return s;
    for (qint64 contactId : contactIds) {
        q.addBindValue(id);
        q.addBindValue(contactId);
        if (auto s = sql::exec(q); !s)
            return s;
    }
    return {};
}

Status InteractionStore::refreshLastInteraction(const QList<qint64>& contactIds)
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE contacts SET last_interaction_at = (SELECT max(i.occurred_at) "
                                                "FROM interaction_participants p JOIN interactions i ON i.id = "
                                                "p.interaction_id WHERE p.contact_id = contacts.id) WHERE id IN "
                                                "(SELECT value FROM json_each(?))"));
        !s)
        return s;
    q.addBindValue(sql::idListJson(contactIds));
    return sql::exec(q);
}

Result<qint64> InteractionStore::add(const Interaction& interaction)
{
    auto ids = addMany({interaction});
    if (!ids)
        return Result<qint64>::failure(ids.error());
    return ids->first();
}

Result<QList<qint64>> InteractionStore::addMany(const QList<Interaction>& interactions)
{
    using R = Result<QList<qint64>>;
    if (auto s = validate(interactions); !s)
        return R::failure(s.error());
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery insert(db);
    if (auto s = sql::prepare(insert, QStringLiteral("INSERT INTO interactions (occurred_at, channel, initiator, "
                                                     "summary, notes, created_at, duration_minutes) VALUES (?, ?, ?, "
                                                     "?, ?, ?, ?)"));
        !s)
        return R::failure(s.error());
    QSqlQuery participant(db);
    if (auto s = sql::prepare(participant, QStringLiteral("INSERT OR IGNORE INTO interaction_participants "
                                                          "(interaction_id, contact_id) VALUES (?, ?)"));
        !s)
        return R::failure(s.error());
    const QVariant now = sql::fromDateTime(m_clock.now());
    QList<qint64> ids;
    ids.reserve(interactions.size());
    QSet<qint64> touched;
    for (const Interaction& interaction : interactions) {
        insert.addBindValue(sql::fromDateTime(interaction.occurredAt));
        insert.addBindValue(channelKey(interaction.channel));
        insert.addBindValue(initiatorKey(interaction.initiator));
        insert.addBindValue(sql::text(interaction.summary));
        insert.addBindValue(sql::text(interaction.notes));
        insert.addBindValue(now);
        insert.addBindValue(duration(interaction));
        if (auto s = sql::exec(insert); !s)
            return R::failure(s.error());
        const qint64 id = insert.lastInsertId().toLongLong();
        for (qint64 contactId : interaction.participantIds) {
            participant.addBindValue(id);
            participant.addBindValue(contactId);
            if (auto s = sql::exec(participant); !s)
                return R::failure(s.error());
            touched.insert(contactId);
        }
        ids << id;
    }
    const QList<qint64> contacts = touched.values();
    if (auto s = refreshLastInteraction(contacts); !s)
        return R::failure(s.error());
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    Q_EMIT interactionsChanged(contacts);
    return ids;
}

Result<QList<qint64>> InteractionStore::participants(qint64 id) const
{
    return sql::selectIds(m_database.connection(),
                          QStringLiteral("SELECT contact_id FROM interaction_participants WHERE interaction_id = ? "
                                         "ORDER BY contact_id"),
                          {id});
}

Result<Interaction> InteractionStore::get(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(
            q, QStringLiteral("SELECT id, occurred_at, channel, initiator, summary, notes, duration_minutes FROM "
                              "interactions WHERE id = ?"));
        !s)
        return Result<Interaction>::failure(s.error());
    q.addBindValue(id);
    if (auto s = sql::exec(q); !s)
        return Result<Interaction>::failure(s.error());
    if (!q.next())
        return Result<Interaction>::failure(tr("There is no interaction with id %1.").arg(id));
    Interaction interaction = interactionFromRecord(q);
    auto people = participants(id);
    if (!people)
        return Result<Interaction>::failure(people.error());
    interaction.participantIds = *people;
    return interaction;
}

Status InteractionStore::update(const Interaction& interaction)
{
    if (auto s = validate({interaction}); !s)
        return s;
    auto before = participants(interaction.id);
    if (!before)
        return Status::failure(before.error());
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery q(db);
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE interactions SET occurred_at = ?, channel = ?, initiator = ?, "
                                                "summary = ?, notes = ?, duration_minutes = ? WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(sql::fromDateTime(interaction.occurredAt));
    q.addBindValue(channelKey(interaction.channel));
    q.addBindValue(initiatorKey(interaction.initiator));
    q.addBindValue(sql::text(interaction.summary));
    q.addBindValue(sql::text(interaction.notes));
    q.addBindValue(duration(interaction));
    q.addBindValue(interaction.id);
    if (auto s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no interaction with id %1.").arg(interaction.id));
    QSqlQuery clear(db);
    if (auto s = sql::prepare(clear, QStringLiteral("DELETE FROM interaction_participants WHERE interaction_id = ?"));
        !s)
        return s;
    clear.addBindValue(interaction.id);
    if (auto s = sql::exec(clear); !s)
        return s;
    if (auto s = writeParticipants(interaction.id, interaction.participantIds); !s)
        return s;
    const QList<qint64> touched = unite(*before, interaction.participantIds);
    if (auto s = refreshLastInteraction(touched); !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT interactionsChanged(touched);
    return {};
}

Status InteractionStore::remove(qint64 id)
{
    auto before = participants(id);
    if (!before)
        return Status::failure(before.error());
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery q(db);
    if (auto s = sql::prepare(q, QStringLiteral("DELETE FROM interactions WHERE id = ?")); !s)
        return s;
    q.addBindValue(id);
    if (auto s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no interaction with id %1.").arg(id));
    if (auto s = refreshLastInteraction(*before); !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT interactionsChanged(*before);
    return {};
}

Result<QList<Interaction>> InteractionStore::forContact(qint64 contactId) const
{
    using R = Result<QList<Interaction>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(
            q, QStringLiteral(
                   "SELECT i.id, i.occurred_at, i.channel, i.initiator, i.summary, i.notes, "
                   "i.duration_minutes, (SELECT group_concat(p2.contact_id) FROM interaction_participants p2 WHERE "
                   "p2.interaction_id = i.id) FROM interactions i JOIN interaction_participants p ON "
                   "p.interaction_id = i.id WHERE p.contact_id = ? ORDER BY i.occurred_at DESC, i.id DESC"));
        !s)
        return R::failure(s.error());
    q.addBindValue(contactId);
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QList<Interaction> result;
    while (q.next()) {
        Interaction interaction = interactionFromRecord(q);
        const QStringList ids = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& participant : ids)
            interaction.participantIds << participant.toLongLong();
        std::sort(interaction.participantIds.begin(), interaction.participantIds.end());
        result << interaction;
    }
    return result;
}

} // namespace kith
