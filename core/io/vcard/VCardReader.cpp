#include "io/vcard/VCardReader.h"

#include "io/TextDecoding.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <utility>

namespace kith {

using text::fromUtf8OrWindows1252;
using text::fromWindows1252;
using text::isAscii;

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return c - 'a' + 10;
}

QString decodeText(QByteArrayView bytes, const QString& charset)
{
    if (charset.isEmpty())
        return fromUtf8OrWindows1252(bytes);
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    const QString upper = charset.toUpper();
    // Declared UTF-8 or US-ASCII is often really Windows-1252 (Outlook); ISO-8859-1 is read as its superset.
    if (upper == u"UTF-8" || upper == u"UTF8" || upper == u"US-ASCII" || upper == u"ASCII")
        return fromUtf8OrWindows1252(bytes);
    if (upper == u"ISO-8859-1" || upper == u"LATIN1" || upper == u"ISO8859-1" || upper == u"WINDOWS-1252" ||
        upper == u"CP1252")
        return fromWindows1252(bytes);
    QStringDecoder decoder(charset.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (decoder.isValid()) {
        QString text = decoder(bytes);
        if (!decoder.hasError())
            return text;
    }
    return fromUtf8OrWindows1252(bytes);
}

QByteArray decodeQuotedPrintable(QByteArrayView bytes)
{
    QByteArray result;
    result.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '=' && i + 2 < bytes.size() && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
            result.append(static_cast<char>(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2])));
            i += 2;
        } else if (c == '=' && i + 1 == bytes.size()) {
            // a soft break left at the very end: nothing
        } else {
            result.append(c);
        }
    }
    return result;
}

// The position of the ':' that ends the name and parameters: the first one outside a quoted parameter
// value, or the first one at all when quotes are unbalanced. -1 when there is none.
qsizetype findValueColon(QByteArrayView line)
{
    bool quoted = false;
    bool inParameters = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == ';')
            inParameters = true;
        else if (c == '"' && inParameters)
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return line.indexOf(':');
}

