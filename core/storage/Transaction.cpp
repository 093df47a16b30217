#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace kith {

namespace {
std::atomic<quint64> savepointCounter{0};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("kith_sp_%1").arg(++savepointCounter))
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active)
        m_error = query.lastError().text();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    query.exec(QStringLiteral("RELEASE ") + m_name);
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("RELEASE ") + m_name))
        return Status::failure(query.lastError().text());
    m_active = false;
    return {};
}

} // namespace kith
