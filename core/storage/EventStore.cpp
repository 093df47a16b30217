#include "storage/EventStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace kith {

namespace {

const QString kEventColumns =
    QStringLiteral("e.id, e.name, e.kind, e.held_on, e.place, e.notes, e.created_at, e.updated_at");

Event eventFromRow(const QSqlQuery& q, int first = 0)
{
    Event e;
    e.id = q.value(first).toLongLong();
    e.name = q.value(first + 1).toString();
    e.kind = eventKindFromKey(q.value(first + 2).toString()).value_or(EventKind::Other);
    e.heldOn = QDate::fromString(q.value(first + 3).toString(), Qt::ISODate);
    e.place = q.value(first + 4).toString();
    e.notes = q.value(first + 5).toString();
    e.createdAt = sql::toDateTime(q.value(first + 6));
    e.updatedAt = sql::toDateTime(q.value(first + 7));
    return e;
}

Event cleaned(Event event)
{
    event.name = event.name.simplified();
    event.place = event.place.simplified();
    event.notes = event.notes.trimmed();
    return event;
}

// Whether the user followed up someone met at the event: the follow-up reminder done (or, for a repeating
// one, done once), or an interaction with them on a day after the event.
const QString kFollowUpDone = QStringLiteral(
    "(r.done_at IS NOT NULL OR EXISTS (SELECT 1 FROM reminder_actions ra WHERE ra.reminder_id = r.id AND "
    "ra.action = 'done'))");
const QString kInteractedSince = QStringLiteral(
    "EXISTS (SELECT 1 FROM interaction_participants p JOIN interactions i ON i.id = p.interaction_id WHERE "
    "p.contact_id = a.contact_id AND i.occurred_at >= date(e.held_on, '+1 day'))");

struct ContactState {
    QString name;
    bool trashed = false;
};

Result<QHash<qint64, ContactState>> contactStates(const QSqlDatabase& db, const QList<qint64>& ids)
{
    using R = Result<QHash<qint64, ContactState>>;
    QSqlQuery q(db);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT id, sort_name, deleted_at IS NOT NULL FROM contacts WHERE id IN "
                                              "(SELECT value FROM json_each(?))"),
                               {sql::idListJson(ids)});
        !s)
        return R::failure(s.error());
    QHash<qint64, ContactState> states;
    while (q.next())
        states.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toBool()});
    return states;
}

} // namespace

EventStore::EventStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Status EventStore::validate(const Event& event)
{
    if (event.name.simplified().isEmpty())
        return Status::failure(tr("An event needs a name."));
    if (!event.heldOn.isValid())
        return Status::failure(tr("An event needs a valid date."));
    return {};
}

Result<qint64> EventStore::add(const Event& event)
{
    if (auto s = validate(event); !s)
        return Result<qint64>::failure(s.error());
    const Event e = cleaned(event);
    const QVariant now = sql::fromDateTime(m_clock.now());
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("INSERT INTO events (name, kind, held_on, place, notes, created_at, "
                                              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {e.name, eventKindKey(e.kind), e.heldOn.toString(Qt::ISODate), sql::text(e.place),
                                sql::text(e.notes), now, now});
        !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT eventsChanged({});
    return id;
}

Status EventStore::update(const Event& event)
{
    return write(event, false);
}

Status EventStore::rewrite(const Event& event)
{
    return write(event, true);
}

Status EventStore::write(const Event& event, bool asGiven)
{
    if (auto s = validate(event); !s)
        return s;
    const Event e = cleaned(event);
    QVariantList values{e.name, eventKindKey(e.kind), e.heldOn.toString(Qt::ISODate), sql::text(e.place),
                        sql::text(e.notes)};
    if (asGiven)
        values << sql::fromDateTime(e.createdAt) << sql::fromDateTime(e.updatedAt);
    else
        values << sql::fromDateTime(m_clock.now());
    values << e.id;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               asGiven ? QStringLiteral("UPDATE events SET name = ?, kind = ?, held_on = ?, place = ?, "
                                                        "notes = ?, created_at = ?, updated_at = ? WHERE id = ?")
                                       : QStringLiteral("UPDATE events SET name = ?, kind = ?, held_on = ?, place = ?, "
                                                        "notes = ?, updated_at = ? WHERE id = ?"),
                               values);
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no event with id %1.").arg(e.id));
    auto ids = attendeeIds(e.id);
    Q_EMIT eventsChanged(ids ? *ids : QList<qint64>{});
    return {};
}

