#include "UnlinkCommand.h"

#include "CommandContext.h"

#include "domain/Relationship.h"
#include "storage/RelationshipStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

QString UnlinkCommand::summary() const
{
    return QObject::tr("Remove a link between two contacts.");
}

void UnlinkCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Removes the link between A and B. When they have several, --type says which (what B is to A)."));
    parser.addPositionalArgument(QStringLiteral("A"), QObject::tr("The first contact's id."));
    parser.addPositionalArgument(QStringLiteral("B"), QObject::tr("The second contact's id."));
    parser.addOption({QStringLiteral("type"), QObject::tr("What B is to A, as given to link."), QObject::tr("TYPE")});
}

int UnlinkCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.fail(ExitUsage, QObject::tr("unlink needs two contact ids."));
    const auto a = parseId(args.at(0));
    const auto b = parseId(args.at(1));
    if (!a || !b)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(!a ? args.at(0) : args.at(1)));
    std::optional<RelationshipType> type;
    if (parser.isSet(QStringLiteral("type"))) {
        type = relationshipTypeFromKey(parser.value(QStringLiteral("type")));
        if (!type)
            return context.fail(ExitBadInput,
                                QObject::tr("\"%1\" is not a link type.").arg(parser.value(QStringLiteral("type"))));
    }

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    RelationshipStore store(context.database(), context.clock());
    if (!type) {
        const auto links = store.forContact(*a);
        if (!links)
            return context.fail(ExitBadInput, links.error());
        QStringList types;
        for (const Relationship& r : *links) {
            if (r.otherId == *b) {
                type = r.type;
                types << relationshipTypeKey(r.type);
            }
        }
        if (types.isEmpty())
            return context.fail(ExitBadInput, QObject::tr("Contacts %1 and %2 are not linked.").arg(*a).arg(*b));
        if (types.size() > 1)
            return context.fail(ExitBadInput, QObject::tr("Contacts %1 and %2 have %3 links (%4); say which with "
                                                          "--type.")
                                                  .arg(*a)
                                                  .arg(*b)
                                                  .arg(types.size())
                                                  .arg(types.join(QStringLiteral(", "))));
    }
    if (auto s = store.remove(*a, *b, *type); !s)
        return context.fail(ExitBadInput, s.error());
    context.markWritten();
    if (context.json())
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("removed"), true}, {QStringLiteral("type"), relationshipTypeKey(*type)}}));
    else
        context.print(QObject::tr("Unlinked %1 and %2 (%3).").arg(*a).arg(*b).arg(relationshipTypeKey(*type)));
    return ExitSuccess;
}

} // namespace kith
