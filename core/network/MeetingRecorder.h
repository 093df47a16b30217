#pragma once

#include "domain/Event.h"
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
    QList<qint64> newContactIds;
    QList<qint64> metContactIds; // everyone added to the event, new and existing
    QList<qint64> reminderIds;
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
