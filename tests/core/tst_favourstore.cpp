#include "TestDatabase.h"

#include "domain/Favour.h"
#include "storage/ContactStore.h"
#include "storage/FavourStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kith;

namespace {

struct Fixture {
    TestDatabase db;
    ContactStore contacts{db.database(), db.clock()};
    FavourStore favours{db.database(), db.clock()};

    qint64 person(const QString& given)
    {
        Contact c;
        c.given = given;
        return contacts.add(c).value();
    }
    int count()
    {
        QSqlQuery q(db.database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM favours"));
        q.next();
        return q.value(0).toInt();
    }
};

Favour favour(qint64 contactId, FavourDirection direction, const QString& what, const QDate& on = {2026, 3, 1})
{
    Favour f;
    f.contactId = contactId;
    f.direction = direction;
    f.what = what;
    f.happenedOn = on;
    return f;
}

} // namespace

class TestFavourStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void directionKeys()
    {
        QCOMPARE(favourDirectionFromKey(favourDirectionKey(FavourDirection::Given)), FavourDirection::Given);
        QCOMPARE(favourDirectionFromKey(favourDirectionKey(FavourDirection::Received)), FavourDirection::Received);
        QCOMPARE(favourDirectionFromKey(QStringLiteral(" Gave")), FavourDirection::Given);
        QCOMPARE(favourDirectionFromKey(QStringLiteral("got")), FavourDirection::Received);
        QCOMPARE(favourDirectionFromKey(QStringLiteral("lent")), std::nullopt);
    }

    void addListAndBalance()
    {
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"));
        const qint64 grace = f.person(QStringLiteral("Grace"));
        QSignalSpy changed(&f.favours, &FavourStore::favoursChanged);
        QCOMPARE(f.favours.balance(ada).value(), FavourBalance{});
        const qint64 cv =
            f.favours.add(favour(ada, FavourDirection::Given, QStringLiteral(" Reviewed  her CV "), QDate(2026, 1, 5)))
                .value();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{ada});
        QVERIFY(
            f.favours.add(favour(ada, FavourDirection::Given, QStringLiteral("Fed the cat"), QDate(2026, 2, 1))).ok());
        QVERIFY(f.favours.add(favour(ada, FavourDirection::Received, QStringLiteral("Lent me a book"))).ok());
        QVERIFY(f.favours.add(favour(grace, FavourDirection::Received, QStringLiteral("Drove me home"))).ok());

        const Favour stored = f.favours.get(cv).value();
        QCOMPARE(stored.what, QStringLiteral("Reviewed her CV"));
        QCOMPARE(stored.happenedOn, QDate(2026, 1, 5));
        QCOMPARE(stored.createdAt, TestDatabase::fixedNow());
        QStringList whats;
        for (const Favour& x : f.favours.forContact(ada).value())
            whats << x.what;
        QCOMPARE(whats, (QStringList{QStringLiteral("Lent me a book"), QStringLiteral("Fed the cat"),
                                     QStringLiteral("Reviewed her CV")}));
        QCOMPARE(f.favours.balance(ada).value(), (FavourBalance{2, 1}));
        QCOMPARE(f.favours.balance(ada).value().net(), 1);
        QCOMPARE(f.favours.balances().value().value(grace), (FavourBalance{0, 1}));
        QCOMPARE(f.favours.all().value().size(), 4);
        QVERIFY(f.contacts.moveToTrash({grace}).ok());
        QCOMPARE(f.favours.all().value().size(), 3);

