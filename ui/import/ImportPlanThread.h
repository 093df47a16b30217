#pragma once

#include "io/import/ImportOptions.h"
#include "io/import/ImportPlan.h"

#include <QStringList>
#include <QThread>

#include <atomic>

namespace kith {

// Reads the import files and works out the plan off the GUI thread, through its own connection to the
// database file (a connection belongs to the thread that opened it). Nothing is written.
class ImportPlanThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPlanThread)

public:
    ImportPlanThread(const QString& databasePath, const QStringList& files, const ImportOptions& options,
                     QObject* parent = nullptr);

    // Thread-safe; the planner stops at its next progress report.
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    // Read once finished() arrived.
    bool succeeded() const { return m_succeeded; }
    QString error() const { return m_error; }
    ImportPlan takePlan() { return std::move(m_plan); }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);

protected:
    void run() override;

private:
    const QString m_path;
    const QStringList m_files;
    const ImportOptions m_options;
    std::atomic<bool> m_cancelled = false;
    bool m_succeeded = false;
    QString m_error;
    ImportPlan m_plan;
};

} // namespace kith
