#include "storage/ImportBatchStore.h"

#include "domain/Clock.h"
#include "io/import/ContactSnapshot.h"
#include "phone/PhoneNumbers.h"
#include "storage/ContactStore.h"
#include "storage/ContactWriter.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace kith {

namespace {

const QString kBatchColumns =
    QStringLiteral("id, finished_at, files, added, merged, skipped, failed, undone_at FROM import_batches");

ImportBatch batchFromRecord(const QSqlQuery& q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.at = sql::toDateTime(q.value(1));
    for (const QJsonValue& file : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        b.files.append(file.toString());
    b.added = q.value(3).toInt();
    b.merged = q.value(4).toInt();
    b.skipped = q.value(5).toInt();
    b.failed = q.value(6).toInt();
    b.undoneAt = sql::toDateTime(q.value(7));
    return b;
}

} // namespace

ImportBatchStore::ImportBatchStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_phoneRegion(PhoneNumbers::localeRegion())
{}

Result<QList<ImportBatch>> ImportBatchStore::batches() const
{
    using R = Result<QList<ImportBatch>>;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("SELECT ") + kBatchColumns + QStringLiteral(" ORDER BY id DESC"), {});
        !s)
        return R::failure(s.error());
    QList<ImportBatch> list;
    while (q.next())
        list.append(batchFromRecord(q));
    return list;
}

Result<ImportBatch> ImportBatchStore::batch(qint64 batchId) const
{
    QSqlQuery q(m_database.connection());
    if (auto s =
            sql::execWith(q, QStringLiteral("SELECT ") + kBatchColumns + QStringLiteral(" WHERE id = ?"), {batchId});
        !s)
        return Result<ImportBatch>::failure(s.error());
    if (!q.next())
        return Result<ImportBatch>::failure(tr("There is no import with id %1.").arg(batchId));
    return batchFromRecord(q);
}

Result<QList<FieldHistoryEntry>> ImportBatchStore::history(qint64 contactId) const
{
    using R = Result<QList<FieldHistoryEntry>>;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT contact_id, batch_id, field, value, source, at FROM "
                                              "contact_field_history WHERE contact_id = ? ORDER BY at DESC, id DESC"),
                               {contactId});
        !s)
        return R::failure(s.error());
    QList<FieldHistoryEntry> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), sql::toDateTime(q.value(5))});
    return list;
}

