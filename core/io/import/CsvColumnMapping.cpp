#include "io/import/CsvColumnMapping.h"

#include "io/csv/CsvProfileDetector.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kith {

namespace {

using Target = CsvColumnMapping::Target;
using Field = CsvProfile::Field;

struct TargetInfo {
    Target target;
    const char* key;
    const char* label;
};

// In the order a mapping page lists them.
constexpr TargetInfo kTargets[] = {
    {Target::Ignore, "ignore", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Ignore")},
    {Target::Keep, "keep", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Keep as extra field")},
    {Target::DisplayName, "display-name", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Full name")},
    {Target::GivenName, "given-name", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Given name")},
    {Target::MiddleName, "middle-name", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Middle name")},
    {Target::FamilyName, "family-name", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Family name")},
    {Target::Prefix, "prefix", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Name prefix")},
    {Target::Suffix, "suffix", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Name suffix")},
    {Target::Nickname, "nickname", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Nickname")},
    {Target::Organization, "organization", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Organization")},
    {Target::Department, "department", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Department")},
    {Target::Title, "title", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Job title")},
    {Target::Email, "email", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Email")},
    {Target::Phone, "phone", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Phone")},
    {Target::Website, "website", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Website")},
    {Target::Street, "street", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Street")},
    {Target::City, "city", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "City")},
    {Target::Region, "region", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "State or region")},
    {Target::PostalCode, "postal-code", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Postal code")},
    {Target::Country, "country", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Country")},
    {Target::Birthday, "birthday", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Birthday")},
    {Target::Anniversary, "anniversary", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Anniversary")},
    {Target::Tags, "tags", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Tags")},
    {Target::Notes, "notes", QT_TRANSLATE_NOOP("kith::CsvColumnMapping", "Notes")},
};

const TargetInfo& info(Target target)
{
    for (const TargetInfo& i : kTargets) {
        if (i.target == target)
            return i;
    }
    Q_UNREACHABLE();
}

// The single-valued targets and the profile field each one fills.
constexpr std::pair<Target, Field> kSingleFields[] = {
    {Target::DisplayName, Field::DisplayName},
    {Target::GivenName, Field::GivenName},
    {Target::MiddleName, Field::MiddleName},
    {Target::FamilyName, Field::FamilyName},
    {Target::Prefix, Field::Prefix},
    {Target::Suffix, Field::Suffix},
    {Target::Nickname, Field::Nickname},
    {Target::Organization, Field::Organisation},
    {Target::Department, Field::Department},
    {Target::Title, Field::Title},
    {Target::Birthday, Field::Birthday},
    {Target::Anniversary, Field::Anniversary},
    {Target::Tags, Field::Labels},
    {Target::Notes, Field::Notes},
};

} // namespace

QList<Target> CsvColumnMapping::allTargets()
{
    QList<Target> targets;
    for (const TargetInfo& i : kTargets)
        targets.append(i.target);
    return targets;
}

QString CsvColumnMapping::targetLabel(Target target)
{
    return QCoreApplication::translate("kith::CsvColumnMapping", info(target).label);
}

QString CsvColumnMapping::targetKey(Target target)
{
    return QString::fromLatin1(info(target).key);
}

std::optional<Target> CsvColumnMapping::targetFromKey(const QString& key)
{
    for (const TargetInfo& i : kTargets) {
        if (key == QLatin1String(i.key))
            return i.target;
    }
    return std::nullopt;
}

namespace {

// Every non-empty cell of the column in the rows (at least one) passes `looksLike`.
template <typename Test> bool columnHolds(const QList<QStringList>& rows, int column, Test looksLike)
{
    int seen = 0;
    for (const QStringList& row : rows) {
        if (column >= row.size())
            continue;
        const QString cell = row[column].trimmed();
        if (cell.isEmpty())
            continue;
        if (!looksLike(cell))
            return false;
        ++seen;
    }
    return seen > 0;
}

bool looksLikeEmail(const QString& cell)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(cell).hasMatch();
}

// 7 to 17 digits written as people write phone numbers: with a leading '+' or 0, or with separators. A bare
// run of digits ("10234567") is more often a member number or an id than a phone.
bool looksLikePhone(const QString& cell)
{
    int digits = 0;
    bool written = cell.startsWith(u'0');
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (c.isDigit())
            ++digits;
        else if ((c == u'+' && i == 0) || c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/')
            written = true;
        else
            return false;
    }
    return written && digits >= 7 && digits <= 17;
}

// Words of letters ("Ada Lovelace", "Hopper, Grace", "O'Brien-Smith"): no digits, no '@'.
bool looksLikeName(const QString& cell)
{
    bool letters = false;
    for (const QChar c : cell) {
        if (c.isLetter())
            letters = true;
        else if (!c.isSpace() && !c.isMark() && c != u'-' && c != u'\'' && c != u'\u2019' && c != u'.' && c != u',')
            return false;
    }
    return letters;
}

bool namesSomeone(CsvColumnMapping::Target target)
{
    using T = CsvColumnMapping::Target;
    return target == T::DisplayName || target == T::GivenName || target == T::FamilyName || target == T::MiddleName ||
           target == T::Nickname;
}

} // namespace

CsvColumnMapping CsvColumnMapping::guess(const QStringList& header, const QList<QStringList>& rows)
{
    CsvColumnMapping mapping = guess(header);
    for (int i = 0; i < mapping.columns.size(); ++i) {
        Target& target = mapping.columns[i];
        if (target != Target::Email && target != Target::Ignore && columnHolds(rows, i, looksLikeEmail))
            target = Target::Email;
        else if (target == Target::Keep && columnHolds(rows, i, looksLikePhone))
            target = Target::Phone;
    }
    // No column names anyone (its name column was called "Member"): the first unplaced one of names is it.
    if (std::none_of(mapping.columns.cbegin(), mapping.columns.cend(), namesSomeone)) {
        for (int i = 0; i < mapping.columns.size(); ++i) {
            if (mapping.columns[i] == Target::Keep && columnHolds(rows, i, looksLikeName)) {
                mapping.columns[i] = Target::DisplayName;
                break;
            }
        }
    }
    return mapping;
}

CsvColumnMapping CsvColumnMapping::guess(const QStringList& header)
{
    // The detector's generic guess knows the usual column names; every column it did not place is kept.
    const CsvProfile profile = CsvProfileDetector::detect(header);
    CsvColumnMapping mapping;
    mapping.columns = QList<Target>(header.size(), Target::Keep);
    const auto place = [&](int column, Target target) {
        if (column >= 0 && column < mapping.columns.size() && mapping.columns[column] == Target::Keep)
            mapping.columns[column] = target;
    };
    for (const auto& [target, field] : kSingleFields)
        place(profile.column(field), target);
    for (const CsvValueColumns& c : profile.emails)
        place(c.value, Target::Email);
    for (const CsvValueColumns& c : profile.phones)
        place(c.value, Target::Phone);
    for (const CsvValueColumns& c : profile.websites)
        place(c.value, Target::Website);
    for (const CsvAddressColumns& a : profile.addresses) {
        place(a.street, Target::Street);
        place(a.city, Target::City);
        place(a.region, Target::Region);
        place(a.postalCode, Target::PostalCode);
        place(a.country, Target::Country);
    }
    // Address columns by their usual names (the generic profile has no address guess of its own).
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (name == u"street" || name == u"address" || name == u"street address")
            place(i, Target::Street);
        else if (name == u"city" || name == u"town")
            place(i, Target::City);
        else if (name == u"state" || name == u"region" || name == u"province")
            place(i, Target::Region);
        else if (name == u"zip" || name == u"zip code" || name == u"postcode" || name == u"postal code")
            place(i, Target::PostalCode);
        else if (name == u"country")
            place(i, Target::Country);
        else if (name.isEmpty())
            place(i, Target::Ignore);
    }
    return mapping;
}

QString CsvColumnMapping::headerSignature(const QStringList& header)
{
    QStringList names;
    names.reserve(header.size());
    for (const QString& name : header)
        names.append(name.trimmed().toLower());
    return names.join(u'\x1f');
}

CsvProfile CsvColumnMapping::toProfile() const
{
    CsvProfile profile;
    profile.kind = CsvProfile::Kind::Generic;
    CsvAddressColumns address;
    bool hasAddress = false;
    for (int i = 0; i < columns.size(); ++i) {
        const Target target = columns[i];
        for (const auto& [single, field] : kSingleFields) {
            if (single == target && !profile.has(field))
                profile.setColumn(field, i);
        }
        switch (target) {
        case Target::Email:
            profile.emails.append({i, -1, {}});
            break;
        case Target::Phone:
            profile.phones.append({i, -1, {}});
            break;
        case Target::Website:
            profile.websites.append({i, -1, {}});
            break;
        case Target::Street:
            if (address.street < 0)
                address.street = i;
            else if (address.street2 < 0)
                address.street2 = i;
            else
                address.street3 = i;
            hasAddress = true;
            break;
        case Target::City:
            address.city = i;
            hasAddress = true;
            break;
        case Target::Region:
            address.region = i;
            hasAddress = true;
            break;
        case Target::PostalCode:
            address.postalCode = i;
            hasAddress = true;
            break;
        case Target::Country:
            address.country = i;
            hasAddress = true;
            break;
        default:
            break;
        }
    }
    if (hasAddress)
        profile.addresses.append(address);
    return profile;
}

QList<int> CsvColumnMapping::keptColumns() const
{
    QList<int> kept;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i] == Target::Keep)
            kept.append(i);
    }
    return kept;
}

QString CsvColumnMapping::toText() const
{
    QStringList keys;
    keys.reserve(columns.size());
    for (Target target : columns)
        keys.append(targetKey(target));
    return keys.join(u',');
}

std::optional<CsvColumnMapping> CsvColumnMapping::fromText(const QString& text)
{
    CsvColumnMapping mapping;
    if (text.isEmpty())
        return mapping;
    for (const QString& key : text.split(u',')) {
        const std::optional<Target> target = targetFromKey(key.trimmed());
        if (!target)
            return std::nullopt;
        mapping.columns.append(*target);
    }
    return mapping;
}

} // namespace kith
