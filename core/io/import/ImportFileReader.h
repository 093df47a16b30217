#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "io/import/CsvColumnMapping.h"
#include "io/import/ImportIssue.h"
#include "io/import/ImportRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kith {

enum class ImportFormat { Unknown, VCard, VCardUtf16LE, VCardUtf16BE, Csv };

// One import file, read record by record: tells vCard from CSV by content (never by extension), refuses what
// cannot be a contact file (missing, empty, binary, too large) with a clear message, and turns each card or
// row into an ImportRecord. Properties and columns Kith does not model are kept in contact.vcardExtras:
// a vCard's as VCardProperty::toContentLine() writes them; a CSV column as "X-<COLUMN NAME>:<value>" (the
// name upper-cased, every run of other characters than letters and digits made one '-', the value escaped
// as vCard text), which a vCard export writes back and a later import keeps again.
class ImportFileReader final {
    Q_DISABLE_COPY_MOVE(ImportFileReader)

public:
    explicit ImportFileReader(QString path, qsizetype maxPhotoBytes = 5 * 1024 * 1024,
                              const Clock& clock = Clock::system());
    ~ImportFileReader();

    // Opens the file and detects its format; a failure is a user-readable reason for the whole file.
    Status open(qint64 maxBytes);
    ImportFormat format() const { return m_format; }
    bool isCsv() const { return m_format == ImportFormat::Csv; }
    // For CSV files, once open: the header, and whether it is of no known profile.
    QStringList csvHeader() const;
    bool isGenericCsv() const;
    // For a generic CSV: the columns to read (before the first next()). Without it, the best guess.
    void setCsvMapping(const CsvColumnMapping& mapping);
    CsvColumnMapping csvMapping() const;

    // The next record, or std::nullopt at the end. What the readers reported and records that could not be
    // imported go to `issues`.
    std::optional<ImportRecord> next(QList<ImportIssue>& issues);

    QString path() const { return m_path; }
    qint64 size() const { return m_size; }
    // Bytes of the file read so far, for progress.
    qint64 position() const;

    // Sniffs the first bytes of a file. Unknown when it is neither vCard nor CSV text.
    static ImportFormat detect(const QByteArray& head);

private:
    struct State;

    void takeReaderErrors(QList<ImportIssue>& issues);
    void prepareCsv();

    QString m_path;
    qsizetype m_maxPhotoBytes;
    const Clock& m_clock;
    ImportFormat m_format = ImportFormat::Unknown;
    qint64 m_size = 0;
    std::unique_ptr<State> m_state;
};

} // namespace kith
