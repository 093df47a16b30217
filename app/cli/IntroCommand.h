#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli intro add A B ...`, `intro list`, `intro status ID STATUS`, `intro remove ID`: the introductions
// you made, each with its follow-up reminder.
class IntroCommand final : public CliCommand {
public:
    IntroCommand() = default;

    QString name() const override { return QStringLiteral("intro"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;

private:
    int add(const QCommandLineParser& parser, const QStringList& args, CommandContext& context) const;
    int list(const QCommandLineParser& parser, const QStringList& args, CommandContext& context) const;
    int status(const QCommandLineParser& parser, const QStringList& args, CommandContext& context) const;
    int remove(const QStringList& args, CommandContext& context) const;
};

} // namespace kith
