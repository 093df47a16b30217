#include "io/csv/CsvMapper.h"

#include "domain/PartialDate.h"
#include "io/csv/CsvRow.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace kith {

namespace {

using Field = CsvProfile::Field;

const QString valueSeparator = QStringLiteral(" ::: ");

QString cellAt(const CsvRow& row, int column)
{
    if (column < 0 || column >= row.cells.size())
        return {};
    QString cell = row.cells[column].trimmed();
    // The apostrophe CsvWriter (and careful exporters) put before a cell a spreadsheet would run as a formula.
    if (cell.size() > 1 && cell.front() == u'\'' && QStringView(u"=+-@\t\r").contains(cell[1]))
        cell.remove(0, 1);
    return cell;
}

// A leading "* " marks Google's primary value and system labels.
bool takePrimaryMark(QString& text)
{
    if (!text.startsWith(u'*'))
        return false;
    text = text.mid(1).trimmed();
    return true;
}

struct Candidate {
    LabeledValue value;
    bool primary = false;
};

// Primary values first, otherwise in column order.
QList<LabeledValue> ordered(QList<Candidate> candidates)
{
    std::stable_partition(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.primary; });
    QList<LabeledValue> values;
    for (const Candidate& candidate : std::as_const(candidates))
        values.append(candidate.value);
    return values;
}

// The label of each of `count` values: one per value when the label cell holds as many (" ::: "-joined),
// else the whole cell (or the fixed label) for all of them.
QStringList labelsFor(const CsvRow& row, int labelColumn, const QString& fixedLabel, qsizetype count)
{
    const QString cell = labelColumn >= 0 ? cellAt(row, labelColumn) : fixedLabel;
    QStringList labels = cell.split(valueSeparator);
    if (labels.size() != count) {
        labels.clear();
        for (qsizetype i = 0; i < count; ++i)
            labels.append(cell);
    }
    return labels;
}

QList<Candidate> candidates(const CsvRow& row, const QList<CsvValueColumns>& columns)
{
    QList<Candidate> result;
    for (const CsvValueColumns& column : columns) {
        const QStringList values = CsvMapper::splitValues(cellAt(row, column.value));
        const QStringList labels = labelsFor(row, column.label, column.fixedLabel, values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            QString label = labels[i];
            const bool primaryLabel = takePrimaryMark(label);
            QString value = values[i];
            const bool primaryValue = takePrimaryMark(value);
            if (!value.isEmpty())
                result.append({{CsvMapper::normalisedLabel(label), value}, primaryLabel || primaryValue});
        }
    }
    return result;
}

QList<PostalAddress> addresses(const CsvRow& row, const QList<CsvAddressColumns>& columns)
{
    QList<std::pair<PostalAddress, bool>> all; // with whether it is the primary one
    for (const CsvAddressColumns& column : columns) {
        // Google joins several addresses of one group with " ::: " in every part's cell.
        const auto parts = [&](int index) {
            return CsvMapper::splitValues(cellAt(row, index));
        };
        const QStringList formatted = parts(column.formatted);
        const QStringList street = parts(column.street);
        const QStringList street2 = parts(column.street2);
        const QStringList street3 = parts(column.street3);
        const QStringList poBox = parts(column.poBox);
        const QStringList extended = parts(column.extended);
        const QStringList city = parts(column.city);
        const QStringList region = parts(column.region);
        const QStringList postalCode = parts(column.postalCode);
        const QStringList country = parts(column.country);
        qsizetype count = 0;
        for (const QStringList* list :
             {&formatted, &street, &street2, &street3, &poBox, &extended, &city, &region, &postalCode, &country})
            count = std::max(count, list->size());
        const QStringList labels = labelsFor(row, column.label, column.fixedLabel, count);
        for (qsizetype i = 0; i < count; ++i) {
            QString label = labels[i];
            const bool primary = takePrimaryMark(label);
            label = CsvMapper::normalisedLabel(label);
            const auto at = [i](const QStringList& list) {
                return list.value(i);
            };
            PostalAddress address;
            address.label = label;
            QStringList streets;
            for (const QStringList* list : {&street, &street2, &street3}) {
                if (const QString line = at(*list); !line.isEmpty())
                    streets.append(line);
            }
            address.street = streets.join(u'\n');
            address.poBox = at(poBox);
            address.extended = at(extended);
            address.locality = at(city);
            address.region = at(region);
            address.postalCode = at(postalCode);
            address.country = at(country);
            // Only the formatted text: keep it whole rather than guess its parts.
            if (address.isEmpty())
                address.street = at(formatted);
            if (address.isEmpty())
                continue;
            all.append({address, primary});
        }
    }
    std::stable_partition(all.begin(), all.end(), [](const auto& entry) { return entry.second; });
    QList<PostalAddress> result;
    for (const auto& entry : std::as_const(all))
        result.append(entry.first);
    return result;
}

