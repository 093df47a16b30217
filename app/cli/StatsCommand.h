#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli stats [--at DATE]`: how the network is doing: contacts per status and circle, average health.
class StatsCommand final : public CliCommand {
public:
    StatsCommand() = default;

    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
