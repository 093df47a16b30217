#pragma once

#include "io/import/CsvColumnMapping.h"

#include <QMap>
#include <QString>

namespace kith {

// How the planner reads files.
struct ImportOptions {
    // ISO 3166 region ("GB") for phone numbers written without a country code; empty: from the locale.
    QString defaultRegion;
    // For generic CSV files (no known profile): the mapping chosen for each header, keyed by
    // CsvColumnMapping::headerSignature (as ImportPlan::csvMappings), so that files with the same columns share
    // one answer and a file with other columns is never read with another file's mapping. A header not here:
    // the mapping remembered for it (CsvMappingStore), else the best guess (CsvColumnMapping::guess).
    QMap<QString, CsvColumnMapping> csvMappings;
    // Inline photos above this size are left out with a warning.
    qsizetype maxPhotoBytes = 5 * 1024 * 1024;
};

} // namespace kith
