#include "io/import/ImportApplier.h"

#include "domain/Clock.h"
#include "io/import/ContactMerger.h"
#include "io/import/ContactSnapshot.h"
#include "io/import/ImportPlan.h"
#include "phone/PhoneNumbers.h"
#include "storage/BulkWrite.h"
#include "storage/ContactStore.h"
#include "storage/ContactWriter.h"
#include "storage/CsvMappingStore.h"
#include "storage/Database.h"
#include "storage/ImportBatchWriter.h"
#include "storage/SearchIndex.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <algorithm>
#include <iterator>

namespace kith {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kith::ImportApplier", text);
}

constexpr int kProgressEvery = 256;
constexpr int kFetchWindow = 1000;
constexpr int kIndexChunk = 2000; // contacts added to the search index per statement, between progress reports

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ImportApplier::ImportApplier(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<ImportResult> ImportApplier::apply(const ImportPlan& plan, const ImportPlanner::Progress& progress)
{
    using R = Result<ImportResult>;
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now();
    // Progress: one step for each record written, then one for each record's share of the search index,
    // whose fill takes about as long as the writes (half the bar, where it used to wait at 99%).
    const qint64 records = plan.records.size();
    const qint64 total = 2 * records;
    const auto cancelled = [&](qint64 done) {
        return progress && !progress(done, total);
    };
    const QString cancelMessage = tr("The import was cancelled; nothing was written.");
    if (cancelled(0))
        return R::failure(cancelMessage);

    const BulkWrite bulk(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    ContactWriter writer(db, plan.defaultRegion);
    if (auto s = writer.prepare(); !s)
        return R::failure(s.error());
    const PhoneNumbers phones(plan.defaultRegion);
    const ContactMerger merger(phones);
    ContactStore reader(m_database, m_clock);

    ImportBatchWriter batch(db);
    if (auto s = batch.begin(plan.files, now); !s)
        return R::failure(s.error());
    ImportResult result;
    result.batchId = batch.batchId();
    result.failed = plan.failed();

    // How many more records merge into each contact, so that a merged contact stays in memory only while a
    // later record of the plan still needs it.
    QHash<qint64, int> pendingMerges;  // existing contact id -> records still to merge into it
    QHash<int, int> pendingDuplicates; // record index -> later records that are duplicates of it
    for (const PlannedImport& p : plan.records) {
        if (p.action != ImportAction::Merge)
            continue;
        if (p.existingId)
            ++pendingMerges[p.existingId];
        else if (p.duplicateOf >= 0)
            ++pendingDuplicates[p.duplicateOf];
    }
    QHash<qint64, Contact> current;                    // contacts as this apply left them, while still needed
    QList<qint64> resolvedIds(plan.records.size(), 0); // the contact each record became or merged into
    QHash<qint64, bool> addedHere;                     // contacts this apply added
    QSet<qint64> linked;                               // existing contacts already recorded with the batch
    QList<qint64> touched;

    const auto insert = [&](Contact contact) -> Result<qint64> {
        const bool ownUid = !contact.uid.isEmpty();
        if (!ownUid)
            contact.uid = newUid();
        auto id = writer.insert(contact, now);
        if (!id && ownUid) {
            // The UID is taken (a record the user chose to add although it matched): a fresh one.
            contact.uid = newUid();
            id = writer.insert(contact, now);
        }
        return id;
    };

    for (qsizetype i = 0; i < plan.records.size(); ++i) {
        if (i % kProgressEvery == 0 && cancelled(i))
            return R::failure(cancelMessage);
        const PlannedImport& p = plan.records[i];
        if (p.action == ImportAction::Skip) {
            ++result.skipped;
            continue;
        }
        qint64 target = 0;
        if (p.action == ImportAction::Merge) {
            if (p.existingId)
                target = p.existingId;
            else if (p.duplicateOf >= 0 && p.duplicateOf < i)
                target = resolvedIds[p.duplicateOf];
        }
        if (!target) {
            auto id = insert(p.record.contact);
            if (!id)
                return R::failure(
                    tr("%1, line %2: %3").arg(QFileInfo(p.record.file).fileName()).arg(p.record.line).arg(id.error()));
            resolvedIds[i] = *id;
            addedHere.insert(*id, true);
            touched.append(*id);
            ++result.added;
            if (pendingDuplicates.value(int(i)) > 0) {
                Contact added = p.record.contact;
                added.id = *id;
                current.insert(*id, std::move(added));
            }
            continue;
        }

        // The contact to merge into: as this apply left it, else as stored (fetched a window at a time).
        if (!current.contains(target)) {
            QList<qint64> window;
            for (qsizetype j = i; j < plan.records.size() && window.size() < kFetchWindow; ++j) {
                const qint64 id = plan.records[j].action == ImportAction::Merge ? plan.records[j].existingId : 0;
                if (id && !current.contains(id) && !window.contains(id))
                    window.append(id);
            }
            if (!window.contains(target))
                window.append(target);
            auto fetched = reader.getMany(window);
            if (!fetched)
                return R::failure(fetched.error());
            for (Contact& c : fetched.value())
                current.insert(c.id, std::move(c));
        }
        const auto found = current.constFind(target);
        if (found == current.constEnd())
            return R::failure(tr("%1, line %2: the contact to merge into (\"%3\") no longer exists. Plan the import "
                                 "again.")
                                  .arg(QFileInfo(p.record.file).fileName())
                                  .arg(p.record.line)
                                  .arg(p.existingName));
        const Contact existing = *found;
        ContactMerger::Outcome outcome = merger.merge(existing, p.record.contact);
        resolvedIds[i] = target;
        const bool isExisting = !addedHere.contains(target);
        if (!outcome.changed && outcome.conflicts.isEmpty()) {
            ++result.skipped; // nothing new: nothing written
        } else {
            if (isExisting && !linked.contains(target)) {
                linked.insert(target);
                if (auto s = batch.recordMerged(target, ContactSnapshot::toText(existing)); !s)
                    return R::failure(s.error());
            }
            if (outcome.changed) {
                if (auto s = writer.update(outcome.merged, now); !s)
                    return R::failure(s.error());
                touched.append(target);
            }
            for (const FieldConflict& conflict : std::as_const(outcome.conflicts)) {
                if (auto s = batch.recordConflict(target, conflict.field, conflict.incoming,
                                                  QFileInfo(p.record.file).fileName(), now);
                    !s)
                    return R::failure(s.error());
            }
            ++result.merged;
        }
        // Keep the merged state only while another record still merges into this contact.
        int& left = isExisting ? pendingMerges[target] : pendingDuplicates[p.duplicateOf];
        if (--left > 0)
            current.insert(target, std::move(outcome.merged));
        else
            current.remove(target);
    }

    // Contacts the import added: recorded with the batch in one statement.
    QList<qint64> added = addedHere.keys();
    if (auto s = batch.recordAdded(added); !s)
        return R::failure(s.error());
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    // The search index in two statements: rows for the contacts added, fresh rows for those merged into.
    std::sort(added.begin(), added.end());
    QList<qint64> changed;
    std::set_difference(touched.cbegin(), touched.cend(), added.cbegin(), added.cend(), std::back_inserter(changed));
    for (qsizetype from = 0; from < added.size(); from += kIndexChunk) {
        if (cancelled(records + from * records / added.size()))
            return R::failure(cancelMessage);
        if (auto s = SearchIndex::add(db, added.mid(from, kIndexChunk)); !s)
            return R::failure(s.error());
    }
    if (auto s = SearchIndex::refresh(db, changed); !s)
        return R::failure(s.error());
    for (auto it = plan.csvMappings.cbegin(); it != plan.csvMappings.cend(); ++it) {
        if (auto s = CsvMappingStore::remember(db, it.key(), it.value(), now); !s)
            return R::failure(s.error());
    }
    if (cancelled(total))
        return R::failure(cancelMessage);
    if (auto s = batch.finish(now, result.added, result.merged, result.skipped, result.failed); !s)
        return R::failure(s.error());
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    result.batchId = batch.batchId(); // 0 when nothing was written: nothing to undo, no batch to list
    if (result.batchId == 0)
        return result;
    result.contactIds = touched;
    return result;
}

} // namespace kith
