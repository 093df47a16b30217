#include "IntrosCommand.h"

#include "CommandContext.h"
#include "IntroductionJson.h"

#include "network/IntroductionSuggester.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace kith {

QString IntrosCommand::summary() const
{
    return QObject::tr("Suggest introductions: one contact's need meets another's expertise.");
}

void IntrosCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Pairs of contacts you are in touch with (an interaction or a circle) who are not linked, not "
                    "introduced yet and not dismissed, where one is looking for what the other can help with (a "
                    "need, or more weakly a goal, meeting expertise on the same topic). Ranked by how many needs "
                    "are met, then by your tie strength to both. Record one with `kith-cli intro add`."));
    parser.addOption({QStringLiteral("limit"), QObject::tr("At most N suggestions (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
}

int IntrosCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("intros takes no arguments."));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return context.fail(ExitBadInput, QObject::tr("--limit needs a whole number above 0, not \"%1\".")
                                              .arg(parser.value(QStringLiteral("limit"))));
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    IntroductionSuggester::Options options;
    options.limit = limit;
    const auto found = IntroductionSuggester(context.database(), context.clock()).suggest(options);
    if (!found)
        return context.fail(ExitBadInput, found.error());
    if (context.json()) {
        QJsonArray array;
        for (const IntroductionSuggestion& s : *found)
            array.append(IntroductionJson::suggestion(s));
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (found->isEmpty()) {
        context.print(QObject::tr("No introductions to suggest."));
        return ExitSuccess;
    }
    QStringList lines;
    for (const IntroductionSuggestion& s : *found) {
        lines << QObject::tr("%1 (#%2) and %3 (#%4)").arg(s.firstName).arg(s.firstId).arg(s.secondName).arg(s.secondId);
        lines << QStringLiteral("  ") + s.reason;
    }
    context.print(lines.join(QLatin1Char('\n')));
    return ExitSuccess;
}

} // namespace kith
