#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli snooze REMINDER_ID --until DATE`: hides an open follow-up until then.
class SnoozeCommand final : public CliCommand {
public:
    SnoozeCommand() = default;

    QString name() const override { return QStringLiteral("snooze"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
