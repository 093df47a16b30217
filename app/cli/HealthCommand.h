#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli health [ID] [--at DATE]`: relationship health, strength and status with every part and
// its inputs, for one contact or all.
class HealthCommand final : public CliCommand {
public:
    HealthCommand() = default;

    QString name() const override { return QStringLiteral("health"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
