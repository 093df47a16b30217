#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli links ID`: a contact's links, seen from it.
class LinksCommand final : public CliCommand {
public:
    LinksCommand() = default;

    QString name() const override { return QStringLiteral("links"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
