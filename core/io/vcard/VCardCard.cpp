#include "io/vcard/VCardCard.h"

namespace kith {

const VCardProperty* VCardCard::first(QStringView name) const
{
    for (const VCardProperty& property : properties) {
        if (name.compare(property.name, Qt::CaseInsensitive) == 0)
            return &property;
    }
    return nullptr;
}

QList<const VCardProperty*> VCardCard::all(QStringView name) const
{
    QList<const VCardProperty*> result;
    for (const VCardProperty& property : properties) {
        if (name.compare(property.name, Qt::CaseInsensitive) == 0)
            result.append(&property);
    }
    return result;
}

QList<const VCardProperty*> VCardCard::inGroup(QStringView group) const
{
    QList<const VCardProperty*> result;
    if (group.isEmpty())
        return result;
    for (const VCardProperty& property : properties) {
        if (group.compare(property.group, Qt::CaseInsensitive) == 0)
            result.append(&property);
    }
    return result;
}

} // namespace kith
