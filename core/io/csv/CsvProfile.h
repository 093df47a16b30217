#pragma once

#include "io/csv/CsvAddressColumns.h"
#include "io/csv/CsvValueColumns.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kith {

// What a CSV header row is: which exporter wrote it, and which column holds each field Kith knows.
// Made by CsvProfileDetector; columns are 0-based indexes into the header (and each row).
class CsvProfile final {
public:
    enum class Kind { Generic, GoogleCurrent, GoogleLegacy, OutlookDesktop, OutlookCom, LinkedIn, Thunderbird };
    enum class Field {
        DisplayName,
        GivenName,
        MiddleName,
        FamilyName,
        Prefix,
        Suffix,
        Nickname,
        Organisation,
        Department,
        Title,
        Notes,
        Birthday,
        BirthYear, // Thunderbird splits the birthday in three columns
        BirthMonth,
        BirthDay,
        Anniversary,
        Labels, // Google "Labels"/"Group Membership", Outlook "Categories"
        Photo,
        ConnectedOn, // LinkedIn
    };

    Kind kind = Kind::Generic;
    QList<CsvValueColumns> emails;
    QList<CsvValueColumns> phones;
    QList<CsvValueColumns> websites;
    QList<CsvAddressColumns> addresses;

    // The column of a field, or -1.
    int column(Field field) const { return m_columns.value(field, -1); }
    bool has(Field field) const { return m_columns.contains(field); }
    void setColumn(Field field, int column);

    // A stable name for the kind ("google-current", "outlook-desktop", ...), for logs and settings.
    static QString kindName(Kind kind);

private:
    QHash<Field, int> m_columns;
};

} // namespace kith
