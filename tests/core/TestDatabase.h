#pragma once

#include "domain/ManualClock.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace kith {

// A fresh Kith database in a temporary folder, with a clock fixed at a known moment.
class TestDatabase final {
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    TestDatabase();
    Database& database() { return *m_database; }
    ManualClock& clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("kith.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    // Closes the connection (for tests that reopen or inspect the file).
    void close() { m_database.reset(); }
    void reopen();

    static QDateTime fixedNow() { return QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC); }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<Database> m_database;
};

} // namespace kith
