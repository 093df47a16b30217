#include "DoneCommand.h"

#include "CommandContext.h"

#include "domain/Reminder.h"
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
    parser.setApplicationDescription(QObject::tr("Marks an open reminder as done."));
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
        return context.fail(ExitBadInput, QObject::tr("Reminder %1 is already done.").arg(*id));
    if (auto s = context.reminders().markDone(*id); !s)
        return context.fail(ExitBadInput, s.error());
    context.markWritten();
    if (context.json())
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("done"), true}}));
    else
        context.print(QObject::tr("Reminder %1 done.").arg(*id));
    return ExitSuccess;
}

} // namespace kith
