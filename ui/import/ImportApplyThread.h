#pragma once

#include "io/import/ImportApplier.h"
#include "io/import/ImportPlan.h"

#include <QThread>

#include <atomic>

namespace kith {

class Clock;

// Writes an import plan off the GUI thread, in one transaction through its own connection to the
// database file. Cancelled, it rolls back: nothing is written.
class ImportApplyThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportApplyThread)

public:
    ImportApplyThread(const QString& databasePath, ImportPlan plan, const Clock& clock, QObject* parent = nullptr);

    // Thread-safe; the applier stops at its next progress report and rolls back.
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    // Read once applied() or finished() arrived.
    bool succeeded() const { return m_succeeded; }
    QString error() const { return m_error; }
    ImportResult result() const { return m_result; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    // The import is in the database (committed); the thread goes on for a moment with a checkpoint.
    void applied();

protected:
    void run() override;

private:
    const QString m_path;
    const ImportPlan m_plan;
    const Clock& m_clock;
    std::atomic<bool> m_cancelled = false;
    bool m_succeeded = false;
    QString m_error;
    ImportResult m_result;
};

} // namespace kith
