#include "io/csv/CsvProfileDetector.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <initializer_list>
#include <utility>

namespace kith {

namespace {

using Field = CsvProfile::Field;

// The header's columns by lower-cased, trimmed name (the first one when a name repeats).
class HeaderIndex final {
public:
    explicit HeaderIndex(const QStringList& header)
        : m_header(header)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QString key = header[i].trimmed().toLower();
            if (!key.isEmpty() && !m_index.contains(key))
                m_index.insert(key, i);
        }
    }
    Q_DISABLE_COPY_MOVE(HeaderIndex)

    int find(QStringView name) const { return m_index.value(name.toString().toLower(), -1); }
    int findAny(std::initializer_list<QStringView> names) const
    {
        for (QStringView name : names) {
            if (const int column = find(name); column >= 0)
                return column;
        }
        return -1;
    }
    bool has(QStringView name) const { return find(name) >= 0; }
    const QStringList& header() const { return m_header; }

private:
    const QStringList& m_header;
    QHash<QString, int> m_index;
};

void set(CsvProfile& profile, const HeaderIndex& index, Field field, std::initializer_list<QStringView> names)
{
    if (!profile.has(field))
        profile.setColumn(field, index.findAny(names));
}

void addValue(QList<CsvValueColumns>& list, const HeaderIndex& index, QStringView name, const QString& label)
{
    if (const int column = index.find(name); column >= 0)
        list.append({column, -1, label});
}