Status ImportBatchStore::undo(qint64 batchId)
{
    auto found = batch(batchId);
    if (!found)
        return Status::failure(found.error());
    const ImportBatch b = *found;
    const QString when = QLocale().toString(b.at.toLocalTime(), QLocale::ShortFormat);
    if (b.undoneAt.isValid())
        return Status::failure(tr("The import of %1 was already undone.").arg(when));
    const QSqlDatabase db = m_database.connection();

    struct Entry {
        qint64 id;
        bool added;
        QString before;
    };
    QList<Entry> entries;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (auto s = sql::execWith(
                q, QStringLiteral("SELECT contact_id, action, before FROM import_batch_contacts WHERE batch_id = ?"),
                {batchId});
            !s)
            return s;
        while (q.next())
            entries.append({q.value(0).toLongLong(), q.value(1).toString() == u"added", q.value(2).toString()});
    }

    // What undo cannot do without losing something the user did since.
    {
        QSqlQuery q(db);
        if (auto s = sql::execWith(
                q,
                QStringLiteral("SELECT max(b.id) FROM import_batch_contacts bc JOIN import_batches b ON b.id = "
                               "bc.batch_id WHERE b.id > ? AND b.undone_at IS NULL AND bc.contact_id IN (SELECT "
                               "contact_id FROM import_batch_contacts WHERE batch_id = ?)"),
                {batchId, batchId});
            !s)
            return s;
        if (q.next() && !q.value(0).isNull())
            return Status::failure(tr("A later import (number %1) changed some of the same contacts. Undo that one "
                                      "first.")
                                       .arg(q.value(0).toLongLong()));
    }
    {
        QSqlQuery q(db);
        if (auto s = sql::execWith(q,
                                   QStringLiteral("SELECT count(*), min(sort_name) FROM contacts WHERE id IN (SELECT "
                                                  "contact_id FROM import_batch_contacts WHERE batch_id = ?) AND "
                                                  "updated_at > ?"),
                                   {batchId, sql::fromDateTime(b.at)});
            !s)
            return s;
        if (q.next() && q.value(0).toInt() > 0)
            return Status::failure(tr("%n contact(s) this import added or changed were edited since (for example "
                                      "\"%1\"). Undoing it would lose those edits.",
                                      nullptr, q.value(0).toInt())
                                       .arg(q.value(1).toString()));
    }
    {
        QSqlQuery q(db);
        if (auto s = sql::execWith(
                q,
                QStringLiteral("SELECT (SELECT count(*) FROM interaction_participants WHERE contact_id IN (SELECT "
                               "contact_id FROM import_batch_contacts WHERE batch_id = ? AND action = 'added')) + "
                               "(SELECT count(*) FROM reminders WHERE contact_id IN (SELECT contact_id FROM "
                               "import_batch_contacts WHERE batch_id = ? AND action = 'added'))"),
                {batchId, batchId});
            !s)
            return s;
        if (q.next() && q.value(0).toInt() > 0)
            return Status::failure(tr("Some contacts this import added have interactions or reminders now. Undoing "
                                      "the import would delete them; move those contacts to the Trash yourself "
                                      "instead."));
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const QDateTime now = m_clock.now();
    QList<qint64> addedIds;
    QList<qint64> mergedIds;
    for (const Entry& e : std::as_const(entries))
        (e.added ? addedIds : mergedIds).append(e.id);

    const QString addedJson = sql::idListJson(addedIds);
    for (const QString& text :
         {QStringLiteral("DELETE FROM contacts_fts WHERE rowid IN (SELECT value FROM json_each(?))"),
          QStringLiteral("DELETE FROM contacts WHERE id IN (SELECT value FROM json_each(?))")}) {
        QSqlQuery q(db);
        if (auto s = sql::execWith(q, text, {addedJson}); !s)
            return s;
    }

    ContactStore reader(m_database, m_clock);
    auto currentContacts = reader.getMany(mergedIds);
    if (!currentContacts)
        return Status::failure(currentContacts.error());
    QHash<qint64, Contact> current;
    for (Contact& c : currentContacts.value())
        current.insert(c.id, std::move(c));
    ContactWriter writer(db, m_phoneRegion);
    if (auto s = writer.prepare(); !s)
        return s;
    QSqlQuery restoreTimes(db);
    if (auto s = sql::prepare(restoreTimes, QStringLiteral("UPDATE contacts SET updated_at = ? WHERE id = ?")); !s)
        return s;
    QList<qint64> restored;
    for (const Entry& e : std::as_const(entries)) {
        if (e.added)
            continue;
        const auto it = current.constFind(e.id);
        if (it == current.constEnd())
            continue; // deleted for good since: nothing to restore
        bool hadPhoto = false;
        std::optional<Contact> before = ContactSnapshot::fromText(e.before, &hadPhoto);
        if (!before)
            return Status::failure(
                tr("The import's record of contact %1 cannot be read; nothing was undone.").arg(e.id));
        before->id = e.id;
        before->photo = hadPhoto ? it->photo : QByteArray();
        if (auto s = writer.update(*before, now); !s)
            return s;
        restoreTimes.addBindValue(sql::fromDateTime(before->updatedAt.isValid() ? before->updatedAt : now));
        restoreTimes.addBindValue(e.id);
        if (auto s = sql::exec(restoreTimes); !s)
            return s;
        restored.append(e.id);
    }
    if (auto s = SearchIndex::refresh(db, restored); !s)
        return s;
    QSqlQuery q(db);
    if (auto s = sql::execWith(q, QStringLiteral("DELETE FROM contact_field_history WHERE batch_id = ?"), {batchId});
        !s)
        return s;
    if (auto s = sql::execWith(q, QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"),
                               {sql::fromDateTime(now), batchId});
        !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT batchesChanged();
    Q_EMIT contactsChanged(addedIds + restored);
    return {};
}

} // namespace kith
