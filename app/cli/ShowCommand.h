#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli show ID`: one contact with every field, its interactions and open reminders.
class ShowCommand final : public CliCommand {
public:
    ShowCommand() = default;

    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
