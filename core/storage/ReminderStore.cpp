#include "storage/ReminderStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace kith {

ReminderStore::ReminderStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Result<qint64> ReminderStore::add(const Reminder& reminder)
{
    auto ids = addMany({reminder});
    if (!ids)
        return Result<qint64>::failure(ids.error());
    return ids->first();
}

Result<QList<qint64>> ReminderStore::addMany(const QList<Reminder>& reminders)
{
    using R = Result<QList<qint64>>;
    QSet<qint64> contacts;
    for (const Reminder& reminder : reminders) {
        if (!reminder.dueAt.isValid())
            return R::failure(tr("A reminder needs a valid due date."));
        contacts.insert(reminder.contactId);
    }
    const QSqlDatabase db = m_database.connection();
    QSqlQuery exists(db);
    if (auto s = sql::prepare(exists, QStringLiteral("SELECT count(*) FROM contacts WHERE id IN (SELECT value FROM "
                                                     "json_each(?))"));
        !s)
        return R::failure(s.error());
    exists.addBindValue(sql::idListJson(contacts.values()));
    if (auto s = sql::exec(exists); !s)
        return R::failure(s.error());
    if (!exists.next() || exists.value(0).toInt() != contacts.size()) {
        if (reminders.size() == 1)
            return R::failure(tr("There is no contact with id %1.").arg(reminders.first().contactId));
        return R::failure(tr("Some reminders are for contacts that do not exist."));
    }

    Transaction transaction(db);
    QSqlQuery q(db);
    if (auto s = sql::prepare(q, QStringLiteral("INSERT INTO reminders (contact_id, due_at, note, done_at, created_at) "
                                                "VALUES (?, ?, ?, ?, ?)"));
        !s)
        return R::failure(s.error());
    const QVariant now = sql::fromDateTime(m_clock.now());
    QList<qint64> ids;
    ids.reserve(reminders.size());
    for (const Reminder& reminder : reminders) {
        q.addBindValue(reminder.contactId);
        q.addBindValue(sql::fromDateTime(reminder.dueAt));
        q.addBindValue(sql::text(reminder.note));
        q.addBindValue(sql::fromDateTime(reminder.doneAt));
        q.addBindValue(now);
        if (auto s = sql::exec(q); !s)
            return R::failure(s.error());
        ids << q.lastInsertId().toLongLong();
    }
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    Q_EMIT remindersChanged(contacts.values());
    return ids;
}

Result<QList<Reminder>> ReminderStore::select(const QString& where, const QVariantList& values) const
{
    using R = Result<QList<Reminder>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT r.id, r.contact_id, r.due_at, r.note, r.done_at, r.created_at "
                                                "FROM reminders r JOIN contacts c ON c.id = r.contact_id WHERE ") +
                                     where + QStringLiteral(" ORDER BY r.due_at, r.id"));
        !s)
        return R::failure(s.error());
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QList<Reminder> result;
    while (q.next()) {
        Reminder r;
        r.id = q.value(0).toLongLong();
        r.contactId = q.value(1).toLongLong();
        r.dueAt = sql::toDateTime(q.value(2));
        r.note = q.value(3).toString();
        r.doneAt = sql::toDateTime(q.value(4));
        r.createdAt = sql::toDateTime(q.value(5));
        result << r;
    }
    return result;
}

Result<Reminder> ReminderStore::get(qint64 id) const
{
    auto found = select(QStringLiteral("r.id = ?"), {id});
    if (!found)
        return Result<Reminder>::failure(found.error());
    if (found->isEmpty())
        return Result<Reminder>::failure(tr("There is no reminder with id %1.").arg(id));
    return found->first();
}

Status ReminderStore::setDone(qint64 id, const QDateTime& doneAt)
{
    auto reminder = get(id);
    if (!reminder)
        return Status::failure(reminder.error());
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE reminders SET done_at = ? WHERE id = ?")); !s)
        return s;
    q.addBindValue(sql::fromDateTime(doneAt));
    q.addBindValue(id);
    if (auto s = sql::exec(q); !s)
        return s;
    Q_EMIT remindersChanged({reminder->contactId});
    return {};
}

Status ReminderStore::markDone(qint64 id)
{
    return setDone(id, m_clock.now());
}

Status ReminderStore::reopen(qint64 id)
{
    return setDone(id, {});
}

Status ReminderStore::remove(qint64 id)
{
    auto reminder = get(id);
    if (!reminder)
        return Status::failure(reminder.error());
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("DELETE FROM reminders WHERE id = ?")); !s)
        return s;
    q.addBindValue(id);
    if (auto s = sql::exec(q); !s)
        return s;
    Q_EMIT remindersChanged({reminder->contactId});
    return {};
}

Result<QList<Reminder>> ReminderStore::openForContact(qint64 contactId) const
{
    return select(QStringLiteral("r.contact_id = ? AND r.done_at IS NULL"), {contactId});
}

Result<QList<Reminder>> ReminderStore::dueBy(const QDateTime& until) const
{
    return select(QStringLiteral("r.done_at IS NULL AND r.due_at <= ? AND c.deleted_at IS NULL"),
                  {sql::fromDateTime(until)});
}

} // namespace kith
