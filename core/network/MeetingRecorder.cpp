#include "network/MeetingRecorder.h"

#include "domain/Clock.h"
#include "domain/Contact.h"
#include "domain/Reminder.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/ReminderStore.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>

#include <algorithm>

namespace kith {

namespace {

// A name typed as one string: the last word is the family name, as kith-cli add does it.
Contact contactNamed(const QString& name)
{
    Contact c;
    QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1)
        c.family = words.takeLast();
    c.given = words.join(QLatin1Char(' '));
    if (c.composedName() != name.simplified())
        c.displayName = name.simplified();
    return c;
}

// What each id of `before` became, the lists in the same order (records written again get new ids).
QHash<qint64, qint64> renumbering(const QList<qint64>& before, const QList<qint64>& after)
{
    QHash<qint64, qint64> newIdOf;
    for (qsizetype i = 0; i < qMin(before.size(), after.size()); ++i)
        newIdOf.insert(before.at(i), after.at(i));
    return newIdOf;
}

} // namespace

MeetingRecorder::MeetingRecorder(Database& database, const Clock& clock, ContactStore& contacts,
                                 ReminderStore& reminders, EventStore& events)
    : m_database(database)
    , m_clock(clock)
    , m_contacts(contacts)
    , m_reminders(reminders)
    , m_events(events)
{}

QString MeetingRecorder::followUpNote(const QString& eventName)
{
    return tr("Follow up: met at %1").arg(eventName.simplified());
}

Result<QList<MetPerson>> MeetingRecorder::resolve(const QStringList& lines, const QList<qint64>& picked,
                                                  qint64 eventId) const
{
    using R = Result<QList<MetPerson>>;
    static const QRegularExpression byId(QStringLiteral("^(.*?)\\s*#(\\d+)$"));
    QList<MetPerson> people;
    QSet<qint64> seenIds;
    QSet<QString> seenNames;
    QList<qint64> wantedIds;
    // Contact ids first (picked, then "#12" lines), read in one go; then names.
    struct Line {
        QString name;
        qint64 id = 0;
    };
    QList<Line> parsed;
    for (qint64 id : picked)
        parsed << Line{{}, id};
    for (const QString& raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty())
            continue;
        const auto m = byId.match(line);
        if (m.hasMatch())
            parsed << Line{{}, m.captured(2).toLongLong()};
        else
            parsed << Line{line, 0};
    }
    for (const Line& line : std::as_const(parsed)) {
        if (line.id)
            wantedIds << line.id;
    }
    auto known = m_contacts.getMany(wantedIds);
    if (!known)
        return R::failure(known.error());
    QHash<qint64, Contact> byIdMap;
    for (const Contact& c : std::as_const(*known))
        byIdMap.insert(c.id, c);
    QSet<qint64> already;
    if (eventId) {
        auto attendees = m_events.attendees(eventId);
        if (!attendees)
            return R::failure(attendees.error());
        for (const EventAttendee& a : std::as_const(*attendees))
            already << a.contactId;
    }

    for (const Line& line : std::as_const(parsed)) {
        MetPerson person;
        if (line.id) {
            const auto it = byIdMap.constFind(line.id);
            if (it == byIdMap.cend())
                return R::failure(tr("There is no contact with id %1.").arg(line.id));
            if (it->deletedAt.isValid())
                return R::failure(tr("%1 is in the Trash; restore them first.").arg(it->effectiveName()));
            person.name = it->effectiveName();
            person.contactId = line.id;
            person.sameName = 1;
        } else {
            auto named = m_events.contactIdsNamed(line.name);
            if (!named)
                return R::failure(named.error());
            person.name = line.name;
            person.sameName = int(named->size());
            if (!named->isEmpty())
                person.contactId = named->first();
        }
        if (person.contactId) {
            if (seenIds.contains(person.contactId))
                continue;
            seenIds << person.contactId;
        } else {
            if (seenNames.contains(person.name.toCaseFolded()))
                continue;
            seenNames << person.name.toCaseFolded();
        }
        person.alreadyThere = person.contactId && already.contains(person.contactId);
        people << person;
    }
    return people;
}

