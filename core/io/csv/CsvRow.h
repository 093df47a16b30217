#pragma once

#include <QStringList>

namespace kith {

// One record of a CSV file: its cells, decoded, and the physical line it starts on (1-based).
struct CsvRow {
    QStringList cells;
    qint64 line = 0;
    // The row does not have as many cells as the header (also reported in CsvReader::errors()).
    bool ragged = false;
};

} // namespace kith
