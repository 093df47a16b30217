#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli who-can-help TEXT...`: the contacts who can help with something, best first, with why and how you know
// them.
class WhoCanHelpCommand final : public CliCommand {
public:
    WhoCanHelpCommand() = default;

    QString name() const override { return QStringLiteral("who-can-help"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