bool isSystemLabel(const QString& label)
{
    static const QSet<QString> system = {QStringLiteral("mycontacts"), QStringLiteral("my contacts"),
                                         QStringLiteral("starred"), QStringLiteral("starred in android")};
    return system.contains(label.toLower());
}

QStringList tags(const QString& cell, CsvProfile::Kind kind)
{
    QStringList raw;
    switch (kind) {
    case CsvProfile::Kind::GoogleCurrent:
    case CsvProfile::Kind::GoogleLegacy:
        raw = CsvMapper::splitValues(cell);
        break;
    case CsvProfile::Kind::OutlookDesktop:
    case CsvProfile::Kind::OutlookCom:
        raw = cell.split(u';');
        break;
    default: {
        static const QRegularExpression separators(QStringLiteral("\\s*(?: ::: |[;,])\\s*"));
        raw = cell.split(separators);
        break;
    }
    }
    QStringList result;
    for (QString tag : std::as_const(raw)) {
        tag = tag.trimmed();
        const bool system = takePrimaryMark(tag);
        if (tag.isEmpty() || (system && isSystemLabel(tag)) || result.contains(tag, Qt::CaseInsensitive))
            continue;
        result.append(tag);
    }
    return result;
}

int monthFromName(QStringView name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
    };
    if (name.size() < 3)
        return 0;
    const QString lower = name.toString().toLower();
    for (int i = 0; i < months.size(); ++i) {
        if (lower.startsWith(months[i]))
            return i + 1;
    }
    return 0;
}

int fullYear(QStringView digits, int now)
{
    const int year = digits.toInt();
    if (digits.size() != 2)
        return year;
    const int century = now / 100 * 100;
    return year <= now % 100 ? century + year : century - 100 + year;
}

std::optional<PartialDate> checked(int year, int month, int day)
{
    PartialDate date{year, month, day};
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

CsvMapper::CsvMapper(CsvProfile profile, const Clock& clock)
    : m_profile(std::move(profile))
    , m_clock(clock)
{}

QStringList CsvMapper::splitValues(const QString& cell)
{
    QStringList values;
    for (const QString& part : cell.split(valueSeparator)) {
        if (const QString value = part.trimmed(); !value.isEmpty())
            values.append(value);
    }
    return values;
}

QString CsvMapper::normalisedLabel(QString label)
{
    takePrimaryMark(label);
    label = label.trimmed();
    static const QSet<QString> usual = {
        QStringLiteral("home"),     QStringLiteral("work"),     QStringLiteral("mobile"),   QStringLiteral("other"),
        QStringLiteral("main"),     QStringLiteral("fax"),      QStringLiteral("home fax"), QStringLiteral("work fax"),
        QStringLiteral("pager"),    QStringLiteral("personal"), QStringLiteral("blog"),     QStringLiteral("profile"),
        QStringLiteral("homepage"), QStringLiteral("cell"),     QStringLiteral("iphone"),   QStringLiteral("school"),
    };
    const QString lower = label.toLower();
    return usual.contains(lower) ? lower : label;
}

std::optional<PartialDate> CsvMapper::parseDate(QStringView text, int currentYear)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return PartialDate{};
    if (auto iso = PartialDate::fromIsoString(trimmed); iso && iso->isValid())
        return iso;

    // 4/15/1985, 15/4/1985, 0/0/00 (Outlook's empty date), 15.04.1985
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{2}|\\d{4})$"));
    if (const auto match = numeric.match(trimmed); match.hasMatch()) {
        const int first = match.captured(1).toInt();
        const int second = match.captured(3).toInt();
        const int year = match.captured(4).toInt();
        if (first == 0 && second == 0 && year == 0)
            return PartialDate{};
        const int fullYearValue = fullYear(match.capturedView(4), currentYear);
        if (match.captured(2) == u"." || first > 12)
            return checked(fullYearValue, second, first);
        return checked(fullYearValue, first, second);
    }

    // 15 Jan 2024, 29-Mar-21
    static const QRegularExpression dayMonthYear(
        QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3,})\\.?[ -](\\d{2}|\\d{4})$"));
    if (const auto match = dayMonthYear.match(trimmed); match.hasMatch()) {
        if (const int month = monthFromName(match.capturedView(2)); month > 0)
            return checked(fullYear(match.capturedView(3), currentYear), month, match.captured(1).toInt());
        return std::nullopt;
    }

    // Jan 15, 2024
    static const QRegularExpression monthDayYear(QStringLiteral("^([A-Za-z]{3,})\\.? (\\d{1,2}),? (\\d{4})$"));
    if (const auto match = monthDayYear.match(trimmed); match.hasMatch()) {
        if (const int month = monthFromName(match.capturedView(1)); month > 0)
            return checked(match.captured(3).toInt(), month, match.captured(2).toInt());
    }
    return std::nullopt;
}