Result<MeetingOutcome> MeetingRecorder::record(const MeetingPlan& plan)
{
    using R = Result<MeetingOutcome>;
    if (plan.followUpDays < 0 || plan.followUpDays > 3650)
        return R::failure(tr("The follow-up must be from 0 to 3650 days away."));
    Event event;
    if (plan.eventId) {
        auto found = m_events.get(plan.eventId);
        if (!found)
            return R::failure(found.error());
        event = *found;
    } else {
        if (auto s = EventStore::validate(plan.newEvent); !s)
            return R::failure(s.error());
        event = plan.newEvent;
    }
    QList<Contact> newContacts;
    QList<qint64> existing;
    for (const MetPerson& person : plan.people) {
        if (person.alreadyThere)
            continue;
        if (person.isNew()) {
            if (person.name.simplified().isEmpty())
                return R::failure(tr("A new contact needs a name."));
            Contact c = contactNamed(person.name);
            c.howMet = tr("Met at %1").arg(event.name.simplified());
            c.whereMet = event.place.simplified();
            newContacts << c;
        } else {
            existing << person.contactId;
        }
    }
    if (newContacts.isEmpty() && existing.isEmpty())
        return R::failure(tr("Name at least one person you met."));

    MeetingOutcome outcome;
    {
        // Nothing is announced until all of it is in.
        const QSignalBlocker blockContacts(&m_contacts);
        const QSignalBlocker blockReminders(&m_reminders);
        const QSignalBlocker blockEvents(&m_events);
        Transaction transaction(m_database.connection());
        if (!transaction.isActive())
            return R::failure(transaction.error());
        if (plan.eventId) {
            outcome.eventId = plan.eventId;
        } else {
            auto id = m_events.add(event);
            if (!id)
                return R::failure(id.error());
            outcome.eventId = *id;
            outcome.eventCreated = true;
        }
        if (!newContacts.isEmpty()) {
            auto ids = m_contacts.addMany(newContacts);
            if (!ids)
                return R::failure(ids.error());
            outcome.newContactIds = *ids;
        }
        // In the order typed: existing and new as they came.
        qsizetype nextNew = 0;
        for (const MetPerson& person : plan.people) {
            if (person.alreadyThere)
                continue;
            outcome.metContactIds << (person.isNew() ? outcome.newContactIds.at(nextNew++) : person.contactId);
        }
        if (plan.followUpDays > 0 && !outcome.metContactIds.isEmpty()) {
            const QDate day = m_clock.now().toLocalTime().date().addDays(plan.followUpDays);
            QList<Reminder> reminders;
            for (qint64 id : std::as_const(outcome.metContactIds)) {
                Reminder r;
                r.contactId = id;
                r.dueAt = QDateTime(day, QTime(9, 0)).toUTC();
                r.note = followUpNote(event.name);
                reminders << r;
            }
            auto ids = m_reminders.addMany(reminders);
            if (!ids)
                return R::failure(ids.error());
            outcome.reminderIds = *ids;
        }
        QList<EventAttendee> attendees;
        for (qsizetype i = 0; i < outcome.metContactIds.size(); ++i) {
            EventAttendee a;
            a.contactId = outcome.metContactIds.at(i);
            a.met = true;
            a.followUpReminderId = outcome.reminderIds.value(i);
            attendees << a;
        }
        if (auto s = m_events.addAttendees(outcome.eventId, attendees); !s)
            return R::failure(s.error());
        if (auto s = transaction.commit(); !s)
            return R::failure(s.error());
    }
    m_contacts.announceChanged(outcome.newContactIds);
    m_reminders.announceChanged(outcome.metContactIds);
    m_events.announceChanged(outcome.metContactIds);
    return outcome;
}

