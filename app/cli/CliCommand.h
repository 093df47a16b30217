#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace kith {

class CommandContext;

// What kith-cli returns to the shell.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitBadInput = 1, // the request was understood but cannot be done: unknown id, bad date, refused file
    ExitUsage = 2,    // the request itself is malformed: unknown command or option, missing argument
};

// One subcommand of kith-cli: its options, its help, and what it does with them.
class CliCommand {
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for the command list of `kith-cli --help`.
    virtual QString summary() const = 0;
    // Adds the command's own options and positional arguments (--db and --help are added by the runner).
    virtual void configure(QCommandLineParser& parser) const = 0;
    // Runs after parsing succeeded; validates everything before the first write. Returns an ExitCode.
    virtual int run(const QCommandLineParser& parser, CommandContext& context) const = 0;

protected:
    CliCommand() = default;

    // Parses contact, reminder or interaction ids ("12"); nullopt for anything else.
    static std::optional<qint64> parseId(const QString& text);
};

} // namespace kith
