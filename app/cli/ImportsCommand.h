#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli imports`: the import batches, newest first, with their counts and whether they were undone.
class ImportsCommand final : public CliCommand {
public:
    ImportsCommand() = default;

    QString name() const override { return QStringLiteral("imports"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
