#include "import/ImportUndoThread.h"

#include "storage/Database.h"
#include "storage/ImportBatchStore.h"
#include "storage/SqlCancellation.h"

namespace kith {

ImportUndoThread::ImportUndoThread(const QString& databasePath, qint64 batchId, const QString& phoneRegion,
                                   const Clock& clock, QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_batchId(batchId)
    , m_phoneRegion(phoneRegion)
    , m_clock(clock)
{}

void ImportUndoThread::run()
{
    if (m_cancelled)
        return;
    auto database = Database::open(m_path);
    if (!database) {
        m_error = database.error();
        return;
    }
    const SqlCancellation cancellation(database.value()->connection(), m_cancelled);
    ImportBatchStore store(*database.value(), m_clock);
    store.setPhoneRegion(m_phoneRegion);
    if (Status status = store.undo(m_batchId); !status) {
        m_error = status.error();
        return;
    }
    m_succeeded = true;
}

} // namespace kith
