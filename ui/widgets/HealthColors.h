#pragma once

#include "domain/Interaction.h"
#include "health/HealthStatus.h"

#include <QColor>

class QPalette;

namespace kith {

// The colours health is drawn in (statuses, channels, scores), one shade for light palettes and
// a lighter one for dark palettes, so that the table, the detail pane and the charts agree.
class HealthColors final {
public:
    HealthColors() = delete;

    static bool isDark(const QPalette& palette);
    static QColor status(HealthStatus status, const QPalette& palette);
    static QColor channel(Channel channel, const QPalette& palette);
    // Red when low, amber in between, green when high.
    static QColor score(double health, const QPalette& palette);
    // The colour of the line or area of the n-th plain series in a chart.
    static QColor accent(int index, const QPalette& palette);
};

} // namespace kith
