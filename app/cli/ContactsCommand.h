#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli contacts [--search TEXT] [--trash]`: lists contacts as a table or a JSON array.
class ContactsCommand final : public CliCommand {
public:
    ContactsCommand() = default;

    QString name() const override { return QStringLiteral("contacts"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
