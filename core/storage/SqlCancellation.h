#pragma once

#include <QSqlDatabase>

#include <atomic>

struct sqlite3;

namespace kith {

// While it lives, a statement running on the connection stops soon after `cancelled` becomes true (set from
// any thread), failing with SQLite's "interrupted", and so does every statement after it: a long write in a
// worker thread (undoing an import of 50,000 contacts) can then be cancelled, its transaction rolling back.
// SQLite asks a progress handler every few thousand steps of its virtual machine; the flag is only read.
class SqlCancellation final {
    Q_DISABLE_COPY_MOVE(SqlCancellation)

public:
    SqlCancellation(const QSqlDatabase& db, const std::atomic_bool& cancelled);
    ~SqlCancellation();

private:
    sqlite3* m_db = nullptr;
};

} // namespace kith
