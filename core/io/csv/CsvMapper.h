#pragma once

#include "domain/Clock.h"
#include "io/csv/CsvProfile.h"
#include "io/csv/MappedCsvRow.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace kith {

struct CsvRow;
struct PartialDate;

// Turns one CSV row into a Contact, using the columns a CsvProfile found in the header.
//
// Decisions a caller can rely on:
// - Cells are trimmed; a row shorter than the header reads the missing cells as empty. A leading apostrophe
//   before '=', '+', '-', '@' (a spreadsheet's guard against formulas, as CsvWriter writes it) is dropped.
// - The display name column (Google legacy "Name", Thunderbird "Display Name") becomes displayName only
//   when it differs from the name composed from the parts, as VCardMapper does with FN.
// - Google joins several values of one group with " ::: ": each becomes a field with the group's label.
//   A leading "* " (on the label or on one value) marks the primary: it is stripped and that field goes
//   first. The usual labels (Home, Work, Mobile, ...) are lower-cased as VCardMapper writes them; custom
//   labels are kept as written.
// - Google "Labels"/"Group Membership" and Outlook "Categories" become tags; Google's system labels
//   ("* myContacts", "* starred") are dropped.
// - Organisation and department are joined with ", " (Kith keeps no department), as VCardMapper does
//   with ORG.
// - A website the profile labels "LinkedIn" is a social profile labelled "linkedin".
// - LinkedIn's "Connected On" is not a birthday: it becomes howMet "Connected on LinkedIn on YYYY-MM-DD".
// - Dates that are not dates give a warning and no date; Outlook's empty "0/0/00" is no date, silently.
// - Google's photo URLs are not fetched nor kept.
class CsvMapper final {
public:
    // `clock` decides the century of two-digit years.
    explicit CsvMapper(CsvProfile profile, const Clock& clock = Clock::system());
    Q_DISABLE_COPY_MOVE(CsvMapper)

    MappedCsvRow map(const CsvRow& row) const;

    const CsvProfile& profile() const { return m_profile; }

    // "1985-04-15", "19850415", "--04-15", "4/15/1985" (month first unless the first number is above 12),
    // "15.04.1985", "15 Jan 2024", "29-Mar-21", "Jan 15, 2024". Two-digit years are in this century when
    // not after `currentYear`, else in the last one. std::nullopt when not a date; an empty text and
    // Outlook's "0/0/00" give a null date.
    static std::optional<PartialDate> parseDate(QStringView text, int currentYear);
    // A Google cell split on " ::: ", each value trimmed, empty ones dropped.
    static QStringList splitValues(const QString& cell);
    // "Home" gives "home", "* Work" gives "work", "Best friend" stays as written.
    static QString normalisedLabel(QString label);

private:
    CsvProfile m_profile;
    const Clock& m_clock;
};

} // namespace kith