Result<RecordedMeeting> MeetingRecorder::recorded(const MeetingOutcome& outcome) const
{
    using R = Result<RecordedMeeting>;
    RecordedMeeting recorded;
    recorded.outcome = outcome;
    auto record = m_events.record(outcome.eventId);
    if (!record)
        return R::failure(record.error());
    recorded.event = record->event;
    QHash<qint64, EventAttendee> rows;
    for (const EventAttendee& a : std::as_const(record->attendees))
        rows.insert(a.contactId, a);
    for (qint64 id : outcome.metContactIds) {
        if (!rows.contains(id))
            return R::failure(tr("Contact %1 is not on the list of %2.").arg(id).arg(record->event.name));
        recorded.attendees << rows.value(id);
    }
    auto contacts = m_contacts.getMany(outcome.newContactIds);
    if (!contacts)
        return R::failure(contacts.error());
    QHash<qint64, Contact> byId;
    for (const Contact& c : std::as_const(*contacts))
        byId.insert(c.id, c);
    for (qint64 id : outcome.newContactIds) {
        if (!byId.contains(id))
            return R::failure(tr("There is no contact with id %1.").arg(id));
        recorded.newContacts << byId.value(id);
    }
    for (qint64 id : outcome.reminderIds) {
        auto reminder = m_reminders.get(id);
        if (!reminder)
            return R::failure(reminder.error());
        recorded.followUps << *reminder;
    }
    return recorded;
}

Status MeetingRecorder::takeBack(const RecordedMeeting& recorded)
{
    const MeetingOutcome& outcome = recorded.outcome;
    const auto nameOf = [this, &recorded](qint64 contactId) {
        for (const Contact& c : recorded.newContacts) {
            if (c.id == contactId)
                return c.effectiveName();
        }
        auto contact = m_contacts.get(contactId);
        return contact ? contact->effectiveName() : tr("contact %1").arg(contactId);
    };
    const QString keep = tr("Change it back or delete it yourself.");
    {
        const QSignalBlocker blockContacts(&m_contacts);
        const QSignalBlocker blockReminders(&m_reminders);
        const QSignalBlocker blockEvents(&m_events);
        Transaction transaction(m_database.connection());
        if (!transaction.isActive())
            return Status::failure(transaction.error());

        // The new contacts still there (one the user deleted is no error), as they were made, with nothing new.
        auto contacts = m_contacts.getMany(outcome.newContactIds);
        if (!contacts)
            return Status::failure(contacts.error());
        QList<qint64> contactsLeft;
        for (const Contact& then : recorded.newContacts) {
            const auto now = std::find_if(contacts->cbegin(), contacts->cend(),
                                          [&then](const Contact& c) { return c.id == then.id; });
            if (now == contacts->cend())
                continue;
            // Moving them to the Trash is no change that matters here; the updated time follows every write.
            Contact same = *now;
            same.updatedAt = then.updatedAt;
            same.deletedAt = then.deletedAt;
            if (same != then)
                return Status::failure(
                    tr("%1 has been edited since the meeting was recorded. %2").arg(then.effectiveName(), keep));
            contactsLeft << then.id;
        }
        auto used = m_events.contactsUsedElsewhere(contactsLeft, outcome.eventId, outcome.reminderIds);
        if (!used)
            return Status::failure(used.error());
        if (!used->isEmpty())
            return Status::failure(tr("%1 has more in Kith now than this meeting (an interaction, a favour, a link, a "
                                      "topic, a reminder or another event). Delete them yourself if they should go.")
                                       .arg(nameOf(used->first())));

        // The follow-ups as they were set: one done, snoozed or moved since is the user's.
        QList<qint64> remindersLeft;
        for (const Reminder& then : recorded.followUps) {
            auto now = m_reminders.get(then.id);
            if (!now)
                continue;
            if (*now != then)
                return Status::failure(
                    tr("The follow-up with %1 has been done or changed since. %2").arg(nameOf(then.contactId), keep));
            remindersLeft << then.id;
        }

        // A new event as it was made, with nobody else on its list.
        bool eventLeft = false;
        if (outcome.eventCreated) {
            auto record = m_events.record(outcome.eventId);
            eventLeft = record.ok();
            if (eventLeft) {
                if (record->event != recorded.event)
                    return Status::failure(
                        tr("%1 has been edited since the meeting was recorded. %2").arg(recorded.event.name, keep));
                for (const EventAttendee& a : std::as_const(record->attendees)) {
                    if (!outcome.metContactIds.contains(a.contactId))
                        return Status::failure(tr("%1 is on the list of %2 now too. %3")
                                                   .arg(nameOf(a.contactId), recorded.event.name, keep));
                }
            }
        }

        for (qint64 id : std::as_const(remindersLeft)) {
            if (auto s = m_reminders.remove(id); !s)
                return s;
        }
        if (eventLeft) {
            if (auto s = m_events.remove(outcome.eventId); !s)
                return s;
        } else if (!outcome.eventCreated) {
            if (auto s = m_events.removeAttendees(outcome.eventId, outcome.metContactIds); !s)
                return s;
        }
        if (auto s = m_contacts.purge(contactsLeft); !s)
            return s;
        if (auto s = transaction.commit(); !s)
            return s;
    }
    m_contacts.announceChanged(outcome.newContactIds);
    m_reminders.announceChanged(outcome.metContactIds);
    m_events.announceChanged(outcome.metContactIds);
    return {};
}

