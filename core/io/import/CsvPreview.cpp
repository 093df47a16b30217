#include "io/import/CsvPreview.h"

#include "io/csv/CsvProfileDetector.h"
#include "io/csv/CsvReader.h"
#include "io/import/ImportFileReader.h"
#include "io/import/ImportPlanner.h"

#include <QFile>
#include <QFileInfo>

namespace kith {

namespace {

QString encodingName(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvReader::Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case CsvReader::Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case CsvReader::Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case CsvReader::Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace

Result<CsvPreview> CsvPreview::read(const QString& file, int maxRows)
{
    using R = Result<CsvPreview>;
    {
        // The same checks as an import: a file that would be refused there is refused here.
        ImportFileReader check(file);
        if (auto s = check.open(ImportPlanner::maxFileBytes()); !s)
            return R::failure(s.error());
        if (!check.isCsv())
            return R::failure(QObject::tr("%1 is not a CSV file.").arg(QFileInfo(file).fileName()));
    }
    QFile device(file);
    if (!device.open(QIODevice::ReadOnly))
        return R::failure(QObject::tr("Cannot read %1: %2").arg(QFileInfo(file).fileName(), device.errorString()));
    return fromDevice(&device, maxRows);
}

CsvPreview CsvPreview::fromDevice(QIODevice* device, int maxRows)
{
    CsvReader reader(device);
    CsvPreview preview;
    preview.header = reader.header();
    preview.headerLine = reader.headerLine();
    preview.encoding = encodingName(reader.encoding());
    preview.separator = QChar::fromLatin1(reader.separator());
    preview.kind = CsvProfileDetector::detect(preview.header).kind;
    while (preview.rows.size() < maxRows) {
        std::optional<CsvRow> row = reader.next();
        if (!row)
            break;
        preview.rows.append(std::move(row->cells));
    }
    return preview;
}

} // namespace kith
