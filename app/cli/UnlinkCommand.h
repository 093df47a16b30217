#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli unlink A B [--type T]`: removes a link between two contacts.
class UnlinkCommand final : public CliCommand {
public:
    UnlinkCommand() = default;

    QString name() const override { return QStringLiteral("unlink"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
