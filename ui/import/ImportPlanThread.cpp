#include "import/ImportPlanThread.h"

#include "io/import/ImportPlanner.h"
#include "storage/Database.h"

namespace kith {

ImportPlanThread::ImportPlanThread(const QString& databasePath, const QStringList& files, const ImportOptions& options,
                                   QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_files(files)
    , m_options(options)
{}

void ImportPlanThread::run()
{
    auto database = Database::open(m_path);
    if (!database) {
        m_error = database.error();
        return;
    }
    ImportPlanner planner(*database.value(), m_options);
    auto plan = planner.plan(m_files, [this, step = qint64(-1)](qint64 done, qint64 total) mutable {
        // A few hundred reports at most, so that the GUI thread's queue is not flooded.
        const qint64 now = total > 0 ? done * 200 / total : done / 1000;
        if (now != step) {
            step = now;
            Q_EMIT progressChanged(done, total);
        }
        return !m_cancelled.load();
    });
    if (plan) {
        m_succeeded = true;
        m_plan = std::move(plan).value();
    } else {
        m_error = plan.error();
    }
}

} // namespace kith