MappedCsvRow CsvMapper::map(const CsvRow& row) const
{
    MappedCsvRow result;
    result.line = static_cast<int>(row.line);
    Contact& contact = result.contact;
    const auto cell = [&](Field field) {
        return cellAt(row, m_profile.column(field));
    };
    const auto warn = [&](const QString& reason) {
        result.warnings.append(QStringLiteral("line %1: %2").arg(row.line).arg(reason));
    };
    const auto date = [&](Field field, const QString& what) {
        const QString text = cell(field);
        const std::optional<PartialDate> parsed = parseDate(text, m_clock.today().year());
        if (!parsed)
            warn(QStringLiteral("the %1 \"%2\" is not a date").arg(what, text));
        return parsed.value_or(PartialDate{});
    };

    contact.prefix = cell(Field::Prefix);
    contact.given = cell(Field::GivenName);
    contact.additional = cell(Field::MiddleName);
    contact.family = cell(Field::FamilyName);
    contact.suffix = cell(Field::Suffix);
    if (const QString display = cell(Field::DisplayName); display != contact.composedName())
        contact.displayName = display;
    contact.nickname = cell(Field::Nickname);

    QStringList organisation;
    for (Field field : {Field::Organisation, Field::Department}) {
        if (const QString part = cell(field); !part.isEmpty())
            organisation.append(part);
    }
    contact.organization = organisation.join(u", ");
    contact.title = cell(Field::Title);
    contact.notes = cell(Field::Notes);
    // Google's Photo column holds a URL: kept as one (a vCard export writes it back), never fetched.
    if (const QString photo = cell(Field::Photo); !photo.isEmpty()) {
        if ((photo.startsWith(u"https://", Qt::CaseInsensitive) || photo.startsWith(u"http://", Qt::CaseInsensitive)) &&
            !photo.contains(u'\n') && !photo.contains(u' '))
            contact.vcardExtras.append(QStringLiteral("PHOTO;VALUE=uri:") + photo);
        else
            warn(QStringLiteral("the photo \"%1\" is not a web address and was left out").arg(photo.left(80)));
    }

    contact.emails = ordered(candidates(row, m_profile.emails));
    contact.phones = ordered(candidates(row, m_profile.phones));
    for (const LabeledValue& website : ordered(candidates(row, m_profile.websites))) {
        if (website.label.compare(u"linkedin", Qt::CaseInsensitive) == 0)
            contact.socialProfiles.append({QStringLiteral("linkedin"), website.value});
        else
            contact.urls.append(website);
    }
    contact.addresses = addresses(row, m_profile.addresses);
    contact.tags = tags(cell(Field::Labels), m_profile.kind);

    contact.birthday = date(Field::Birthday, QStringLiteral("birthday"));
    contact.anniversary = date(Field::Anniversary, QStringLiteral("anniversary"));
    if (m_profile.has(Field::BirthMonth) || m_profile.has(Field::BirthDay)) {
        const QString year = cell(Field::BirthYear);
        const QString month = cell(Field::BirthMonth);
        const QString day = cell(Field::BirthDay);
        if (!month.isEmpty() || !day.isEmpty()) {
            bool yearOk = true;
            bool monthOk = false;
            bool dayOk = false;
            const int y = year.isEmpty() ? 0 : year.toInt(&yearOk);
            const PartialDate split{y, month.toInt(&monthOk), day.toInt(&dayOk)};
            if (yearOk && monthOk && dayOk && split.isValid())
                contact.birthday = split;
            else
                warn(QStringLiteral("the birthday \"%1-%2-%3\" is not a date").arg(year, month, day));
        }
    }
    if (const QString connected = cell(Field::ConnectedOn); !connected.isEmpty()) {
        const PartialDate on = date(Field::ConnectedOn, QStringLiteral("connection date"));
        contact.howMet = on.isNull() ? QStringLiteral("Connected on LinkedIn")
                                     : QStringLiteral("Connected on LinkedIn on %1").arg(on.toIsoString());
    }

    if (contact.composedName().isEmpty() && contact.displayName.isEmpty() && contact.nickname.isEmpty() &&
        contact.emails.isEmpty() && contact.phones.isEmpty() && contact.organization.isEmpty()) {
        warn(QStringLiteral("empty row")); // effectiveName() is empty: the caller skips the row
    }
    return result;
}

} // namespace kith
