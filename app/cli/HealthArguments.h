#pragma once

#include "health/StrengthWeights.h"

#include <QDate>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace kith {

class CommandContext;

// What `health` and `stats` share: the --at date (the end of that local day; today without it) and
// the strength weights from the user's settings.
class HealthArguments final {
public:
    static void addAtOption(QCommandLineParser& parser);
    // The date asked for, or nullopt after reporting a bad one (the exit code is in `failure`).
    static std::optional<QDate> date(const QCommandLineParser& parser, CommandContext& context, int& failure);
    static StrengthWeights weights();
    // Rounded for printing: four decimals are enough to recompute any part by hand.
    static double round(double value);
};

} // namespace kith
