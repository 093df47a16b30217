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
#include <QRegularExpression>

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
        {QStringLiteral("every"),
         QObject::tr("Repeat: day, week, month or year, optionally with a count (\"2 weeks\"). Done then moves "
                     "the reminder to its next date."),
         QObject::tr("interval")},
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

    Recurrence recurrence;
    if (parser.isSet(QStringLiteral("every"))) {
        static const QRegularExpression every(QStringLiteral("^(?:(\\d{1,4})\\s*)?(day|week|month|year)s?$"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QString everyText = parser.value(QStringLiteral("every"));
        const auto m = every.match(everyText.trimmed());
        const int interval = m.hasMatch() && m.hasCaptured(1) ? m.captured(1).toInt() : 1;
        if (!m.hasMatch() || interval < 1)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not an interval; use day, week, month or year, "
                                                          "optionally with a count such as \"2 weeks\".")
                                                  .arg(everyText));
        const QString unit = m.captured(2).toLower();
        recurrence.unit = unit == QLatin1String("day")     ? RecurrenceUnit::Days
                          : unit == QLatin1String("week")  ? RecurrenceUnit::Weeks
                          : unit == QLatin1String("month") ? RecurrenceUnit::Months
                                                           : RecurrenceUnit::Years;
        recurrence.interval = interval;
    }

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
    reminder.recurrence = recurrence;
    return context.reportAdded(context.reminders().add(reminder));
}

} // namespace kith
