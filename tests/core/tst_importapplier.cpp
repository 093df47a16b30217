#include "TestDatabase.h"

#include "io/import/ImportApplier.h"
#include "io/import/ImportPlanner.h"
#include "storage/ContactStore.h"
#include "storage/CsvMappingStore.h"
#include "storage/ImportBatchStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>
#include <algorithm>

using namespace kith;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(KITH_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportPlan planOf(Database& database, const QStringList& files)
{
    ImportOptions options;
    options.defaultRegion = QStringLiteral("GB");
    auto plan = ImportPlanner(database, options).plan(files);
    if (!plan)
        qFatal("plan failed: %s", qPrintable(plan.error()));
    return std::move(plan).value();
}

int rows(Database& database, const QString& table)
{
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q.next();
    return q.value(0).toInt();
}

QList<Contact> allContacts(ContactStore& store)
{
    return store.getMany(store.ids({}).value()).value();
}

} // namespace

// Applying a plan: one transaction, merges that unite and keep, the batch recorded, cancel writes nothing.
class TestImportApplier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addsAndMergesDuplicatesInTheFile()
    {
        TestDatabase t;
        const ImportPlan plan = planOf(t.database(), {fixture("three-cards.vcf")});
        auto result = ImportApplier(t.database(), t.clock()).apply(plan);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->added, 2);
        QCOMPARE(result->merged, 1);
        QCOMPARE(result->skipped, 0);
        QCOMPARE(result->failed, 0);
        QCOMPARE(result->contactIds.size(), 2);
        QVERIFY(result->batchId > 0);

        ContactStore store(t.database(), t.clock());
        QCOMPARE(store.count().value(), 2);
        const Contact ada = store.get(store.idForUid(QStringLiteral("ada-1")).value()).value();
        QCOMPARE(ada.effectiveName(), QStringLiteral("Ada Lovelace"));
        // ada@example.com and ADA@example.com are one; the second card's other email and title are added.
        QCOMPARE(ada.emails.size(), 2);
        QCOMPARE(ada.emails[1].value, QStringLiteral("countess@example.org"));
        QCOMPARE(ada.title, QStringLiteral("Countess"));
        QCOMPARE(ada.birthday, (PartialDate{1815, 12, 10}));
        QCOMPARE(ada.vcardExtras.count(QStringLiteral("X-CUSTOM-THING:kept as is")), 1);
        // Found by search, phone in E.164 stored for matching.
        ContactQuery query;
        query.search = QStringLiteral("countess");
        QCOMPARE(store.ids(query).value(), QList<qint64>{ada.id});
        QSqlQuery q(t.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT normalized FROM contact_fields WHERE kind = 'phone'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+442079460958"));

        ImportBatchStore batches(t.database(), t.clock());
        const QList<ImportBatch> list = batches.batches().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].id, result->batchId);
        QCOMPARE(list[0].files, QStringList{fixture("three-cards.vcf")});
        QCOMPARE(list[0].added, 2);
        QCOMPARE(list[0].merged, 1);
        QCOMPARE(list[0].at, TestDatabase::fixedNow());
        QVERIFY(!list[0].undoneAt.isValid());
    }

    void mergeKeepsExistingSingleValuesAndRemembersIncoming()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact grace;
        grace.given = QStringLiteral("Grace");
        grace.family = QStringLiteral("Hopper");
        grace.birthday = {1906, 12, 9};
        grace.emails = {{QStringLiteral("work"), QStringLiteral("grace@navy.example")}};
        grace.phones = {{QStringLiteral("work"), QStringLiteral("020 7946 0958")}};
        grace.tags = {QStringLiteral("Navy")};
        grace.notes = QStringLiteral("Met at the conference");
        grace.socialProfiles = {{QStringLiteral("twitter"), QStringLiteral("https://twitter.com/grace")}};
        const qint64 id = store.add(grace).value();
        QTemporaryDir dir;
        const QString file = writeFile(
            dir, QStringLiteral("g.vcf"),
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hopper;Grace;;;\r\nEMAIL:Grace@Navy.example\r\nEMAIL:amazing@grace."
            "example\r\n"
            "TEL:+44 20 7946 0958\r\nTEL:+1 650 253 0000\r\nBDAY:1906-12-10\r\nORG:Harvard\r\nCATEGORIES:navy,COBOL\r\n"
            "NOTE:Another note\r\nX-SPOUSE:Vincent\r\nX-SOCIALPROFILE;type=twitter:https://www.twitter.com/grace/\r\n"
            "X-SOCIALPROFILE;type=linkedin:https://linkedin.com/in/grace\r\nEND:VCARD\r\n");
        t.clock().advanceSeconds(3600);
        auto result = ImportApplier(t.database(), t.clock()).apply(planOf(t.database(), {file}));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->merged, 1);
        QCOMPARE(result->added, 0);
        const Contact merged = store.get(id).value();
        QCOMPARE(merged.birthday, (PartialDate{1906, 12, 9}));
        QCOMPARE(merged.notes, QStringLiteral("Met at the conference"));
        QCOMPARE(merged.organization, QStringLiteral("Harvard"));
        QCOMPARE(merged.emails.size(), 2);
        QCOMPARE(merged.phones.size(), 2);
        QCOMPARE(merged.phones[0].value, QStringLiteral("020 7946 0958")); // as written, the existing one kept
        QCOMPARE(merged.tags, QStringList({QStringLiteral("COBOL"), QStringLiteral("Navy")}));
        QCOMPARE(merged.vcardExtras, QStringList{QStringLiteral("X-SPOUSE:Vincent")});
        // The same profile written with "www." and a trailing slash is one; the other service is added.
        QCOMPARE(merged.socialProfiles.size(), 2);
        QCOMPARE(merged.socialProfiles[1].label, QStringLiteral("linkedin"));

        ImportBatchStore batches(t.database(), t.clock());
        const QList<FieldHistoryEntry> history = batches.history(id).value();
        QCOMPARE(history.size(), 2);
        QStringList fields;
        for (const FieldHistoryEntry& entry : history) {
            fields.append(entry.field + u'=' + entry.value);
            QCOMPARE(entry.batchId, result->batchId);
            QCOMPARE(entry.source, QStringLiteral("g.vcf"));
        }
        fields.sort();
        QCOMPARE(fields, QStringList({QStringLiteral("Birthday=1906-12-10"), QStringLiteral("Notes=Another note")}));
    }

    // The apply leaves the checkpoint to the caller (BulkWrite): the connection's own settings come back.
    void connectionSettingsComeBackAfterTheApply()
    {
        TestDatabase t;
        const auto pragma = [&](const char* name) {
            QSqlQuery q(t.database().connection());
            q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
            q.next();
            return q.value(0).toLongLong();
        };
        const qint64 checkpoint = pragma("wal_autocheckpoint");
        const qint64 cache = pragma("cache_size");
        QVERIFY(checkpoint > 0);
        const ImportPlan plan = planOf(t.database(), {fixture("three-cards.vcf")});
        QVERIFY(ImportApplier(t.database(), t.clock()).apply(plan).ok());
        QCOMPARE(pragma("wal_autocheckpoint"), checkpoint);
        QCOMPARE(pragma("cache_size"), cache);
        QVERIFY(t.database().checkpoint().ok());
        QCOMPARE(rows(t.database(), QStringLiteral("contacts")), 2);
    }

    void userChoicesAreFollowed()
    {
        TestDatabase t;
        ImportPlan plan = planOf(t.database(), {fixture("three-cards.vcf")});
        plan.records[1].action = ImportAction::Skip;
        plan.records[2].action = ImportAction::Add; // "add as new" although it is Ada again
        auto result = ImportApplier(t.database(), t.clock()).apply(plan);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->added, 2);
        QCOMPARE(result->skipped, 1);
        ContactStore store(t.database(), t.clock());
        QStringList names;
        for (const Contact& c : allContacts(store))
            names.append(c.effectiveName());
        QCOMPARE(names, QStringList({QStringLiteral("Ada Lovelace"), QStringLiteral("Ada Lovelace")}));
    }

    void sameFileAgainWritesNothingNew()
    {
        TestDatabase t;
        QVERIFY(ImportApplier(t.database(), t.clock()).apply(planOf(t.database(), {fixture("three-cards.vcf")})).ok());
        const ImportPlan again = planOf(t.database(), {fixture("three-cards.vcf")});
        QCOMPARE(again.count(ImportAction::Merge), 3);
        QCOMPARE(again.count(ImportAction::Add), 0);
        auto result = ImportApplier(t.database(), t.clock()).apply(again);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->added, 0);
        QCOMPARE(result->merged, 0);
        QCOMPARE(result->skipped, 3);
        QCOMPARE(result->batchId, 0); // nothing to undo: no batch
        QCOMPARE(ContactStore(t.database(), t.clock()).count().value(), 2);
        QCOMPARE(ImportBatchStore(t.database(), t.clock()).batches().value().size(), 1);
    }

    void cancelWritesNothing()
    {
        TestDatabase t;
        QTemporaryDir dir;
        QByteArray cards;
        for (int i = 0; i < 1000; ++i)
            cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + QByteArray::number(i) + "\r\nEND:VCARD\r\n";
        const ImportPlan plan = planOf(t.database(), {writeFile(dir, QStringLiteral("many.vcf"), cards)});
        int calls = 0;
        auto result = ImportApplier(t.database(), t.clock()).apply(plan, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("nothing was written")), qPrintable(result.error()));
        QVERIFY(calls > 1);
        for (const QString& table : {QStringLiteral("contacts"), QStringLiteral("import_batches"),
                                     QStringLiteral("import_batch_contacts"), QStringLiteral("contacts_fts")})
            QCOMPARE(rows(t.database(), table), 0);
    }

    void progressGoesOnThroughTheSearchIndex()
    {
        TestDatabase t;
        QTemporaryDir dir;
        QByteArray cards;
        const int count = 5000;
        for (int i = 0; i < count; ++i)
            cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + QByteArray::number(i) + "\r\nEND:VCARD\r\n";
        const ImportPlan plan = planOf(t.database(), {writeFile(dir, QStringLiteral("many.vcf"), cards)});
        QList<qint64> reported;
        QSet<qint64> totals;
        auto result = ImportApplier(t.database(), t.clock()).apply(plan, [&](qint64 done, qint64 total) {
            reported.append(done);
            totals.insert(total);
            return true;
        });
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(totals.size(), 1);
        const qint64 total = *totals.cbegin();
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        QCOMPARE(reported.constLast(), total);
        // Reports while the search index fills: past the records written, short of the end.
        const auto filling = std::count_if(reported.cbegin(), reported.cend(),
                                           [&](qint64 done) { return done > count && done < total; });
        QVERIFY2(filling >= 2, qPrintable(QString::number(filling)));
        QCOMPARE(rows(t.database(), QStringLiteral("contacts_fts")), count);
    }

    void genericCsvMappingIsRememberedWhenApplied()
    {
        TestDatabase t;
        const ImportPlan plan = planOf(t.database(), {fixture("generic-members.csv")});
        QVERIFY(ImportApplier(t.database(), t.clock()).apply(plan).ok());
        const QStringList header{QStringLiteral("member"),           QStringLiteral("e-mail"),
                                 QStringLiteral("mobile"),           QStringLiteral("town"),
                                 QStringLiteral("favourite colour"), QStringLiteral("internal code")};
        QCOMPARE(CsvMappingStore(t.database()).find(header).value(), std::optional(plan.csvMappings.first()));
    }

    void runsInAWorkerThreadOnItsOwnConnection()
    {
        TestDatabase t;
        const ImportPlan plan = planOf(t.database(), {fixture("three-cards.vcf"), fixture("utf16le-bom.vcf")});
        Result<ImportResult> result = Result<ImportResult>::failure(QStringLiteral("not run"));
        QThread* worker = QThread::create([&] {
            auto database = Database::open(t.path());
            if (!database)
                return;
            result = ImportApplier(*database.value(), t.clock()).apply(plan);
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->added, 4);
        QCOMPARE(ContactStore(t.database(), t.clock()).count().value(), 4);
    }
};

QTEST_GUILESS_MAIN(TestImportApplier)
#include "tst_importapplier.moc"
