#include "storage/FavourStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QSet>

#include <QSqlQuery>

namespace kith {

FavourStore::FavourStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Status FavourStore::checkFields(const Favour& favour)
{
    if (favour.what.simplified().isEmpty())
        return Status::failure(tr("Say what the favour was."));
    if (!favour.happenedOn.isValid())
        return Status::failure(tr("A favour needs a valid date."));
    return {};
}

Status FavourStore::check(const Favour& favour) const
{
    if (auto s = checkFields(favour); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("SELECT sort_name, deleted_at IS NOT NULL FROM contacts WHERE id = ?"),
                               {favour.contactId});
        !s)
        return s;
    if (!q.next())
        return Status::failure(tr("There is no contact with id %1.").arg(favour.contactId));
    if (q.value(1).toBool())
        return Status::failure(
            tr("%1 is in the Trash; restore them before logging a favour.").arg(q.value(0).toString()));
    return {};
}

Result<qint64> FavourStore::add(const Favour& favour)
{
    if (auto s = check(favour); !s)
        return Result<qint64>::failure(s.error());
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("INSERT INTO favours (contact_id, direction, what, happened_on, notes, "
                                              "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                               {favour.contactId, favourDirectionKey(favour.direction), favour.what.simplified(),
                                favour.happenedOn.toString(Qt::ISODate), sql::text(favour.notes.trimmed()),
                                sql::fromDateTime(m_clock.now())});
        !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT favoursChanged({favour.contactId});
    return id;
}

Result<QList<qint64>> FavourStore::addMany(const QList<Favour>& favours)
{
    using R = Result<QList<qint64>>;
    QSet<qint64> contactIds;
    for (const Favour& f : favours) {
        if (auto s = checkFields(f); !s)
            return R::failure(s.error());
        contactIds << f.contactId;
    }
    if (favours.isEmpty())
        return QList<qint64>{};
    const QSqlDatabase db = m_database.connection();
    {
        QSqlQuery q(db);
        if (auto s = sql::execWith(q,
                                   QStringLiteral("SELECT id, sort_name, deleted_at IS NOT NULL FROM contacts WHERE id "
                                                  "IN (SELECT value FROM json_each(?))"),
                                   {sql::idListJson(contactIds.values())});
            !s)
            return R::failure(s.error());
        QSet<qint64> found;
        while (q.next()) {
            found << q.value(0).toLongLong();
            if (q.value(2).toBool())
                return R::failure(
                    tr("%1 is in the Trash; restore them before logging a favour.").arg(q.value(1).toString()));
        }
        for (qint64 id : std::as_const(contactIds)) {
            if (!found.contains(id))
                return R::failure(tr("There is no contact with id %1.").arg(id));
        }
    }
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery insert(db);
    if (auto s = sql::prepare(insert, QStringLiteral("INSERT INTO favours (contact_id, direction, what, happened_on, "
                                                     "notes, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        !s)
        return R::failure(s.error());
    const QVariant now = sql::fromDateTime(m_clock.now());
    QList<qint64> ids;
    ids.reserve(favours.size());
    for (const Favour& f : favours) {
        insert.addBindValue(f.contactId);
        insert.addBindValue(favourDirectionKey(f.direction));
        insert.addBindValue(f.what.simplified());
        insert.addBindValue(f.happenedOn.toString(Qt::ISODate));
        insert.addBindValue(sql::text(f.notes.trimmed()));
        insert.addBindValue(now);
        if (auto s = sql::exec(insert); !s)
            return R::failure(s.error());
        ids << insert.lastInsertId().toLongLong();
    }
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    Q_EMIT favoursChanged(contactIds.values());
    return ids;
}

Status FavourStore::update(const Favour& favour)
{
    auto before = get(favour.id);
    if (!before)
        return Status::failure(before.error());
    if (auto s = check(favour); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("UPDATE favours SET contact_id = ?, direction = ?, what = ?, happened_on "
                                              "= ?, notes = ? WHERE id = ?"),
                               {favour.contactId, favourDirectionKey(favour.direction), favour.what.simplified(),
                                favour.happenedOn.toString(Qt::ISODate), sql::text(favour.notes.trimmed()), favour.id});
        !s)
        return s;
    QList<qint64> touched{favour.contactId};
    if (before->contactId != favour.contactId)
        touched << before->contactId;
    Q_EMIT favoursChanged(touched);
    return {};
}

Status FavourStore::remove(qint64 id)
{
    auto favour = get(id);
    if (!favour)
        return Status::failure(favour.error());
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("DELETE FROM favours WHERE id = ?"), {id}); !s)
        return s;
    Q_EMIT favoursChanged({favour->contactId});
    return {};
}

