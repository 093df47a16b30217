#include "WhoCanHelpCommand.h"

#include "CommandContext.h"
#include "NetworkJson.h"

#include "network/WhoCanHelp.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace kith {

QString WhoCanHelpCommand::summary() const
{
    return QObject::tr("Find who can help with something, best first.");
}

void WhoCanHelpCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Searches expertise, other topics, titles and organisations, notes and interactions; contacts "
                    "with the words as expertise come first. Each result says why it matched and how you know them."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QObject::tr("What you need help with."),
                                 QStringLiteral("TEXT..."));
    parser.addOption({QStringLiteral("limit"), QObject::tr("At most N results (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
}

int WhoCanHelpCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.fail(ExitUsage, QObject::tr("who-can-help needs the text to search for."));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return context.fail(ExitBadInput, QObject::tr("--limit needs a whole number above 0, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("limit"))));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const auto found = WhoCanHelp(context.database(), context.clock()).search(args.join(QLatin1Char(' ')), limit);
    if (!found)
        return context.fail(ExitBadInput, found.error());
    if (context.json()) {
        QJsonArray array;
        for (const HelpMatch& m : *found)
            array.append(NetworkJson::helpMatch(m));
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (found->isEmpty()) {
        context.print(QObject::tr("Nobody found."));
        return ExitSuccess;
    }
    QStringList lines;
    for (const HelpMatch& m : *found) {
        lines << QStringLiteral("%1  (#%2)").arg(m.name).arg(m.contactId);
        lines << QStringLiteral("  ") + m.reason;
        lines << QStringLiteral("  ") + m.howYouKnow;
    }
    context.print(lines.join(QLatin1Char('\n')));
    return ExitSuccess;
}

} // namespace kith
