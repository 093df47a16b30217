#pragma once

#include "io/vcard/VCardCard.h"
#include "io/vcard/VCardError.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <memory>
#include <optional>

class QIODevice;

namespace kith {

// Reads vCards 2.1, 3.0 and 4.0 one at a time from a device, line by line on bytes, so that a huge
// file never sits in memory. It takes what real exporters write (see FORMATS.md): folded lines
// (unfolded on bytes before decoding), QUOTED-PRINTABLE soft breaks, CHARSET parameters, a UTF-8 BOM,
// invalid UTF-8 (read as Windows-1252), CRLF/LF/CR/CR CR LF endings, blank lines, mixed-case
// BEGIN/END, and cards missing BEGIN or END (recovered, with an error).
//
// Usage: while (auto card = reader.next()) { ... } then errors() for what could not be read cleanly.
// next() returns std::nullopt only at the end of the device. Errors never stop the reading.
class VCardReader final {
public:
    // The device must be open for reading and outlive the reader.
    explicit VCardReader(QIODevice* device);
    ~VCardReader();
    Q_DISABLE_COPY_MOVE(VCardReader)

    std::optional<VCardCard> next();
    // Problems so far, in file order. Capped at maxErrors() entries plus one "too many errors" note.
    const QList<VCardError>& errors() const { return m_errors; }
    static constexpr qsizetype maxErrors() { return 1000; }
    // Logical lines longer than this are skipped with an error rather than held in memory.
    static constexpr qsizetype maxLineBytes() { return 64 * 1024 * 1024; }

private:
    struct PropertyHead; // a property's group, name and parameters, as parsed
    class HeadCache;
    struct PhysicalLine {
        QByteArray bytes;
        qint64 number = 0;
    };

    bool fillBuffer();
    bool readPhysical(PhysicalLine& line);
    const PhysicalLine* peekPhysical();
    bool readLogical(PhysicalLine& line);
    void addError(qint64 line, QString reason);
    std::optional<VCardProperty> parseProperty(const QByteArray& line, qint64 lineNumber, QString* error);
    static bool parseHead(QByteArrayView head, PropertyHead& result, QString* error);

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_scanFrom = 0;
    qint64 m_lineNumber = 0;
    bool m_eof = false;
    bool m_startChecked = false;
    bool m_overlong = false;
    PhysicalLine m_peekedLine; // the next physical line, read ahead to see whether it continues this one
    bool m_hasPeeked = false;

    bool m_inCard = false;
    bool m_foldKeepsWhitespace = false; // vCard 2.1 keeps the folding whitespace
    std::optional<VCardCard> m_pendingCard;
    std::unique_ptr<HeadCache> m_heads;
    QList<VCardError> m_errors;
};

} // namespace kith
