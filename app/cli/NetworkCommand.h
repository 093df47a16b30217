#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli network [--at DATE]`: the social capital of the network (size per circle, clusters, bridges, weak
// ties that span clusters, your brokerage), each with what it means and what to do.
class NetworkCommand final : public CliCommand {
public:
    NetworkCommand() = default;

    QString name() const override { return QStringLiteral("network"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
