#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli intros [--limit N]`: who you could introduce to whom, best first, with why.
class IntrosCommand final : public CliCommand {
public:
    IntrosCommand() = default;

    QString name() const override { return QStringLiteral("intros"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
