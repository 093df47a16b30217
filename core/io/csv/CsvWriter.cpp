#include "io/csv/CsvWriter.h"

#include "domain/Contact.h"

#include <QIODevice>

#include <algorithm>

namespace kith {

namespace {

const QString kGroupSeparator = QStringLiteral(" ::: ");

void appendGroups(QStringList& header, const QString& kind, int count, const QStringList& parts)
{
    for (int i = 1; i <= count; ++i) {
        for (const QString& part : parts)
            header.append(QStringLiteral("%1 %2 - %3").arg(kind).arg(i).arg(part));
    }
}

void appendLabeled(QStringList& cells, const QList<LabeledValue>& values, int count)
{
    for (int i = 0; i < count; ++i) {
        const LabeledValue value = values.value(i);
        cells << value.label << value.value;
    }
}

} // namespace

void CsvWriter::Layout::include(const Contact& contact)
{
    emails = std::max(emails, int(contact.emails.size()));
    phones = std::max(phones, int(contact.phones.size()));
    addresses = std::max(addresses, int(contact.addresses.size()));
    websites = std::max(websites, int(contact.urls.size()));
    socialProfiles = std::max(socialProfiles, int(contact.socialProfiles.size()));
}

CsvWriter::CsvWriter(QIODevice* device, const Layout& layout)
    : m_device(device)
    , m_layout(layout)
{}

Status CsvWriter::writeHeader()
{
    return put("\xEF\xBB\xBF" + record(header(m_layout)));
}

Status CsvWriter::write(const Contact& contact)
{
    return put(record(cells(contact, m_layout)));
}

Status CsvWriter::put(const QByteArray& bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return Status::failure(m_device->errorString());
    return {};
}

QStringList CsvWriter::header(const Layout& layout)
{
    QStringList header{QStringLiteral("Name"),
                       QStringLiteral("First Name"),
                       QStringLiteral("Middle Name"),
                       QStringLiteral("Last Name"),
                       QStringLiteral("Name Prefix"),
                       QStringLiteral("Name Suffix"),
                       QStringLiteral("Nickname"),
                       QStringLiteral("Organization Name"),
                       QStringLiteral("Organization Title"),
                       QStringLiteral("Birthday"),
                       QStringLiteral("Notes"),
                       QStringLiteral("Labels")};
    const QStringList labelValue{QStringLiteral("Label"), QStringLiteral("Value")};
    appendGroups(header, QStringLiteral("E-mail"), layout.emails, labelValue);
    appendGroups(header, QStringLiteral("Phone"), layout.phones, labelValue);
    appendGroups(header, QStringLiteral("Address"), layout.addresses,
                 {QStringLiteral("Label"), QStringLiteral("Formatted"), QStringLiteral("Street"),
                  QStringLiteral("City"), QStringLiteral("PO Box"), QStringLiteral("Region"),
                  QStringLiteral("Postal Code"), QStringLiteral("Country"), QStringLiteral("Extended Address")});
    appendGroups(header, QStringLiteral("Website"), layout.websites, labelValue);
    header.append(QStringLiteral("Anniversary"));
    appendGroups(header, QStringLiteral("Social Profile"), layout.socialProfiles, labelValue);
    header << QStringLiteral("Circle") << QStringLiteral("Cadence Days") << QStringLiteral("Priority")
           << QStringLiteral("How Met") << QStringLiteral("Where Met") << QStringLiteral("UID");
    return header;
}

QStringList CsvWriter::cells(const Contact& c, const Layout& layout)
{
    QStringList cells{c.displayName, c.given,
                      c.additional,  c.family,
                      c.prefix,      c.suffix,
                      c.nickname,    c.organization,
                      c.title,       c.birthday.toIsoString(),
                      c.notes,       c.tags.join(kGroupSeparator)};
    appendLabeled(cells, c.emails, layout.emails);
    appendLabeled(cells, c.phones, layout.phones);
    for (int i = 0; i < layout.addresses; ++i) {
        const PostalAddress a = c.addresses.value(i);
        cells << a.label << (a.isEmpty() ? QString() : a.singleLine()) << a.street << a.locality << a.poBox << a.region
              << a.postalCode << a.country << a.extended;
    }
    appendLabeled(cells, c.urls, layout.websites);
    cells.append(c.anniversary.toIsoString());
    appendLabeled(cells, c.socialProfiles, layout.socialProfiles);
    cells << c.circle << (c.cadenceDays ? QString::number(*c.cadenceDays) : QString())
          << (c.priority == Priority::None ? QString() : priorityKey(c.priority)) << c.howMet << c.whereMet << c.uid;
    return cells;
}

QString CsvWriter::harmless(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + cell;
    default:
        return cell;
    }
}

QByteArray CsvWriter::record(const QStringList& cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString cell = harmless(cells[i]);
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r') ||
                           cell.startsWith(u' ') || cell.endsWith(u' ');
        if (!quote) {
            out += cell.toUtf8();
            continue;
        }
        QString quoted = cell;
        quoted.replace(u'"', QStringLiteral("\"\""));
        out += '"' + quoted.toUtf8() + '"';
    }
    out += "\r\n";
    return out;
}

} // namespace kith
