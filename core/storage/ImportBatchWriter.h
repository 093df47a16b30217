#pragma once

#include "domain/Result.h"
#include "storage/SqliteStatement.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kith {

// Records one import batch while ImportApplier writes it, inside the applier's transaction: the batch, the
// contacts it added, the contacts it merged into as they were before (so that ImportBatchStore::undo can
// restore them) and the incoming values it did not apply (the contact's history).
class ImportBatchWriter final {
    Q_DISABLE_COPY_MOVE(ImportBatchWriter)

public:
    explicit ImportBatchWriter(const QSqlDatabase& db);

    // Starts the batch for these files (stored as absolute paths); batchId() is its id from then on.
    Status begin(const QStringList& files, const QDateTime& now);
    qint64 batchId() const { return m_batchId; }

    // `before`: the contact as it was, as ContactSnapshot::toText() writes it.
    Status recordMerged(qint64 contactId, const QString& before);
    Status recordConflict(qint64 contactId, const QString& field, const QString& incoming, const QString& source,
                          const QDateTime& at);
    Status recordAdded(const QList<qint64>& contactIds);

    // The batch with its counts; or, when it wrote nothing, no batch at all (nothing to list or undo).
    Status finish(const QDateTime& now, int added, int merged, int skipped, int failed);
    Status discard();

private:
    QSqlDatabase m_db;
    qint64 m_batchId = 0;
    SqliteStatement m_linkMerged;
    SqliteStatement m_addHistory;
};

} // namespace kith
