#include "DueCommand.h"

#include "CommandContext.h"
#include "ContactJson.h"
#include "DateArgument.h"
#include "TextTable.h"

#include "domain/Clock.h"
#include "domain/Contact.h"
#include "domain/Reminder.h"
#include "storage/ContactStore.h"
#include "storage/ReminderStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kith {

QString DueCommand::summary() const
{
    return QObject::tr("List open reminders that are due.");
}

void DueCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Lists the open reminders due now, or by the end of the day given with --at, soonest first."));
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
    const auto due = context.reminders().dueBy(until.toUTC());
    if (!due)
        return context.fail(ExitBadInput, due.error());
    QList<qint64> contactIds;
    for (const Reminder& r : *due) {
        if (!contactIds.contains(r.contactId))
            contactIds << r.contactId;
    }
    const auto contacts = context.contacts().getMany(contactIds);
    if (!contacts)
        return context.fail(ExitBadInput, contacts.error());
    QHash<qint64, QString> names;
    for (const Contact& c : *contacts)
        names.insert(c.id, c.effectiveName());

    if (context.json()) {
        QJsonArray array;
        for (const Reminder& r : *due) {
            QJsonObject object = ContactJson::reminder(r);
            object.insert(QStringLiteral("contact"), names.value(r.contactId));
            array.append(object);
        }
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (due->isEmpty()) {
        context.print(QObject::tr("Nothing is due."));
        return ExitSuccess;
    }
    TextTable table({QObject::tr("ID"), QObject::tr("Due"), QObject::tr("Contact"), QObject::tr("Note")}, {true});
    table.setMaxColumnWidth(60);
    for (const Reminder& r : *due) {
        table.addRow({QString::number(r.id), r.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      QStringLiteral("%1 (#%2)").arg(names.value(r.contactId)).arg(r.contactId), r.note});
    }
    context.print(table.toString());
    return ExitSuccess;
}

} // namespace kith
