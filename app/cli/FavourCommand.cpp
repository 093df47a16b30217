#include "FavourCommand.h"

#include "CommandContext.h"
#include "DateArgument.h"
#include "EventJson.h"
#include "TextTable.h"

#include "domain/Clock.h"
#include "domain/Contact.h"
#include "domain/Favour.h"
#include "storage/ContactStore.h"
#include "storage/FavourStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kith {

QString FavourCommand::summary() const
{
    return QObject::tr("Log a favour given or received, or list favours and the balance.");
}

void FavourCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(QObject::tr(
        "favour add ID --given WHAT | --received WHAT [--on DATE]: logs a favour you did for contact ID, or one "
        "they did for you, and prints its id. favour list [ID]: every favour, newest first, or one contact's with "
        "the balance between you."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QObject::tr("add or list."));
    parser.addPositionalArgument(QStringLiteral("ID"), QObject::tr("The contact's id."), QStringLiteral("[ID]"));
    parser.addOptions({
        {QStringLiteral("given"), QObject::tr("What you did for them."), QObject::tr("what")},
        {QStringLiteral("received"), QObject::tr("What they did for you."), QObject::tr("what")},
        {QStringLiteral("on"), QObject::tr("When: YYYY-MM-DD (default today)."), QObject::tr("date")},
        {QStringLiteral("notes"), QObject::tr("Notes on the favour."), QObject::tr("text")},
    });
}

int FavourCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("add")) {
        if (args.size() != 2)
            return context.fail(ExitUsage, QObject::tr("favour add needs exactly one contact id."));
        const auto id = parseId(args.at(1));
        if (!id)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(args.at(1)));
        return add(*id, parser, context);
    }
    if (action == QLatin1String("list")) {
        if (args.size() > 2)
            return context.fail(ExitUsage, QObject::tr("favour list takes at most one contact id."));
        if (args.size() == 1)
            return list(std::nullopt, context);
        const auto id = parseId(args.at(1));
        if (!id)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(args.at(1)));
        return list(id, context);
    }
    if (action.isEmpty())
        return context.fail(ExitUsage, QObject::tr("favour needs an action: add or list."));
    return context.fail(ExitUsage, QObject::tr("\"%1\" is not a favour action; use add or list.").arg(action));
}

int FavourCommand::add(qint64 contactId, const QCommandLineParser& parser, CommandContext& context) const
{
    const bool given = parser.isSet(QStringLiteral("given"));
    const bool received = parser.isSet(QStringLiteral("received"));
    if (given == received)
        return context.fail(ExitUsage, QObject::tr("favour add needs either --given or --received with what it was."));
    Favour favour;
    favour.contactId = contactId;
    favour.direction = given ? FavourDirection::Given : FavourDirection::Received;
    favour.what = parser.value(given ? QStringLiteral("given") : QStringLiteral("received"));
    favour.notes = parser.value(QStringLiteral("notes"));
    favour.happenedOn = context.clock().today();
    if (parser.isSet(QStringLiteral("on"))) {
        const QString onText = parser.value(QStringLiteral("on"));
        const auto on = DateArgument::parse(onText, DateArgument::DateOnly::Noon);
        if (!on)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a valid date; use YYYY-MM-DD.").arg(onText));
        favour.happenedOn = on->date();
    }
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    FavourStore favours(context.database(), context.clock());
    return context.reportAdded(favours.add(favour));
}

int FavourCommand::list(std::optional<qint64> contactId, CommandContext& context) const
{
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const FavourStore store(context.database(), context.clock());
    QString contactName;
    if (contactId) {
        const auto contact = context.contacts().get(*contactId);
        if (!contact)
            return context.fail(ExitBadInput, contact.error());
        contactName = contact->effectiveName();
    }
    const auto favours = contactId ? store.forContact(*contactId) : store.all();
    if (!favours)
        return context.fail(ExitBadInput, favours.error());
    QList<qint64> ids;
    for (const Favour& f : *favours)
        ids << f.contactId;
    const auto people = context.contacts().getMany(ids);
    if (!people)
        return context.fail(ExitBadInput, people.error());
    QHash<qint64, QString> names;
    for (const Contact& c : *people)
        names.insert(c.id, c.effectiveName());

    if (context.json()) {
        QJsonArray array;
        for (const Favour& f : *favours)
            array.append(EventJson::favour(f, names.value(f.contactId)));
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    QString text;
    if (favours->isEmpty()) {
        text = QObject::tr("No favours.");
    } else {
        TextTable table({QObject::tr("ID"), QObject::tr("Date"), QObject::tr("Direction"), QObject::tr("Contact"),
                         QObject::tr("What")},
                        {true});
        for (const Favour& f : *favours)
            table.addRow({QString::number(f.id), f.happenedOn.toString(Qt::ISODate), favourDirectionKey(f.direction),
                          names.value(f.contactId), f.what});
        text = table.toString();
    }
    if (contactId) {
        const auto balance = store.balance(*contactId);
        if (!balance)
            return context.fail(ExitBadInput, balance.error());
        if (!favours->isEmpty())
            text += QLatin1Char('\n') + favourBalanceText(contactName, *balance);
    }
    context.print(text);
    return ExitSuccess;
}

} // namespace kith
