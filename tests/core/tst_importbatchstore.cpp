#include "TestDatabase.h"

#include "domain/Interaction.h"
#include "io/import/ImportApplier.h"
#include "io/import/ImportPlanner.h"
#include "storage/ContactStore.h"
#include "storage/ImportBatchStore.h"
#include "storage/InteractionStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 import(TestDatabase& t, const QString& file)
{
    ImportOptions options;
    options.defaultRegion = QStringLiteral("GB");
    auto plan = ImportPlanner(t.database(), options).plan({file});
    if (!plan)
        qFatal("%s", qPrintable(plan.error()));
    auto result = ImportApplier(t.database(), t.clock()).apply(*plan);
    if (!result)
        qFatal("%s", qPrintable(result.error()));
    return result->batchId;
}

int historyRows(Database& database)
{
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM contact_field_history"));
    q.next();
    return q.value(0).toInt();
}

const QByteArray kNewAndMerge =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New Person\r\nEMAIL:new@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hopper;Grace;;;\r\nEMAIL:grace@navy.example\r\n"
    "EMAIL:amazing@grace.example\r\nBDAY:1906-12-10\r\nPHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=\r\n"
    "X-SPOUSE:Vincent\r\nEND:VCARD\r\n";

} // namespace

// Undoing an import: what it added goes, what it merged is as it was, and what undo cannot do is refused
// with nothing changed.
class TestImportBatchStore final : public QObject {
    Q_OBJECT

private:
    qint64 addGrace(ContactStore& store)
    {
        Contact grace;
        grace.given = QStringLiteral("Grace");
        grace.family = QStringLiteral("Hopper");
        grace.birthday = {1906, 12, 9};
        grace.emails = {{QStringLiteral("work"), QStringLiteral("grace@navy.example")}};
        grace.tags = {QStringLiteral("Navy")};
        grace.vcardExtras = {QStringLiteral("X-OLD:1")};
        return store.add(grace).value();
    }

private Q_SLOTS:
    void undoRestoresExactly()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        const qint64 graceId = addGrace(store);
        const Contact before = store.get(graceId).value();
        QTemporaryDir dir;
        t.clock().advanceSeconds(60);
        const qint64 batchId = import(t, writeFile(dir, QStringLiteral("a.vcf"), kNewAndMerge));
        QCOMPARE(store.count().value(), 2);
        const Contact merged = store.get(graceId).value();
        QCOMPARE(merged.emails.size(), 2);
        QVERIFY(!merged.photo.isEmpty());
        QCOMPARE(historyRows(t.database()), 1);

        ImportBatchStore batches(t.database(), t.clock());
        QSignalSpy changed(&batches, &ImportBatchStore::batchesChanged);
        QSignalSpy contacts(&batches, &ImportBatchStore::contactsChanged);
        t.clock().advanceSeconds(60);
        const Status undone = batches.undo(batchId);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(contacts.count(), 1);
        QCOMPARE(store.count().value(), 1);
        QCOMPARE(store.get(graceId).value(), before);
        QCOMPARE(historyRows(t.database()), 0);
        ContactQuery query;
        query.search = QStringLiteral("amazing");
        QVERIFY(store.ids(query).value().isEmpty());
        query.search = QStringLiteral("new");
        QVERIFY(store.ids(query).value().isEmpty());
        const ImportBatch batch = batches.batch(batchId).value();
        QCOMPARE(batch.undoneAt, t.clock().now());

