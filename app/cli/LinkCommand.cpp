#include "LinkCommand.h"

#include "CommandContext.h"

#include "domain/Relationship.h"
#include "storage/RelationshipStore.h"

#include <QCommandLineParser>

namespace kith {

namespace {

QString typeList()
{
    QStringList keys;
    for (RelationshipType type : allRelationshipTypes())
        keys << relationshipTypeKey(type);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString LinkCommand::summary() const
{
    return QObject::tr("Link two contacts (partner, parent, sibling, colleague, ...).");
}

void LinkCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Records that B is A's TYPE: `link 3 7 --type parent` says contact 7 is contact 3's parent, so "
                    "3 is 7's child. The link is stored once and shown from both sides."));
    parser.addPositionalArgument(QStringLiteral("A"), QObject::tr("The first contact's id."));
    parser.addPositionalArgument(QStringLiteral("B"), QObject::tr("The second contact's id."));
    parser.addOption({QStringLiteral("type"), QObject::tr("What B is to A: %1.").arg(typeList()), QObject::tr("TYPE")});
    parser.addOption({QStringLiteral("note"), QObject::tr("A note on the link."), QObject::tr("TEXT")});
}

int LinkCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.fail(ExitUsage, QObject::tr("link needs two contact ids."));
    if (!parser.isSet(QStringLiteral("type")))
        return context.fail(ExitUsage, QObject::tr("link needs --type (%1).").arg(typeList()));
    const auto a = parseId(args.at(0));
    const auto b = parseId(args.at(1));
    if (!a || !b)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(!a ? args.at(0) : args.at(1)));
    const QString typeText = parser.value(QStringLiteral("type"));
    const auto type = relationshipTypeFromKey(typeText);
    if (!type)
        return context.fail(ExitBadInput,
                            QObject::tr("\"%1\" is not a link type; use one of %2.").arg(typeText, typeList()));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    RelationshipStore store(context.database(), context.clock());
    return context.reportAdded(store.add({0, *a, *b, *type, parser.value(QStringLiteral("note")), {}}));
}

} // namespace kith
