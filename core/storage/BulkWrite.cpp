#include "storage/BulkWrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace kith {

namespace {

// A PRAGMA's value, or `fallback` when it cannot be read.
qint64 pragmaValue(const QSqlDatabase& db, const QString& name, qint64 fallback)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return fallback;
    return q.value(0).toLongLong();
}

} // namespace

BulkWrite::BulkWrite(QSqlDatabase db, int cacheKiB)
    : m_db(std::move(db))
{
    // Both settings are only hints: when they cannot be changed the write is slower, not wrong.
    QSqlQuery q(m_db);
    m_previous = pragmaValue(m_db, QStringLiteral("cache_size"), 0);
    if (m_previous != 0 && !q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(cacheKiB))))
        m_previous = 0;
    m_previousCheckpoint = pragmaValue(m_db, QStringLiteral("wal_autocheckpoint"), -1);
    if (m_previousCheckpoint >= 0 && !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
        m_previousCheckpoint = -1;
}

BulkWrite::~BulkWrite()
{
    QSqlQuery q(m_db);
    if (m_previous != 0)
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    if (m_previousCheckpoint >= 0)
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_previousCheckpoint));
}

} // namespace kith
