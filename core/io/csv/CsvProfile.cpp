#include "io/csv/CsvProfile.h"

namespace kith {

void CsvProfile::setColumn(Field field, int column)
{
    if (column >= 0)
        m_columns.insert(field, column);
    else
        m_columns.remove(field);
}

QString CsvProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Generic:
        return QStringLiteral("generic");
    case Kind::GoogleCurrent:
        return QStringLiteral("google-current");
    case Kind::GoogleLegacy:
        return QStringLiteral("google-legacy");
    case Kind::OutlookDesktop:
        return QStringLiteral("outlook-desktop");
    case Kind::OutlookCom:
        return QStringLiteral("outlook-com");
    case Kind::LinkedIn:
        return QStringLiteral("linkedin");
    case Kind::Thunderbird:
        return QStringLiteral("thunderbird");
    }
    return QStringLiteral("generic");
}

} // namespace kith