// Google's numbered groups: "E-mail 1 - Value", "Phone 2 - Label", "Address 1 - Street", ... The label
// part is "Label" in the current export and "Type" in the legacy one.
void readNumberedGroups(CsvProfile& profile, const HeaderIndex& index)
{
    static const QRegularExpression pattern(QStringLiteral("^(e-mail|email|phone|address|website|organization) "
                                                           "(\\d+) - (.+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    // kind -> number -> part -> column
    QMap<QString, QMap<int, QHash<QString, int>>> groups;
    const QStringList& header = index.header();
    for (int i = 0; i < header.size(); ++i) {
        const QRegularExpressionMatch match = pattern.match(header[i].trimmed());
        if (!match.hasMatch())
            continue;
        QString kind = match.captured(1).toLower();
        if (kind == u"email")
            kind = QStringLiteral("e-mail");
        QString part = match.captured(3).trimmed().toLower();
        if (part == u"type")
            part = QStringLiteral("label");
        QHash<QString, int>& parts = groups[kind][match.captured(2).toInt()];
        if (!parts.contains(part))
            parts.insert(part, i);
    }
    const auto valueGroups = [&](const QString& kind, QList<CsvValueColumns>& list) {
        for (const QHash<QString, int>& parts : std::as_const(groups[kind])) {
            if (parts.contains(QStringLiteral("value")))
                list.append({parts.value(QStringLiteral("value")), parts.value(QStringLiteral("label"), -1), {}});
        }
    };
    valueGroups(QStringLiteral("e-mail"), profile.emails);
    valueGroups(QStringLiteral("phone"), profile.phones);
    valueGroups(QStringLiteral("website"), profile.websites);
    for (const QHash<QString, int>& parts : std::as_const(groups[QStringLiteral("address")])) {
        CsvAddressColumns address;
        address.label = parts.value(QStringLiteral("label"), -1);
        address.formatted = parts.value(QStringLiteral("formatted"), -1);
        address.street = parts.value(QStringLiteral("street"), -1);
        address.poBox = parts.value(QStringLiteral("po box"), -1);
        address.extended = parts.value(QStringLiteral("extended address"), -1);
        address.city = parts.value(QStringLiteral("city"), -1);
        address.region = parts.value(QStringLiteral("region"), -1);
        address.postalCode = parts.value(QStringLiteral("postal code"), -1);
        address.country = parts.value(QStringLiteral("country"), -1);
        profile.addresses.append(address);
    }
    const QMap<int, QHash<QString, int>>& organisations = groups[QStringLiteral("organization")];
    if (!organisations.isEmpty()) {
        const QHash<QString, int>& first = organisations.first();
        profile.setColumn(Field::Organisation, first.value(QStringLiteral("name"), -1));
        profile.setColumn(Field::Title, first.value(QStringLiteral("title"), -1));
        profile.setColumn(Field::Department, first.value(QStringLiteral("department"), -1));
    }
}

void readGoogle(CsvProfile& profile, const HeaderIndex& index)
{
    readNumberedGroups(profile, index);
    set(profile, index, Field::DisplayName, {u"Name"});
    set(profile, index, Field::GivenName, {u"First Name", u"Given Name"});
    set(profile, index, Field::MiddleName, {u"Middle Name", u"Additional Name"});
    set(profile, index, Field::FamilyName, {u"Last Name", u"Family Name"});
    set(profile, index, Field::Prefix, {u"Name Prefix"});
    set(profile, index, Field::Suffix, {u"Name Suffix"});
    set(profile, index, Field::Nickname, {u"Nickname"});
    set(profile, index, Field::Organisation, {u"Organization Name"});
    set(profile, index, Field::Title, {u"Organization Title"});
    set(profile, index, Field::Department, {u"Organization Department"});
    set(profile, index, Field::Birthday, {u"Birthday"});
    set(profile, index, Field::Notes, {u"Notes"});
    set(profile, index, Field::Photo, {u"Photo"});
    set(profile, index, Field::Labels, {u"Labels", u"Group Membership"});
}

CsvAddressColumns outlookAddress(const HeaderIndex& index, const QString& prefix, const QString& label)
{
    const auto column = [&](QStringView suffix) {
        return index.find(QString(prefix + u' ' + suffix));
    };
    CsvAddressColumns address;
    address.fixedLabel = label;
    address.formatted = column(u"Address");
    address.street = column(u"Street");
    address.street2 = column(u"Street 2");
    address.street3 = column(u"Street 3");
    address.poBox = column(u"Address PO Box");
    address.city = column(u"City");
    address.region = column(u"State");
    address.postalCode = column(u"Postal Code");
    address.country = column(u"Country/Region");
    if (address.country < 0)
        address.country = column(u"Country");
    return address;
}

bool hasAnyPart(const CsvAddressColumns& address)
{
    return address.formatted >= 0 || address.street >= 0 || address.city >= 0 || address.postalCode >= 0 ||
           address.country >= 0 || address.poBox >= 0 || address.region >= 0;
}

// Outlook desktop, Outlook.com and Google's "Outlook CSV" share Outlook's column names.
void readOutlook(CsvProfile& profile, const HeaderIndex& index)
{
    set(profile, index, Field::GivenName, {u"First Name"});
    set(profile, index, Field::MiddleName, {u"Middle Name"});
    set(profile, index, Field::FamilyName, {u"Last Name"});
    set(profile, index, Field::Prefix, {u"Title"});
    set(profile, index, Field::Suffix, {u"Suffix"});
    set(profile, index, Field::Nickname, {u"Nickname"});
    set(profile, index, Field::Organisation, {u"Company"});
    set(profile, index, Field::Department, {u"Department"});
    set(profile, index, Field::Title, {u"Job Title"});
    set(profile, index, Field::Notes, {u"Notes"});
    set(profile, index, Field::Birthday, {u"Birthday"});
    set(profile, index, Field::Anniversary, {u"Anniversary"});
    set(profile, index, Field::Labels, {u"Categories"});

    addValue(profile.emails, index, u"E-mail Address", {});
    addValue(profile.emails, index, u"E-mail 2 Address", {});
    addValue(profile.emails, index, u"E-mail 3 Address", {});

    static const std::pair<QStringView, QStringView> phones[] = {
        {u"Primary Phone", u"main"},
        {u"Mobile Phone", u"mobile"},
        {u"Home Phone", u"home"},
        {u"Home Phone 2", u"home"},
        {u"Business Phone", u"work"},
        {u"Business Phone 2", u"work"},
        {u"Company Main Phone", u"company"},
        {u"Other Phone", u"other"},
        {u"Car Phone", u"car"},
        {u"Pager", u"pager"},
        {u"Home Fax", u"home fax"},
        {u"Business Fax", u"work fax"},
        {u"Other Fax", u"other fax"},
        {u"Assistant's Phone", u"assistant"},
        {u"Callback", u"callback"},
        {u"Radio Phone", u"radio"},
        {u"ISDN", u"isdn"},
        {u"TTY/TDD Phone", u"tty"},
        {u"Telex", u"telex"},
    };
    for (const auto& [name, label] : phones)
        addValue(profile.phones, index, name, label.toString());

    addValue(profile.websites, index, u"Web Page", {});
    addValue(profile.websites, index, u"Personal Web Page", QStringLiteral("personal"));

    for (const auto& [prefix, label] : {std::pair{QStringLiteral("Home"), QStringLiteral("home")},
                                        std::pair{QStringLiteral("Business"), QStringLiteral("work")},
                                        std::pair{QStringLiteral("Other"), QStringLiteral("other")}}) {
        CsvAddressColumns address = outlookAddress(index, prefix, label);
        if (hasAnyPart(address))
            profile.addresses.append(address);
    }
}

void readThunderbird(CsvProfile& profile, const HeaderIndex& index)
{
    set(profile, index, Field::GivenName, {u"First Name"});
    set(profile, index, Field::FamilyName, {u"Last Name"});
    set(profile, index, Field::DisplayName, {u"Display Name"});
    set(profile, index, Field::Nickname, {u"Nickname"});
    set(profile, index, Field::Title, {u"Job Title"});
    set(profile, index, Field::Department, {u"Department"});
    set(profile, index, Field::Organisation, {u"Organization"});
    set(profile, index, Field::Notes, {u"Notes"});
    set(profile, index, Field::BirthYear, {u"Birth Year"});
    set(profile, index, Field::BirthMonth, {u"Birth Month"});
    set(profile, index, Field::BirthDay, {u"Birth Day"});

    addValue(profile.emails, index, u"Primary Email", {});
    addValue(profile.emails, index, u"Secondary Email", {});
    addValue(profile.phones, index, u"Mobile Number", QStringLiteral("mobile"));
    addValue(profile.phones, index, u"Work Phone", QStringLiteral("work"));
    addValue(profile.phones, index, u"Home Phone", QStringLiteral("home"));
    addValue(profile.phones, index, u"Fax Number", QStringLiteral("fax"));
    addValue(profile.phones, index, u"Pager Number", QStringLiteral("pager"));
    addValue(profile.websites, index, u"Web Page 1", QStringLiteral("work"));
    addValue(profile.websites, index, u"Web Page 2", QStringLiteral("home"));

    for (const auto& [prefix, label] : {std::pair{QStringLiteral("Home"), QStringLiteral("home")},
                                        std::pair{QStringLiteral("Work"), QStringLiteral("work")}}) {
        CsvAddressColumns address;
        address.fixedLabel = label;
        address.street = index.find(QString(prefix + u" Address"));
        address.street2 = index.find(QString(prefix + u" Address 2"));
        address.city = index.find(QString(prefix + u" City"));
        address.region = index.find(QString(prefix + u" State"));
        address.postalCode = index.find(QString(prefix + u" ZipCode"));
        address.country = index.find(QString(prefix + u" Country"));
        if (hasAnyPart(address))
            profile.addresses.append(address);
    }
}

void readLinkedIn(CsvProfile& profile, const HeaderIndex& index)
{
    set(profile, index, Field::GivenName, {u"First Name"});
    set(profile, index, Field::FamilyName, {u"Last Name"});
    set(profile, index, Field::Organisation, {u"Company"});
    set(profile, index, Field::Title, {u"Position"});
    set(profile, index, Field::ConnectedOn, {u"Connected On"});
    addValue(profile.emails, index, u"Email Address", {});
    addValue(profile.websites, index, u"URL", QStringLiteral("LinkedIn"));
}

// A best guess for an unknown header, by the usual column names; every email- or phone-like column counts.
void readGeneric(CsvProfile& profile, const HeaderIndex& index)
{
    set(profile, index, Field::GivenName, {u"First Name", u"Firstname", u"Given Name", u"Given", u"Forename"});
    set(profile, index, Field::FamilyName, {u"Last Name", u"Lastname", u"Surname", u"Family Name"});
    set(profile, index, Field::MiddleName, {u"Middle Name", u"Additional Name"});
    set(profile, index, Field::DisplayName, {u"Name", u"Full Name", u"Display Name", u"Contact Name", u"Contact"});
    set(profile, index, Field::Nickname, {u"Nickname", u"Nick"});
    set(profile, index, Field::Organisation, {u"Company", u"Organization", u"Organisation", u"Organization Name"});
    set(profile, index, Field::Title, {u"Job Title", u"Position", u"Role"});
    set(profile, index, Field::Department, {u"Department"});
    set(profile, index, Field::Notes, {u"Notes", u"Note", u"Comments", u"Comment"});
    set(profile, index, Field::Birthday, {u"Birthday", u"Birth Date", u"Date of Birth", u"DOB"});
    set(profile, index, Field::Labels, {u"Tags", u"Labels", u"Groups", u"Categories"});

    const QStringList& header = index.header();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (name.contains(u"mail"))
            profile.emails.append({i, -1, {}});
        else if (name.contains(u"phone") || name.contains(u"mobile") || name == u"tel" || name == u"cell")
            profile.phones.append({i, -1, {}});
        else if (name == u"website" || name == u"web site" || name == u"url" || name == u"homepage" ||
                 name == u"web page")
            profile.websites.append({i, -1, {}});
    }
}

bool hasGoogleGroups(const QStringList& header)
{
    static const QRegularExpression pattern(QStringLiteral("^(e-mail|phone|address|website) \\d+ - (label|value)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QString& name : header) {
        if (pattern.match(name.trimmed()).hasMatch())
            return true;
    }
    return false;
}

} // namespace

CsvProfile CsvProfileDetector::detect(const QStringList& header)
{
    const HeaderIndex index(header);
    CsvProfile profile;
    if (index.has(u"Connected On") && index.has(u"URL")) {
        profile.kind = CsvProfile::Kind::LinkedIn;
        readLinkedIn(profile, index);
    } else if (index.has(u"Primary Email") && (index.has(u"Display Name") || index.has(u"Secondary Email"))) {
        profile.kind = CsvProfile::Kind::Thunderbird;
        readThunderbird(profile, index);
    } else if (index.has(u"Given Name") && index.has(u"Family Name")) {
        profile.kind = CsvProfile::Kind::GoogleLegacy;
        readGoogle(profile, index);
    } else if (index.has(u"First Name") && (index.has(u"Organization Name") || index.has(u"Labels") ||
                                            index.has(u"File As") || hasGoogleGroups(header))) {
        profile.kind = CsvProfile::Kind::GoogleCurrent;
        readGoogle(profile, index);
    } else if (index.has(u"E-mail Address") ||
               (index.has(u"First Name") && (index.has(u"Business Phone") || index.has(u"Job Title")))) {
        const bool live = index.has(u"Given Yomi") || index.has(u"Surname Yomi") || index.has(u"IMAddress") ||
                          index.has(u"Schools") || index.has(u"Company Yomi");
        profile.kind = live ? CsvProfile::Kind::OutlookCom : CsvProfile::Kind::OutlookDesktop;
        readOutlook(profile, index);
    } else {
        readGeneric(profile, index);
    }
    return profile;
}

} // namespace kith
