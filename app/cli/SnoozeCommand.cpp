#include "SnoozeCommand.h"

#include "CommandContext.h"
#include "ContactJson.h"
#include "DateArgument.h"

#include "domain/Clock.h"
#include "domain/Reminder.h"
#include "reminders/ReminderActions.h"
#include "storage/ReminderStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

QString SnoozeCommand::summary() const
{
    return QObject::tr("Snooze a reminder until a later date.");
}

void SnoozeCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(QObject::tr("Hides an open follow-up reminder until the given time; a date "
                                                 "without a time means the start of that day, local time."));
    parser.addPositionalArgument(QStringLiteral("REMINDER_ID"), QObject::tr("The reminder's id, as `due` lists it."));
    parser.addOption({QStringLiteral("until"),
                      QObject::tr("Until when: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]."), QObject::tr("date")});
}

int SnoozeCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, QObject::tr("snooze needs exactly one reminder id."));
    if (!parser.isSet(QStringLiteral("until")))
        return context.fail(ExitUsage, QObject::tr("snooze needs --until with the date to snooze until."));
    const auto id = parseId(args.constFirst());
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a reminder id.").arg(args.constFirst()));
    const QString untilText = parser.value(QStringLiteral("until"));
    const auto until = DateArgument::parse(untilText, DateArgument::DateOnly::StartOfDay);
    if (!until)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a valid date or date-time; use YYYY-MM-DD or "
                                                      "YYYY-MM-DDTHH:MM.")
                                              .arg(untilText));
    if (*until <= context.clock().now())
        return context.fail(ExitBadInput,
                            QObject::tr("%1 is not in the future; snooze until a later time.").arg(untilText));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const auto reminder = context.reminders().get(*id);
    if (!reminder)
        return context.fail(ExitBadInput, reminder.error());
    DueItem item;
    item.kind = DueKind::FollowUp;
    item.contactId = reminder->contactId;
    item.reminderId = reminder->id;
    item.occurrence = reminder->dueAt.toUTC().date();
    ReminderActions actions(context.database(), context.clock());
    if (auto s = actions.snooze(item, until->toUTC()); !s)
        return context.fail(ExitBadInput, s.error());
    context.markWritten();
    if (context.json())
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), *id},
                                                    {QStringLiteral("snoozed_until"), ContactJson::dateTime(*until)}}));
    else
        context.print(QObject::tr("Reminder %1 snoozed until %2.")
                          .arg(*id)
                          .arg(until->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return ExitSuccess;
}

} // namespace kith
