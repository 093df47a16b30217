#pragma once

#include "io/vcard/VCardProperty.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace kith {

// One vCard as read from a file: its version and every property in file order (VERSION itself excluded).
struct VCardCard {
    QString version; // "2.1", "3.0", "4.0" as declared; empty when the card has no VERSION
    QList<VCardProperty> properties;
    qint64 line = 0; // physical line of BEGIN (or of the first property when BEGIN was missing)

    // The first property of that name (case-insensitive, any group), or nullptr.
    const VCardProperty* first(QStringView name) const;
    QList<const VCardProperty*> all(QStringView name) const;
    // The properties sharing an Apple/Google group ("item1"), in order.
    QList<const VCardProperty*> inGroup(QStringView group) const;
};

} // namespace kith