Result<QList<qint64>> EventStore::attendeeIds(qint64 eventId) const
{
    return sql::selectIds(
        m_database.connection(),
        QStringLiteral("SELECT contact_id FROM event_attendees WHERE event_id = ? ORDER BY contact_id"), {eventId});
}

Status EventStore::remove(qint64 id)
{
    auto ids = attendeeIds(id);
    if (!ids)
        return Status::failure(ids.error());
    QSqlQuery q(m_database.connection());
    // The attendee rows go with it (ON DELETE CASCADE).
    if (auto s = sql::execWith(q, QStringLiteral("DELETE FROM events WHERE id = ?"), {id}); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no event with id %1.").arg(id));
    Q_EMIT eventsChanged(*ids);
    return {};
}

Result<EventRecord> EventStore::record(qint64 id) const
{
    using R = Result<EventRecord>;
    auto event = get(id);
    if (!event)
        return R::failure(event.error());
    EventRecord record{*event, {}};
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT contact_id, met, note, follow_up_reminder_id, added_at FROM "
                                              "event_attendees WHERE event_id = ? ORDER BY contact_id"),
                               {id});
        !s)
        return R::failure(s.error());
    while (q.next()) {
        EventAttendee a;
        a.eventId = id;
        a.contactId = q.value(0).toLongLong();
        a.met = q.value(1).toBool();
        a.note = q.value(2).toString();
        a.followUpReminderId = q.value(3).toLongLong();
        a.addedAt = sql::toDateTime(q.value(4));
        record.attendees << a;
    }
    return record;
}

Status EventStore::restore(const EventRecord& record)
{
    if (auto s = validate(record.event); !s)
        return s;
    const Event e = cleaned(record.event);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery q(db);
    if (auto s = sql::execWith(q,
                               QStringLiteral("INSERT INTO events (id, name, kind, held_on, place, notes, created_at, "
                                              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {e.id, e.name, eventKindKey(e.kind), e.heldOn.toString(Qt::ISODate), sql::text(e.place),
                                sql::text(e.notes), sql::fromDateTime(e.createdAt), sql::fromDateTime(e.updatedAt)});
        !s)
        return s;
    QSqlQuery insert(db);
    // A contact purged meanwhile is left out; a reminder deleted meanwhile is forgotten.
    if (auto s =
            sql::prepare(insert, QStringLiteral("INSERT INTO event_attendees (event_id, contact_id, met, note, "
                                                "follow_up_reminder_id, added_at) SELECT ?, c.id, ?, ?, (SELECT "
                                                "id FROM reminders WHERE id = ?), ? FROM contacts c WHERE c.id = ?"));
        !s)
        return s;
    QList<qint64> contactIds;
    for (const EventAttendee& a : record.attendees) {
        insert.addBindValue(e.id);
        insert.addBindValue(a.met ? 1 : 0);
        insert.addBindValue(sql::text(a.note));
        insert.addBindValue(a.followUpReminderId);
        insert.addBindValue(sql::fromDateTime(a.addedAt.isValid() ? a.addedAt : m_clock.now()));
        insert.addBindValue(a.contactId);
        if (auto s = sql::exec(insert); !s)
            return s;
        contactIds << a.contactId;
    }
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT eventsChanged(contactIds);
    return {};
}

Result<Event> EventStore::get(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("SELECT %1 FROM events e WHERE e.id = ?").arg(kEventColumns), {id});
        !s)
        return Result<Event>::failure(s.error());
    if (!q.next())
        return Result<Event>::failure(tr("There is no event with id %1.").arg(id));
    return eventFromRow(q);
}

Result<QList<EventSummary>> EventStore::all() const
{
    using R = Result<QList<EventSummary>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString text =
        QStringLiteral("SELECT %1, (SELECT count(*) FROM event_attendees a JOIN contacts c ON c.id = a.contact_id "
                       "WHERE a.event_id = e.id AND c.deleted_at IS NULL), (SELECT count(*) FROM event_attendees a "
                       "JOIN contacts c ON c.id = a.contact_id WHERE a.event_id = e.id AND a.met = 1 AND c.deleted_at "
                       "IS NULL), (SELECT count(*) FROM event_attendees a JOIN contacts c ON c.id = a.contact_id LEFT "
                       "JOIN reminders r ON r.id = a.follow_up_reminder_id WHERE a.event_id = e.id AND a.met = 1 AND "
                       "c.deleted_at IS NULL AND (%2 OR %3)) FROM events e ORDER BY e.held_on DESC, e.id DESC")
            .arg(kEventColumns, kFollowUpDone, kInteractedSince);
    if (auto s = sql::execWith(q, text, {}); !s)
        return R::failure(s.error());
    QList<EventSummary> events;
    while (q.next()) {
        EventSummary summary;
        summary.event = eventFromRow(q);
        summary.attendees = q.value(8).toInt();
        summary.met = q.value(9).toInt();
        summary.followedUp = q.value(10).toInt();
        events << summary;
    }
    return events;
}

