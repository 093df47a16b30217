#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli link A B --type T [--note N]`: records that B is A's T (Byron is Ada's parent: link ADA BYRON --type
// parent).
class LinkCommand final : public CliCommand {
public:
    LinkCommand() = default;

    QString name() const override { return QStringLiteral("link"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
