#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

namespace kith {

class Clock;
class Database;

// One applied import, as File > Import history lists it.
struct ImportBatch {
    qint64 id = 0;
    QDateTime at; // when it was applied (finished)
    QStringList files;
    int added = 0, merged = 0, skipped = 0, failed = 0;
    QDateTime undoneAt; // invalid while the import stands
};

// An incoming value a merge did not apply because the contact already had another one.
struct FieldHistoryEntry {
    qint64 contactId = 0;
    qint64 batchId = 0;
    QString field;  // user-readable, as in FieldConflict
    QString value;  // the incoming value, as shown to a user
    QString source; // the file it came from
    QDateTime at;
};

// The import batches and undoing them. Undo removes the contacts a batch added and restores the contacts it
// merged into as they were before, in one transaction. It refuses (and changes nothing) when the batch is
// already undone, when a contact it touched has been edited since or merged into by a later import that
// stands, or when a contact it added has interactions or reminders that undo would delete.
class ImportBatchStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatchStore)

public:
    ImportBatchStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Newest first.
    Result<QList<ImportBatch>> batches() const;
    Result<ImportBatch> batch(qint64 batchId) const;
    Status undo(qint64 batchId);
    // Phone numbers without a country code in the contacts an undo puts back are read in this region (the
    // E.164 form for matching); by default the locale's.
    void setPhoneRegion(const QString& region) { m_phoneRegion = region; }
    // The values imports offered for a contact and did not apply, newest first.
    Result<QList<FieldHistoryEntry>> history(qint64 contactId) const;

Q_SIGNALS:
    void batchesChanged();
    // After an undo, with the contacts it removed or restored.
    void contactsChanged(const QList<qint64>& ids);

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_phoneRegion;
};

} // namespace kith
