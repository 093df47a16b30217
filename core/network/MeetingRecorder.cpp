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

} // namespace kith
