#pragma once

#include "domain/Event.h"
#include "domain/Result.h"

#include <QMap>
#include <QObject>

namespace kith {

class Clock;
class Database;

// Events (meetups, conferences, parties) and who was at them. Attendees in the Trash are kept (restoring
// them brings them back) but not listed or counted; purging a contact takes it off its events.
class EventStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStore)

public:
    EventStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Refuses an event without a name or a valid day. Returns the new event's id.
    Result<qint64> add(const Event& event);
    Status update(const Event& event);
    // Writes back an event's own fields exactly as given, its updated_at included: for undoing an edit.
    Status rewrite(const Event& event);
    // Deletes the event with its attendee list (the contacts and their reminders stay).
    Status remove(qint64 id);
    // The event and its attendees as stored, for undoing a remove().
    Result<EventRecord> record(qint64 id) const;
    // Puts back what record() returned, with the same ids; attendees whose contact is gone for good are
    // left out, and follow-ups whose reminder is gone are forgotten.
    Status restore(const EventRecord& record);

    Result<Event> get(qint64 id) const;
    // Every event, newest first, with how many people you met there and how many of those you followed up.
    Result<QList<EventSummary>> all() const;
    // Who was at the event (contacts not in the Trash), by name, with their follow-up state.
    Result<QList<EventAttendee>> attendees(qint64 eventId) const;
    // The events where the user met the contact, oldest first: the contact's "met at".
    Result<QList<Event>> metAt(qint64 contactId) const;
    // Every event's attendees not in the Trash, by event id, each list in id order (for the suggestions).
    Result<QMap<qint64, QList<qint64>>> attendeeIdsByEvent() const;

    // Adds people to an event, all or none, in one transaction. Refuses an unknown event, an unknown or
    // trashed contact, someone already at the event and a follow-up reminder that is not the contact's.
    Status addAttendees(qint64 eventId, const QList<EventAttendee>& attendees);
    Status removeAttendee(qint64 eventId, qint64 contactId);
    // Takes those of `contactIds` who are on the event's list off it (the others are no error).
    Status removeAttendees(qint64 eventId, const QList<qint64>& contactIds);
    // Of `contactIds`, those that something besides "I met these people at `eventId`" refers to: an interaction,
    // a favour, an introduction, a link, a topic, another event, or a reminder not among `reminderIds`. For
    // taking a recording back without taking what the user made since with it.
    Result<QList<qint64>> contactsUsedElsewhere(const QList<qint64>& contactIds, qint64 eventId,
                                                const QList<qint64>& reminderIds) const;

    // Contacts not in the Trash whose name is `name` (case aside), in id order: for "I met these people at...".
    Result<QList<qint64>> contactIdsNamed(const QString& name) const;
    // For writes made while the signal was blocked (one transaction over several stores): tells the views.
    void announceChanged(const QList<qint64>& contactIds);

    // Refuses an empty name or an invalid day.
    static Status validate(const Event& event);

Q_SIGNALS:
    // After every committed change, with the contacts whose events changed (empty when only the event's own
    // fields did).
    void eventsChanged(const QList<qint64>& contactIds);

private:
    Result<QList<qint64>> attendeeIds(qint64 eventId) const;
    // update() and rewrite(): `asGiven` writes the event's own created_at and updated_at, else updated_at is now.
    Status write(const Event& event, bool asGiven);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
