#include "import/ImportApplyThread.h"

#include "storage/Database.h"
#include "storage/SqlCancellation.h"

namespace kith {

ImportApplyThread::ImportApplyThread(const QString& databasePath, ImportPlan plan, const Clock& clock, QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_plan(std::move(plan))
    , m_clock(clock)
{}

void ImportApplyThread::run()
{
    auto database = Database::open(m_path);
    if (!database) {
        m_error = database.error();
        return;
    }
    ImportApplier applier(*database.value(), m_clock);
    Result<ImportResult> result = [&] {
        // Also stops a long statement (the search index's fill of every new contact), not only the next report.
        const SqlCancellation cancellation(database.value()->connection(), m_cancelled);
        return applier.apply(m_plan, [this, step = qint64(-1)](qint64 done, qint64 total) mutable {
            // A few hundred reports at most, so that the GUI thread's queue is not flooded.
            const qint64 now = total > 0 ? done * 200 / total : done / 1000;
            if (now != step) {
                step = now;
                Q_EMIT progressChanged(done, total);
            }
            return !m_cancelled.load();
        });
    }();
    if (!result) {
        m_error = result.error();
        return;
    }
    m_succeeded = true;
    m_result = *result;
    Q_EMIT applied();
    // Copying the import from the write-ahead log into the file: after the window has the result, so that
    // nobody waits for it. Failing leaves the log to the next checkpoint, nothing lost.
    (void)database.value()->checkpoint();
}

} // namespace kith
