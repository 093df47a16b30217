#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kith {

// Where a relationship stands, from best to worst (see docs/health.md for the rules).
enum class HealthStatus { Thriving, Steady, Due, Drifting, Dormant };

QList<HealthStatus> allHealthStatuses();
// Stable keys for JSON and settings: "thriving", "steady", "due", "drifting", "dormant".
QString healthStatusKey(HealthStatus status);
std::optional<HealthStatus> healthStatusFromKey(const QString& key);
// The word shown to the user, translated.
QString healthStatusName(HealthStatus status);

} // namespace kith
