#include "CommandRunner.h"

#include "AddCommand.h"
#include "CliCommand.h"
#include "CommandContext.h"
#include "Console.h"
#include "ContactsCommand.h"
#include "DemoCommand.h"
#include "DoneCommand.h"
#include "DueCommand.h"
#include "EventCommand.h"
#include "ExportCommand.h"
#include "FavourCommand.h"
#include "HealthCommand.h"
#include "ImportCommand.h"
#include "ImportsCommand.h"
#include "IntroCommand.h"
#include "IntrosCommand.h"
#include "LinkCommand.h"
#include "LinksCommand.h"
#include "LogCommand.h"
#include "NetworkCommand.h"
#include "RemindCommand.h"
#include "ShowCommand.h"
#include "SnoozeCommand.h"
#include "StatsCommand.h"
#include "TopicCommand.h"
#include "UndoImportCommand.h"
#include "UnlinkCommand.h"
#include "WhoCanHelpCommand.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace kith {

namespace {

const QString kDbOption = QStringLiteral("db");
const QString kHelpOption = QStringLiteral("help");
const QString kJsonOption = QStringLiteral("json");

} // namespace

CommandRunner::CommandRunner(Console& console)
    : m_console(console)
{
    m_commands.push_back(std::make_unique<AddCommand>());
    m_commands.push_back(std::make_unique<ContactsCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<RemindCommand>());
    m_commands.push_back(std::make_unique<DueCommand>());
    m_commands.push_back(std::make_unique<DoneCommand>());
    m_commands.push_back(std::make_unique<SnoozeCommand>());
    m_commands.push_back(std::make_unique<HealthCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ImportsCommand>());
    m_commands.push_back(std::make_unique<UndoImportCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<LinkCommand>());
    m_commands.push_back(std::make_unique<UnlinkCommand>());
    m_commands.push_back(std::make_unique<LinksCommand>());
    m_commands.push_back(std::make_unique<TopicCommand>());
    m_commands.push_back(std::make_unique<WhoCanHelpCommand>());
    m_commands.push_back(std::make_unique<NetworkCommand>());
    m_commands.push_back(std::make_unique<EventCommand>());
    m_commands.push_back(std::make_unique<FavourCommand>());
    m_commands.push_back(std::make_unique<IntrosCommand>());
    m_commands.push_back(std::make_unique<IntroCommand>());
}

CommandRunner::~CommandRunner() = default;

const CliCommand* CommandRunner::find(const QString& name) const
{
    const auto it = std::find_if(m_commands.begin(), m_commands.end(),
                                 [&name](const auto& command) { return command->name() == name; });
    return it == m_commands.end() ? nullptr : it->get();
}

void CommandRunner::configure(QCommandLineParser& parser, const CliCommand& command) const
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    command.configure(parser);
    parser.addOptions({
        {kJsonOption, QObject::tr("Print JSON instead of text.")},
        {kDbOption, QObject::tr("The database file to use."), QObject::tr("path")},
        {{QStringLiteral("h"), kHelpOption}, QObject::tr("Show this help.")},
    });
}

int CommandRunner::usageError(const QString& message)
{
    m_console.error(message);
    return ExitUsage;
}

QString CommandRunner::generalHelp() const
{
    QString text = QObject::tr("Usage: kith-cli [--db PATH] COMMAND [OPTIONS]\n\n"
                               "Kith from the shell: contacts, interactions and reminders.\n\n"
                               "Commands:\n");
    int width = 4;
    for (const auto& command : m_commands)
        width = std::max(width, int(command->name().size()));
    for (const auto& command : m_commands)
        text +=
            QStringLiteral("  ") + command->name().leftJustified(width + 2) + command->summary() + QLatin1Char('\n');
    text += QStringLiteral("  ") + QStringLiteral("help").leftJustified(width + 2) +
            QObject::tr("Show the help of a command.") + QLatin1Char('\n');
    text += QObject::tr("\nOptions:\n"
                        "  --db PATH      The database file. Without it, $KITH_DB, else %1\n"
                        "  -h, --help     Show this help.\n"
                        "  -v, --version  Show the version.\n\n"
                        "Every command takes --json for machine-readable output. See 'kith-cli help COMMAND'.\n"
                        "Exit status: 0 done, 1 the request could not be carried out, 2 usage error.\n")
                .arg(QDir::toNativeSeparators(Database::defaultPath()));
    return text;
}

QString CommandRunner::commandHelp(const CliCommand& command) const
{
    QCommandLineParser parser;
    configure(parser, command);
    QString text = parser.helpText();
    // Qt names the executable as it was started; the help should name the command.
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = text.left(lineEnd);
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = usage.indexOf(program);
    if (at >= 0)
        usage.replace(at, program.size(), QStringLiteral("kith-cli ") + command.name());
    return usage + text.mid(lineEnd);
}

int CommandRunner::run(const QStringList& arguments)
{
    QString dbPath;
    bool dbGiven = false;
    QString commandName;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usageError(QObject::tr("--db needs a path."));
            dbPath = arguments[++i];
            dbGiven = true;
        } else if (arg.startsWith(QLatin1String("--db="))) {
            dbPath = arg.mid(5);
            dbGiven = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("-?")) {
            m_console.print(generalHelp());
            return ExitSuccess;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            m_console.print(QStringLiteral("kith-cli ") + QCoreApplication::applicationVersion());
            return ExitSuccess;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usageError(QObject::tr("Unknown option '%1'. See 'kith-cli --help'.").arg(arg));
        } else {
            commandName = arg;
            ++i;
            break;
        }
    }
    if (commandName.isEmpty())
        return usageError(QObject::tr("No command given. See 'kith-cli --help'."));
    const QStringList rest = arguments.mid(i);

    if (commandName == QLatin1String("help")) {
        if (rest.isEmpty()) {
            m_console.print(generalHelp());
            return ExitSuccess;
        }
        const CliCommand* command = find(rest.constFirst());
        if (!command || rest.size() > 1)
            return usageError(
                QObject::tr("There is no command '%1'. See 'kith-cli --help'.").arg(rest.join(QLatin1Char(' '))));
        m_console.print(commandHelp(*command));
        return ExitSuccess;
    }

    const CliCommand* command = find(commandName);
    if (!command)
        return usageError(QObject::tr("There is no command '%1'. See 'kith-cli --help'.").arg(commandName));
    QCommandLineParser parser;
    configure(parser, *command);
    if (!parser.parse(QStringList{QStringLiteral("kith-cli")} + rest))
        return usageError(parser.errorText() + QObject::tr(" See 'kith-cli help %1'.").arg(command->name()));
    if (parser.isSet(kHelpOption)) {
        m_console.print(commandHelp(*command));
        return ExitSuccess;
    }
    if (parser.isSet(kDbOption)) {
        dbPath = parser.value(kDbOption);
        dbGiven = true;
    }
    if (dbGiven && dbPath.trimmed().isEmpty())
        return usageError(QObject::tr("--db needs a path."));

    bool isDefaultPath = false;
    if (!dbGiven) {
        dbPath = qEnvironmentVariable("KITH_DB");
        if (dbPath.isEmpty()) {
            dbPath = Database::defaultPath();
            isDefaultPath = true;
        }
    }
    CommandContext context(m_console, dbPath, isDefaultPath, parser.isSet(kJsonOption));
    return command->run(parser, context);
}

} // namespace kith
