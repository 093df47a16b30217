#pragma once

#include <QThread>

namespace kith {

class Clock;

// Undoes an import batch off the GUI thread (a large import takes a while to take back), in one
// transaction through its own connection to the database file.
class ImportUndoThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportUndoThread)

public:
    ImportUndoThread(const QString& databasePath, qint64 batchId, const Clock& clock, QObject* parent = nullptr);

    qint64 batchId() const { return m_batchId; }
    // Read once finished() arrived.
    bool succeeded() const { return m_succeeded; }
    QString error() const { return m_error; }

protected:
    void run() override;

private:
    const QString m_path;
    const qint64 m_batchId;
    const Clock& m_clock;
    bool m_succeeded = false;
    QString m_error;
};

} // namespace kith
