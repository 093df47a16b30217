#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace kith {

struct Contact;

// The prepared statements that write one contact and its fields, prepared once and reused so
// that adding thousands of contacts in one transaction stays fast. Used inside ContactStore only.
class ContactWriter final {
    Q_DISABLE_COPY_MOVE(ContactWriter)

public:
    explicit ContactWriter(const QSqlDatabase& db);
    // False if a statement could not be prepared; error() says why.
    Status prepare();

    Result<qint64> insert(const Contact& contact, const QDateTime& now);
    Status update(const Contact& contact, const QDateTime& now);

private:
    Status clearFields(qint64 id);
    Status writeFields(qint64 id, const Contact& contact);

    QSqlDatabase m_db;
    QSqlQuery m_insertContact;
    QSqlQuery m_updateContact;
    QSqlQuery m_insertField;
    QSqlQuery m_insertAddress;
    QSqlQuery m_ensureTag;
    QSqlQuery m_linkTag;
    QSqlQuery m_clearFields;
    QSqlQuery m_clearAddresses;
    QSqlQuery m_clearTags;
};

} // namespace kith
