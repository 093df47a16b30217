#pragma once

#include "domain/Result.h"
#include "phone/PhoneNumbers.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace kith {

struct Contact;

// The prepared statements that write one contact and its fields, prepared once and reused so
// that adding thousands of contacts in one transaction stays fast. Used by ContactStore, the import and undo.
class ContactWriter final {
    Q_DISABLE_COPY_MOVE(ContactWriter)

public:
    // `phoneRegion` reads phone numbers without a country code for their E.164 form (PhoneNumbers).
    explicit ContactWriter(const QSqlDatabase& db, const QString& phoneRegion = PhoneNumbers::localeRegion());
    // False if a statement could not be prepared; error() says why.
    Status prepare();

    Result<qint64> insert(const Contact& contact, const QDateTime& now);
    Status update(const Contact& contact, const QDateTime& now);

private:
    Status clearFields(qint64 id);
    Status writeFields(qint64 id, const Contact& contact);
    // `now` as stored, converted once for the thousands of rows an import writes at the same time.
    const QVariant& timeText(const QDateTime& now);

    QSqlDatabase m_db;
    PhoneNumbers m_phones;
    QSqlQuery m_insertContact;
    QSqlQuery m_updateContact;
    QSqlQuery m_insertField;
    QSqlQuery m_insertAddress;
    QSqlQuery m_ensureTag;
    QSqlQuery m_linkTag;
    QSqlQuery m_clearFields;
    QSqlQuery m_clearAddresses;
    QSqlQuery m_clearTags;
    QVariant m_kindKeys[4]; // fieldkinds::kAll's keys as bound
    QVariant m_emptyText;
    QDateTime m_lastNow;
    QVariant m_lastNowText;
};

} // namespace kith
