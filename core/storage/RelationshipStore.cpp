#include "storage/RelationshipStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace kith {

namespace {

// The stored form: `to` is `from`'s `type`, one type of each inverse pair, symmetric links low id first.
struct StoredLink {
    qint64 from = 0;
    qint64 to = 0;
    RelationshipType type = RelationshipType::Knows;
};

bool isStoredType(RelationshipType type)
{
    switch (type) {
    case RelationshipType::Child:
    case RelationshipType::Report:
    case RelationshipType::Mentee:
    case RelationshipType::Introduced:
        return false;
    default:
        return true;
    }
}

StoredLink stored(const Relationship& r)
{
    if (!isStoredType(r.type))
        return {r.otherId, r.contactId, inverse(r.type)};
    if (isSymmetric(r.type) && r.otherId < r.contactId)
        return {r.otherId, r.contactId, r.type};
    return {r.contactId, r.otherId, r.type};
}

const QString kSelect = QStringLiteral("SELECT r.id, r.from_id, r.to_id, r.type, r.note, r.created_at FROM "
                                       "relationships r ");

Relationship fromRow(const QSqlQuery& q)
{
    Relationship r;
    r.id = q.value(0).toLongLong();
    r.contactId = q.value(1).toLongLong();
    r.otherId = q.value(2).toLongLong();
    r.type = relationshipTypeFromKey(q.value(3).toString()).value_or(RelationshipType::Knows);
    r.note = q.value(4).toString();
    r.createdAt = sql::toDateTime(q.value(5));
    return r;
}

struct ContactState {
    QString name;
    bool trashed = false;
};

Result<QHash<qint64, ContactState>> contactStates(const QSqlDatabase& db, const QSet<qint64>& ids)
{
    using R = Result<QHash<qint64, ContactState>>;
    QSqlQuery q(db);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT id, sort_name, deleted_at IS NOT NULL FROM contacts WHERE id IN "
                                              "(SELECT value FROM json_each(?))"),
                               {sql::idListJson(ids.values())});
        !s)
        return R::failure(s.error());
    QHash<qint64, ContactState> states;
    while (q.next())
        states.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toBool()});
    return states;
}

} // namespace

RelationshipStore::RelationshipStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Result<qint64> RelationshipStore::add(const Relationship& relationship)
{
    auto ids = addMany({relationship});
    if (!ids)
        return Result<qint64>::failure(ids.error());
    return ids->first();
}

Result<QList<qint64>> RelationshipStore::addMany(const QList<Relationship>& relationships)
{
    using R = Result<QList<qint64>>;
    if (relationships.isEmpty())
        return QList<qint64>{};
    const QSqlDatabase db = m_database.connection();
    QSet<qint64> contactIds;
    for (const Relationship& r : relationships)
        contactIds << r.contactId << r.otherId;
    auto states = contactStates(db, contactIds);
    if (!states)
        return R::failure(states.error());
    const auto nameOf = [&](qint64 id) {
        const QString name = states->value(id).name;
        return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    };
    for (const Relationship& r : relationships) {
        for (qint64 id : {r.contactId, r.otherId}) {
            if (!states->contains(id))
                return R::failure(tr("There is no contact with id %1.").arg(id));
            if (states->value(id).trashed)
                return R::failure(tr("%1 is in the Trash; restore them before linking them.").arg(nameOf(id)));
        }
        if (r.contactId == r.otherId)
            return R::failure(tr("%1 cannot be linked to themselves.").arg(nameOf(r.contactId)));
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery existing(db);
    if (auto s = sql::prepare(existing, QStringLiteral("SELECT 1 FROM relationships WHERE min(from_id, to_id) = "
                                                       "? AND max(from_id, to_id) = ? AND type = ?"));
        !s)
        return R::failure(s.error());
    QSqlQuery insert(db);
    if (auto s = sql::prepare(insert, QStringLiteral("INSERT INTO relationships (from_id, to_id, type, note, "
                                                     "created_at) VALUES (?, ?, ?, ?, ?)"));
        !s)
        return R::failure(s.error());
    const QVariant now = sql::fromDateTime(m_clock.now());
    QList<qint64> ids;
    ids.reserve(relationships.size());
    for (const Relationship& r : relationships) {
        const StoredLink link = stored(r);
        existing.addBindValue(std::min(link.from, link.to));
        existing.addBindValue(std::max(link.from, link.to));
        existing.addBindValue(relationshipTypeKey(link.type));
        if (auto s = sql::exec(existing); !s)
            return R::failure(s.error());
        if (existing.next()) {
            return R::failure(tr("%1 and %2 are already linked as %3.")
                                  .arg(nameOf(r.contactId), nameOf(r.otherId), relationshipTypeNoun(link.type)));
        }
        existing.finish();
        insert.addBindValue(link.from);
        insert.addBindValue(link.to);
        insert.addBindValue(relationshipTypeKey(link.type));
        insert.addBindValue(sql::text(r.note.trimmed()));
        insert.addBindValue(now);
        if (auto s = sql::exec(insert); !s)
            return R::failure(s.error());
        ids << insert.lastInsertId().toLongLong();
    }
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    Q_EMIT relationshipsChanged(contactIds.values());
    return ids;
}

Status RelationshipStore::setNote(qint64 id, const QString& note)
{
    auto link = get(id);
    if (!link)
        return Status::failure(link.error());
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("UPDATE relationships SET note = ? WHERE id = ?"),
                               {sql::text(note.trimmed()), id});
        !s)
        return s;
    Q_EMIT relationshipsChanged({link->contactId, link->otherId});
    return {};
}

