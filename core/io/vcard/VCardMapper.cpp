#include "io/vcard/VCardMapper.h"

#include "domain/PartialDate.h"
#include "io/vcard/VCardCard.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace kith {

namespace {

// Instant-messaging and social properties written by Android, Evolution, Outlook and Gmail, with the label
// Kith gives them: the service is what a user recognises.
struct SocialProperty {
    QStringView name;
    QStringView label;
};

constexpr SocialProperty socialProperties[] = {
    {u"X-TWITTER", u"twitter"},
    {u"X-SKYPE", u"skype"},
    {u"X-SKYPE-USERNAME", u"skype"},
    {u"X-GTALK", u"gtalk"},
    {u"X-GOOGLE-TALK", u"gtalk"},
    {u"X-AIM", u"aim"},
    {u"X-JABBER", u"jabber"},
    {u"X-ICQ", u"icq"},
    {u"X-MSN", u"msn"},
    {u"X-YAHOO", u"yahoo"},
    {u"X-QQ", u"qq"},
    {u"X-GADUGADU", u"gadugadu"},
    {u"X-GROUPWISE", u"groupwise"},
    {u"X-FACEBOOK", u"facebook"},
    {u"X-LINKEDIN", u"linkedin"},
    {u"X-MS-IMADDRESS", u"im"},
};

// TYPE values that say nothing a user would call a label.
bool isNoiseType(const QString& lowerType)
{
    static const QSet<QString> noise = {QStringLiteral("internet"), QStringLiteral("voice"), QStringLiteral("pref"),
                                        QStringLiteral("x400"),     QStringLiteral("dom"),   QStringLiteral("intl"),
                                        QStringLiteral("postal"),   QStringLiteral("parcel")};
    return noise.contains(lowerType);
}

QString warningAt(const VCardProperty& property, const QString& reason)
{
    return QStringLiteral("line %1: %2").arg(property.line).arg(reason);
}

// List items of one N component ("Richter,James") joined with spaces.
QString joinedItems(const QStringList& items)
{
    QStringList parts;
    for (const QString& item : items) {
        if (const QString trimmed = item.trimmed(); !trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts.join(u' ');
}

QString withoutScheme(QString value, QStringView scheme)
{
    if (value.startsWith(scheme, Qt::CaseInsensitive))
        value.remove(0, scheme.size());
    return value.trimmed();
}

const SocialProperty* socialProperty(const QString& name)
{
    for (const SocialProperty& social : socialProperties) {
        if (social.name == name)
            return &social;
    }
    return nullptr;
}

// The photo octets of an inline PHOTO (ENCODING=b / BASE64, or a data: URI), std::nullopt for a URL.
std::optional<QByteArray> inlinePhoto(const VCardProperty& property)
{
    if (property.isBase64())
        return property.bytes.isEmpty() ? QByteArray::fromBase64(property.value.toLatin1()) : property.bytes;
    const QString value = property.value.trimmed();
    if (!value.startsWith(u"data:", Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype comma = value.indexOf(u',');
    if (comma < 0)
        return QByteArray();
    const QStringView header = QStringView(value).first(comma);
    const QByteArray payload = QStringView(value).sliced(comma + 1).toLatin1();
    if (header.endsWith(u";base64", Qt::CaseInsensitive))
        return QByteArray::fromBase64(payload);
    return QByteArray::fromPercentEncoding(payload);
}

} // namespace

// Labels, kept lines, organisations, titles, cities, countries and tags repeat on thousands of cards ("mobile",
// "item3.X-ABADR:gb", "Engineer"): the pool hands out one shared copy of each, so that a plan of 50,000 records
// does not hold 50,000 copies of "mobile".
class VCardMapper::StringPool final {
public:
    QString shared(const QString& text)
    {
        if (text.isEmpty() || text.size() > kMaxLength)
            return text;
        if (const auto it = m_strings.constFind(text); it != m_strings.constEnd())
            return *it;
        if (m_strings.size() < kMaxStrings)
            m_strings.insert(text);
        return text;
    }

private:
    static constexpr qsizetype kMaxLength = 64;
    static constexpr qsizetype kMaxStrings = 4096;
    QSet<QString> m_strings;
};

namespace {

class CardMapping final {
public:
    CardMapping(const VCardCard& card, qsizetype maxPhotoBytes, VCardMapper::StringPool& pool)
        : m_card(card)
        , m_maxPhotoBytes(maxPhotoBytes)
        , m_pool(pool)
    {
        for (const VCardProperty& property : card.properties) {
            if (property.name == u"X-ABLABEL" && !property.group.isEmpty()) {
                const QString key = property.group.toLower();
                if (!m_groupLabels.contains(key))
                    m_groupLabels.insert(key, &property);
            }
        }
    }
    Q_DISABLE_COPY_MOVE(CardMapping)

    MappedVCard run()
    {
        QList<const VCardProperty*> kept;
        for (const VCardProperty& property : m_card.properties) {
            if (property.name == u"X-ABLABEL" || !mapProperty(property))
                kept.append(&property);
        }
        // A group label that labelled a mapped field belongs to that field; any other stays for export.
        for (const VCardProperty* property : std::as_const(kept)) {
            if (property->name == u"X-ABLABEL" && m_usedGroups.contains(property->group.toLower()))
                continue;
            m_result.unmapped.append(*property);
            // VCardWriter's wrapper for a kept line with names strict parsers refuse: the line itself.
            m_result.contact.vcardExtras.append(
                m_pool.shared(property->name == u"X-KITH-VCARD-LINE" ? property->text() : property->toContentLine()));
        }
        finishName();
        return std::move(m_result);
    }

private:
    // True when the property went into the contact (or carried nothing worth keeping).
    bool mapProperty(const VCardProperty& property)
    {
        Contact& contact = m_result.contact;
        const QString& name = property.name;
        if (name == u"PRODID" || name == u"REV" || name == u"VERSION" || name == u"PROFILE")
            return true;
        if (name == u"BEGIN" || name == u"END") {
            // "BEGIN:VCALENDAR" and the like inside a card: structure, not data, and no card can carry it.
            m_result.warnings.append(warningAt(property, QStringLiteral("a stray %1 line was left out").arg(name)));
            return true;
        }
        if (name == u"N")
            return mapName(property);
        if (name == u"FN") {
            if (m_seenFn)
                return false;
            m_seenFn = true;
            m_fn = property.text().simplified();
            return true;
        }
        if (name == u"NICKNAME") {
            appendJoined(contact.nickname, property.listValues(), u", ");
            return true;
        }
        if (name == u"ORG") {
            if (m_seenOrg)
                return false;
            m_seenOrg = true;
            appendJoined(contact.organization, property.components(), u", ");
            contact.organization = m_pool.shared(contact.organization);
            return true;
        }
        if (name == u"TITLE")
            return setOnce(contact.title, m_pool.shared(property.text().trimmed()));
        if (name == u"UID")
            return setOnce(contact.uid, property.text().trimmed());
        if (name == u"NOTE") {
            // Kith keeps LF line breaks; QUOTED-PRINTABLE notes bring "=0D=0A".
            const QString note = property.text().replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed();
            if (!note.isEmpty())
                contact.notes = contact.notes.isEmpty() ? note : contact.notes + u"\n\n" + note;
            return true;
        }
        if (name == u"CATEGORIES") {
            for (const QString& tag : property.listValues()) {
                if (const QString trimmed = tag.trimmed(); !trimmed.isEmpty() && !contact.tags.contains(trimmed))
                    contact.tags.append(m_pool.shared(trimmed));
            }
            return true;
        }
        if (name == u"EMAIL")
            return addLabeled(contact.emails, property, withoutScheme(property.text(), u"mailto:"));
        if (name == u"TEL")
            return addLabeled(contact.phones, property, withoutScheme(property.text(), u"tel:"));
        if (name == u"URL")
            return addLabeled(contact.urls, property, property.text().trimmed());
        if (name == u"ADR")
            return mapAddress(property);
        if (name == u"BDAY")
            return mapDate(property, contact.birthday, QStringLiteral("birthday"));
        if (name == u"ANNIVERSARY" || name == u"X-ANNIVERSARY" || name == u"X-MS-ANNIVERSARY" ||
            name == u"X-EVOLUTION-ANNIVERSARY")
            return mapDate(property, contact.anniversary, QStringLiteral("anniversary"));
        if (name == u"X-ABDATE" && rawGroupLabel(property) == u"_$!<Anniversary>!$_") {
            if (!mapDate(property, contact.anniversary, QStringLiteral("anniversary")))
                return false;
            m_usedGroups.insert(property.group.toLower());
            return true;
        }
        if (name == u"PHOTO")
            return mapPhoto(property);
        if (name == u"X-SOCIALPROFILE") {
            QString label = labelFor(property);
            if (label.isEmpty())
                label = QStringLiteral("profile");
            return addValue(contact.socialProfiles, label, property.text().trimmed());
        }
        if (name == u"IMPP") {
            const QString value = property.text().trimmed();
            QString service = property.parameter(u"X-SERVICE-TYPE").trimmed().toLower();
            if (service.isEmpty() && value.contains(u':'))
                service = value.section(u':', 0, 0).toLower();
            return addValue(contact.socialProfiles, service, value);
        }
        if (const SocialProperty* social = socialProperty(name))
            return addValue(contact.socialProfiles, social->label.toString(), property.text().trimmed());
        if (name.startsWith(u"X-KITH-"))
            return mapKithProperty(property);
        return false;
    }

    // What Kith keeps beyond vCard, as VCardWriter writes it. A value Kith cannot use stays unmapped.
    bool mapKithProperty(const VCardProperty& property)
    {
        Contact& contact = m_result.contact;
        const QString& name = property.name;
        const QString text = property.text().trimmed();
        if (name == u"X-KITH-CIRCLE")
            return setOnce(contact.circle, text);
        if (name == u"X-KITH-HOW-MET")
            return setOnce(contact.howMet, text);
        if (name == u"X-KITH-WHERE-MET")
            return setOnce(contact.whereMet, text);
        if (name == u"X-KITH-CADENCE-DAYS") {
            bool ok = false;
            const int days = text.toInt(&ok);
            if (contact.cadenceDays || !ok || days <= 0) {
                m_result.warnings.append(
                    warningAt(property, QStringLiteral("the cadence \"%1\" is not a number of days; it is kept as "
                                                       "written")
                                            .arg(text)));
                return false;
            }
            contact.cadenceDays = days;
            return true;
        }
        if (name == u"X-KITH-PRIORITY") {
            const std::optional<Priority> priority = priorityFromKey(text);
            if (!priority || contact.priority != Priority::None) {
                m_result.warnings.append(warningAt(
                    property, QStringLiteral("the priority \"%1\" is not known; it is kept as written").arg(text)));
                return false;
            }
            contact.priority = *priority;
            return true;
        }
        return false;
    }

    bool mapName(const VCardProperty& property)
    {
        if (m_seenN)
            return false;
        m_seenN = true;
        QList<QStringList> parts = property.structuredValues();
        while (parts.size() < 5)
            parts.append(QStringList());
        Contact& contact = m_result.contact;
        contact.family = joinedItems(parts[0]);
        contact.given = joinedItems(parts[1]);
        contact.additional = joinedItems(parts[2]);
        contact.prefix = joinedItems(parts[3]);
        contact.suffix = joinedItems(parts[4]);
        return true;
    }

    bool mapAddress(const VCardProperty& property)
    {
        // components(), not structuredValues(): a stray unescaped comma in a street is text, not a list.
        QStringList parts = property.components();
        while (parts.size() < 7)
            parts.append(QString());
        PostalAddress address;
        address.poBox = parts[0].trimmed();
        address.extended = parts[1].trimmed();
        address.street = parts[2].trimmed();
        address.locality = m_pool.shared(parts[3].trimmed());
        address.region = m_pool.shared(parts[4].trimmed());
        address.postalCode = parts[5].trimmed();
        address.country = m_pool.shared(parts[6].trimmed());
        if (address.isEmpty())
            return true;
        address.label = m_pool.shared(labelFor(property));
        m_result.contact.addresses.append(address);
        return true;
    }

    bool mapDate(const VCardProperty& property, PartialDate& target, const QString& what)
    {
        const QString text = property.text().trimmed();
        if (text.isEmpty())
            return true;
        const bool declaredText = property.parameter(u"VALUE").compare(u"text", Qt::CaseInsensitive) == 0;
        const std::optional<PartialDate> date =
            declaredText ? std::nullopt
                         : VCardMapper::parseDate(text, property.parameter(u"X-APPLE-OMIT-YEAR").toInt());
        if (!date) {
            m_result.warnings.append(warningAt(
                property, QStringLiteral("the %1 \"%2\" is not a date; it is kept as written").arg(what, text)));
            return false;
        }
        if (target.isNull()) {
            target = *date;
            return true;
        }
        if (target == *date)
            return true; // the same date under another name (Outlook writes both)
        m_result.warnings.append(
            warningAt(property, QStringLiteral("a second %1 (%2) is kept as written").arg(what, text)));
        return false;
    }

    bool mapPhoto(const VCardProperty& property)
    {
        const std::optional<QByteArray> photo = inlinePhoto(property);
        if (!photo || !m_result.contact.photo.isEmpty())
            return false; // a URL is never fetched; a second photo has nowhere to go
        if (photo->size() > m_maxPhotoBytes) {
            m_result.warnings.append(
                warningAt(property, QStringLiteral("the photo (%1 KB) is larger than %2 KB and was left out")
                                        .arg(photo->size() / 1024)
                                        .arg(m_maxPhotoBytes / 1024)));
            return true;
        }
        m_result.contact.photo = *photo;
        return true;
    }

    bool addLabeled(QList<LabeledValue>& list, const VCardProperty& property, const QString& value)
    {
        if (value.isEmpty())
            return true;
        list.append({m_pool.shared(labelFor(property)), value});
        return true;
    }

    bool addValue(QList<LabeledValue>& list, const QString& label, const QString& value)
    {
        if (!value.isEmpty())
            list.append({m_pool.shared(label), value});
        return true;
    }

    static bool setOnce(QString& field, const QString& value)
    {
        if (!field.isEmpty())
            return false;
        field = value;
        return true;
    }

    static void appendJoined(QString& field, const QStringList& items, QStringView separator)
    {
        for (const QString& item : items) {
            const QString trimmed = item.trimmed();
            if (trimmed.isEmpty())
                continue;
            field = field.isEmpty() ? trimmed : field + separator + trimmed;
        }
    }

    QString rawGroupLabel(const VCardProperty& property) const
    {
        if (property.group.isEmpty())
            return {};
        const VCardProperty* label = m_groupLabels.value(property.group.toLower());
        return label ? label->text().trimmed() : QString();
    }

    QString labelFor(const VCardProperty& property)
    {
        if (const QString groupLabel = rawGroupLabel(property); !groupLabel.isEmpty()) {
            m_usedGroups.insert(property.group.toLower());
            return VCardMapper::labelFromAppleLabel(groupLabel);
        }
        return VCardMapper::labelFromTypes(property.types());
    }

    // FN is compared with the name composed from N once every property is mapped.
    void finishName()
    {
        Contact& contact = m_result.contact;
        if (m_fn.isEmpty() || m_fn == contact.composedName())
            return;
        // Without N, an FN that only repeats what Kith would show anyway (nickname, organisation, email)
        // is not pinned either.
        if (contact.composedName().isEmpty() && m_fn == contact.effectiveName())
            return;
        contact.displayName = m_fn;
    }

    const VCardCard& m_card;
    const qsizetype m_maxPhotoBytes;
    VCardMapper::StringPool& m_pool;
    QHash<QString, const VCardProperty*> m_groupLabels; // lower-cased group -> its first X-ABLabel
    QSet<QString> m_usedGroups;
    MappedVCard m_result;
    QString m_fn;
    bool m_seenN = false;
    bool m_seenFn = false;
    bool m_seenOrg = false;
};

} // namespace

VCardMapper::VCardMapper(qsizetype maxPhotoBytes)
    : m_maxPhotoBytes(maxPhotoBytes)
    , m_pool(std::make_unique<StringPool>())
{}

VCardMapper::~VCardMapper() = default;

MappedVCard VCardMapper::map(const VCardCard& card) const
{
    CardMapping mapping(card, m_maxPhotoBytes, *m_pool);
    return mapping.run();
}

QString VCardMapper::labelFromAppleLabel(const QString& label)
{
    const QString trimmed = label.trimmed();
    if (!trimmed.startsWith(u"_$!<") || !trimmed.endsWith(u">!$_"))
        return trimmed; // a label the user typed: kept as written
    const QString inner = trimmed.sliced(4, trimmed.size() - 8);
    static const QHash<QString, QString> known = {
        {QStringLiteral("HomeFAX"), QStringLiteral("home fax")},
        {QStringLiteral("WorkFAX"), QStringLiteral("work fax")},
        {QStringLiteral("OtherFAX"), QStringLiteral("other fax")},
        {QStringLiteral("AssistantPhone"), QStringLiteral("assistant")},
        {QStringLiteral("HomePage"), QStringLiteral("homepage")},
    };
    return known.value(inner, inner.toLower());
}

QString VCardMapper::labelFromTypes(const QStringList& types)
{
    QStringList words;
    for (const QString& type : types) {
        QString word = type.trimmed().toLower();
        if (word.isEmpty() || isNoiseType(word))
            continue;
        if (word == u"cell")
            word = QStringLiteral("mobile");
        if (!words.contains(word))
            words.append(word);
    }
    return words.join(u' ');
}

std::optional<PartialDate> VCardMapper::parseDate(QStringView text, int omitYear)
{
    QStringView date = text.trimmed();
    // "1953-10-15T23:10:00Z": the date as written is the one the person meant; the time is noise.
    if (const qsizetype t = date.indexOf(u'T', 0, Qt::CaseInsensitive); t > 0)
        date = date.first(t);
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})$"));
    static const QRegularExpression noYear(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    PartialDate result;
    if (const QRegularExpressionMatch m = full.match(date.toString()); m.hasMatch()) {
        result = {m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt()};
        if (omitYear != 0 && result.year == omitYear)
            result.year = 0;
    } else if (const QRegularExpressionMatch m2 = noYear.match(date.toString()); m2.hasMatch()) {
        result = {0, m2.capturedView(1).toInt(), m2.capturedView(2).toInt()};
    } else {
        return std::nullopt;
    }
    if (result.isNull() || !result.isValid())
        return std::nullopt;
    return result;
}

} // namespace kith
