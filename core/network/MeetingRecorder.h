#pragma once

#include "domain/Contact.h"
#include "domain/Event.h"
#include "domain/Reminder.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kith {

class Clock;
class ContactStore;
class Database;
class EventStore;
class ReminderStore;

// One person of "I met these people at...": an existing contact, or a name that becomes a new contact.
struct MetPerson {
    QString name;
    qint64 contactId = 0;      // 0: a new contact called `name`
    int sameName = 0;          // how many contacts have this name (more than 1: the first was taken)
    bool alreadyThere = false; // already on the event's list: left as it is

    bool isNew() const { return contactId == 0; }
    friend bool operator==(const MetPerson&, const MetPerson&) = default;
};

struct MeetingPlan {
    qint64 eventId = 0; // an existing event, or 0 to create `newEvent`
    Event newEvent;
    QList<MetPerson> people; // as resolve() gave them
    int followUpDays = 3;    // a follow-up reminder this many days from today for each; 0 for none
};

struct MeetingOutcome {
    qint64 eventId = 0;
    bool eventCreated = false; // the recording made the event (else it was on the list already)
    QList<qint64> newContactIds;
    QList<qint64> metContactIds; // everyone added to the event, new and existing
    QList<qint64> reminderIds;
};

// What one recording wrote, as it was stored right after: what takeBack() removes and recordAgain() writes again.
struct RecordedMeeting {
    MeetingOutcome outcome;
    Event event;                    // the event, as stored
    QList<Contact> newContacts;     // the contacts the recording made, in the order of outcome.newContactIds
    QList<Reminder> followUps;      // in the order of outcome.reminderIds
    QList<EventAttendee> attendees; // the rows it put on the event's list, in the order of outcome.metContactIds
};

// "I met these people at...": the event (found or created), new contacts for the new names, everyone on the
// event's list as met, and a follow-up reminder for each, in one transaction: all of it or nothing.
class MeetingRecorder final {
    Q_DISABLE_COPY_MOVE(MeetingRecorder)
    Q_DECLARE_TR_FUNCTIONS(kith::MeetingRecorder)

public:
    // The stores announce the change once everything is committed.
    MeetingRecorder(Database& database, const Clock& clock, ContactStore& contacts, ReminderStore& reminders,
                    EventStore& events);

    // Reads names typed one per line: a line that is a contact's name (case aside) is that contact, "#12" or
    // "Ada #12" is contact 12, any other line a new contact. `picked` are contacts chosen from a list.
    // Empty lines and repeats are dropped. With `eventId`, people already on that event are marked.
    Result<QList<MetPerson>> resolve(const QStringList& lines, const QList<qint64>& picked, qint64 eventId = 0) const;
    Result<MeetingOutcome> record(const MeetingPlan& plan);

    // What `outcome` wrote, read back as stored (for undo).
    Result<RecordedMeeting> recorded(const MeetingOutcome& outcome) const;
    // Undoes a recording in one transaction: its follow-ups, its rows on the event's list, the contacts it made and
    // the event if it made it; nothing else. Refuses, changing nothing, when something made since would go with
    // them or has changed them: a new contact edited, or with an interaction, a favour, a link and so on; a
    // follow-up done or moved; someone else on the new event's list; the new event edited. What the user deleted
    // since is no error.
    Status takeBack(const RecordedMeeting& recorded);
    // Writes again what takeBack() removed, in one transaction: the event with its id, the contacts with their uids
    // (and new ids), the follow-ups and the rows on the list. Returns it as now stored.
    Result<RecordedMeeting> recordAgain(const RecordedMeeting& recorded);

    // The note of the follow-up reminders: "Follow up: met at RustConf".
    static QString followUpNote(const QString& eventName);

private:
    Database& m_database;
    const Clock& m_clock;
    ContactStore& m_contacts;
    ReminderStore& m_reminders;
    EventStore& m_events;
};

} // namespace kith
