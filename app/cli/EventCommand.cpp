#include "EventCommand.h"

#include "CommandContext.h"
#include "DateArgument.h"
#include "EventJson.h"
#include "TextTable.h"

#include "domain/Event.h"
#include "network/MeetingRecorder.h"
#include "storage/ContactStore.h"
#include "storage/EventStore.h"
#include "storage/ReminderStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace kith {

namespace {

QString kindList()
{
    QStringList keys;
    for (EventKind kind : allEventKinds())
        keys << eventKindKey(kind);
    return keys.join(QStringLiteral(", "));
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

QString EventCommand::summary() const
{
    return QObject::tr("Add, list or show events and the people you met there.");
}

void EventCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(QObject::tr(
        "event add --name NAME --on DATE [--met ID|NAME]...: adds an event (and, with --met, the people you met "
        "there: a contact's id, or a name, which is an existing contact of that name or else a new contact), all "
        "or nothing, and prints its id. event list: every event, newest first, with how many you met and followed "
        "up. event show ID: the event with who was there."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QObject::tr("add, list or show."));
    parser.addPositionalArgument(QStringLiteral("ID"), QObject::tr("The event's id (show)."), QStringLiteral("[ID]"));
    parser.addOptions({
        {QStringLiteral("name"), QObject::tr("The event's name."), QObject::tr("name")},
        {QStringLiteral("on"), QObject::tr("The day of the event: YYYY-MM-DD."), QObject::tr("date")},
        {QStringLiteral("kind"), QObject::tr("What it was: %1 (default other).").arg(kindList()), QObject::tr("kind")},
        {QStringLiteral("place"), QObject::tr("Where it was."), QObject::tr("place")},
        {QStringLiteral("notes"), QObject::tr("Notes on the event."), QObject::tr("text")},
        {QStringLiteral("met"), QObject::tr("Someone you met there: a contact id, or a name (repeat for each person)."),
         QObject::tr("id|name")},
        {QStringLiteral("follow-up"),
         QObject::tr("With --met: a follow-up reminder for each person this many days from today (0 for none, the "
                     "default)."),
         QObject::tr("days")},
    });
}

int EventCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("add")) {
        if (args.size() != 1)
            return context.fail(ExitUsage, QObject::tr("event add takes no id; use --name and --on."));
        return add(parser, context);
    }
    if (action == QLatin1String("list")) {
        if (args.size() != 1)
            return context.fail(ExitUsage, QObject::tr("event list takes no arguments."));
        return list(context);
    }
    if (action == QLatin1String("show")) {
        if (args.size() != 2)
            return context.fail(ExitUsage, QObject::tr("event show needs exactly one event id."));
        const auto id = parseId(args.at(1));
        if (!id)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not an event id.").arg(args.at(1)));
        return show(*id, context);
    }
    if (action.isEmpty())
        return context.fail(ExitUsage, QObject::tr("event needs an action: add, list or show."));
    return context.fail(ExitUsage, QObject::tr("\"%1\" is not an event action; use add, list or show.").arg(action));
}

int EventCommand::add(const QCommandLineParser& parser, CommandContext& context) const
{
    const QString name = parser.value(QStringLiteral("name")).simplified();
    if (name.isEmpty())
        return context.fail(ExitUsage, QObject::tr("event add needs --name with the event's name."));
    if (!parser.isSet(QStringLiteral("on")))
        return context.fail(ExitUsage, QObject::tr("event add needs --on with the day of the event."));
    const QString onText = parser.value(QStringLiteral("on"));
    const auto on = DateArgument::parse(onText, DateArgument::DateOnly::Noon);
    if (!on)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a valid date; use YYYY-MM-DD.").arg(onText));
    Event event;
    event.name = name;
    event.heldOn = on->date();
    event.place = parser.value(QStringLiteral("place"));
    event.notes = parser.value(QStringLiteral("notes"));
    if (parser.isSet(QStringLiteral("kind"))) {
        const QString kindText = parser.value(QStringLiteral("kind"));
        const auto kind = eventKindFromKey(kindText);
        if (!kind)
            return context.fail(ExitBadInput,
                                QObject::tr("\"%1\" is not an event kind; use one of %2.").arg(kindText, kindList()));
        event.kind = *kind;
    }
    int followUpDays = 0;
    if (parser.isSet(QStringLiteral("follow-up"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("follow-up"));
        followUpDays = text.trimmed().toInt(&ok);
        if (!ok || followUpDays < 0 || followUpDays > 3650)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a number of days from 0 to 3650.").arg(text));
    }
    const QStringList met = parser.values(QStringLiteral("met"));
    if (met.isEmpty() && followUpDays > 0)
        return context.fail(ExitUsage, QObject::tr("--follow-up needs --met with the people to follow up."));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    EventStore events(context.database(), context.clock());
    if (met.isEmpty())
        return context.reportAdded(events.add(event));

    MeetingRecorder recorder(context.database(), context.clock(), context.contacts(), context.reminders(), events);
    QStringList lines;
    for (const QString& person : met) {
        // A bare number is a contact id; anything else a name.
        lines << (parseId(person) ? QStringLiteral("#") + person.trimmed() : person);
    }
    auto people = recorder.resolve(lines, {});
    if (!people)
        return context.fail(ExitBadInput, people.error());
    MeetingPlan plan;
    plan.newEvent = event;
    plan.people = *people;
    plan.followUpDays = followUpDays;
    auto outcome = recorder.record(plan);
    if (!outcome)
        return context.fail(ExitBadInput, outcome.error());
    context.markWritten();
    if (context.json()) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("id"), outcome->eventId},
            {QStringLiteral("met"), idArray(outcome->metContactIds)},
            {QStringLiteral("new_contacts"), idArray(outcome->newContactIds)},
            {QStringLiteral("reminders"), idArray(outcome->reminderIds)},
        }));
    } else {
        context.print(QString::number(outcome->eventId));
    }
    return ExitSuccess;
}

