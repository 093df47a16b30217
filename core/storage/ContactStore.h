#pragma once

#include "domain/Contact.h"
#include "domain/ContactSummary.h"
#include "domain/Result.h"
#include "storage/ContactQuery.h"

#include <QObject>
#include <QSet>

namespace kith {

class Clock;
class Database;

// Contacts with their multi-valued fields and tags; keeps the search index in step.
class ContactStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactStore)

public:
    explicit ContactStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Adds a contact and returns its id; a missing uid is generated.
    Result<qint64> add(Contact contact);
    // Adds all or none, in one transaction; ids in the order given.
    Result<QList<qint64>> addMany(QList<Contact> contacts);
    Result<Contact> get(qint64 id) const;
    Result<QList<Contact>> getMany(const QList<qint64>& ids) const;
    // Replaces every field of an existing contact (trashed or not) with `contact`'s.
    Status update(const Contact& contact);

    Status moveToTrash(const QList<qint64>& ids);
    Status restore(const QList<qint64>& ids);
    // Deletes for good, with interactions' participation and reminders.
    Status purge(const QList<qint64>& ids);
    Status emptyTrash();

    // Ids in the order asked for; cheap, so the table can know its row count at once.
    Result<QList<qint64>> ids(const ContactQuery& query) const;
    // Table rows for some ids, in the order given.
    Result<QList<ContactSummary>> summaries(const QList<qint64>& ids) const;
    Result<int> count(bool trashed = false) const;
    Result<qint64> idForUid(const QString& uid) const;

    // The region phone numbers without a country code are read in for their E.164 form (default: the
    // locale's; see PhoneNumbers::regionFromSettings).
    void setPhoneRegion(const QString& region);
    QString phoneRegion() const { return m_phoneRegion; }
    // For writes made on another connection (an import applied in a worker thread): tells the views.
    void announceChanged(const QList<qint64>& ids);

Q_SIGNALS:
    // Emitted after every committed change, with the contacts it touched.
    void contactsChanged(const QList<qint64>& ids);

private:
    Result<QSet<QString>> circleKeys() const;
    Status validate(const Contact& contact, const QSet<QString>& circles) const;
    Status setTrashed(const QList<qint64>& ids, bool trashed);

    Database& m_database;
    const Clock& m_clock;
    QString m_phoneRegion;
};

} // namespace kith
