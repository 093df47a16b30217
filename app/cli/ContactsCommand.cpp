#include "ContactsCommand.h"

#include "CommandContext.h"
#include "ContactJson.h"
#include "TextTable.h"

#include "domain/Contact.h"
#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kith {

QString ContactsCommand::summary() const
{
    return QObject::tr("List contacts, or those matching a search.");
}

void ContactsCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Lists contacts by name. --search matches the start of words in names, organisations, emails, "
                    "phone numbers, tags and notes; every word must match."));
    parser.addOptions({
        {QStringLiteral("search"), QObject::tr("Only contacts matching this text."), QObject::tr("text")},
        {QStringLiteral("trash"), QObject::tr("List the contacts in the Trash instead.")},
    });
}

int ContactsCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("contacts takes no arguments; to search, use --search \"%1\".")
                                           .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    ContactQuery query;
    query.search = parser.value(QStringLiteral("search"));
    query.trashed = parser.isSet(QStringLiteral("trash"));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    ContactStore& store = context.contacts();
    // Ids first, then every contact in one batch: a search over thousands stays a handful of queries.
    const auto ids = store.ids(query);
    if (!ids)
        return context.fail(ExitBadInput, ids.error());
    const auto contacts = store.getMany(*ids);
    if (!contacts)
        return context.fail(ExitBadInput, contacts.error());
    const auto summaries = store.summaries(*ids);
    if (!summaries)
        return context.fail(ExitBadInput, summaries.error());
    QHash<qint64, QDateTime> lastInteraction;
    lastInteraction.reserve(summaries->size());
    for (const ContactSummary& row : *summaries)
        lastInteraction.insert(row.id, row.lastInteraction);

    if (context.json()) {
        QJsonArray array;
        for (const Contact& contact : *contacts)
            array.append(ContactJson::brief(contact, lastInteraction.value(contact.id)));
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }

    if (contacts->isEmpty()) {
        if (!query.search.trimmed().isEmpty())
            context.print(QObject::tr("No contacts match \"%1\".").arg(query.search.trimmed()));
        else
            context.print(query.trashed ? QObject::tr("The Trash is empty.") : QObject::tr("No contacts yet."));
        return ExitSuccess;
    }
    TextTable table({QObject::tr("ID"), QObject::tr("Name"), QObject::tr("Organization"), QObject::tr("Circle"),
                     QObject::tr("Tags"), QObject::tr("Email"), QObject::tr("Phone"), QObject::tr("Last contact")},
                    {true});
    table.setMaxColumnWidth(32);
    for (const Contact& contact : *contacts) {
        const QDateTime last = lastInteraction.value(contact.id);
        table.addRow({QString::number(contact.id), contact.effectiveName(), contact.organization, contact.circle,
                      contact.tags.join(QStringLiteral(", ")),
                      contact.emails.isEmpty() ? QString() : contact.emails.constFirst().value,
                      contact.phones.isEmpty() ? QString() : contact.phones.constFirst().value,
                      last.isValid() ? last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString()});
    }
    context.print(table.toString());
    return ExitSuccess;
}

} // namespace kith
