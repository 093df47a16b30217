#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli undo-import ID`: removes the contacts an import added and restores the ones it merged into.
class UndoImportCommand final : public CliCommand {
public:
    UndoImportCommand() = default;

    QString name() const override { return QStringLiteral("undo-import"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