Status RelationshipStore::remove(qint64 id)
{
    auto link = get(id);
    if (!link)
        return Status::failure(link.error());
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("DELETE FROM relationships WHERE id = ?"), {id}); !s)
        return s;
    Q_EMIT relationshipsChanged({link->contactId, link->otherId});
    return {};
}

Status RelationshipStore::remove(qint64 contactId, qint64 otherId, RelationshipType type)
{
    const StoredLink link = stored({0, contactId, otherId, type, {}, {}});
    QSqlQuery q(m_database.connection());
    if (auto s =
            sql::execWith(q, QStringLiteral("DELETE FROM relationships WHERE from_id = ? AND to_id = ? AND type = ?"),
                          {link.from, link.to, relationshipTypeKey(link.type)});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(
            tr("Contacts %1 and %2 are not linked as %3.").arg(contactId).arg(otherId).arg(relationshipTypeNoun(type)));
    Q_EMIT relationshipsChanged({contactId, otherId});
    return {};
}

Result<Relationship> RelationshipStore::get(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, kSelect + QStringLiteral("WHERE r.id = ?"), {id}); !s)
        return Result<Relationship>::failure(s.error());
    if (!q.next())
        return Result<Relationship>::failure(tr("There is no link with id %1.").arg(id));
    return fromRow(q);
}

Result<QList<Relationship>> RelationshipStore::forContact(qint64 contactId) const
{
    using R = Result<QList<Relationship>>;
    QSqlQuery q(m_database.connection());
    // The other end's sort name orders links of one type.
    if (auto s = sql::execWith(q,
                               kSelect +
                                   QStringLiteral("JOIN contacts o ON o.id = CASE WHEN r.from_id = ? THEN r.to_id ELSE "
                                                  "r.from_id END WHERE (r.from_id = ? OR r.to_id = ?) AND o.deleted_at "
                                                  "IS NULL ORDER BY o.sort_name COLLATE NOCASE, r.id"),
                               {contactId, contactId, contactId});
        !s)
        return R::failure(s.error());
    QList<Relationship> links;
    while (q.next()) {
        const Relationship r = fromRow(q);
        links << (r.contactId == contactId ? r : r.mirrored());
    }
    const QList<RelationshipType> order = allRelationshipTypes();
    std::stable_sort(links.begin(), links.end(), [&order](const Relationship& a, const Relationship& b) {
        return order.indexOf(a.type) < order.indexOf(b.type);
    });
    return links;
}

Result<QList<Relationship>> RelationshipStore::all() const
{
    using R = Result<QList<Relationship>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               kSelect + QStringLiteral("JOIN contacts a ON a.id = r.from_id AND a.deleted_at IS NULL "
                                                        "JOIN contacts b ON b.id = r.to_id AND b.deleted_at IS NULL "
                                                        "ORDER BY r.id"),
                               {});
        !s)
        return R::failure(s.error());
    QList<Relationship> links;
    while (q.next())
        links << fromRow(q);
    return links;
}

Result<int> RelationshipStore::count() const
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("SELECT count(*) FROM relationships"), {}); !s)
        return Result<int>::failure(s.error());
    q.next();
    return q.value(0).toInt();
}

Status RelationshipStore::rejectSuggestion(const Relationship& relationship)
{
    const StoredLink link = stored(relationship);
    const QSqlDatabase db = m_database.connection();
    auto states = contactStates(db, {link.from, link.to});
    if (!states)
        return Status::failure(states.error());
    for (qint64 id : {link.from, link.to}) {
        if (!states->contains(id))
            return Status::failure(tr("There is no contact with id %1.").arg(id));
    }
    QSqlQuery q(db);
    if (auto s = sql::execWith(q,
                               QStringLiteral("INSERT INTO relationship_suggestions_rejected (from_id, to_id, type, "
                                              "rejected_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                               {link.from, link.to, relationshipTypeKey(link.type), sql::fromDateTime(m_clock.now())});
        !s)
        return s;
    Q_EMIT relationshipsChanged({relationship.contactId, relationship.otherId});
    return {};
}

Result<QSet<QString>> RelationshipStore::rejectedSuggestions() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s =
            sql::execWith(q, QStringLiteral("SELECT from_id, to_id, type FROM relationship_suggestions_rejected"), {});
        !s)
        return Result<QSet<QString>>::failure(s.error());
    QSet<QString> keys;
    while (q.next()) {
        keys << QStringLiteral("%1>%2 %3")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toLongLong())
                    .arg(q.value(2).toString());
    }
    return keys;
}

QString RelationshipStore::storedKey(const Relationship& relationship)
{
    const StoredLink link = stored(relationship);
    return QStringLiteral("%1>%2 %3").arg(link.from).arg(link.to).arg(relationshipTypeKey(link.type));
}

} // namespace kith