bool startsQuotedPrintable(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    // Case-insensitively, without copying: this runs on every line.
    constexpr QByteArrayView needle("QUOTED-PRINTABLE");
    const QByteArrayView head = line.first(colon);
    for (qsizetype i = head.indexOf(';'); i >= 0 && i + needle.size() <= head.size(); ++i) {
        if ((head[i] == 'Q' || head[i] == 'q') &&
            head.sliced(i, needle.size()).compare(needle, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The names and parameter values a file repeats on every card, decoded once and shared, so that reading a
// property does not allocate for them: a small direct-mapped cache from the bytes as written to the text.
class RepeatCache final {
public:
    template <typename Make> QString get(QByteArrayView bytes, const Make& make)
    {
        if (bytes.size() > 40)
            return make(bytes);
        quint32 hash = 2166136261u;
        for (char c : bytes)
            hash = (hash ^ quint8(c)) * 16777619u;
        Slot& slot = m_slots[hash % kSlots];
        if (slot.bytes.size() == bytes.size() && QByteArrayView(slot.bytes) == bytes)
            return slot.text;
        slot.bytes = bytes.toByteArray();
        slot.text = make(bytes);
        return slot.text;
    }

private:
    static constexpr quint32 kSlots = 509;
    struct Slot {
        QByteArray bytes;
        QString text;
    };
    Slot m_slots[kSlots];
};

QString upperName(QByteArrayView name)
{
    thread_local RepeatCache cache;
    return cache.get(name, [](QByteArrayView bytes) { return QString::fromLatin1(bytes).toUpper(); });
}

bool isStructural(QByteArrayView line, QByteArrayView keyword)
{
    QByteArrayView trimmed = line.trimmed();
    if (trimmed.size() != keyword.size() + 6) // ":VCARD"
        return false;
    return trimmed.first(keyword.size()).compare(keyword, Qt::CaseInsensitive) == 0 &&
           trimmed.sliced(keyword.size()).compare(QByteArrayView(":VCARD"), Qt::CaseInsensitive) == 0;
}

bool isValidName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '/' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

// RFC 6868: ^n is a newline, ^^ a caret, ^' a double quote.
QString decodeParameterText(QByteArrayView value)
{
    QString text = fromUtf8OrWindows1252(value);
    if (!text.contains(u'^'))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'^' && i + 1 < text.size()) {
            const QChar n = text[i + 1];
            if (n == u'n' || n == u'N') {
                result.append(u'\n');
                ++i;
                continue;
            }
            if (n == u'^') {
                result.append(u'^');
                ++i;
                continue;
            }
            if (n == u'\'') {
                result.append(u'"');
                ++i;
                continue;
            }
        }
        result.append(c);
    }
    return result;
}

QString decodeParameterValue(QByteArrayView raw)
{
    QByteArrayView value = raw.trimmed();
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.sliced(1, value.size() - 2);
    thread_local RepeatCache cache;
    return cache.get(value, &decodeParameterText);
}

// Splits on a separator outside double quotes.
QVarLengthArray<QByteArrayView, 12> splitOutsideQuotes(QByteArrayView text, char separator)
{
    QVarLengthArray<QByteArrayView, 12> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (text[i] == separator && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

void addParameter(QList<VCardParameter>& parameters, const QString& name, QStringList values)
{
    for (VCardParameter& parameter : parameters) {
        if (parameter.name == name) {
            parameter.values += values;
            return;
        }
    }
    parameters.append({name, std::move(values)});
}

// The name a bare 2.1 parameter ("TEL;HOME;VOICE:", "PHOTO;BASE64:") stands for.
QString bareParameterName(const QString& upperValue)
{
    if (upperValue == u"QUOTED-PRINTABLE" || upperValue == u"BASE64" || upperValue == u"B" || upperValue == u"8BIT" ||
        upperValue == u"7BIT")
        return QStringLiteral("ENCODING");
    return QStringLiteral("TYPE");
}

} // namespace

// A property's group, name and parameters: what the bytes before the value's ':' say. Files repeat the same
// few of them on every card ("item1.EMAIL;type=INTERNET;type=pref"), so each is parsed once and shared by every
// property that has it (the strings and lists are implicitly shared: a copy is a reference count).
struct VCardReader::PropertyHead {
    enum class Encoding { None, QuotedPrintable, Base64 };

    QString group;
    QString name;
    QList<VCardParameter> parameters;
    Encoding encoding = Encoding::None;
    QString charset;
};

// The heads read so far, direct-mapped by a hash of their bytes; a slot holds the last head that fell in it.
class VCardReader::HeadCache final {
public:
    static constexpr qsizetype maxBytes() { return 160; }

    const PropertyHead* find(QByteArrayView bytes, quint32 hash) const
    {
        const Slot& slot = m_slots[hash % kSlots];
        return slot.used && QByteArrayView(slot.bytes) == bytes ? &slot.head : nullptr;
    }
    const PropertyHead* insert(QByteArrayView bytes, quint32 hash, PropertyHead head)
    {
        Slot& slot = m_slots[hash % kSlots];
        slot.bytes = bytes.toByteArray();
        slot.head = std::move(head);
        slot.used = true;
        return &slot.head;
    }

    static quint32 hashOf(QByteArrayView bytes)
    {
        quint32 hash = 2166136261u;
        for (char c : bytes)
            hash = (hash ^ quint8(c)) * 16777619u;
        return hash;
    }

private:
    static constexpr quint32 kSlots = 251;
    struct Slot {
        QByteArray bytes;
        PropertyHead head;
        bool used = false;
    };
    Slot m_slots[kSlots];
};

bool VCardReader::parseHead(QByteArrayView head, PropertyHead& result, QString* error)
{
    const auto segments = splitOutsideQuotes(head, ';');
    QByteArrayView fullName = segments.front().trimmed();
    if (!isValidName(fullName)) {
        *error = QStringLiteral("not a vCard property name: \"%1\"")
                     .arg(fromUtf8OrWindows1252(fullName.first(qMin<qsizetype>(fullName.size(), 40))));
        return false;
    }
    const qsizetype dot = fullName.indexOf('.');
    if (dot > 0 && dot + 1 < fullName.size()) {
        result.group = QString::fromLatin1(fullName.first(dot));
        fullName = fullName.sliced(dot + 1);
    }
    result.name = upperName(fullName);

    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QByteArrayView segment = segments[i].trimmed();
        if (segment.isEmpty())
            continue;
        const qsizetype equals = segment.indexOf('=');
        if (equals < 0) {
            const QString value = decodeParameterValue(segment);
            addParameter(result.parameters, bareParameterName(value.toUpper()), {value});
            continue;
        }
        const QString name = upperName(segment.first(equals).trimmed());
        const QByteArrayView rawValue = segment.sliced(equals + 1);
        QStringList values;
        if (name == u"TYPE") {
            QByteArrayView unquoted = rawValue.trimmed();
            if (unquoted.size() >= 2 && unquoted.front() == '"' && unquoted.back() == '"')
                unquoted = unquoted.sliced(1, unquoted.size() - 2);
            for (QByteArrayView item : splitOutsideQuotes(unquoted, ',')) {
                const QString value = decodeParameterValue(item);
                if (!value.isEmpty())
                    values.append(value);
            }
        } else {
            values.append(decodeParameterValue(rawValue));
        }
        addParameter(result.parameters, name, std::move(values));
    }

    VCardProperty probe; // for its parameter lookup
    probe.parameters = result.parameters;
    const QString encoding = probe.parameter(u"ENCODING");
    if (encoding.compare(u"QUOTED-PRINTABLE", Qt::CaseInsensitive) == 0)
        result.encoding = PropertyHead::Encoding::QuotedPrintable;
    else if (encoding.compare(u"B", Qt::CaseInsensitive) == 0 || encoding.compare(u"BASE64", Qt::CaseInsensitive) == 0)
        result.encoding = PropertyHead::Encoding::Base64;
    result.charset = probe.parameter(u"CHARSET");
    return true;
}

std::optional<VCardProperty> VCardReader::parseProperty(const QByteArray& line, qint64 lineNumber, QString* error)
{
    const qsizetype colon = findValueColon(line);
    if (colon < 0) {
        *error = QStringLiteral("line without a ':' ignored");
        return std::nullopt;
    }
    const QByteArrayView headBytes = QByteArrayView(line).first(colon);
    const PropertyHead* head = nullptr;
    PropertyHead uncached;
    if (headBytes.size() <= HeadCache::maxBytes()) {
        const quint32 hash = HeadCache::hashOf(headBytes);
        head = m_heads->find(headBytes, hash);
        if (!head) {
            PropertyHead parsed;
            if (!parseHead(headBytes, parsed, error))
                return std::nullopt;
            head = m_heads->insert(headBytes, hash, std::move(parsed));
        }
    } else {
        if (!parseHead(headBytes, uncached, error))
            return std::nullopt;
        head = &uncached;
    }

    VCardProperty property;
    property.line = lineNumber;
    property.group = head->group;
    property.name = head->name;
    property.parameters = head->parameters;

    const QByteArrayView rawValue = QByteArrayView(line).sliced(colon + 1);
    switch (head->encoding) {
    case PropertyHead::Encoding::QuotedPrintable:
        property.bytes = decodeQuotedPrintable(rawValue);
        property.value = decodeText(property.bytes, head->charset);
        break;
    case PropertyHead::Encoding::Base64: {
        QByteArray base64(rawValue.size(), Qt::Uninitialized);
        char* out = base64.data();
        for (char c : rawValue) {
            if (c != ' ' && c != '\t')
                *out++ = c;
        }
        base64.truncate(out - base64.constData());
        property.bytes = QByteArray::fromBase64(base64);
        property.value = QString::fromLatin1(base64);
        break;
    }
    case PropertyHead::Encoding::None:
        property.value = decodeText(rawValue, head->charset);
        break;
    }
    return property;
}

VCardReader::VCardReader(QIODevice* device)
    : m_device(device)
    , m_heads(std::make_unique<HeadCache>())
{}

VCardReader::~VCardReader() = default;

void VCardReader::addError(qint64 line, QString reason)
{
    if (m_errors.size() < maxErrors())
        m_errors.append({line, std::move(reason)});
    else if (m_errors.size() == maxErrors())
        m_errors.append({line, QStringLiteral("too many errors; further ones are not listed")});
}

bool VCardReader::fillBuffer()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_scanFrom -= m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunkSize);
    const qint64 got = m_device ? m_device->read(m_buffer.data() + old, kChunkSize) : -1;
    if (got <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + got);
    if (!m_startChecked && m_buffer.size() >= 3) {
        m_startChecked = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = m_scanFrom = 3;
    }
    return true;
}