        Favour edited = stored;
        edited.direction = FavourDirection::Received;
        QVERIFY(f.favours.update(edited).ok());
        QCOMPARE(f.favours.balance(ada).value(), (FavourBalance{1, 2}));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("contact"); // 0: the known contact, 1: unknown, 2: in the Trash
        QTest::addColumn<QString>("what");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("nothing said") << 0 << QStringLiteral("  ") << QDate(2026, 1, 1) << "what";
        QTest::addRow("no date") << 0 << QStringLiteral("Lent a drill") << QDate() << "date";
        QTest::addRow("unknown contact") << 1 << QStringLiteral("Lent a drill") << QDate(2026, 1, 1) << "999";
        QTest::addRow("trashed contact") << 2 << QStringLiteral("Lent a drill") << QDate(2026, 1, 1) << "Trash";
    }

    void badInput()
    {
        QFETCH(int, contact);
        QFETCH(QString, what);
        QFETCH(QDate, on);
        QFETCH(QString, mentions);
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"));
        const qint64 gone = f.person(QStringLiteral("Gone"));
        QVERIFY(f.contacts.moveToTrash({gone}).ok());
        const qint64 existing = f.favours.add(favour(ada, FavourDirection::Given, QStringLiteral("Kept"))).value();
        QSignalSpy changed(&f.favours, &FavourStore::favoursChanged);
        const qint64 id = contact == 0 ? ada : contact == 1 ? 999 : gone;
        const Favour bad = favour(id, FavourDirection::Given, what, on);
        const auto added = f.favours.add(bad);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(mentions), qPrintable(added.error()));
        // In a batch, one bad favour keeps the good ones out too.
        const auto many = f.favours.addMany({favour(ada, FavourDirection::Received, QStringLiteral("Fine")), bad});
        QVERIFY(!many.ok());
        Favour edit = bad;
        edit.id = existing;
        QVERIFY(!f.favours.update(edit).ok());
        QCOMPARE(f.favours.get(existing).value().what, QStringLiteral("Kept"));
        QCOMPARE(f.count(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void removeAndRestore()
    {
        Fixture f;
        const qint64 ada = f.person(QStringLiteral("Ada"));
        const QList<qint64> ids = f.favours
                                      .addMany({favour(ada, FavourDirection::Given, QStringLiteral("One")),
                                                favour(ada, FavourDirection::Received, QStringLiteral("Two"))})
                                      .value();
        QCOMPARE(ids.size(), 2);
        const Favour two = f.favours.get(ids.at(1)).value();
        QVERIFY(f.favours.remove(two.id).ok());
        QCOMPARE(f.favours.balance(ada).value(), (FavourBalance{1, 0}));
        QVERIFY(!f.favours.remove(two.id).ok());
        QVERIFY(f.favours.restore(two).ok());
        QCOMPARE(f.favours.get(two.id).value(), two);
        QVERIFY(!f.favours.restore(two).ok()); // already back: refused
        QCOMPARE(f.count(), 2);
        // Purging the contact takes their favours.
        QVERIFY(f.contacts.purge({ada}).ok());
        QCOMPARE(f.count(), 0);
    }

    void balanceText_data()
    {
        QTest::addColumn<int>("given");
        QTest::addColumn<int>("received");
        QTest::addColumn<QString>("text");
        QTest::addRow("none") << 0 << 0 << "No favours with Ada yet.";
        QTest::addRow("one given") << 1 << 0 << "You've done 1 favour for Ada; none back yet.";
        QTest::addRow("given only") << 3 << 0 << "You've done 3 favours for Ada; none back yet.";
        QTest::addRow("received only") << 0 << 2 << "Ada has done 2 favours for you; you haven't returned one yet.";
        QTest::addRow("both") << 3 << 1 << "You've done 3 favours for Ada; Ada has done 1 for you.";
        QTest::addRow("one each") << 1 << 1 << "You've done 1 favour for Ada; Ada has done 1 for you.";
        QTest::addRow("received more") << 1 << 4 << "You've done 1 favour for Ada; Ada has done 4 for you.";
    }

    void balanceText()
    {
        QFETCH(int, given);
        QFETCH(int, received);
        QFETCH(QString, text);
        QCOMPARE(favourBalanceText(QStringLiteral("Ada"), {given, received}), text);
    }
};

QTEST_GUILESS_MAIN(TestFavourStore)
#include "tst_favourstore.moc"
