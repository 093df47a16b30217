#pragma once

#include "domain/Contact.h"
#include "io/vcard/VCardProperty.h"

#include <QList>
#include <QStringList>

namespace kith {

// What VCardMapper made of one card: the contact, the properties Kith does not model (kept in file order,
// untouched, so that an export can write them back), and what a user should be told ("line 12: ...").
struct MappedVCard {
    Contact contact;
    QList<VCardProperty> unmapped;
    QStringList warnings;
};

} // namespace kith
