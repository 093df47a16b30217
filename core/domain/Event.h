#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kith {

enum class EventKind { Meetup, Conference, Party, Other };

// A meetup, a conference, a party: where the user met people.
struct Event {
    qint64 id = 0;
    QString name;
    EventKind kind = EventKind::Other;
    QDate heldOn; // the local day of the event
    QString place;
    QString notes;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    friend bool operator==(const Event&, const Event&) = default;
};

// Someone who was at an event. The stored part says whether the user met them there and which follow-up
// reminder was set for them; the part read with it says whether the user has followed up since.
struct EventAttendee {
    qint64 eventId = 0;
    qint64 contactId = 0;
    bool met = true;
    QString note;
    qint64 followUpReminderId = 0; // 0: none
    QDateTime addedAt;             // UTC

    // Read from the database, never written.
    QString name;
    QDateTime followUpDueAt;      // when the follow-up is (or was) due; invalid without one
    bool followUpDone = false;    // the follow-up reminder was marked done
    bool interactedSince = false; // an interaction with them on a day after the event

    // Followed up: the follow-up reminder is done, or the two have been in touch since the event.
    bool followedUp() const { return followUpDone || interactedSince; }

    friend bool operator==(const EventAttendee&, const EventAttendee&) = default;
};

// One row of the events list.
struct EventSummary {
    Event event;
    int attendees = 0;
    int met = 0;
    int followedUp = 0;
};

// An event with everyone at it, as stored: what deleting takes away and undoing puts back.
struct EventRecord {
    Event event;
    QList<EventAttendee> attendees;
};

QList<EventKind> allEventKinds();
// "meetup", "conference", "party", "other": what the database, kith-cli and JSON say.
QString eventKindKey(EventKind kind);
std::optional<EventKind> eventKindFromKey(const QString& key);
// For people: "Meetup", "Conference".
QString eventKindLabel(EventKind kind);

} // namespace kith
