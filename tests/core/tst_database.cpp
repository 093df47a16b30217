#include "TestDatabase.h"

#include "domain/Clock.h"
#include "network/WhoCanHelp.h"
#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/TopicStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kith;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a file through a connection of its own, outside Kith's Database.
void runRaw(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

int pragma(const Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The POSIX locks this process holds on a file, from /proc/locks ("1: POSIX ADVISORY READ 4511 08:01:1234 ...");
// -1 where the system does not list them.
int locksHeldOn(const QString& path)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    const QByteArray inode = ':' + QByteArray::number(quint64(status.st_ino));
    int held = 0;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 5 && fields[1] == "POSIX" && fields[4] == pid && fields[5].endsWith(inode))
            ++held;
    }
    return held;
}

} // namespace

class TestDatabaseOpen final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshFileGetsLatestSchema()
    {
        TestDatabase t;
        QCOMPARE(t.database().schemaVersion(), Database::latestVersion());
        QCOMPARE(pragma(t.database(), "foreign_keys"), 1);
        QSqlQuery q(t.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(t.database(), "application_id"), 0x4B495448);
    }

    void reopeningKeepsData()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact ada;
        ada.given = QStringLiteral("Ada");
        const auto added = store.add(ada);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        t.reopen();
        ContactStore again(t.database(), t.clock());
        QCOMPARE(again.count().value(), 1);
    }

    void previousSchemaUpgrades_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Database::latestVersion(); ++version)
            QTest::addRow("from schema %d", version) << version;
    }

    void previousSchemaUpgrades()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(Database::createAtVersion(path, version).ok());
        // A contact written by an older Kith, not (or not fully) indexed for search.
        runRaw(path, {QStringLiteral("INSERT INTO contacts (uid, given, family, sort_name, notes, created_at, "
                                     "updated_at) VALUES ('u1', 'Grace', 'Hopper', 'Grace Hopper', 'COBOL pioneer', "
                                     "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')"),
                      QStringLiteral("INSERT INTO contact_fields (contact_id, kind, value) VALUES (1, 'email', "
                                     "'grace@navy.example')"),
                      QStringLiteral("INSERT INTO interactions (occurred_at, channel, initiator, summary, notes, "
                                     "created_at) VALUES ('2020-02-01T10:00:00Z', 'call', 'me', 'Call', 'Compilers "
                                     "for the navy', '2020-02-01T10:00:00Z')"),
                      QStringLiteral("INSERT INTO interaction_participants (interaction_id, contact_id) VALUES (1, "
                                     "1)")});
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), Database::latestVersion());
        ContactStore store(*opened.value(), Clock::system());
        ContactQuery query;
        query.search = QStringLiteral("cobol");
        QCOMPARE(store.ids(query).value(), QList<qint64>{1});
        query.search = QStringLiteral("grace@navy");
        QCOMPARE(store.ids(query).value(), QList<qint64>{1});
        QCOMPARE(store.get(1).value().emails.first().value, QStringLiteral("grace@navy.example"));
        // Schema 6: no closeness rating yet, and one can be given.
        Contact grace = store.get(1).value();
        QCOMPARE(grace.closeness, std::nullopt);
        grace.closeness = 3;
        QVERIFY(store.update(grace).ok());
        QCOMPARE(store.get(1).value().closeness, std::optional<int>(3));
        // Schema 7: older interactions are in the who-can-help index; topics and links can be stored.
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH 'compilers'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char* table : {"relationships", "relationship_suggestions_rejected", "topics", "contact_topics",
                                  "topics_fts", "contact_topic_search_ids"})
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), table);
        // Schema 8: events, favours and introductions can be stored for the older contact.
        for (const char* table :
             {"events", "event_attendees", "favours", "introductions", "introduction_suggestions_dismissed"})
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), table);
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO favours (contact_id, direction, what, happened_on, created_at) "
                                  "VALUES (1, 'given', 'Proofread a paper', '2020-03-01', '2020-03-01T10:00:00Z')")));
    }

    void schema5KeepsPhonesInE164AndExtras()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(Database::createAtVersion(path, 4).ok());
        runRaw(path,
               {QStringLiteral("INSERT INTO contacts (uid, given, sort_name, created_at, updated_at) VALUES ('u1', "
                               "'Ada', 'Ada', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')"),
                QStringLiteral("INSERT INTO contact_fields (contact_id, kind, value) VALUES (1, 'phone', "
                               "'+44 (0)20 7946 0958')"),
                QStringLiteral("INSERT INTO contact_fields (contact_id, kind, value) VALUES (1, 'phone', "
                               "'ext. 12')")});
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT normalized FROM contact_fields ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+442079460958"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        ContactStore store(*opened.value(), Clock::system());
        Contact ada = store.get(1).value();
        QVERIFY(ada.vcardExtras.isEmpty());
        ada.vcardExtras = {QStringLiteral("X-A:1"), QStringLiteral("item1.X-ABLABEL:_$!<Other>!$_")};
        QVERIFY(store.update(ada).ok());
        QCOMPARE(store.get(1).value().vcardExtras, ada.vcardExtras);
        for (const char* table : {"import_batches", "import_batch_contacts", "contact_field_history", "csv_mappings"})
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), table);
    }

    // Schema 9 indexes each topic of a contact on its own: topics stored by schema 8 (indexed run together) are
    // found one by one after the upgrade, and the index follows writes made after it.
    void schema9IndexesTopicsOneByOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(Database::createAtVersion(path, 8).ok());
        runRaw(path,
               {QStringLiteral("INSERT INTO contacts (uid, given, sort_name, created_at, updated_at) VALUES ('u1', "
                               "'Ada', 'Ada', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')"),
                QStringLiteral("INSERT INTO topics (name, created_at) VALUES ('machine learning', "
                               "'2020-01-01T00:00:00Z'), ('tax law', '2020-01-01T00:00:00Z')"),
                QStringLiteral("INSERT INTO contact_topics (contact_id, topic_id, kind, detail, added_at) VALUES "
                               "(1, 1, 'expertise', '', '2020-01-01T00:00:00Z'), (1, 2, 'expertise', 'VAT', "
                               "'2020-01-01T00:00:00Z')")});
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& db = *opened.value();
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        const auto matched = [&db](const QString& text) {
            auto found = WhoCanHelp(db, Clock::system()).search(text);
            if (!found)
                return found.error();
            QStringList texts;
            for (const HelpMatch& m : std::as_const(*found))
                texts << m.matched;
            return texts.join(QLatin1Char('|'));
        };
        QCOMPARE(matched(QStringLiteral("learning tax")), QString());
        QCOMPARE(matched(QStringLiteral("tax")), QStringLiteral("[tax] law (VAT)"));
        QCOMPARE(matched(QStringLiteral("machine")), QStringLiteral("[machine] learning"));
        TopicStore topics(db, Clock::system());
        QVERIFY(topics.add({1, 0, QStringLiteral("chess"), TopicKind::Interest, {}}).ok());
        QCOMPARE(matched(QStringLiteral("chess")), QStringLiteral("[chess]"));
        QVERIFY(topics.remove(1, TopicKind::Expertise, QStringLiteral("tax law")).ok());
        QCOMPARE(matched(QStringLiteral("tax")), QString());
    }

    void newerFileIsRefusedUntouched()
    {
        TestDatabase t;
        t.close();
        runRaw(t.path(), {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)});
        const QByteArray before = fileHash(t.path());
        const QDateTime modified = QFileInfo(t.path()).lastModified();
        auto opened = Database::open(t.path());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("newer version of Kith")), qPrintable(opened.error()));
        QCOMPARE(fileHash(t.path()), before);
        QCOMPARE(QFileInfo(t.path()).lastModified(), modified);
    }

    void foreignFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("sqliteWithTable");
        QTest::newRow("text file") << QByteArray("name,email\nAda,ada@example.com\n") << false;
        QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\xff\xfe garbage", 14) << false;
        QTest::newRow("another program's SQLite file") << QByteArray() << true;
    }

    void foreignFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, sqliteWithTable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        if (sqliteWithTable) {
            runRaw(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")});
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("not a Kith database")), qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("other.db")});
    }

    // Kith's workers open the file again beside the window's connection. Nothing may read the file behind
    // SQLite's back while doing so: closing that descriptor would drop the window's locks, and another program
    // (kith-cli) closing the database would then delete the write-ahead log the window still writes to.
    void anotherConnectionLeavesTheLocksAlone()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact ada;
        ada.displayName = QStringLiteral("Ada Lovelace");
        QVERIFY(store.add(ada).ok());
        const int before = locksHeldOn(t.path());
        if (before < 0)
            QSKIP("this system does not list its file locks in /proc/locks");
        QVERIFY2(before > 0, "SQLite holds no lock on an open database in WAL mode");
        {
            auto second = Database::open(t.path());
            QVERIFY2(second.ok(), qPrintable(second.error()));
        }
        QCOMPARE(locksHeldOn(t.path()), before);
    }

    void missingFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/kith.sqlite"));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("does not exist")), qPrintable(opened.error()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
