#include "storage/ReminderStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace kith {

ReminderStore::ReminderStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

Result<qint64> ReminderStore::add(const Reminder& reminder)
{
    if (!reminder.dueAt.isValid())
        return Result<qint64>::failure(tr("A reminder needs a valid due date."));
    QSqlQuery exists(m_database.connection());
    if (auto s = sql::prepare(exists, QStringLiteral("SELECT 1 FROM contacts WHERE id = ?")); !s)
        return Result<qint64>::failure(s.error());
    exists.addBindValue(reminder.contactId);
    if (auto s = sql::exec(exists); !s)
        return Result<qint64>::failure(s.error());
    if (!exists.next())
        return Result<qint64>::failure(tr("There is no contact with id %1.").arg(reminder.contactId));

    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("INSERT INTO reminders (contact_id, due_at, note, done_at, created_at) "
                                                "VALUES (?, ?, ?, ?, ?)"));
        !s)
        return Result<qint64>::failure(s.error());
    q.addBindValue(reminder.contactId);
    q.addBindValue(sql::fromDateTime(reminder.dueAt));
    q.addBindValue(reminder.note);
    q.addBindValue(sql::fromDateTime(reminder.doneAt));
    q.addBindValue(sql::fromDateTime(m_clock.now()));
    if (auto s = sql::exec(q); !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT remindersChanged({reminder.contactId});
    return id;
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
