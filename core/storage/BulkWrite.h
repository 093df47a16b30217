#pragma once

#include <QSqlDatabase>
#include <QtGlobal>

namespace kith {

// For the length of a bulk write on one connection (an import of thousands of contacts): a larger SQLite
// page cache, so that the pages the transaction dirties stay in memory instead of being spilled to the WAL
// and read back while it writes; and no automatic checkpoint when it commits, which would copy the whole
// write from the WAL into the database file (1 to 2 s for 50,000 contacts) before the commit returns. The
// writer checkpoints afterwards (Database::checkpoint()), when nobody waits for it. The connection's own
// settings come back when the object goes.
class BulkWrite final {
    Q_DISABLE_COPY_MOVE(BulkWrite)

public:
    // `cacheKiB`: the page cache while the object lives, in KiB.
    explicit BulkWrite(QSqlDatabase db, int cacheKiB = defaultCacheKiB());
    ~BulkWrite();

    // Measured on 50,000 contacts: 2 MB (SQLite's default) 7.8 s of CPU for the apply, 8 MB 7.0 s, 24 MB 6.6 s,
    // 64 MB 5.5 s; every MB of it adds to the import's peak memory (bounded to 150 MB for such an import).
    static constexpr int defaultCacheKiB() { return 12 * 1024; }

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;            // PRAGMA cache_size as it was (negative: KiB; positive: pages); 0 if unknown
    qint64 m_previousCheckpoint = -1; // PRAGMA wal_autocheckpoint as it was; -1 if unknown
};

} // namespace kith
