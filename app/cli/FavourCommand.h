#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli favour add|list`: favours given to and received from contacts, and the balance with each.
class FavourCommand final : public CliCommand {
public:
    FavourCommand() = default;

    QString name() const override { return QStringLiteral("favour"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;

private:
    int add(qint64 contactId, const QCommandLineParser& parser, CommandContext& context) const;
    int list(std::optional<qint64> contactId, CommandContext& context) const;
};

} // namespace kith
