#pragma once

#include "domain/Result.h"
#include "io/csv/CsvProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace kith {

// The start of a CSV file for the column-mapping page and its live preview: the header and the first rows,
// as CsvReader decodes them, and what was detected.
struct CsvPreview {
    QStringList header;
    QList<QStringList> rows; // at most the number asked for; cells as read (not trimmed)
    qint64 headerLine = 0;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar separator;
    CsvProfile::Kind kind = CsvProfile::Kind::Generic;

    // Fails with a user-readable message when the file cannot be read or is not a CSV file.
    static Result<CsvPreview> read(const QString& file, int maxRows = 20);
    // The same from an open device, without the import's checks.
    static CsvPreview fromDevice(QIODevice* device, int maxRows = 20);
};

} // namespace kith
