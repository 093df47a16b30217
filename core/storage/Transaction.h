#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace kith {

// A nestable unit of work on one connection, built on SAVEPOINT so that a store's own
// transaction can run inside a caller's. Rolls back unless commit() succeeded.
class Transaction final {
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    // False when the savepoint could not be opened; error() says why.
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
    QString m_error;
};

} // namespace kith
