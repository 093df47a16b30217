#include "storage/SqliteStatement.h"

#include <QObject>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace kith {

namespace {

const char16_t kEmpty[] = u"";

} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3* SqliteStatement::handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QSQLITE hands out its connection as a QVariant holding "sqlite3*".
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Status SqliteStatement::prepare(const QSqlDatabase& db, const char* text)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = handleOf(db);
    if (!m_db)
        return Status::failure(QObject::tr("The database is not an open SQLite database."));
    if (sqlite3_prepare_v3(m_db, text, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
        return Status::failure(message);
    }
    return {};
}

void SqliteStatement::bindText(int position, const QString& value)
{
    const void* data = value.isNull() ? static_cast<const void*>(kEmpty) : value.utf16();
    sqlite3_bind_text16(m_statement, position, data, int(value.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void SqliteStatement::bindTextOrNull(int position, const QString& value)
{
    if (value.isNull())
        bindNull(position);
    else
        bindText(position, value);
}

void SqliteStatement::bindBlobOrNull(int position, const QByteArray& value)
{
    if (value.isEmpty())
        bindNull(position);
    else
        sqlite3_bind_blob64(m_statement, position, value.constData(), sqlite3_uint64(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
}

Status SqliteStatement::exec()
{
    if (!m_statement)
        return Status::failure(QObject::tr("The statement was not prepared."));
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    // The message belongs to the failed step: read it before reset() can change it.
    const QString message = code == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (code != SQLITE_DONE)
        return Status::failure(message);
    return {};
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace kith
