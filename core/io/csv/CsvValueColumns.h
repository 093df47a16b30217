#pragma once

#include <QString>

namespace kith {

// Where one email, phone or website of a CSV row is: its value column, and its label either from a
// column (Google's "E-mail 1 - Label") or fixed by the column's name (Outlook's "Mobile Phone").
struct CsvValueColumns {
    int value = -1;
    int label = -1;
    QString fixedLabel;

    friend bool operator==(const CsvValueColumns&, const CsvValueColumns&) = default;
};

} // namespace kith
