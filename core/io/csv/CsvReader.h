#pragma once

#include "io/csv/CsvError.h"
#include "io/csv/CsvRow.h"

#include <QByteArray>
#include <QList>
#include <QStringDecoder>
#include <QStringList>
#include <QtGlobal>

#include <optional>

class QIODevice;

namespace kith {

// Reads a CSV file (RFC 4180 and what real exporters write, see FORMATS.md) one record at a time from a
// device, so that a huge file never sits in memory. It detects the encoding (UTF-8 with or without a BOM,
// UTF-16LE/BE with a BOM, Windows-1252 when the start of the file is not valid UTF-8) and the separator
// (',', ';' or tab, counted outside quotes on the first lines). It takes quoted cells with doubled quotes
// and line breaks, CRLF/LF/CR endings, blank lines, a trailing separator (Thunderbird) and LinkedIn's
// "Notes:" preamble before the header. Rows whose cell count differs from the header's are returned
// flagged as ragged and reported in errors(); nothing stops the reading.
//
// Usage: header(), then while (auto row = reader.next()) { ... }, then errors().
class CsvReader final {
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice* device);
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // The header row (cells trimmed, a trailing empty cell dropped); empty for an empty file.
    const QStringList& header();
    // The line the header row starts on (after any preamble), 0 when there is none.
    qint64 headerLine();
    // The next data row, or std::nullopt at the end of the device. Blank lines are skipped.
    std::optional<CsvRow> next();

    // Known once the header has been read (header() or next() called).
    Encoding encoding();
    char separator();

    // Problems so far, in file order. Capped at maxErrors() entries plus one "too many errors" note.
    const QList<CsvError>& errors() const { return m_errors; }
    static constexpr qsizetype maxErrors() { return 1000; }
    // A record longer than this is skipped with an error rather than held in memory.
    static constexpr qsizetype maxRecordBytes() { return 64 * 1024 * 1024; }

private:
    enum class Record { Row, Blank, End };

    void start();
    bool fillBuffer();
    bool nextByte(char& c);
    Record readRecord(CsvRow& row);
    void readHeader();
    QString decodeCell(const QByteArray& bytes) const;
    void addError(qint64 line, QString reason);

    QIODevice* m_device;
    QByteArray m_buffer; // bytes still to parse: the file's own, or UTF-8 transcoded from UTF-16
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_afterCR = false;
    qint64 m_lineNumber = 1;
    Encoding m_encoding = Encoding::Utf8;
    std::optional<QStringDecoder> m_utf16;
    char m_separator = ',';

    bool m_headerRead = false;
    QStringList m_header;
    qint64 m_headerLine = 0;
    QList<CsvError> m_errors;
};

} // namespace kith
