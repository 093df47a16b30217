#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli import FILE... [--region CC] [--dry-run]`: vCard and CSV files into the database in one
// transaction, as one import batch that `undo-import` can take back. Prints what was imported, merged,
// skipped and failed, with every problem by file and line; fails only when nothing could be read.
class ImportCommand final : public CliCommand {
public:
    ImportCommand() = default;

    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
