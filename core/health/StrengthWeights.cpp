#include "health/StrengthWeights.h"

#include "settings/Settings.h"

#include <algorithm>

namespace kith {

StrengthWeights StrengthWeights::fromSettings(const Settings& settings)
{
    const auto weight = [&settings](Settings::Key key) {
        bool ok = false;
        const double value = settings.value(key).toDouble(&ok);
        return ok ? std::max(0.0, value) : Settings::defaultValue(key).toDouble();
    };
    StrengthWeights w;
    w.reciprocity = weight(Settings::Key::StrengthReciprocityWeight);
    w.history = weight(Settings::Key::StrengthHistoryWeight);
    w.depth = weight(Settings::Key::StrengthDepthWeight);
    return w;
}

} // namespace kith
