#pragma once

#include "io/import/CsvColumnMapping.h"

#include <QString>

#include <optional>

namespace kith {

// How the planner reads files.
struct ImportOptions {
    // ISO 3166 region ("GB") for phone numbers written without a country code; empty: from the locale.
    QString defaultRegion;
    // For generic CSV files (no known profile). Unset: the mapping remembered for the same header, else
    // the best guess (CsvColumnMapping::guess).
    std::optional<CsvColumnMapping> csvMapping;
    // Inline photos above this size are left out with a warning.
    qsizetype maxPhotoBytes = 5 * 1024 * 1024;
};

} // namespace kith
