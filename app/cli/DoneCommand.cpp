#include "DoneCommand.h"

#include "CommandContext.h"
#include "ContactJson.h"

#include "domain/Clock.h"
#include "domain/Reminder.h"
#include "reminders/ReminderActions.h"
#include "storage/ReminderStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

QString DoneCommand::summary() const
{
    return QObject::tr("Mark a reminder as done.");
}

void DoneCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Marks an open reminder as done; a recurring one moves to its next date."));
    parser.addPositionalArgument(QStringLiteral("REMINDER_ID"), QObject::tr("The reminder's id, as `due` lists it."));
}

int DoneCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, QObject::tr("done needs exactly one reminder id."));
    const auto id = parseId(args.constFirst());
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a reminder id.").arg(args.constFirst()));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const auto reminder = context.reminders().get(*id);
    if (!reminder)
        return context.fail(ExitBadInput, reminder.error());
    if (!reminder->isOpen())
        return context.fail(ExitBadInput, reminder->doneAt.isValid()
                                              ? QObject::tr("Reminder %1 is already done.").arg(*id)
                                              : QObject::tr("Reminder %1 was dismissed.").arg(*id));
    DueItem item;
    item.kind = DueKind::FollowUp;
    item.contactId = reminder->contactId;
    item.reminderId = reminder->id;
    item.occurrence = reminder->dueAt.toUTC().date();
    ReminderActions actions(context.database(), context.clock());
    if (auto s = actions.done(item); !s)
        return context.fail(ExitBadInput, s.error());
    context.markWritten();
    // A recurring reminder stays open on its next date.
    const auto after = context.reminders().get(*id);
    const QDateTime next = after && after->isOpen() ? after->dueAt : QDateTime();
    if (context.json())
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), *id},
                                                    {QStringLiteral("done"), true},
                                                    {QStringLiteral("next_due"), ContactJson::dateTime(next)}}));
    else if (next.isValid())
        context.print(QObject::tr("Reminder %1 done; next on %2.")
                          .arg(*id)
                          .arg(next.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    else
        context.print(QObject::tr("Reminder %1 done.").arg(*id));
    return ExitSuccess;
}

} // namespace kith