        const Status again = batches.undo(batchId);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("already undone")), qPrintable(again.error()));
    }

    void undoReadsPhonesInTheChosenRegion()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        store.setPhoneRegion(QStringLiteral("DE"));
        Contact grace;
        grace.displayName = QStringLiteral("Grace Hopper");
        grace.emails = {{QString(), QStringLiteral("grace@navy.example")}};
        grace.phones = {{QString(), QStringLiteral("030 1234567")}};
        const qint64 graceId = store.add(grace).value();
        QTemporaryDir dir;
        t.clock().advanceSeconds(60);
        const qint64 batchId = import(t, writeFile(dir, QStringLiteral("a.vcf"), kNewAndMerge));

        // The contact the import merged into is written back with its number read in Germany, as it was.
        ImportBatchStore batches(t.database(), t.clock());
        batches.setPhoneRegion(QStringLiteral("DE"));
        t.clock().advanceSeconds(60);
        const Status undone = batches.undo(batchId);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QSqlQuery q(t.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT normalized FROM contact_fields WHERE kind = 'phone' AND contact_id = %1")
                           .arg(graceId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+49301234567"));
    }

    void refusesWhenContactsWereEditedSince()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        const qint64 graceId = addGrace(store);
        QTemporaryDir dir;
        const qint64 batchId = import(t, writeFile(dir, QStringLiteral("a.vcf"), kNewAndMerge));
        t.clock().advanceSeconds(60);
        Contact edited = store.get(graceId).value();
        edited.notes = QStringLiteral("edited by hand");
        QVERIFY(store.update(edited).ok());
        ImportBatchStore batches(t.database(), t.clock());
        const Status undone = batches.undo(batchId);
        QVERIFY(!undone.ok());
        QVERIFY2(undone.error().contains(QStringLiteral("edited since")) &&
                     undone.error().contains(QStringLiteral("Grace Hopper")),
                 qPrintable(undone.error()));
        QCOMPARE(store.count().value(), 2);
        QCOMPARE(store.get(graceId).value().notes, QStringLiteral("edited by hand"));
        QVERIFY(!batches.batch(batchId).value().undoneAt.isValid());
    }

    void laterImportsFirst()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        const qint64 graceId = addGrace(store);
        const Contact original = store.get(graceId).value();
        QTemporaryDir dir;
        const qint64 first = import(t, writeFile(dir, QStringLiteral("a.vcf"), kNewAndMerge));
        t.clock().advanceSeconds(60);
        const qint64 second = import(
            t,
            writeFile(dir, QStringLiteral("b.vcf"),
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nEMAIL:grace@navy.example\r\nTITLE:Admiral\r\n"
                      "END:VCARD\r\n"));
        ImportBatchStore batches(t.database(), t.clock());
        const Status refused = batches.undo(first);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("later import")), qPrintable(refused.error()));
        t.clock().advanceSeconds(60);
        QVERIFY(batches.undo(second).ok());
        QCOMPARE(store.get(graceId).value().title, QString());
        QVERIFY(batches.undo(first).ok());
        QCOMPARE(store.get(graceId).value(), original);
        const QList<ImportBatch> list = batches.batches().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, second); // newest first
        QVERIFY(list[0].undoneAt.isValid() && list[1].undoneAt.isValid());
    }

    void refusesToDeleteInteractions()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        QTemporaryDir dir;
        const qint64 batchId = import(t, writeFile(dir, QStringLiteral("a.vcf"), kNewAndMerge));
        const qint64 newId = store.ids({}).value().constFirst();
        InteractionStore interactions(t.database(), t.clock());
        Interaction coffee;
        coffee.occurredAt = t.clock().now();
        coffee.channel = Channel::InPerson;
        coffee.participantIds = {newId};
        QVERIFY(interactions.add(coffee).ok());
        ImportBatchStore batches(t.database(), t.clock());
        const Status refused = batches.undo(batchId);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("interactions")), qPrintable(refused.error()));
        QCOMPARE(store.count().value(), 2);
    }

    void unknownBatch()
    {
        TestDatabase t;
        ImportBatchStore batches(t.database(), t.clock());
        const Status undone = batches.undo(42);
        QVERIFY(!undone.ok());
        QVERIFY2(undone.error().contains(QStringLiteral("no import with id 42")), qPrintable(undone.error()));
        QVERIFY(batches.batches().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportBatchStore)
#include "tst_importbatchstore.moc"
