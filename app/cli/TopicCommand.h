#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli topic ID [--add KIND:NAME]... [--remove KIND:NAME]...`: lists, adds and removes a contact's topics.
class TopicCommand final : public CliCommand {
public:
    TopicCommand() = default;

    QString name() const override { return QStringLiteral("topic"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
