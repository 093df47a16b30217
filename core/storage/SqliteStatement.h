#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace kith {

// One statement prepared straight on the SQLite connection behind a QSqlDatabase, for the writes that run
// hundreds of thousands of times in one import. QSqlQuery builds a placeholder name and a QVariant for each
// bound value; for an import of 50,000 contacts that was about half of the time spent writing. It shares the
// connection, and so the transaction, with the QSqlQuery statements around it.
//
// Values are bound by position (1-based, as in SQLite) and must stay alive until exec() returns.
class SqliteStatement final {
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();

    // The connection behind `db`, or nullptr when its driver is not SQLite or it is not open.
    static sqlite3* handleOf(const QSqlDatabase& db);

    // Fails with SQLite's message (or when `db` is not an open SQLite database).
    Status prepare(const QSqlDatabase& db, const char* text);

    // Text for a NOT NULL column: a null QString binds as ''.
    void bindText(int position, const QString& value);
    // A null QString binds as SQL NULL.
    void bindTextOrNull(int position, const QString& value);
    // An empty array binds as SQL NULL.
    void bindBlobOrNull(int position, const QByteArray& value);
    void bindInt(int position, qint64 value);
    void bindNull(int position);

    // Runs the statement to its end, then resets it and clears its bindings for the next row.
    Status exec();
    // The rowid of the connection's last INSERT.
    qint64 lastInsertId() const;
    // The rows the connection's last INSERT, UPDATE or DELETE changed.
    int changes() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace kith
