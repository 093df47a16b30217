#include "io/import/ImportFileReader.h"

#include "io/csv/CsvMapper.h"
#include "io/csv/CsvProfileDetector.h"
#include "io/csv/CsvReader.h"
#include "io/import/CsvPreview.h"
#include "io/import/Utf16Device.h"
#include "io/vcard/VCardMapper.h"
#include "io/vcard/VCardReader.h"
#include "io/vcard/VCardWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

namespace kith {

namespace {

constexpr qint64 kSniffBytes = 8 * 1024;

bool startsWithCi(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// Whether UTF-8 (or 8-bit) text is a vCard: a BEGIN:VCARD line among the first lines, or a first line that is
// a vCard property (a card whose BEGIN is missing).
bool looksLikeVCard(QByteArrayView text)
{
    int lines = 0;
    bool first = true;
    for (QByteArrayView rest = text; !rest.isEmpty() && lines < 50; ++lines) {
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != '\n' && rest[end] != '\r')
            ++end;
        const QByteArrayView line = rest.first(end).trimmed();
        rest = rest.sliced(end);
        while (!rest.isEmpty() && (rest.front() == '\n' || rest.front() == '\r'))
            rest = rest.sliced(1);
        if (line.isEmpty())
            continue;
        if (startsWithCi(line, "BEGIN:VCARD"))
            return true;
        if (first) {
            first = false;
            for (QByteArrayView property : {"VERSION:", "FN:", "FN;", "N:", "N;", "TEL;", "TEL:", "EMAIL"}) {
                if (startsWithCi(line, property))
                    return true;
            }
        }
    }
    return false;
}

bool looksLikeBinary(QByteArrayView bytes)
{
    qsizetype control = 0;
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return true;
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f')
            ++control;
    }
    return control * 100 > bytes.size();
}

// The first line holds a separator outside quotes (a CSV header).
bool looksLikeCsv(QByteArrayView text)
{
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            return false;
        else if (!quoted && (c == ',' || c == ';' || c == '\t'))
            return true;
    }
    return false;
}

// "Custom Field 1 - Value" gives "X-CUSTOM-FIELD-1-VALUE".
QString extensionName(const QString& header)
{
    QString name;
    bool dash = false;
    for (const QChar c : header.trimmed().toUpper()) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            if (dash && !name.isEmpty())
                name += u'-';
            dash = false;
            name += c;
        } else {
            dash = true;
        }
    }
    if (name.isEmpty())
        name = QStringLiteral("COLUMN");
    return name.startsWith(u"X-") ? name : QStringLiteral("X-") + name;
}

// Every column a profile reads.
QSet<int> usedColumns(const CsvProfile& profile)
{
    QSet<int> used;
    for (int f = int(CsvProfile::Field::DisplayName); f <= int(CsvProfile::Field::ConnectedOn); ++f) {
        if (const int column = profile.column(CsvProfile::Field(f)); column >= 0)
            used.insert(column);
    }
    for (const QList<CsvValueColumns>* list : {&profile.emails, &profile.phones, &profile.websites}) {
        for (const CsvValueColumns& c : *list)
            used += {c.value, c.label};
    }
    for (const CsvAddressColumns& a : profile.addresses) {
        for (int column : {a.label, a.formatted, a.street, a.street2, a.street3, a.poBox, a.extended, a.city, a.region,
                           a.postalCode, a.country})
            used.insert(column);
    }
    used.remove(-1);
    return used;
}

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

struct ImportFileReader::State {
    QFile file;
    std::unique_ptr<Utf16Device> utf16;
    std::unique_ptr<VCardReader> vcard;
    std::unique_ptr<VCardMapper> vcardMapper;
    std::unique_ptr<CsvReader> csv;
    std::unique_ptr<CsvMapper> csvMapper;
    QStringList header;
    bool generic = false;
    std::optional<CsvColumnMapping> mapping;
    QList<QStringList> sampleRows; // of a generic CSV, for the guess of its mapping
    QList<int> extraColumns;
    QStringList extraNames;
    qsizetype errorsTaken = 0;
    bool checkedUtf16 = false;
};

ImportFileReader::ImportFileReader(QString path, qsizetype maxPhotoBytes, const Clock& clock)
    : m_path(std::move(path))
    , m_maxPhotoBytes(maxPhotoBytes)
    , m_clock(clock)
{}

ImportFileReader::~ImportFileReader() = default;