Result<QList<EventAttendee>> EventStore::attendees(qint64 eventId) const
{
    using R = Result<QList<EventAttendee>>;
    QSqlQuery q(m_database.connection());
    const QString text =
        QStringLiteral(
            "SELECT a.contact_id, a.met, a.note, a.follow_up_reminder_id, a.added_at, c.sort_name, r.due_at, "
            "%1, %2 FROM event_attendees a JOIN events e ON e.id = a.event_id JOIN contacts c ON c.id = "
            "a.contact_id LEFT JOIN reminders r ON r.id = a.follow_up_reminder_id WHERE a.event_id = ? AND "
            "c.deleted_at IS NULL ORDER BY c.sort_name COLLATE NOCASE, a.contact_id")
            .arg(kFollowUpDone, kInteractedSince);
    if (auto s = sql::execWith(q, text, {eventId}); !s)
        return R::failure(s.error());
    QList<EventAttendee> list;
    while (q.next()) {
        EventAttendee a;
        a.eventId = eventId;
        a.contactId = q.value(0).toLongLong();
        a.met = q.value(1).toBool();
        a.note = q.value(2).toString();
        a.followUpReminderId = q.value(3).toLongLong();
        a.addedAt = sql::toDateTime(q.value(4));
        a.name = q.value(5).toString();
        a.followUpDueAt = sql::toDateTime(q.value(6));
        a.followUpDone = q.value(7).toBool();
        a.interactedSince = q.value(8).toBool();
        list << a;
    }
    return list;
}

Result<QList<Event>> EventStore::metAt(qint64 contactId) const
{
    using R = Result<QList<Event>>;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT %1 FROM events e JOIN event_attendees a ON a.event_id = e.id "
                                              "WHERE a.contact_id = ? AND a.met = 1 ORDER BY e.held_on, e.id")
                                   .arg(kEventColumns),
                               {contactId});
        !s)
        return R::failure(s.error());
    QList<Event> events;
    while (q.next())
        events << eventFromRow(q);
    return events;
}

Result<QMap<qint64, QList<qint64>>> EventStore::attendeeIdsByEvent() const
{
    using R = Result<QMap<qint64, QList<qint64>>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT a.event_id, a.contact_id FROM event_attendees a JOIN contacts c "
                                              "ON c.id = a.contact_id WHERE c.deleted_at IS NULL ORDER BY a.event_id, "
                                              "a.contact_id"),
                               {});
        !s)
        return R::failure(s.error());
    QMap<qint64, QList<qint64>> byEvent;
    while (q.next())
        byEvent[q.value(0).toLongLong()] << q.value(1).toLongLong();
    return byEvent;
}

