#pragma once

#include "CliCommand.h"

namespace kith {

// `kith-cli export --format vcard|vcard3|csv [--tag T] [--out FILE]`: the contacts as vCard 4.0, 3.0 or
// CSV; `kith-cli export --format ics [--out FILE]`: birthdays, anniversaries and open follow-ups as an
// iCalendar file. To stdout or to FILE.
class ExportCommand final : public CliCommand {
public:
    ExportCommand() = default;

    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CommandContext& context) const override;
};

} // namespace kith
