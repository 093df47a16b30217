#include "io/csv/CsvReader.h"

#include "io/TextDecoding.h"

#include <QByteArrayView>
#include <QIODevice>

#include <utility>

namespace kith {

using text::fromUtf8OrWindows1252;
using text::fromWindows1252;
using text::isAscii;

namespace {

constexpr qint64 kChunkSize = 64 * 1024;
// How many records the separator detection looks at.
constexpr int kSniffRecords = 10;

// Whether the bytes are UTF-8, allowing a sequence cut off at the very end (the chunk boundary).
bool isValidUtf8Start(QByteArrayView bytes)
{
    if (isAscii(bytes))
        return true;
    // Leave out a lead byte near the end whose sequence the chunk cuts off.
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto byte = static_cast<unsigned char>(bytes[bytes.size() - back]);
        if ((byte & 0xC0) == 0x80)
            continue;
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        if (length > back)
            bytes = bytes.first(bytes.size() - back);
        break;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

// Counts each candidate separator outside double quotes over the first records of the text and picks the
// most frequent; ',' when there is none or on a tie.
char sniffSeparator(QByteArrayView text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    int records = 0;
    for (qsizetype i = 0; i < text.size() && records < kSniffRecords; ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
        else if (c == '\n')
            ++records;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

bool allEmpty(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

qsizetype nonEmptyCount(const QStringList& cells)
{
    qsizetype count = 0;
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            ++count;
    }
    return count;
}

// LinkedIn's Connections.csv starts with a "Notes:" line, a quoted paragraph and a blank line.
bool isPreambleStart(const QStringList& cells)
{
    return nonEmptyCount(cells) == 1 && cells.constFirst().trimmed().compare(u"Notes:", Qt::CaseInsensitive) == 0;
}

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{}

CsvReader::~CsvReader() = default;

void CsvReader::addError(qint64 line, QString reason)
{
    if (m_errors.size() < maxErrors())
        m_errors.append({line, std::move(reason)});
    else if (m_errors.size() == maxErrors())
        m_errors.append({line, QStringLiteral("too many errors; further ones are not listed")});
}

bool CsvReader::fillBuffer()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    const qint64 got = m_device ? m_device->read(chunk.data(), kChunkSize) : -1;
    if (got <= 0) {
        m_eof = true;
        if (m_utf16) {
            const QString rest = (*m_utf16)(QByteArrayView());
            if (m_utf16->hasError())
                addError(m_lineNumber, QStringLiteral("the file ends inside a UTF-16 character"));
            if (!rest.isEmpty()) {
                m_buffer.append(rest.toUtf8());
                return true;
            }
        }
        return false;
    }
    chunk.resize(got);
    if (m_utf16)
        m_buffer.append(QString((*m_utf16)(chunk)).toUtf8());
    else
        m_buffer.append(chunk);
    return true;
}

void CsvReader::start()
{
    if (m_started)
        return;
    m_started = true;
    // The first chunk as the device gives it, to look for a byte order mark.
    QByteArray head(kChunkSize, Qt::Uninitialized);
    const qint64 got = m_device ? m_device->read(head.data(), kChunkSize) : -1;
    head.resize(qMax<qint64>(got, 0));
    if (got <= 0)
        m_eof = true;

    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        const bool little = head.startsWith("\xFF\xFE");
        m_encoding = little ? Encoding::Utf16LE : Encoding::Utf16BE;
        m_utf16.emplace(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_buffer = QString((*m_utf16)(QByteArrayView(head).sliced(2))).toUtf8();
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8Bom;
        m_buffer = head.sliced(3);
    } else {
        m_encoding = isValidUtf8Start(head) ? Encoding::Utf8 : Encoding::Windows1252;
        m_buffer = std::move(head);
    }
    m_separator = sniffSeparator(m_buffer);
}

bool CsvReader::nextByte(char& c)
{
    for (;;) {
        if (m_pos >= m_buffer.size() && !fillBuffer())
            return false;
        c = m_buffer.constData()[m_pos++];
        // Every line ending (CRLF, LF, CR) becomes one '\n'.
        if (c == '\n' && m_afterCR) {
            m_afterCR = false;
            continue;
        }
        m_afterCR = c == '\r';
        if (m_afterCR)
            c = '\n';
        if (c == '\n')
            ++m_lineNumber;
        return true;
    }
}

QString CsvReader::decodeCell(const QByteArray& bytes) const
{
    if (m_encoding == Encoding::Windows1252)
        return fromWindows1252(bytes);
    return fromUtf8OrWindows1252(bytes);
}

CsvReader::Record CsvReader::readRecord(CsvRow& row)
{
    enum class State { StartCell, Unquoted, Quoted, QuoteInQuoted };
    row.cells.clear();
    row.line = m_lineNumber;
    row.ragged = false;
    State state = State::StartCell;
    QByteArray cell;
    qint64 quoteLine = 0;
    qsizetype recordBytes = 0;
    bool overlong = false;
    bool any = false;
    char c = 0;

    const auto pushCell = [&] {
        row.cells.append(overlong ? QString() : decodeCell(cell));
        cell.clear();
    };
    const auto append = [&](char byte) {
        if (overlong)
            return;
        if (++recordBytes > maxRecordBytes()) {
            overlong = true;
            cell.clear();
            return;
        }
        cell.append(byte);
    };

    bool ended = false;
    while (!ended && nextByte(c)) {
        any = true;
        switch (state) {
        case State::StartCell:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_lineNumber;
            } else if (c == m_separator) {
                pushCell();
            } else if (c == '\n') {
                if (row.cells.isEmpty())
                    return Record::Blank;
                pushCell();
                ended = true;
            } else {
                append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == m_separator) {
                pushCell();
                state = State::StartCell;
            } else if (c == '\n') {
                pushCell();
                ended = true;
            } else {
                append(c);
            }
            break;
        case State::Quoted:
            if (c == '"')
                state = State::QuoteInQuoted;
            else
                append(c);
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                append('"');
                state = State::Quoted;
            } else if (c == m_separator) {
                pushCell();
                state = State::StartCell;
            } else if (c == '\n') {
                pushCell();
                ended = true;
            } else {
                // Text after a closing quote: kept, as spreadsheets do.
                append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
    if (!ended) {
        if (!any)
            return Record::End;
        if (state == State::Quoted)
            addError(quoteLine, QStringLiteral("a quoted cell opened on this line is never closed"));
        pushCell();
    }
    if (overlong) {
        addError(row.line, QStringLiteral("record longer than %1 MB skipped").arg(maxRecordBytes() >> 20));
        row.cells.clear();
        return Record::Blank;
    }
    return Record::Row;
}

void CsvReader::readHeader()
{
    if (m_headerRead)
        return;
    m_headerRead = true;
    start();
    CsvRow row;
    bool inPreamble = false;
    for (;;) {
        const Record record = readRecord(row);
        if (record == Record::End) {
            addError(m_lineNumber, QStringLiteral("the file has no header row"));
            return;
        }
        if (inPreamble) {
            // The preamble ends at a blank line; a row of several cells, all named, is the header itself.
            if (record == Record::Blank) {
                inPreamble = false;
                continue;
            }
            if (row.cells.size() < 2 || nonEmptyCount(row.cells) < row.cells.size())
                continue;
        } else if (record == Record::Blank || allEmpty(row.cells)) {
            continue;
        } else if (isPreambleStart(row.cells)) {
            inPreamble = true;
            continue;
        }
        break;
    }
    m_headerLine = row.line;
    m_header = std::move(row.cells);
    for (QString& name : m_header) {
        name = name.trimmed();
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
    }
    if (m_header.size() > 1 && m_header.constLast().isEmpty())
        m_header.removeLast();
}

const QStringList& CsvReader::header()
{
    readHeader();
    return m_header;
}

qint64 CsvReader::headerLine()
{
    readHeader();
    return m_headerLine;
}

CsvReader::Encoding CsvReader::encoding()
{
    start();
    return m_encoding;
}

char CsvReader::separator()
{
    start();
    return m_separator;
}

std::optional<CsvRow> CsvReader::next()
{
    readHeader();
    if (m_header.isEmpty())
        return std::nullopt;
    CsvRow row;
    for (;;) {
        const Record record = readRecord(row);
        if (record == Record::End)
            return std::nullopt;
        if (record == Record::Blank || allEmpty(row.cells))
            continue;
        // A trailing separator (Thunderbird writes one on every line).
        if (row.cells.size() == m_header.size() + 1 && row.cells.constLast().isEmpty())
            row.cells.removeLast();
        if (row.cells.size() != m_header.size()) {
            row.ragged = true;
            addError(row.line, QStringLiteral("the row has %1 cells where the header has %2")
                                   .arg(row.cells.size())
                                   .arg(m_header.size()));
        }
        return row;
    }
}

} // namespace kith
