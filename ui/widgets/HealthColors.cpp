#include "widgets/HealthColors.h"

#include <QPalette>

namespace kith {

namespace {

QColor shade(const char* light, const char* dark, const QPalette& palette)
{
    return QColor(QString::fromLatin1(HealthColors::isDark(palette) ? dark : light));
}

} // namespace

bool HealthColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.45;
}

QColor HealthColors::status(HealthStatus status, const QPalette& palette)
{
    switch (status) {
    case HealthStatus::Thriving:
        return shade("#2e8b57", "#5cc98a", palette);
    case HealthStatus::Steady:
        return shade("#3a7bd5", "#6fa8f0", palette);
    case HealthStatus::Due:
        return shade("#d69a00", "#f2c14e", palette);
    case HealthStatus::Drifting:
        return shade("#d35400", "#f0884a", palette);
    case HealthStatus::Dormant:
        return shade("#8c8f96", "#9da3ad", palette);
    }
    return palette.color(QPalette::Mid);
}

QColor HealthColors::channel(Channel channel, const QPalette& palette)
{
    switch (channel) {
    case Channel::InPerson:
        return shade("#2e8b57", "#5cc98a", palette);
    case Channel::Call:
        return shade("#3a7bd5", "#6fa8f0", palette);
    case Channel::Video:
        return shade("#7d4fb5", "#b18ae6", palette);
    case Channel::Message:
        return shade("#d69a00", "#f2c14e", palette);
    case Channel::Email:
        return shade("#c0392b", "#ee7b6e", palette);
    case Channel::Social:
        return shade("#1a9aa0", "#4fd0d6", palette);
    case Channel::Event:
        return shade("#8c6d46", "#c9a77a", palette);
    }
    return palette.color(QPalette::Mid);
}

QColor HealthColors::score(double health, const QPalette& palette)
{
    // Hue from red (0) through amber (40) to green (130).
    const double clamped = qBound(0.0, health, 100.0);
    const double hue = clamped < 50 ? clamped / 50.0 * 40.0 : 40.0 + (clamped - 50.0) / 50.0 * 90.0;
    const bool dark = isDark(palette);
    return QColor::fromHslF(float(hue / 360.0), dark ? 0.55f : 0.65f, dark ? 0.58f : 0.42f);
}

QColor HealthColors::accent(int index, const QPalette& palette)
{
    switch (index % 4) {
    case 0:
        return shade("#2e6fc9", "#6fa8f0", palette);
    case 1:
        return shade("#d35400", "#f0884a", palette);
    case 2:
        return shade("#2e8b57", "#5cc98a", palette);
    default:
        return shade("#7d4fb5", "#b18ae6", palette);
    }
}

} // namespace kith
