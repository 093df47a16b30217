#pragma once

#include <QJsonObject>

namespace kith {

struct EventAttendee;
struct EventSummary;
struct Favour;
struct Event;

// The JSON kith-cli prints for events and favours. Keys are stable for scripts.
class EventJson final {
public:
    // id, name, kind, date, place, notes.
    static QJsonObject event(const Event& event);
    // event() with attendees, met, followed_up.
    static QJsonObject summary(const EventSummary& summary);
    // contact_id, name, met, note, follow_up_reminder_id, follow_up_due, followed_up.
    static QJsonObject attendee(const EventAttendee& attendee);
    // id, contact_id, contact, direction, what, date, notes.
    static QJsonObject favour(const Favour& favour, const QString& contactName);
};

} // namespace kith
