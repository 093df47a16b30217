#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli done REMINDER_ID`: marks an open reminder as done.
class DoneCommand final : public CliCommand {
public:
    DoneCommand() = default;

    QString name() const override { return QStringLiteral("done"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
