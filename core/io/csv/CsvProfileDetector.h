#pragma once

#include "io/csv/CsvProfile.h"

#include <QStringList>

namespace kith {

// Tells from a CSV header row which exporter wrote the file (Google current and legacy, Outlook desktop,
// Outlook.com, LinkedIn Connections, Thunderbird) and where each field is. Column names are matched
// trimmed and case-insensitively. A header it does not recognise is Generic, with a best guess at the
// obvious columns ("Email", "Phone", "Name", ...) for the mapping page to start from.
class CsvProfileDetector final {
public:
    CsvProfileDetector() = delete;

    static CsvProfile detect(const QStringList& header);
};

} // namespace kith