Status EventStore::addAttendees(qint64 eventId, const QList<EventAttendee>& attendees)
{
    if (attendees.isEmpty())
        return {};
    auto event = get(eventId);
    if (!event)
        return Status::failure(event.error());
    const QSqlDatabase db = m_database.connection();
    QList<qint64> contactIds;
    for (const EventAttendee& a : attendees)
        contactIds << a.contactId;
    auto states = contactStates(db, contactIds);
    if (!states)
        return Status::failure(states.error());
    QSet<qint64> seen;
    for (const EventAttendee& a : attendees) {
        if (!states->contains(a.contactId))
            return Status::failure(tr("There is no contact with id %1.").arg(a.contactId));
        const QString name = states->value(a.contactId).name;
        if (states->value(a.contactId).trashed)
            return Status::failure(tr("%1 is in the Trash; restore them before adding them to an event.").arg(name));
        if (seen.contains(a.contactId))
            return Status::failure(tr("%1 is listed twice.").arg(name));
        seen << a.contactId;
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery existing(db);
    if (auto s =
            sql::execWith(existing,
                          QStringLiteral("SELECT contact_id FROM event_attendees WHERE event_id = ? AND contact_id "
                                         "IN (SELECT value FROM json_each(?))"),
                          {eventId, sql::idListJson(contactIds)});
        !s)
        return s;
    if (existing.next())
        return Status::failure(tr("%1 is already on the list of %2.")
                                   .arg(states->value(existing.value(0).toLongLong()).name, event->name));
    QSqlQuery reminder(db);
    if (auto s = sql::prepare(reminder, QStringLiteral("SELECT contact_id FROM reminders WHERE id = ?")); !s)
        return s;
    QSqlQuery insert(db);
    if (auto s = sql::prepare(insert, QStringLiteral("INSERT INTO event_attendees (event_id, contact_id, met, note, "
                                                     "follow_up_reminder_id, added_at) VALUES (?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    const QVariant now = sql::fromDateTime(m_clock.now());
    for (const EventAttendee& a : attendees) {
        if (a.followUpReminderId) {
            reminder.addBindValue(a.followUpReminderId);
            if (auto s = sql::exec(reminder); !s)
                return s;
            if (!reminder.next() || reminder.value(0).toLongLong() != a.contactId)
                return Status::failure(tr("Reminder %1 is not a follow-up with %2.")
                                           .arg(a.followUpReminderId)
                                           .arg(states->value(a.contactId).name));
            reminder.finish();
        }
        insert.addBindValue(eventId);
        insert.addBindValue(a.contactId);
        insert.addBindValue(a.met ? 1 : 0);
        insert.addBindValue(sql::text(a.note.trimmed()));
        insert.addBindValue(a.followUpReminderId ? QVariant(a.followUpReminderId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        insert.addBindValue(now);
        if (auto s = sql::exec(insert); !s)
            return s;
    }
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT eventsChanged(contactIds);
    return {};
}

Result<QList<qint64>> EventStore::contactIdsNamed(const QString& name) const
{
    return sql::selectIds(m_database.connection(),
                          QStringLiteral("SELECT id FROM contacts WHERE sort_name = ? COLLATE NOCASE AND deleted_at IS "
                                         "NULL ORDER BY id"),
                          {name.simplified()});
}

void EventStore::announceChanged(const QList<qint64>& contactIds)
{
    Q_EMIT eventsChanged(contactIds);
}

Status EventStore::removeAttendee(qint64 eventId, qint64 contactId)
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("DELETE FROM event_attendees WHERE event_id = ? AND contact_id = ?"),
                               {eventId, contactId});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Contact %1 is not on the list of event %2.").arg(contactId).arg(eventId));
    Q_EMIT eventsChanged({contactId});
    return {};
}

Status EventStore::removeAttendees(qint64 eventId, const QList<qint64>& contactIds)
{
    if (contactIds.isEmpty())
        return {};
    QSqlQuery q(m_database.connection());
    if (auto s =
            sql::execWith(q,
                          QStringLiteral("DELETE FROM event_attendees WHERE event_id = ? AND contact_id IN (SELECT "
                                         "value FROM json_each(?))"),
                          {eventId, sql::idListJson(contactIds)});
        !s)
        return s;
    Q_EMIT eventsChanged(contactIds);
    return {};
}

Result<QList<qint64>> EventStore::contactsUsedElsewhere(const QList<qint64>& contactIds, qint64 eventId,
                                                        const QList<qint64>& reminderIds) const
{
    if (contactIds.isEmpty())
        return QList<qint64>{};
    // One EXISTS per table that refers to a contact and holds something the user made.
    const QString text =
        QStringLiteral("SELECT c.id FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?)) AND ("
                       "EXISTS (SELECT 1 FROM interaction_participants p WHERE p.contact_id = c.id) OR "
                       "EXISTS (SELECT 1 FROM favours f WHERE f.contact_id = c.id) OR "
                       "EXISTS (SELECT 1 FROM introductions i WHERE i.first_id = c.id OR i.second_id = c.id) OR "
                       "EXISTS (SELECT 1 FROM relationships r WHERE r.from_id = c.id OR r.to_id = c.id) OR "
                       "EXISTS (SELECT 1 FROM contact_topics t WHERE t.contact_id = c.id) OR "
                       "EXISTS (SELECT 1 FROM event_attendees a WHERE a.contact_id = c.id AND a.event_id <> ?) OR "
                       "EXISTS (SELECT 1 FROM reminders m WHERE m.contact_id = c.id AND m.id NOT IN (SELECT value FROM "
                       "json_each(?))) OR "
                       "EXISTS (SELECT 1 FROM reminder_actions ra WHERE ra.contact_id = c.id)) ORDER BY c.id");
    return sql::selectIds(m_database.connection(), text,
                          {sql::idListJson(contactIds), eventId, sql::idListJson(reminderIds)});
}

} // namespace kith
