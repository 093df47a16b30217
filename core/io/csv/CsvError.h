#pragma once

#include <QString>

namespace kith {

// A problem met while reading a CSV file: where (1-based physical line) and why, in words a user can read.
struct CsvError {
    qint64 line = 0;
    QString reason;

    friend bool operator==(const CsvError&, const CsvError&) = default;
};

} // namespace kith
