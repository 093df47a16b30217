#include "TopicCommand.h"

#include "CommandContext.h"
#include "NetworkJson.h"

#include "domain/Topic.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/TopicStore.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace kith {

namespace {

QString kindList()
{
    QStringList keys;
    for (TopicKind kind : allTopicKinds())
        keys << topicKindKey(kind);
    return keys.join(QStringLiteral(", "));
}

// "expertise:tax law" into its kind and name; the error names what is wrong.
Result<std::pair<TopicKind, QString>> parseTopic(const QString& text)
{
    using R = Result<std::pair<TopicKind, QString>>;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return R::failure(QObject::tr("\"%1\" is not KIND:NAME, for example expertise:\"tax law\".").arg(text));
    const QString kindText = text.left(colon);
    const auto kind = topicKindFromKey(kindText);
    if (!kind)
        return R::failure(QObject::tr("\"%1\" is not a topic kind; use one of %2.").arg(kindText, kindList()));
    const QString name = text.mid(colon + 1).simplified();
    if (name.isEmpty())
        return R::failure(QObject::tr("\"%1\" has no topic name after the colon.").arg(text));
    return std::pair{*kind, name};
}

} // namespace

QString TopicCommand::summary() const
{
    return QObject::tr("List, add or remove a contact's topics (expertise, interests, ...).");
}

void TopicCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Lists the contact's topics, or adds and removes some, all or none. KIND is one of %1; "
                    "expertise is what they can help with, need what they are looking for.")
            .arg(kindList()));
    parser.addPositionalArgument(QStringLiteral("ID"), QObject::tr("The contact's id."));
    parser.addOption({QStringLiteral("add"), QObject::tr("Adds a topic, as KIND:NAME (expertise:\"tax law\")."),
                      QObject::tr("KIND:NAME")});
    parser.addOption(
        {QStringLiteral("remove"), QObject::tr("Removes a topic, as KIND:NAME."), QObject::tr("KIND:NAME")});
}

int TopicCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, QObject::tr("topic needs exactly one contact id."));
    const auto id = parseId(args.constFirst());
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(args.constFirst()));
    QList<ContactTopic> additions;
    for (const QString& text : parser.values(QStringLiteral("add"))) {
        auto parsed = parseTopic(text);
        if (!parsed)
            return context.fail(ExitBadInput, parsed.error());
        additions << ContactTopic{*id, 0, parsed->second, parsed->first, {}};
    }
    QList<std::pair<TopicKind, QString>> removals;
    for (const QString& text : parser.values(QStringLiteral("remove"))) {
        auto parsed = parseTopic(text);
        if (!parsed)
            return context.fail(ExitBadInput, parsed.error());
        removals << *parsed;
    }

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    if (const auto contact = context.contacts().get(*id); !contact)
        return context.fail(ExitBadInput, contact.error());
    TopicStore store(context.database(), context.clock());
    if (!additions.isEmpty() || !removals.isEmpty()) {
        // Every change of one run or none.
        Transaction transaction(context.database().connection());
        if (!transaction.isActive())
            return context.fail(ExitBadInput, transaction.error());
        for (const auto& [kind, name] : std::as_const(removals)) {
            if (auto s = store.remove(*id, kind, name); !s)
                return context.fail(ExitBadInput, s.error());
        }
        if (auto s = store.addMany(additions); !s)
            return context.fail(ExitBadInput, s.error());
        if (auto s = transaction.commit(); !s)
            return context.fail(ExitBadInput, s.error());
        context.markWritten();
    }
    const auto topics = store.forContact(*id);
    if (!topics)
        return context.fail(ExitBadInput, topics.error());
    if (context.json()) {
        QJsonArray array;
        for (const ContactTopic& t : *topics)
            array.append(NetworkJson::topic(t));
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (topics->isEmpty()) {
        context.print(QObject::tr("No topics."));
        return ExitSuccess;
    }
    QStringList lines;
    for (const ContactTopic& t : *topics) {
        QString line = QStringLiteral("%1:%2").arg(topicKindKey(t.kind), t.name);
        if (!t.detail.isEmpty())
            line += QStringLiteral("  (%1)").arg(t.detail);
        lines << line;
    }
    context.print(lines.join(QLatin1Char('\n')));
    return ExitSuccess;
}

} // namespace kith
