#include "domain/Introduction.h"

#include <QCoreApplication>

namespace kith {

QList<IntroductionStatus> allIntroductionStatuses()
{
    return {IntroductionStatus::Asked, IntroductionStatus::Made, IntroductionStatus::Accepted,
            IntroductionStatus::Declined};
}

QString introductionStatusKey(IntroductionStatus status)
{
    switch (status) {
    case IntroductionStatus::Asked:
        return QStringLiteral("asked");
    case IntroductionStatus::Made:
        return QStringLiteral("made");
    case IntroductionStatus::Accepted:
        return QStringLiteral("accepted");
    case IntroductionStatus::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<IntroductionStatus> introductionStatusFromKey(const QString& key)
{
    const QString normalized = key.trimmed().toLower();
    for (IntroductionStatus status : allIntroductionStatuses()) {
        if (introductionStatusKey(status) == normalized)
            return status;
    }
    return std::nullopt;
}

QString introductionStatusLabel(IntroductionStatus status)
{
    switch (status) {
    case IntroductionStatus::Asked:
        return QCoreApplication::translate("kith::Introduction", "Asked");
    case IntroductionStatus::Made:
        return QCoreApplication::translate("kith::Introduction", "Made");
    case IntroductionStatus::Accepted:
        return QCoreApplication::translate("kith::Introduction", "Accepted");
    case IntroductionStatus::Declined:
        return QCoreApplication::translate("kith::Introduction", "Declined");
    }
    return {};
}

} // namespace kith
