#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli demo [--contacts N] [--seed S]`: fills a new database with a sample network.
class DemoCommand final : public CliCommand {
public:
    DemoCommand() = default;

    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
