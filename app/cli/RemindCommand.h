#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli remind ID --on DATE [--note TEXT] [--every INTERVAL]`: sets a follow-up reminder.
class RemindCommand final : public CliCommand {
public:
    RemindCommand() = default;

    QString name() const override { return QStringLiteral("remind"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
