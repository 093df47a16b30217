#include "TestDatabase.h"

#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"
#include "storage/SearchIndex.h"

#include <QTest>

using namespace kith;

class TestSearch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsByEveryIndexedField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList ada{QStringLiteral("Ada Lovelace")};
        const QStringList both{QStringLiteral("Ada Lovelace"), QStringLiteral("José Müller")};
        QTest::newRow("given name prefix") << QStringLiteral("ad") << ada;
        QTest::newRow("family name, any case") << QStringLiteral("LOVELACE") << ada;
        QTest::newRow("two words") << QStringLiteral("ada love") << ada;
        QTest::newRow("organisation") << QStringLiteral("engines") << ada;
        QTest::newRow("email") << QStringLiteral("ada@engines") << ada;
        QTest::newRow("phone as written") << QStringLiteral("7946") << ada;
        QTest::newRow("phone digits only") << QStringLiteral("02079460958") << ada;
        QTest::newRow("tag") << QStringLiteral("mentor") << QStringList{QStringLiteral("José Müller")};
        QTest::newRow("notes") << QStringLiteral("marathon") << QStringList{QStringLiteral("José Müller")};
        QTest::newRow("without accents") << QStringLiteral("jose muller") << QStringList{QStringLiteral("José Müller")};
        QTest::newRow("shared tag") << QStringLiteral("friend") << both;
        QTest::newRow("nothing matches") << QStringLiteral("zebra") << QStringList{};
        QTest::newRow("only punctuation filters nothing") << QStringLiteral("\"*( ") << both;
        QTest::newRow("quote inside") << QStringLiteral("ada\"") << ada;
    }

    void findsByEveryIndexedField()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact ada;
        ada.given = QStringLiteral("Ada");
        ada.family = QStringLiteral("Lovelace");
        ada.organization = QStringLiteral("Analytical Engines");
        ada.emails = {{QStringLiteral("work"), QStringLiteral("ada@engines.example")}};
        ada.phones = {{QStringLiteral("work"), QStringLiteral("020 7946 0958")}};
        ada.tags = {QStringLiteral("friend")};
        Contact jose;
        jose.given = QStringLiteral("José");
        jose.family = QStringLiteral("Müller");
        jose.tags = {QStringLiteral("friend"), QStringLiteral("mentor")};
        jose.notes = QStringLiteral("Training for a marathon");
        QVERIFY(store.addMany({ada, jose}).ok());
        ContactQuery query;
        query.search = text;
        QStringList names;
        for (const ContactSummary& row : store.summaries(store.ids(query).value()).value())
            names << row.name;
        QCOMPARE(names, expected);
    }

    void indexFollowsEditsAndTrash()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact c;
        c.given = QStringLiteral("Grace");
        const qint64 id = store.add(c).value();
        ContactQuery query;
        query.search = QStringLiteral("hopper");
        QVERIFY(store.ids(query).value().isEmpty());
        c = store.get(id).value();
        c.family = QStringLiteral("Hopper");
        QVERIFY(store.update(c).ok());
        QCOMPARE(store.ids(query).value(), QList<qint64>{id});
        QVERIFY(store.moveToTrash({id}).ok());
        QVERIFY(store.ids(query).value().isEmpty());
        query.trashed = true;
        QCOMPARE(store.ids(query).value(), QList<qint64>{id});
    }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(SearchIndex::matchExpression(QStringLiteral("  ada  love ")), QStringLiteral("\"ada\"* \"love\"*"));
        QCOMPARE(SearchIndex::matchExpression(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\"*"));
        QCOMPARE(SearchIndex::matchExpression(QStringLiteral("OR NOT")), QStringLiteral("\"OR\"* \"NOT\"*"));
        QVERIFY(SearchIndex::matchExpression(QStringLiteral("-- * ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
