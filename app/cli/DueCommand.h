#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli due [--at DATE]`: everything due by then (cadence, dates, follow-ups), most overdue first.
class DueCommand final : public CliCommand {
public:
    DueCommand() = default;

    QString name() const override { return QStringLiteral("due"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