int EventCommand::list(CommandContext& context) const
{
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const EventStore events(context.database(), context.clock());
    const auto all = events.all();
    if (!all)
        return context.fail(ExitBadInput, all.error());
    if (context.json()) {
        QJsonArray array;
        for (const EventSummary& s : *all)
            array.append(EventJson::summary(s));
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (all->isEmpty()) {
        context.print(QObject::tr("No events."));
        return ExitSuccess;
    }
    TextTable table({QObject::tr("ID"), QObject::tr("Date"), QObject::tr("Kind"), QObject::tr("Name"),
                     QObject::tr("Place"), QObject::tr("Met"), QObject::tr("Followed up")},
                    {true, false, false, false, false, true, true});
    for (const EventSummary& s : *all)
        table.addRow({QString::number(s.event.id), s.event.heldOn.toString(Qt::ISODate), eventKindKey(s.event.kind),
                      s.event.name, s.event.place, QString::number(s.met), QString::number(s.followedUp)});
    context.print(table.toString());
    return ExitSuccess;
}

int EventCommand::show(qint64 id, CommandContext& context) const
{
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const EventStore events(context.database(), context.clock());
    const auto event = events.get(id);
    if (!event)
        return context.fail(ExitBadInput, event.error());
    const auto attendees = events.attendees(id);
    if (!attendees)
        return context.fail(ExitBadInput, attendees.error());
    if (context.json()) {
        QJsonObject object = EventJson::event(*event);
        QJsonArray people;
        for (const EventAttendee& a : *attendees)
            people.append(EventJson::attendee(a));
        object.insert(QStringLiteral("attendees"), people);
        context.printJson(QJsonDocument(object));
        return ExitSuccess;
    }
    QString text = QStringLiteral("%1  (#%2)\n").arg(event->name).arg(event->id);
    text += QObject::tr("%1, %2").arg(eventKindLabel(event->kind), event->heldOn.toString(Qt::ISODate));
    if (!event->place.isEmpty())
        text += QObject::tr(", %1").arg(event->place);
    text += QLatin1Char('\n');
    if (!event->notes.isEmpty())
        text += event->notes + QLatin1Char('\n');
    if (attendees->isEmpty()) {
        text += QObject::tr("Nobody on the list.");
        context.print(text);
        return ExitSuccess;
    }
    TextTable table({QObject::tr("ID"), QObject::tr("Name"), QObject::tr("Met"), QObject::tr("Follow-up"),
                     QObject::tr("Followed up")},
                    {true});
    for (const EventAttendee& a : *attendees) {
        const QString followUp =
            a.followUpDueAt.isValid() ? a.followUpDueAt.toLocalTime().date().toString(Qt::ISODate) : QString();
        table.addRow({QString::number(a.contactId), a.name, a.met ? QObject::tr("yes") : QObject::tr("no"), followUp,
                      a.followedUp() ? QObject::tr("yes") : QObject::tr("no")});
    }
    context.print(text + QLatin1Char('\n') + table.toString());
    return ExitSuccess;
}

} // namespace kith
