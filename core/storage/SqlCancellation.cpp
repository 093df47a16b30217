#include "storage/SqlCancellation.h"

#include "storage/SqliteStatement.h"

#include <sqlite3.h>

namespace kith {

namespace {

// About a millisecond of work between two looks at the flag.
constexpr int kStepsBetweenChecks = 4096;

int stopWhenCancelled(void* cancelled)
{
    return static_cast<const std::atomic_bool*>(cancelled)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

SqlCancellation::SqlCancellation(const QSqlDatabase& db, const std::atomic_bool& cancelled)
    : m_db(SqliteStatement::handleOf(db))
{
    if (m_db)
        sqlite3_progress_handler(m_db, kStepsBetweenChecks, &stopWhenCancelled,
                                 const_cast<std::atomic_bool*>(&cancelled));
}

SqlCancellation::~SqlCancellation()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

} // namespace kith
