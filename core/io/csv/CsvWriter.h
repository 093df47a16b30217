#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace kith {

struct Contact;

// Writes contacts as a CSV file for spreadsheets and other address books: UTF-8 with a byte order mark
// (so that Excel sees UTF-8), a header row, CRLF, and RFC 4180 quoting where a cell needs it.
//
// The columns are Google Contacts' where Google has one (so that Google, and Kith's own import, read the
// file back), then Kith's own:
//   Name (the display name), First Name, Middle Name, Last Name, Name Prefix, Name Suffix, Nickname,
//   Organization Name, Organization Title, Birthday, Notes, Labels (the tags),
//   E-mail N - Label/Value, Phone N - Label/Value, Address N - Label/Formatted/Street/City/PO Box/Region/
//   Postal Code/Country/Extended Address, Website N - Label/Value,
//   Anniversary, Social Profile N - Label/Value, Circle, Cadence Days, Priority, How Met, Where Met, UID.
// Multi-valued fields get one numbered group per value, each with its own label; the Layout says how many
// groups of each there are (the most any exported contact has). Tags are joined with " ::: " as Google does.
// Dates are "YYYY-MM-DD", or "--MM-DD" without a year.
//
// A cell that starts with '=', '+', '-', '@', a tab or a CR would be run as a formula by spreadsheet
// programs; it is written with a leading apostrophe ("'+44 20 7946 0000"), which they show as text.
class CsvWriter final {
public:
    // How many numbered groups of each multi-valued field the file has (at least one each).
    struct Layout {
        int emails = 1;
        int phones = 1;
        int addresses = 1;
        int websites = 1;
        int socialProfiles = 1;

        // Grows the layout so that the contact's fields all have a group.
        void include(const Contact& contact);
    };

    // The device must be open for writing and outlive the writer.
    CsvWriter(QIODevice* device, const Layout& layout);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // The byte order mark and the header row; call once, first.
    Status writeHeader();
    Status write(const Contact& contact);

    static QStringList header(const Layout& layout);
    static QStringList cells(const Contact& contact, const Layout& layout);
    // One record: cells made harmless, quoted where needed, joined with ',' and ended with CRLF.
    static QByteArray record(const QStringList& cells);
    // The cell with a leading apostrophe when a spreadsheet would read it as a formula.
    static QString harmless(const QString& cell);

private:
    Status put(const QByteArray& bytes);

    QIODevice* m_device;
    Layout m_layout;
};

} // namespace kith
