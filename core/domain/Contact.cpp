#include "domain/Contact.h"

namespace kith {

QString Contact::composedName() const
{
    QStringList parts;
    for (const QString* part : {&prefix, &given, &additional, &family, &suffix}) {
        if (!part->trimmed().isEmpty())
            parts << part->trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

QString Contact::effectiveName() const
{
    if (!displayName.trimmed().isEmpty())
        return displayName.trimmed();
    if (const QString composed = composedName(); !composed.isEmpty())
        return composed;
    if (!nickname.isEmpty())
        return nickname;
    if (!organization.isEmpty())
        return organization;
    if (!emails.isEmpty())
        return emails.first().value;
    return {};
}

QString priorityKey(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QStringLiteral("low");
    case Priority::Normal:
        return QStringLiteral("normal");
    case Priority::High:
        return QStringLiteral("high");
    case Priority::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Priority> priorityFromKey(const QString& key)
{
    for (Priority p : {Priority::None, Priority::Low, Priority::Normal, Priority::High}) {
        if (priorityKey(p).compare(key, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace kith
