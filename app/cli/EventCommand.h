#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli event add|list|show`: events (meetups, conferences, parties) and the people met there.
class EventCommand final : public CliCommand {
public:
    EventCommand() = default;

    QString name() const override { return QStringLiteral("event"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;

private:
    int add(const QCommandLineParser& parser, CommandContext& context) const;
    int list(CommandContext& context) const;
    int show(qint64 id, CommandContext& context) const;
};

} // namespace kith
