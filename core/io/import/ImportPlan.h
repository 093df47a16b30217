#pragma once

#include "io/import/CsvColumnMapping.h"
#include "io/import/FieldConflict.h"
#include "io/import/ImportIssue.h"
#include "io/import/ImportRecord.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kith {

enum class ImportAction { Add, Merge, Skip };

// What the planner proposes for one record. A record that is the same person as an earlier record of the
// same plan (duplicateOf >= 0) is proposed as a Merge into that record's contact: into existingId when the
// earlier one merges into an existing contact, else into the contact the earlier record adds (added as new
// when the earlier record ends up skipped).
struct PlannedImport {
    ImportRecord record;
    ImportAction proposed = ImportAction::Add; // what the planner suggests
    ImportAction action = ImportAction::Add;   // what will be done; the user may turn a Merge into Add or Skip
    qint64 existingId = 0;                     // the contact to merge into
    QString existingName;
    QString matchReason;  // user-readable: "same email ada@example.com"
    int duplicateOf = -1; // index of an earlier record of this plan that is the same person
    QList<FieldConflict> conflicts;
};

// Everything an import would do, for the preview and for ImportApplier. Nothing is written to make it.
struct ImportPlan {
    QStringList files;
    QList<PlannedImport> records;
    QList<ImportIssue> issues;
    // The column mapping used for each generic CSV, by header signature: remembered when the plan is applied.
    QMap<QString, CsvColumnMapping> csvMappings;
    // The region phone numbers without a country code were read in (ImportOptions::defaultRegion or the locale's).
    QString defaultRegion;

    int count(ImportAction action) const;
    // Records that are the same person as an earlier record of the plan.
    int duplicates() const;
    // Issues that cost a record (ImportIssue::lostRecord).
    int failed() const;
};

} // namespace kith
