#include "RemindCommand.h"

#include "CommandContext.h"
#include "DateArgument.h"

#include "domain/Contact.h"
#include "domain/Reminder.h"
#include "storage/ContactStore.h"
#include "storage/ReminderStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

QString RemindCommand::summary() const
{
    return QObject::tr("Set a reminder to follow up with a contact.");
}

void RemindCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Sets a follow-up reminder and prints its id. A date without a time makes the reminder due "
                    "from the start of that day, local time."));
    parser.addPositionalArgument(QStringLiteral("ID"), QObject::tr("The contact's id."));
    parser.addOptions({
        {QStringLiteral("on"), QObject::tr("When: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]."),
         QObject::tr("date")},
        {QStringLiteral("note"), QObject::tr("What to follow up about."), QObject::tr("text")},
    });
}

int RemindCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, QObject::tr("remind needs exactly one contact id."));
    if (!parser.isSet(QStringLiteral("on")))
        return context.fail(ExitUsage, QObject::tr("remind needs --on with the date of the reminder."));
    const auto id = parseId(args.constFirst());
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(args.constFirst()));
    const QString onText = parser.value(QStringLiteral("on"));
    const auto on = DateArgument::parse(onText, DateArgument::DateOnly::StartOfDay);
    if (!on)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a valid date or date-time; use YYYY-MM-DD or "
                                                      "YYYY-MM-DDTHH:MM.")
                                              .arg(onText));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const auto contact = context.contacts().get(*id);
    if (!contact)
        return context.fail(ExitBadInput, contact.error());
    if (contact->deletedAt.isValid())
        return context.fail(ExitBadInput, QObject::tr("Contact %1 (%2) is in the Trash; restore it first.")
                                              .arg(contact->id)
                                              .arg(contact->effectiveName()));

    Reminder reminder;
    reminder.contactId = *id;
    reminder.dueAt = on->toUTC();
    reminder.note = parser.value(QStringLiteral("note")).simplified();
    return context.reportAdded(context.reminders().add(reminder));
}

} // namespace kith
