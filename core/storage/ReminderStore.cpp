#include "storage/ReminderStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/ReminderActionStore.h"
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
        if (reminder.recurrence.isRecurring() && reminder.recurrence.interval < 1)
            return R::failure(tr("A reminder repeats at least every 1 day, week, month or year."));
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
    if (auto s = sql::prepare(q, QStringLiteral("INSERT INTO reminders (contact_id, due_at, note, done_at, created_at, "
                                                "recurrence_unit, recurrence_interval, snoozed_until, dismissed_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
        q.addBindValue(recurrenceUnitKey(reminder.recurrence.unit));
        q.addBindValue(reminder.recurrence.isRecurring() ? reminder.recurrence.interval : 1);
        q.addBindValue(sql::fromDateTime(reminder.snoozedUntil));
        q.addBindValue(sql::fromDateTime(reminder.dismissedAt));
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
    if (auto s = sql::execWith(
            q,
            QStringLiteral("SELECT r.id, r.contact_id, r.due_at, r.note, r.done_at, r.created_at, "
                           "r.recurrence_unit, r.recurrence_interval, r.snoozed_until, "
                           "r.dismissed_at FROM reminders r JOIN contacts c ON c.id = r.contact_id WHERE ") +
                where + QStringLiteral(" ORDER BY r.due_at, r.id"),
            values);
        !s)
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
        r.recurrence.unit = recurrenceUnitFromKey(q.value(6).toString()).value_or(RecurrenceUnit::None);
        r.recurrence.interval = q.value(7).toInt();
        r.snoozedUntil = sql::toDateTime(q.value(8));
        r.dismissedAt = sql::toDateTime(q.value(9));
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

Status ReminderStore::update(const QString& assignments, const QVariantList& values)
{
    QSqlQuery q(m_database.connection());
    if (auto s =
            sql::prepare(q, QStringLiteral("UPDATE reminders SET ") + assignments + QStringLiteral(" WHERE id = ?"));
        !s)
        return s;
    for (const QVariant& value : values)
        q.addBindValue(value);
    return sql::exec(q);
}

Status ReminderStore::act(qint64 id, const QString& action, const QDateTime& snoozedUntil,
                          const std::function<Status(const Reminder&)>& change)
{
    auto reminder = get(id);
    if (!reminder)
        return Status::failure(reminder.error());
    if (!reminder->doneAt.isNull())
        return Status::failure(tr("Reminder %1 is already done.").arg(id));
    if (!reminder->dismissedAt.isNull())
        return Status::failure(tr("Reminder %1 was dismissed.").arg(id));
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (auto s = change(*reminder); !s)
        return s;
    ReminderHistoryEntry entry;
    entry.kind = DueKind::FollowUp;
    entry.contactId = reminder->contactId;
    entry.reminderId = id;
    entry.occurrence = reminder->dueAt.toUTC().date();
    entry.action = action;
    entry.at = m_clock.now();
    entry.snoozedUntil = snoozedUntil;
    if (auto s = ReminderActionStore(m_database).record(entry); !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT remindersChanged({reminder->contactId});
    return {};
}

Status ReminderStore::markDone(qint64 id)
{
    const QDateTime now = m_clock.now();
    return act(id, QStringLiteral("done"), {}, [&](const Reminder& r) {
        if (r.recurrence.isRecurring())
            return update(QStringLiteral("due_at = ?, snoozed_until = NULL"),
                          {sql::fromDateTime(nextOccurrence(r.recurrence, r.dueAt, now)), r.id});
        return update(QStringLiteral("done_at = ?, snoozed_until = NULL"), {sql::fromDateTime(now), r.id});
    });
}

Status ReminderStore::snooze(qint64 id, const QDateTime& until)
{
    if (!until.isValid())
        return Status::failure(tr("Snoozing needs a valid date."));
    if (until <= m_clock.now())
        return Status::failure(tr("A reminder can only be snoozed until a time in the future."));
    return act(id, QStringLiteral("snoozed"), until, [&](const Reminder& r) {
        return update(QStringLiteral("snoozed_until = ?"), {sql::fromDateTime(until), r.id});
    });
}

Status ReminderStore::dismiss(qint64 id)
{
    const QDateTime now = m_clock.now();
    return act(id, QStringLiteral("dismissed"), {}, [&](const Reminder& r) {
        return update(QStringLiteral("dismissed_at = ?, snoozed_until = NULL"), {sql::fromDateTime(now), r.id});
    });
}

Status ReminderStore::skip(qint64 id)
{
    const QDateTime now = m_clock.now();
    return act(id, QStringLiteral("skipped"), {}, [&](const Reminder& r) {
        if (r.recurrence.isRecurring())
            return update(QStringLiteral("due_at = ?, snoozed_until = NULL"),
                          {sql::fromDateTime(nextOccurrence(r.recurrence, r.dueAt, now)), r.id});
        return update(QStringLiteral("dismissed_at = ?, snoozed_until = NULL"), {sql::fromDateTime(now), r.id});
    });
}

Status ReminderStore::reopen(qint64 id)
{
    auto reminder = get(id);
    if (!reminder)
        return Status::failure(reminder.error());
    if (auto s = update(QStringLiteral("done_at = NULL, dismissed_at = NULL"), {id}); !s)
        return s;
    Q_EMIT remindersChanged({reminder->contactId});
    return {};
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
    return select(QStringLiteral("r.contact_id = ? AND r.done_at IS NULL AND r.dismissed_at IS NULL"), {contactId});
}

Result<QList<Reminder>> ReminderStore::dueBy(const QDateTime& until) const
{
    const QVariant at = sql::fromDateTime(until);
    return select(QStringLiteral("r.done_at IS NULL AND r.dismissed_at IS NULL AND r.due_at <= ? AND "
                                 "(r.snoozed_until IS NULL OR r.snoozed_until <= ?) AND c.deleted_at IS NULL"),
                  {at, at});
}

void ReminderStore::announceChanged(const QList<qint64>& contactIds)
{
    if (!contactIds.isEmpty())
        Q_EMIT remindersChanged(contactIds);
}

} // namespace kith
