#include "DueCommand.h"

#include "CommandContext.h"
#include "ContactJson.h"
#include "DateArgument.h"
#include "TextTable.h"

#include "domain/Clock.h"
#include "reminders/DueCalculator.h"
#include "reminders/DueItem.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

QString DueCommand::summary() const
{
    return QObject::tr("List who and what is due: cadence, birthdays, anniversaries, follow-ups.");
}

void DueCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Lists what is due now, or by the end of the day given with --at, most overdue first: contacts "
                    "past their keep-in-touch cadence, birthdays and anniversaries (a few days before and on the "
                    "day), and open follow-up reminders."));
    parser.addOption({QStringLiteral("at"),
                      QObject::tr("List what is due by then: YYYY-MM-DD (the end of that day) or a date-time."),
                      QObject::tr("date")});
}

int DueCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("due takes no arguments; to choose the date, use --at %1.")
                                           .arg(parser.positionalArguments().constFirst()));
    QDateTime until = context.clock().now();
    if (parser.isSet(QStringLiteral("at"))) {
        const QString text = parser.value(QStringLiteral("at"));
        const auto at = DateArgument::parse(text, DateArgument::DateOnly::EndOfDay);
        if (!at)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a valid date or date-time; use YYYY-MM-DD "
                                                          "or YYYY-MM-DDTHH:MM.")
                                                  .arg(text));
        until = *at;
    }

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const auto due = DueCalculator(context.database(), ReminderPreferences{}).dueAt(until.toUTC());
    if (!due)
        return context.fail(ExitBadInput, due.error());

    if (context.json()) {
        QJsonArray array;
        for (const DueItem& item : *due) {
            array.append(QJsonObject{
                {QStringLiteral("kind"), dueKindKey(item.kind)},
                {QStringLiteral("contact_id"), item.contactId},
                {QStringLiteral("contact"), item.contactName},
                {QStringLiteral("due"), ContactJson::dateTime(item.due)},
                {QStringLiteral("occurrence"), item.occurrence.toString(Qt::ISODate)},
                {QStringLiteral("reason"), item.reason},
                {QStringLiteral("reminder_id"), item.reminderId > 0 ? QJsonValue(item.reminderId) : QJsonValue()},
                {QStringLiteral("priority"), item.priority},
                {QStringLiteral("last_interaction"), ContactJson::dateTime(item.lastInteraction)},
            });
        }
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (due->isEmpty()) {
        context.print(QObject::tr("Nothing is due."));
        return ExitSuccess;
    }
    TextTable table({QObject::tr("Due"), QObject::tr("Kind"), QObject::tr("Contact"), QObject::tr("Reason"),
                     QObject::tr("Reminder")},
                    {false, false, false, false, true});
    table.setMaxColumnWidth(60);
    for (const DueItem& item : *due) {
        table.addRow({item.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), dueKindKey(item.kind),
                      QStringLiteral("%1 (#%2)").arg(item.contactName).arg(item.contactId), item.reason,
                      item.reminderId > 0 ? QString::number(item.reminderId) : QString()});
    }
    context.print(table.toString());
    return ExitSuccess;
}

} // namespace kith
