#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli add --name NAME [...]`: adds one contact and prints its id.
class AddCommand final : public CliCommand {
public:
    AddCommand() = default;

    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
