#include "LinksCommand.h"

#include "CommandContext.h"
#include "NetworkJson.h"
#include "TextTable.h"

#include "domain/Contact.h"
#include "domain/Relationship.h"
#include "storage/ContactStore.h"
#include "storage/RelationshipStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kith {

QString LinksCommand::summary() const
{
    return QObject::tr("List a contact's links to other contacts.");
}

void LinksCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(QObject::tr(
        "Lists the contact's links, seen from it: \"parent  Byron\" means Byron is this contact's parent."));
    parser.addPositionalArgument(QStringLiteral("ID"), QObject::tr("The contact's id."));
}

int LinksCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, QObject::tr("links needs exactly one contact id."));
    const auto id = parseId(args.constFirst());
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(args.constFirst()));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    if (const auto contact = context.contacts().get(*id); !contact)
        return context.fail(ExitBadInput, contact.error());
    RelationshipStore store(context.database(), context.clock());
    const auto links = store.forContact(*id);
    if (!links)
        return context.fail(ExitBadInput, links.error());
    QList<qint64> others;
    for (const Relationship& r : *links)
        others << r.otherId;
    const auto people = context.contacts().getMany(others);
    if (!people)
        return context.fail(ExitBadInput, people.error());
    QHash<qint64, QString> names;
    for (const Contact& person : *people)
        names.insert(person.id, person.effectiveName());

    if (context.json()) {
        QJsonArray array;
        for (const Relationship& r : *links)
            array.append(NetworkJson::relationship(r, names.value(r.otherId)));
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (links->isEmpty()) {
        context.print(QObject::tr("No links."));
        return ExitSuccess;
    }
    TextTable table(
        {QObject::tr("Link"), QObject::tr("Type"), QObject::tr("ID"), QObject::tr("Name"), QObject::tr("Note")},
        {true, false, true});
    for (const Relationship& r : *links)
        table.addRow({QString::number(r.id), relationshipTypeKey(r.type), QString::number(r.otherId),
                      names.value(r.otherId), r.note});
    context.print(table.toString());
    return ExitSuccess;
}

} // namespace kith
