#include "health/HealthStatus.h"

#include <QCoreApplication>

namespace kith {

QList<HealthStatus> allHealthStatuses()
{
    return {HealthStatus::Thriving, HealthStatus::Steady, HealthStatus::Due, HealthStatus::Drifting,
            HealthStatus::Dormant};
}

QString healthStatusKey(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Thriving:
        return QStringLiteral("thriving");
    case HealthStatus::Steady:
        return QStringLiteral("steady");
    case HealthStatus::Due:
        return QStringLiteral("due");
    case HealthStatus::Drifting:
        return QStringLiteral("drifting");
    case HealthStatus::Dormant:
        return QStringLiteral("dormant");
    }
    return {};
}

std::optional<HealthStatus> healthStatusFromKey(const QString& key)
{
    for (HealthStatus status : allHealthStatuses()) {
        if (healthStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString healthStatusName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Thriving:
        return QCoreApplication::translate("kith::HealthStatus", "Thriving");
    case HealthStatus::Steady:
        return QCoreApplication::translate("kith::HealthStatus", "Steady");
    case HealthStatus::Due:
        return QCoreApplication::translate("kith::HealthStatus", "Due");
    case HealthStatus::Drifting:
        return QCoreApplication::translate("kith::HealthStatus", "Drifting");
    case HealthStatus::Dormant:
        return QCoreApplication::translate("kith::HealthStatus", "Dormant");
    }
    return {};
}

} // namespace kith