bool VCardReader::readPhysical(PhysicalLine& line)
{
    if (m_hasPeeked) {
        // Swapped, not moved: both lines keep their buffers, so that reading allocates no line after the first.
        std::swap(line, m_peekedLine);
        m_hasPeeked = false;
        return true;
    }
    for (;;) {
        const char* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_scanFrom;
        while (i < size && data[i] != '\n' && data[i] != '\r')
            ++i;
        if (i < size) {
            // One ending: CR LF, LF, CR, or the iPhone's CR CR LF.
            qsizetype end = i;
            while (end < size && data[end] == '\r')
                ++end;
            if (end == size && !m_eof) {
                m_scanFrom = i;
                fillBuffer();
                continue;
            }
            if (end < size && data[end] == '\n')
                ++end;
            line.number = ++m_lineNumber;
            if (m_overlong) {
                m_overlong = false;
                line.bytes.clear();
                addError(line.number, QStringLiteral("line longer than %1 MB skipped").arg(maxLineBytes() >> 20));
            } else {
                line.bytes.resize(0);
                line.bytes.append(m_buffer.constData() + m_pos, i - m_pos);
            }
            m_pos = m_scanFrom = end;
            return true;
        }
        if (m_eof) {
            if (m_pos >= size && !m_overlong)
                return false;
            line.number = ++m_lineNumber;
            line.bytes = m_overlong ? QByteArray() : m_buffer.sliced(m_pos);
            m_overlong = false;
            m_pos = m_scanFrom = size;
            return true;
        }
        if (size - m_pos > maxLineBytes()) {
            // Drop what we hold of this line; keep scanning for its end.
            m_overlong = true;
            m_pos = m_scanFrom = size;
        } else {
            m_scanFrom = i;
        }
        if (!fillBuffer() && !m_eof)
            return false;
    }
}