ImportFormat ImportFileReader::detect(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        const bool little = head.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QByteArray text = QString(decoder(QByteArrayView(head).sliced(2))).toUtf8();
        if (looksLikeVCard(text))
            return little ? ImportFormat::VCardUtf16LE : ImportFormat::VCardUtf16BE;
        return looksLikeCsv(text) && !looksLikeBinary(text) ? ImportFormat::Csv : ImportFormat::Unknown;
    }
    // UTF-16 without a byte order mark: every other byte of ASCII text is zero.
    if (head.size() >= 8 && head[1] == 0 && head[3] == 0 && head[0] != 0 && head[2] != 0) {
        const QByteArray text = QString(QStringDecoder(QStringDecoder::Utf16LE)(head)).toUtf8();
        if (looksLikeVCard(text))
            return ImportFormat::VCardUtf16LE;
    }
    if (head.size() >= 8 && head[0] == 0 && head[2] == 0 && head[1] != 0 && head[3] != 0) {
        const QByteArray text = QString(QStringDecoder(QStringDecoder::Utf16BE)(head)).toUtf8();
        if (looksLikeVCard(text))
            return ImportFormat::VCardUtf16BE;
    }
    QByteArrayView text(head);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    if (looksLikeBinary(text))
        return ImportFormat::Unknown;
    if (looksLikeVCard(text))
        return ImportFormat::VCard;
    if (looksLikeCsv(text))
        return ImportFormat::Csv;
    return ImportFormat::Unknown;
}

