#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;

namespace kith {

class CliCommand;
class Console;

// Reads kith-cli's command line: the global options (--db, --help, --version) before or after the
// command, the command's own options with a QCommandLineParser, and which database to use
// (--db, else $KITH_DB, else Database::defaultPath()). Then runs the command.
class CommandRunner final {
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    explicit CommandRunner(Console& console);
    ~CommandRunner();

    // `arguments` as QCoreApplication::arguments() gives them; returns the process exit code.
    int run(const QStringList& arguments);

private:
    const CliCommand* find(const QString& name) const;
    void configure(QCommandLineParser& parser, const CliCommand& command) const;
    QString generalHelp() const;
    QString commandHelp(const CliCommand& command) const;
    int usageError(const QString& message);

    Console& m_console;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace kith
