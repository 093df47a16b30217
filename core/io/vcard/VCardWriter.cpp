#include "io/vcard/VCardWriter.h"

#include "domain/Contact.h"
#include "io/vcard/VCardMapper.h"
#include "io/vcard/VCardProperty.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

namespace kith {

namespace {

// Apple's placeholder year for a date without one: a leap year, so that 29 February exists in it.
constexpr int OmittedYear = 1604;
constexpr qsizetype FoldOctets = 75;

enum class FieldKind { Email, Phone, Address, Url };

// The TYPE values vCard defines for each property, for labels such as "home", "work fax" or "mobile".
bool isStandardType(FieldKind kind, const QString& type)
{
    static const QSet<QString> place = {QStringLiteral("home"), QStringLiteral("work")};
    static const QSet<QString> phone = {QStringLiteral("home"),      QStringLiteral("work"),  QStringLiteral("cell"),
                                        QStringLiteral("fax"),       QStringLiteral("pager"), QStringLiteral("text"),
                                        QStringLiteral("textphone"), QStringLiteral("video"), QStringLiteral("car"),
                                        QStringLiteral("isdn"),      QStringLiteral("msg"),   QStringLiteral("bbs"),
                                        QStringLiteral("modem"),     QStringLiteral("pcs")};
    return kind == FieldKind::Phone ? phone.contains(type) : place.contains(type);
}

// The TYPE values that VCardMapper turns back into exactly this label, or std::nullopt when there are none.
std::optional<QStringList> typesForLabel(FieldKind kind, const QString& label)
{
    if (label.isEmpty())
        return QStringList();
    QStringList types;
    for (const QString& word : label.split(u' ')) {
        const QString type = word == u"mobile" ? QStringLiteral("cell") : word;
        if (!isStandardType(kind, type) || types.contains(type))
            return std::nullopt;
        types.append(type);
    }
    if (VCardMapper::labelFromTypes(types) != label)
        return std::nullopt;
    return types;
}

// A service name that can stand as a TYPE value and reads back unchanged ("twitter", "skype").
bool isServiceToken(const QString& label)
{
    static const QRegularExpression token(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return token.match(label).hasMatch() && VCardMapper::labelFromTypes({label}) == label;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString photoMimeType(const QByteArray& photo)
{
    if (photo.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (photo.startsWith("\x89PNG"))
        return QStringLiteral("image/png");
    if (photo.startsWith("GIF8"))
        return QStringLiteral("image/gif");
    if (photo.startsWith("RIFF") && photo.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return QStringLiteral("application/octet-stream");
}

// The group part of a content line ("item3" in "item3.X-ABLabel:..."), lower-cased, or an empty string.
QString groupOfLine(const QString& line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != u'.' && line[end] != u':' && line[end] != u';')
        ++end;
    return end < line.size() && line[end] == u'.' ? line.first(end).toLower() : QString();
}

bool isNameCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

// True when the line's group, name and parameter names are what RFC 6350 allows (letters, digits, '-'), so
// that strict parsers read it. Some writers use names such as "X-messaging/twitter-All".
bool hasValidNames(QStringView line)
{
    qsizetype i = 0;
    bool inQuotes = false;
    bool inName = true; // in the group, the name or a parameter name
    qsizetype nameLength = 0;
    for (; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        if (c == u':')
            return !inName || nameLength > 0;
        if (c == u'"') {
            inQuotes = true;
        } else if (c == u';' || c == u'.') {
            if (inName && nameLength == 0)
                return false;
            inName = c == u';' || inName;
            nameLength = 0;
        } else if (c == u'=' || c == u',') {
            if (inName && nameLength == 0)
                return false;
            inName = false;
        } else if (inName) {
            if (!isNameCharacter(c))
                return false;
            ++nameLength;
        }
    }
    return false; // no value
}

// True when the line reads back as the same property: valid names, and nothing before the first colon that
// readers take for QUOTED-PRINTABLE (whose "=" at the end of a value would swallow the next line).
bool canWriteBackAsIs(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    return hasValidNames(line) && colon > 0 && !line.first(colon).contains(u"QUOTED-PRINTABLE", Qt::CaseInsensitive);
}

class CardBuilder final {
public:
    CardBuilder(const Contact& contact, VCardWriter::Version version)
        : m_contact(contact)
        , m_v4(version == VCardWriter::Version::V4_0)
    {
        // Groups already taken by the kept properties must not be reused for the labels written here.
        for (const QString& line : contact.vcardExtras) {
            if (const QString group = groupOfLine(line); !group.isEmpty())
                m_takenGroups.insert(group);
        }
    }
    Q_DISABLE_COPY_MOVE(CardBuilder)

    QByteArray build()
    {
        const Contact& c = m_contact;
        m_out.reserve(512 + c.photo.size() * 4 / 3);
        m_out += "BEGIN:VCARD\r\n";
        m_out += m_v4 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";
        addLine(QStringLiteral("PRODID:-//Kith//Kith " KITH_VERSION "//EN"));
        if (!c.uid.isEmpty())
            addText(QStringLiteral("UID"), c.uid);
        const QString fn = c.displayName.isEmpty() ? c.effectiveName() : c.displayName;
        addText(QStringLiteral("FN"), fn);
        addProperty({}, QStringLiteral("N"), {},
                    QStringList{VCardWriter::escapedText(c.family), VCardWriter::escapedText(c.given),
                                VCardWriter::escapedText(c.additional), VCardWriter::escapedText(c.prefix),
                                VCardWriter::escapedText(c.suffix)}
                        .join(u';'));
        if (!c.nickname.isEmpty())
            addText(QStringLiteral("NICKNAME"), c.nickname);
        if (!c.organization.isEmpty())
            addText(QStringLiteral("ORG"), c.organization);
        if (!c.title.isEmpty())
            addText(QStringLiteral("TITLE"), c.title);
        for (const LabeledValue& email : c.emails)
            addLabeled(FieldKind::Email, QStringLiteral("EMAIL"), email.label, VCardWriter::escapedText(email.value));
        for (const LabeledValue& phone : c.phones)
            addLabeled(FieldKind::Phone, QStringLiteral("TEL"), phone.label, VCardWriter::escapedText(phone.value));
        for (const PostalAddress& address : c.addresses)
            addAddress(address);
        for (const LabeledValue& url : c.urls)
            addLabeled(FieldKind::Url, QStringLiteral("URL"), url.label, VCardWriter::escapedText(url.value));
        for (const LabeledValue& profile : c.socialProfiles)
            addSocialProfile(profile);
        addDate(QStringLiteral("BDAY"), c.birthday);
        addDate(m_v4 ? QStringLiteral("ANNIVERSARY") : QStringLiteral("X-ANNIVERSARY"), c.anniversary);
        if (!c.tags.isEmpty()) {
            QStringList tags;
            for (const QString& tag : c.tags)
                tags.append(VCardWriter::escapedText(tag));
            addProperty({}, QStringLiteral("CATEGORIES"), {}, tags.join(u','));
        }
        if (!c.notes.isEmpty())
            addText(QStringLiteral("NOTE"), c.notes);
        addPhoto();
        if (!c.circle.isEmpty())
            addText(QStringLiteral("X-KITH-CIRCLE"), c.circle);
        if (c.cadenceDays)
            addLine(QStringLiteral("X-KITH-CADENCE-DAYS:%1").arg(*c.cadenceDays));
        if (c.priority != Priority::None)
            addLine(QStringLiteral("X-KITH-PRIORITY:") + priorityKey(c.priority));
        if (!c.howMet.isEmpty())
            addText(QStringLiteral("X-KITH-HOW-MET"), c.howMet);
        if (!c.whereMet.isEmpty())
            addText(QStringLiteral("X-KITH-WHERE-MET"), c.whereMet);
        // A kept line that strict parsers would refuse, or that would read back as something else, travels as
        // the text of an X-KITH-VCARD-LINE, which VCardMapper turns back into the same kept line.
        for (const QString& line : c.vcardExtras) {
            if (canWriteBackAsIs(line))
                addLine(line);
            else
                addText(QStringLiteral("X-KITH-VCARD-LINE"), line);
        }
        m_out += "END:VCARD\r\n";
        return std::move(m_out);
    }

private:
    void addLine(const QString& line) { m_out += VCardWriter::foldedLine(line); }

    void addProperty(const QString& group, const QString& name, QList<VCardParameter> parameters,
                     const QString& escapedValue)
    {
        VCardProperty property;
        property.group = group;
        property.name = name;
        property.parameters = std::move(parameters);
        property.value = escapedValue;
        addLine(property.toContentLine());
    }

    void addText(const QString& name, const QString& text)
    {
        addProperty({}, name, {}, VCardWriter::escapedText(text));
    }

    QString nextGroup()
    {
        QString group;
        do {
            group = QStringLiteral("item%1").arg(++m_lastGroup);
        } while (m_takenGroups.contains(group));
        return group;
    }

    // A field with its label: TYPE values when vCard has them, else an item group labelled with X-ABLabel.
    void addLabeledProperty(const std::optional<QStringList>& types, const QString& name, const QString& label,
                            const QString& escapedValue)
    {
        if (types) {
            QList<VCardParameter> parameters;
            if (!types->isEmpty())
                parameters.append({QStringLiteral("TYPE"), *types});
            addProperty({}, name, parameters, escapedValue);
            return;
        }
        const QString group = nextGroup();
        addProperty(group, name, {}, escapedValue);
        addProperty(group, QStringLiteral("X-ABLabel"), {}, VCardWriter::escapedText(label));
    }

    void addLabeled(FieldKind kind, const QString& name, const QString& label, const QString& escapedValue)
    {
        addLabeledProperty(typesForLabel(kind, label), name, label, escapedValue);
    }

    void addAddress(const PostalAddress& address)
    {
        if (address.isEmpty())
            return;
        const QString value =
            QStringList{VCardWriter::escapedText(address.poBox),  VCardWriter::escapedText(address.extended),
                        VCardWriter::escapedText(address.street), VCardWriter::escapedText(address.locality),
                        VCardWriter::escapedText(address.region), VCardWriter::escapedText(address.postalCode),
                        VCardWriter::escapedText(address.country)}
                .join(u';');
        addLabeled(FieldKind::Address, QStringLiteral("ADR"), address.label, value);
    }

    void addSocialProfile(const LabeledValue& profile)
    {
        // An unlabelled profile is read back as "profile", VCardMapper's name for a service it was not told.
        std::optional<QStringList> types;
        if (profile.label.isEmpty())
            types = QStringList();
        else if (isServiceToken(profile.label))
            types = QStringList{profile.label};
        addLabeledProperty(types, QStringLiteral("X-SOCIALPROFILE"), profile.label,
                           VCardWriter::escapedText(profile.value));
    }

    void addDate(const QString& name, const PartialDate& date)
    {
        if (date.isNull() || !date.isValid())
            return;
        const QString monthDay = twoDigits(date.month) + (m_v4 ? QString() : QStringLiteral("-")) + twoDigits(date.day);
        if (m_v4) {
            const QString year =
                date.hasYear() ? QStringLiteral("%1").arg(date.year, 4, 10, QLatin1Char('0')) : QStringLiteral("--");
            addProperty({}, name, {}, year + monthDay);
            return;
        }
        if (date.hasYear()) {
            addProperty({}, name, {}, QStringLiteral("%1-").arg(date.year, 4, 10, QLatin1Char('0')) + monthDay);
            return;
        }
        addProperty({}, name, {{QStringLiteral("X-APPLE-OMIT-YEAR"), {QString::number(OmittedYear)}}},
                    QStringLiteral("%1-").arg(OmittedYear) + monthDay);
    }

    void addPhoto()
    {
        const QByteArray& photo = m_contact.photo;
        if (photo.isEmpty())
            return;
        const QString base64 = QString::fromLatin1(photo.toBase64());
        if (m_v4) {
            addProperty({}, QStringLiteral("PHOTO"), {}, u"data:" + photoMimeType(photo) + u";base64," + base64);
            return;
        }
        QList<VCardParameter> parameters{{QStringLiteral("ENCODING"), {QStringLiteral("b")}}};
        const QString mime = photoMimeType(photo);
        if (mime.startsWith(u"image/"))
            parameters.append({QStringLiteral("TYPE"), {mime.sliced(6).toUpper()}});
        addProperty({}, QStringLiteral("PHOTO"), parameters, base64);
    }

    const Contact& m_contact;
    const bool m_v4;
    QSet<QString> m_takenGroups;
    int m_lastGroup = 0;
    QByteArray m_out;
};

} // namespace

VCardWriter::VCardWriter(QIODevice* device, Version version)
    : m_device(device)
    , m_version(version)
{}

Status VCardWriter::write(const Contact& contact)
{
    const QByteArray bytes = cardBytes(contact, m_version);
    if (m_device->write(bytes) != bytes.size())
        return Status::failure(m_device->errorString());
    return {};
}

QByteArray VCardWriter::cardBytes(const Contact& contact, Version version)
{
    CardBuilder builder(contact, version);
    return builder.build();
}

QByteArray VCardWriter::foldedLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    if (utf8.size() <= FoldOctets)
        return utf8 + "\r\n";
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / (FoldOctets - 1) * 3 + 3);
    qsizetype pos = 0;
    qsizetype room = FoldOctets;
    while (pos < utf8.size()) {
        qsizetype end = std::min(pos + room, utf8.size());
        // Never between the bytes of one character: back up to the start of the one that would be cut.
        while (end < utf8.size() && end > pos && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
            --end;
        if (end == pos)
            end = std::min(pos + room, utf8.size());
        if (pos > 0)
            out += ' ';
        out += QByteArrayView(utf8).sliced(pos, end - pos);
        out += "\r\n";
        pos = end;
        room = FoldOctets - 1; // the leading space counts
    }
    return out;
}

QString VCardWriter::escapedText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            escaped += u"\\\\";
            break;
        case u',':
            escaped += u"\\,";
            break;
        case u';':
            escaped += u"\\;";
            break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            escaped += u"\\n";
            break;
        case u'\n':
            escaped += u"\\n";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

} // namespace kith