Status ImportFileReader::open(qint64 maxBytes)
{
    const QFileInfo info(m_path);
    const QString name = QDir::toNativeSeparators(m_path);
    if (!info.exists())
        return Status::failure(QObject::tr("%1 does not exist.").arg(name));
    if (info.isDir())
        return Status::failure(QObject::tr("%1 is a folder, not a contact file.").arg(name));
    m_size = info.size();
    if (m_size == 0)
        return Status::failure(QObject::tr("%1 is empty.").arg(fileName(m_path)));
    if (m_size > maxBytes)
        return Status::failure(QObject::tr("%1 is %2; Kith imports contact files of up to %3. Split it into smaller "
                                           "files and import them one after the other.")
                                   .arg(fileName(m_path), sizeText(m_size), sizeText(maxBytes)));
    m_state = std::make_unique<State>();
    m_state->file.setFileName(m_path);
    if (!m_state->file.open(QIODevice::ReadOnly))
        return Status::failure(QObject::tr("Cannot read %1: %2").arg(name, m_state->file.errorString()));
    const QByteArray head = m_state->file.peek(kSniffBytes);
    m_format = detect(head);
    switch (m_format) {
    case ImportFormat::Unknown:
        if (looksLikeBinary(head))
            return Status::failure(QObject::tr("%1 is not a contact file: it holds binary data, not vCard or CSV text.")
                                       .arg(fileName(m_path)));
        return Status::failure(QObject::tr("%1 is neither a vCard (.vcf) nor a CSV file.").arg(fileName(m_path)));
    case ImportFormat::VCard:
        m_state->vcard = std::make_unique<VCardReader>(&m_state->file);
        break;
    case ImportFormat::VCardUtf16LE:
    case ImportFormat::VCardUtf16BE:
        m_state->utf16 = std::make_unique<Utf16Device>(
            &m_state->file, m_format == ImportFormat::VCardUtf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_state->vcard = std::make_unique<VCardReader>(m_state->utf16.get());
        break;
    case ImportFormat::Csv:
        m_state->csv = std::make_unique<CsvReader>(&m_state->file);
        m_state->header = m_state->csv->header();
        if (m_state->header.isEmpty())
            return Status::failure(QObject::tr("%1 has no header row.").arg(fileName(m_path)));
        m_state->generic = CsvProfileDetector::detect(m_state->header).kind == CsvProfile::Kind::Generic;
        if (m_state->generic) {
            // The first rows, read apart from the import's own reader: what the columns hold corrects the guess.
            QFile sample(m_path);
            if (sample.open(QIODevice::ReadOnly))
                m_state->sampleRows = CsvPreview::fromDevice(&sample).rows;
        }
        break;
    }
    if (m_state->vcard)
        m_state->vcardMapper = std::make_unique<VCardMapper>(m_maxPhotoBytes);
    return {};
}

QStringList ImportFileReader::csvHeader() const
{
    return m_state ? m_state->header : QStringList();
}

bool ImportFileReader::isGenericCsv() const
{
    return m_state && m_state->csv && m_state->generic;
}

void ImportFileReader::setCsvMapping(const CsvColumnMapping& mapping)
{
    if (m_state)
        m_state->mapping = mapping;
}

CsvColumnMapping ImportFileReader::csvMapping() const
{
    if (!m_state)
        return {};
    return m_state->mapping.value_or(CsvColumnMapping::guess(m_state->header, m_state->sampleRows));
}

qint64 ImportFileReader::position() const
{
    return m_state ? m_state->file.pos() : 0;
}

void ImportFileReader::prepareCsv()
{
    State& s = *m_state;
    CsvProfile profile;
    QList<int> kept;
    if (s.generic) {
        CsvColumnMapping mapping = csvMapping();
        // A mapping made for a shorter header (or a longer one) covers the columns both have.
        mapping.columns.resize(s.header.size(), CsvColumnMapping::Target::Keep);
        s.mapping = mapping;
        profile = mapping.toProfile();
        kept = mapping.keptColumns();
    } else {
        profile = CsvProfileDetector::detect(s.header);
        const QSet<int> used = usedColumns(profile);
        for (int i = 0; i < s.header.size(); ++i) {
            if (!used.contains(i) && !s.header[i].trimmed().isEmpty())
                kept.append(i);
        }
    }
    for (int column : std::as_const(kept)) {
        s.extraColumns.append(column);
        s.extraNames.append(extensionName(s.header[column]) + u':');
    }
    s.csvMapper = std::make_unique<CsvMapper>(std::move(profile), m_clock);
}

void ImportFileReader::takeReaderErrors(QList<ImportIssue>& issues)
{
    State& s = *m_state;
    if (s.vcard) {
        const QList<VCardError>& errors = s.vcard->errors();
        for (; s.errorsTaken < errors.size(); ++s.errorsTaken)
            issues.append({m_path, int(errors[s.errorsTaken].line), errors[s.errorsTaken].reason, false});
    } else if (s.csv) {
        const QList<CsvError>& errors = s.csv->errors();
        for (; s.errorsTaken < errors.size(); ++s.errorsTaken)
            issues.append({m_path, int(errors[s.errorsTaken].line), errors[s.errorsTaken].reason, false});
    }
    if (s.utf16 && !s.checkedUtf16 && s.utf16->atEnd() && s.utf16->hadError()) {
        s.checkedUtf16 = true;
        issues.append({m_path, 0, QObject::tr("the file is not valid UTF-16 throughout"), false});
    }
}

std::optional<ImportRecord> ImportFileReader::next(QList<ImportIssue>& issues)
{
    if (!m_state)
        return std::nullopt;
    State& s = *m_state;
    for (;;) {
        ImportRecord record;
        record.file = m_path;
        if (s.vcard) {
            std::optional<VCardCard> card = s.vcard->next();
            takeReaderErrors(issues);
            if (!card)
                return std::nullopt;
            MappedVCard mapped = s.vcardMapper->map(*card);
            // The mapper keeps what Kith does not model in contact.vcardExtras already.
            record.contact = std::move(mapped.contact);
            record.warnings = std::move(mapped.warnings);
            record.line = int(card->line);
        } else {
            if (!s.csvMapper)
                prepareCsv();
            std::optional<CsvRow> row = s.csv->next();
            takeReaderErrors(issues);
            if (!row)
                return std::nullopt;
            MappedCsvRow mapped = s.csvMapper->map(*row);
            record.contact = std::move(mapped.contact);
            record.warnings = std::move(mapped.warnings);
            record.line = mapped.line;
            for (qsizetype i = 0; i < s.extraColumns.size(); ++i) {
                const int column = s.extraColumns[i];
                if (column >= row->cells.size())
                    continue;
                const QString value = row->cells[column].trimmed();
                if (!value.isEmpty())
                    record.contact.vcardExtras.append(s.extraNames[i] + VCardWriter::escapedText(value));
            }
        }
        Contact& contact = record.contact;
        if (contact.effectiveName().isEmpty()) {
            if (contact.phones.isEmpty()) {
                issues.append(
                    {m_path, record.line, QObject::tr("no name, email, phone or organization: not imported"), true});
                continue;
            }
            // Only a phone number: still someone to keep, shown by their number.
            contact.displayName = contact.phones.constFirst().value;
            record.warnings.append(QObject::tr("line %1: no name; shown by the phone number").arg(record.line));
        }
        return record;
    }
}

} // namespace kith
