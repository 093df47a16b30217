#pragma once

#include <QString>

namespace kith {

// Where the parts of one postal address of a CSV row are (-1 when the export has no such column), and
// its label, from a column or fixed by the column names ("Home Street" is a home address).
struct CsvAddressColumns {
    int label = -1;
    QString fixedLabel;
    int formatted = -1;
    int street = -1;
    int street2 = -1;
    int street3 = -1;
    int poBox = -1;
    int extended = -1;
    int city = -1;
    int region = -1;
    int postalCode = -1;
    int country = -1;

    friend bool operator==(const CsvAddressColumns&, const CsvAddressColumns&) = default;
};

} // namespace kith
