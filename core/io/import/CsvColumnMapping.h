#pragma once

#include "io/csv/CsvProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kith {

// For a CSV file of no known profile: what each column holds. One target per header column, in order.
// Columns set to Keep are kept with the contact as vCard extension lines ("X-FAVOURITE-COLOUR:green"),
// so that nothing is silently dropped; Ignore drops the column.
struct CsvColumnMapping {
    enum class Target {
        Ignore,
        Keep,
        DisplayName,
        GivenName,
        MiddleName,
        FamilyName,
        Prefix,
        Suffix,
        Nickname,
        Organization,
        Department,
        Title,
        Email,
        Phone,
        Website,
        Street,
        City,
        Region,
        PostalCode,
        Country,
        Birthday,
        Anniversary,
        Tags,
        Notes,
    };

    QList<Target> columns;

    // Every target, in the order a mapping page lists them.
    static QList<Target> allTargets();
    // User-readable (translated): "Given name", "Ignore", "Keep as extra field".
    static QString targetLabel(Target target);
    // Stable key for storage ("given-name"); targetFromKey(targetKey(t)) == t.
    static QString targetKey(Target target);
    static std::optional<Target> targetFromKey(const QString& key);

    // The best guess for a header: the obvious columns ("Email", "Phone", "First Name", ...) mapped,
    // everything else Keep.
    static CsvColumnMapping guess(const QStringList& header);
    // The same, corrected by what the first rows of the file hold: a column whose values are all email
    // addresses is an email column whatever it is called ("Contact"), one of phone numbers that its name did
    // not place is a phone column, and when no column names anyone, the first unplaced one of names does.
    static CsvColumnMapping guess(const QStringList& header, const QList<QStringList>& rows);
    // Identifies a header for remembering its mapping: the trimmed, lower-cased column names.
    static QString headerSignature(const QStringList& header);

    // The profile CsvMapper reads rows with (kind Generic).
    CsvProfile toProfile() const;
    // The columns kept as extension lines.
    QList<int> keptColumns() const;

    // "given-name,email,ignore,..." for storage; fromText gives std::nullopt for text it cannot read.
    QString toText() const;
    static std::optional<CsvColumnMapping> fromText(const QString& text);

    friend bool operator==(const CsvColumnMapping&, const CsvColumnMapping&) = default;
};

} // namespace kith
