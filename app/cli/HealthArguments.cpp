#include "HealthArguments.h"

#include "CliCommand.h"
#include "CommandContext.h"
#include "DateArgument.h"

#include "domain/Clock.h"
#include "settings/Settings.h"

#include <QCommandLineParser>

#include <cmath>

namespace kith {

void HealthArguments::addAtOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("at"),
                      QObject::tr("Score as at the end of that day: YYYY-MM-DD (default: today). Interactions after "
                                  "it do not count."),
                      QObject::tr("date")});
}

std::optional<QDate> HealthArguments::date(const QCommandLineParser& parser, CommandContext& context, int& failure)
{
    if (!parser.isSet(QStringLiteral("at")))
        return context.clock().today();
    const QString text = parser.value(QStringLiteral("at"));
    const auto at = DateArgument::parse(text, DateArgument::DateOnly::EndOfDay);
    if (!at) {
        failure = context.fail(
            ExitBadInput,
            QObject::tr("\"%1\" is not a valid date or date-time; use YYYY-MM-DD or YYYY-MM-DDTHH:MM.").arg(text));
        return std::nullopt;
    }
    return at->toLocalTime().date();
}

StrengthWeights HealthArguments::weights()
{
    const Settings settings;
    return StrengthWeights::fromSettings(settings);
}

double HealthArguments::round(double value)
{
    return std::round(value * 10000) / 10000;
}

} // namespace kith
