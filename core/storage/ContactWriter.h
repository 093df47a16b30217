#pragma once

#include "domain/Result.h"
#include "phone/PhoneNumbers.h"

#include "storage/SqliteStatement.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace kith {

struct Contact;

// The prepared statements that write one contact and its fields, prepared once and reused so
// that adding thousands of contacts in one transaction stays fast. Used by ContactStore, the import and undo.
// They are SQLite statements on the connection itself (SqliteStatement), in the caller's transaction.
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
    const QString& timeText(const QDateTime& now);

    QSqlDatabase m_db;
    PhoneNumbers m_phones;
    SqliteStatement m_insertContact;
    SqliteStatement m_updateContact;
    SqliteStatement m_insertField;
    SqliteStatement m_insertAddress;
    SqliteStatement m_ensureTag;
    SqliteStatement m_linkTag;
    SqliteStatement m_clearFields;
    SqliteStatement m_clearAddresses;
    SqliteStatement m_clearTags;
    QString m_kindKeys[4]; // fieldkinds::kAll's keys as bound
    QDateTime m_lastNow;
    QString m_lastNowText;
};

} // namespace kith
