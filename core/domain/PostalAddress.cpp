#include "domain/PostalAddress.h"

#include <QStringList>

namespace kith {

QString PostalAddress::singleLine() const
{
    QStringList parts;
    for (const QString* part : {&poBox, &extended, &street, &locality, &region, &postalCode, &country}) {
        if (!part->trimmed().isEmpty())
            parts << part->trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace kith