const VCardReader::PhysicalLine* VCardReader::peekPhysical()
{
    if (!m_hasPeeked) {
        if (!readPhysical(m_peekedLine))
            return nullptr;
        m_hasPeeked = true;
    }
    return &m_peekedLine;
}

bool VCardReader::readLogical(PhysicalLine& line)
{
    if (!readPhysical(line))
        return false;
    const bool quotedPrintable = startsQuotedPrintable(line.bytes);
    const bool structural = isStructural(line.bytes, "BEGIN") || isStructural(line.bytes, "END");
    const bool isProperty = line.bytes.contains(':');
    bool tooLong = false;
    for (const PhysicalLine* next = peekPhysical(); next; next = peekPhysical()) {
        const QByteArray& bytes = next->bytes;
        QByteArrayView append;
        if (quotedPrintable && line.bytes.endsWith('=')) {
            // Soft line break: the next line continues the value, whatever it starts with.
            line.bytes.chop(1);
            append = bytes;
        } else if (quotedPrintable && line.bytes.size() >= 2 && line.bytes.at(line.bytes.size() - 2) == '=' &&
                   isHexDigit(line.bytes.back()) && !bytes.isEmpty() && isHexDigit(bytes.front())) {
            append = bytes; // an =XX sequence broken across lines by a careless writer
        } else if (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.front() == '\t')) {
            append = m_foldKeepsWhitespace ? QByteArrayView(bytes) : QByteArrayView(bytes).sliced(1);
        } else if (m_inCard && !structural && isProperty && !bytes.trimmed().isEmpty() && !bytes.contains(':')) {
            // Folded without whitespace (or 2.1 base64 without indentation): a line with no ':' right after a
            // property cannot be a property of its own.
            append = bytes;
        } else {
            break;
        }
        if (!tooLong && line.bytes.size() + append.size() > maxLineBytes()) {
            tooLong = true;
            addError(line.number, QStringLiteral("property longer than %1 MB skipped").arg(maxLineBytes() >> 20));
        }
        if (!tooLong)
            line.bytes.append(append);
        m_hasPeeked = false;
    }
    if (tooLong)
        line.bytes.clear();
    return true;
}

std::optional<VCardCard> VCardReader::next()
{
    std::optional<VCardCard> card = std::exchange(m_pendingCard, std::nullopt);
    m_inCard = card.has_value();
    PhysicalLine line;
    while (readLogical(line)) {
        if (line.bytes.trimmed().isEmpty())
            continue;
        if (isStructural(line.bytes, "BEGIN")) {
            VCardCard fresh;
            fresh.line = line.number;
            m_inCard = true;
            m_foldKeepsWhitespace = false;
            if (card) {
                addError(card->line,
                         QStringLiteral("card has no END; recovered at the next BEGIN on line %1").arg(line.number));
                m_pendingCard = std::move(fresh);
                return card;
            }
            card = std::move(fresh);
            card->properties.reserve(24);
            continue;
        }
        if (isStructural(line.bytes, "END")) {
            if (!card) {
                addError(line.number, QStringLiteral("END:VCARD without a BEGIN ignored"));
                continue;
            }
            m_inCard = false;
            m_foldKeepsWhitespace = false;
            return card;
        }
        QString error;
        std::optional<VCardProperty> property = parseProperty(line.bytes, line.number, &error);
        if (!property) {
            addError(line.number, error);
            continue;
        }
        if (!card) {
            addError(line.number, QStringLiteral("card has no BEGIN; recovered from this line"));
            card = VCardCard();
            card->line = line.number;
            m_inCard = true;
        }
        if (property->name == u"VERSION") {
            card->version = property->value.trimmed();
            m_foldKeepsWhitespace = card->version == u"2.1";
            continue;
        }
        card->properties.append(std::move(*property));
    }
    if (card) {
        addError(card->line, QStringLiteral("card has no END; recovered at the end of the file"));
        m_inCard = false;
        return card;
    }
    return std::nullopt;
}

} // namespace kith
