#pragma once

#include <QThread>

#include <atomic>

namespace kith {

class Clock;

// Undoes an import batch off the GUI thread (a large import takes a while to take back), in one
// transaction through its own connection to the database file. It can be cancelled: the transaction then
// rolls back and the import stays as it was.
class ImportUndoThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportUndoThread)

public:
    // `phoneRegion`: for the numbers without a country code in the contacts it puts back (PhoneNumbers).
    ImportUndoThread(const QString& databasePath, qint64 batchId, const QString& phoneRegion, const Clock& clock,
                     QObject* parent = nullptr);

    qint64 batchId() const { return m_batchId; }
    // From any thread: the statement running stops soon after (SqlCancellation).
    void cancel() { m_cancelled = true; }
    // Read once finished() arrived. A cancel that came too late leaves the undo done (succeeded()).
    bool succeeded() const { return m_succeeded; }
    bool wasCancelled() const { return !m_succeeded && m_cancelled; }
    QString error() const { return m_error; }

protected:
    void run() override;

private:
    const QString m_path;
    const qint64 m_batchId;
    const QString m_phoneRegion;
    const Clock& m_clock;
    std::atomic_bool m_cancelled = false;
    bool m_succeeded = false;
    QString m_error;
};

} // namespace kith
