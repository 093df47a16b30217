#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli log ID... --channel C --at DATE`: records one interaction with everyone given.
class LogCommand final : public CliCommand {
public:
    LogCommand() = default;

    QString name() const override { return QStringLiteral("log"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
