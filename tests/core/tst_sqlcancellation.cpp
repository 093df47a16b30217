#include "TestDatabase.h"

#include "storage/SqlCancellation.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace kith;

namespace {

// About a million steps of SQLite's virtual machine: long enough to be looked at many times.
const QString kLongQuery = QStringLiteral(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT sum(i) FROM n");

bool runs(const QSqlDatabase& db, const QString& text, QString* error = nullptr)
{
    QSqlQuery query(db);
    const bool ok = query.exec(text) && (!query.isSelect() || query.next());
    if (error)
        *error = query.lastError().text();
    return ok;
}

int contactCount(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT count(*) FROM contacts"));
    query.next();
    return query.value(0).toInt();
}

} // namespace

// A cancellation flag stops the statements on its connection, and a cancelled write leaves nothing behind.
class TestSqlCancellation final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsWhileNotCancelled()
    {
        TestDatabase t;
        std::atomic_bool cancelled = false;
        SqlCancellation cancellation(t.database().connection(), cancelled);
        QString error;
        QVERIFY2(runs(t.database().connection(), kLongQuery, &error), qPrintable(error));
    }

    void stopsOnceCancelled()
    {
        TestDatabase t;
        std::atomic_bool cancelled = true;
        SqlCancellation cancellation(t.database().connection(), cancelled);
        QString error;
        QVERIFY(!runs(t.database().connection(), kLongQuery, &error));
        QVERIFY2(error.contains(QStringLiteral("interrupt")), qPrintable(error));
    }

    void cancelledWriteRollsBack()
    {
        TestDatabase t;
        const QSqlDatabase db = t.database().connection();
        const QString insert = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO contacts "
            "(uid, display_name, created_at, updated_at) SELECT 'uid-' || i, 'Person ' || i, '2026-01-01', "
            "'2026-01-01' FROM n");
        std::atomic_bool cancelled = true;
        {
            SqlCancellation cancellation(db, cancelled);
            Transaction transaction(db);
            QVERIFY(!runs(db, insert));
        }
        QCOMPARE(contactCount(db), 0);

        // Gone with the object: the same write goes through although the flag is still set.
        Transaction transaction(db);
        QVERIFY(runs(db, insert));
        QVERIFY(transaction.commit().ok());
        QCOMPARE(contactCount(db), 5000);
    }

    void cancelledFromAnotherThread()
    {
        TestDatabase t;
        const QSqlDatabase db = t.database().connection();
        std::atomic_bool cancelled = false;
        SqlCancellation cancellation(db, cancelled);
        // A query that would take minutes, stopped by a flag set elsewhere.
        std::thread canceller([&cancelled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            cancelled = true;
        });
        QString error;
        const bool finished = runs(db,
                                   QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                  "WHERE i < 10000000000) SELECT sum(i) FROM n"),
                                   &error);
        canceller.join();
        QVERIFY(!finished);
        QVERIFY2(error.contains(QStringLiteral("interrupt")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSqlCancellation)
#include "tst_sqlcancellation.moc"
