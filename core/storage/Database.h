#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace kith {

// One open Kith database file: one named QSqlDatabase connection, owned by the thread that opened it.
// Opening checks that the file is Kith's, refuses a file from a newer Kith untouched, and applies the
// pending migrations in one transaction.
class Database final {
    Q_DISABLE_COPY_MOVE(Database)

public:
    ~Database();

    static Result<std::unique_ptr<Database>> open(const QString& path);
    // Test seam: creates a new file holding the schema as it was at `version`.
    static Status createAtVersion(const QString& path, int version);

    static int latestVersion();
    // The path of the database used when neither --db nor KITH_DB says otherwise.
    static QString defaultPath();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Copies what the write-ahead log holds into the database file, without waiting for readers or writers
    // (a PASSIVE checkpoint). After a bulk write (BulkWrite), so that copying it is not part of the write.
    Status checkpoint();

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openConnection(const QString& path);
    Status migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
};

} // namespace kith