Result<RecordedMeeting> MeetingRecorder::recordAgain(const RecordedMeeting& recorded)
{
    using R = Result<RecordedMeeting>;
    const MeetingOutcome& before = recorded.outcome;
    MeetingOutcome outcome;
    outcome.eventId = before.eventId;
    outcome.eventCreated = before.eventCreated;
    Result<RecordedMeeting> stored = R::failure(QString());
    {
        const QSignalBlocker blockContacts(&m_contacts);
        const QSignalBlocker blockReminders(&m_reminders);
        const QSignalBlocker blockEvents(&m_events);
        Transaction transaction(m_database.connection());
        if (!transaction.isActive())
            return R::failure(transaction.error());
        if (before.eventCreated) {
            if (auto s = m_events.restore(EventRecord{recorded.event, {}}); !s)
                return R::failure(s.error());
        } else if (auto event = m_events.get(before.eventId); !event) {
            return R::failure(event.error());
        }
        // The same people under their uids; the database gives them new ids.
        QList<Contact> contacts = recorded.newContacts;
        for (Contact& c : contacts)
            c.id = 0;
        QHash<qint64, qint64> newIdOf;
        if (!contacts.isEmpty()) {
            auto ids = m_contacts.addMany(contacts);
            if (!ids)
                return R::failure(ids.error());
            outcome.newContactIds = *ids;
            newIdOf = renumbering(before.newContactIds, *ids);
        }
        for (qint64 id : before.metContactIds)
            outcome.metContactIds << newIdOf.value(id, id);
        QList<Reminder> followUps = recorded.followUps;
        for (Reminder& r : followUps) {
            r.id = 0;
            r.contactId = newIdOf.value(r.contactId, r.contactId);
        }
        QHash<qint64, qint64> newReminderOf;
        if (!followUps.isEmpty()) {
            auto ids = m_reminders.addMany(followUps);
            if (!ids)
                return R::failure(ids.error());
            outcome.reminderIds = *ids;
            newReminderOf = renumbering(before.reminderIds, *ids);
        }
        QList<EventAttendee> attendees = recorded.attendees;
        for (EventAttendee& a : attendees) {
            a.contactId = newIdOf.value(a.contactId, a.contactId);
            a.followUpReminderId = newReminderOf.value(a.followUpReminderId);
        }
        if (auto s = m_events.addAttendees(outcome.eventId, attendees); !s)
            return R::failure(s.error());
        stored = this->recorded(outcome);
        if (!stored)
            return stored;
        if (auto s = transaction.commit(); !s)
            return R::failure(s.error());
    }
    m_contacts.announceChanged(outcome.newContactIds);
    m_reminders.announceChanged(outcome.metContactIds);
    m_events.announceChanged(outcome.metContactIds);
    return stored;
}

} // namespace kith
