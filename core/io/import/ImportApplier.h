#pragma once

#include "domain/Result.h"
#include "io/import/ImportPlanner.h"

#include <QList>

namespace kith {

class Clock;
class Database;
struct ImportPlan;

struct ImportResult {
    qint64 batchId = 0; // 0 when the import wrote nothing (everything skipped or already there)
    int added = 0, merged = 0, skipped = 0, failed = 0;
    QList<qint64> contactIds; // every contact added or changed, for views to refresh
};

// Writes an ImportPlan in one transaction and records it as an import batch that can be undone
// (ImportBatchStore::undo). Give it a Database opened in the thread that calls apply(): it can then run in a
// worker thread while the window stays responsive. Cancelling through the progress callback rolls back:
// nothing is written.
//
// A merge unions the multi-valued fields (emails, phones, addresses, websites, profiles, tags, vCard
// extras), de-duplicated after normalisation; a single value (name, organisation, birthday, ...) is filled
// when the existing contact has none, otherwise the existing one stays and the incoming one goes to the
// contact's history. The contact as it was before is kept with the batch, so that undo restores it exactly.
class ImportApplier final {
    Q_DISABLE_COPY_MOVE(ImportApplier)

public:
    ImportApplier(Database& database, const Clock& clock);

    Result<ImportResult> apply(const ImportPlan& plan, const ImportPlanner::Progress& progress = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
