#include "storage/BulkWrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace kith {

BulkWrite::BulkWrite(QSqlDatabase db, int cacheKiB)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    m_previous = q.value(0).toLongLong();
    q.finish();
    // A cache setting is only a hint: when it cannot be changed the write is slower, not wrong.
    if (!q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(cacheKiB))))
        m_previous = 0;
}

BulkWrite::~BulkWrite()
{
    if (m_previous == 0)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

} // namespace kith