Status FavourStore::restore(const Favour& favour)
{
    if (auto s = check(favour); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (auto s =
            sql::execWith(q,
                          QStringLiteral("INSERT INTO favours (id, contact_id, direction, what, happened_on, notes, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {favour.id, favour.contactId, favourDirectionKey(favour.direction), favour.what.simplified(),
                           favour.happenedOn.toString(Qt::ISODate), sql::text(favour.notes.trimmed()),
                           sql::fromDateTime(favour.createdAt.isValid() ? favour.createdAt : m_clock.now())});
        !s)
        return s;
    Q_EMIT favoursChanged({favour.contactId});
    return {};
}

Result<QList<Favour>> FavourStore::select(const QString& where, const QVariantList& values) const
{
    using R = Result<QList<Favour>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT f.id, f.contact_id, f.direction, f.what, f.happened_on, f.notes, "
                                              "f.created_at FROM favours f JOIN contacts c ON c.id = f.contact_id "
                                              "WHERE ") +
                                   where + QStringLiteral(" ORDER BY f.happened_on DESC, f.id DESC"),
                               values);
        !s)
        return R::failure(s.error());
    QList<Favour> favours;
    while (q.next()) {
        Favour f;
        f.id = q.value(0).toLongLong();
        f.contactId = q.value(1).toLongLong();
        f.direction = favourDirectionFromKey(q.value(2).toString()).value_or(FavourDirection::Given);
        f.what = q.value(3).toString();
        f.happenedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        f.notes = q.value(5).toString();
        f.createdAt = sql::toDateTime(q.value(6));
        favours << f;
    }
    return favours;
}

Result<Favour> FavourStore::get(qint64 id) const
{
    auto found = select(QStringLiteral("f.id = ?"), {id});
    if (!found)
        return Result<Favour>::failure(found.error());
    if (found->isEmpty())
        return Result<Favour>::failure(tr("There is no favour with id %1.").arg(id));
    return found->first();
}

Result<QList<Favour>> FavourStore::forContact(qint64 contactId) const
{
    return select(QStringLiteral("f.contact_id = ?"), {contactId});
}

Result<QList<Favour>> FavourStore::all() const
{
    return select(QStringLiteral("c.deleted_at IS NULL"), {});
}

Result<FavourBalance> FavourStore::balance(qint64 contactId) const
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT count(*) FILTER (WHERE direction = 'given'), count(*) FILTER "
                                              "(WHERE direction = 'received') FROM favours WHERE contact_id = ?"),
                               {contactId});
        !s)
        return Result<FavourBalance>::failure(s.error());
    q.next();
    return FavourBalance{q.value(0).toInt(), q.value(1).toInt()};
}

Result<QHash<qint64, FavourBalance>> FavourStore::balances() const
{
    using R = Result<QHash<qint64, FavourBalance>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s =
            sql::execWith(q,
                          QStringLiteral("SELECT contact_id, count(*) FILTER (WHERE direction = 'given'), count(*) "
                                         "FILTER (WHERE direction = 'received') FROM favours GROUP BY contact_id"),
                          {});
        !s)
        return R::failure(s.error());
    QHash<qint64, FavourBalance> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    return result;
}

} // namespace kith
