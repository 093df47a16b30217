#include "TestDatabase.h"

#include "domain/Relationship.h"
#include "storage/ContactStore.h"
#include "storage/RelationshipStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kith;

namespace {

qint64 addPerson(ContactStore& contacts, const QString& given, const QString& family = {})
{
    Contact c;
    c.given = given;
    c.family = family;
    return contacts.add(c).value();
}

int rowCount(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM relationships"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestRelationshipStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inverseTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("inverse");
        QTest::addRow("partner") << "partner"
                                 << "partner";
        QTest::addRow("parent") << "parent"
                                << "child";
        QTest::addRow("child") << "child"
                               << "parent";
        QTest::addRow("sibling") << "sibling"
                                 << "sibling";
        QTest::addRow("friend") << "friend"
                                << "friend";
        QTest::addRow("colleague") << "colleague"
                                   << "colleague";
        QTest::addRow("manager") << "manager"
                                 << "report";
        QTest::addRow("report") << "report"
                                << "manager";
        QTest::addRow("mentor") << "mentor"
                                << "mentee";
        QTest::addRow("mentee") << "mentee"
                                << "mentor";
        QTest::addRow("introduced-by") << "introduced-by"
                                       << "introduced";
        QTest::addRow("introduced") << "introduced"
                                    << "introduced-by";
        QTest::addRow("knows") << "knows"
                               << "knows";
    }

    // Every type, stored from one side, reads as its inverse from the other, and once.
    void inverseTypes()
    {
        QFETCH(QString, type);
        QFETCH(QString, inverse);
        const auto t = relationshipTypeFromKey(type);
        QVERIFY(t.has_value());
        QCOMPARE(relationshipTypeKey(kith::inverse(*t)), inverse);
        QCOMPARE(kith::inverse(kith::inverse(*t)), *t);
        QVERIFY(!relationshipTypeLabel(*t).isEmpty());

        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        RelationshipStore links(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 byron = addPerson(contacts, QStringLiteral("Byron"));
        // Both ids orders, so that symmetric links stored low id first read right from either end.
        for (const auto& [from, to] : {std::pair{ada, byron}, std::pair{byron, ada}}) {
            auto id = links.add({0, from, to, *t, QStringLiteral("note"), {}});
            QVERIFY2(id.ok(), qPrintable(id.error()));
            const QList<Relationship> fromSide = links.forContact(from).value();
            QCOMPARE(fromSide.size(), 1);
            QCOMPARE(fromSide.first().otherId, to);
            QCOMPARE(fromSide.first().type, *t);
            QCOMPARE(fromSide.first().note, QStringLiteral("note"));
            const QList<Relationship> toSide = links.forContact(to).value();
            QCOMPARE(toSide.size(), 1);
            QCOMPARE(toSide.first().otherId, from);
            QCOMPARE(relationshipTypeKey(toSide.first().type), inverse);
            QCOMPARE(rowCount(db.database()), 1);
            // Entering the same link from the other side is a duplicate.
            QVERIFY(!links.add({0, to, from, kith::inverse(*t), {}, {}}).ok());
            QVERIFY(links.remove(to, from, kith::inverse(*t)).ok());
            QCOMPARE(rowCount(db.database()), 0);
        }
    }

    void typeKeysAcceptSpacesAndRefuseUnknown()
    {
        QCOMPARE(relationshipTypeFromKey(QStringLiteral("Introduced by")), RelationshipType::IntroducedBy);
        QCOMPARE(relationshipTypeFromKey(QStringLiteral("introduced_by")), RelationshipType::IntroducedBy);
        QCOMPARE(relationshipTypeFromKey(QStringLiteral("cousin")), std::nullopt);
        QCOMPARE(relationshipTypeFromKey(QString()), std::nullopt);
        QCOMPARE(allRelationshipTypes().size(), 13);
    }

    void badLinksAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("message");
        // Contacts 1 (Ada), 2 (Byron) linked as parent; 3 (Grace) in the Trash.
        QTest::addRow("unknown contact") << 1 << 99 << "There is no contact with id 99.";
        QTest::addRow("oneself") << 1 << 1 << "cannot be linked to themselves";
        QTest::addRow("duplicate") << 1 << 2 << "already linked";
        QTest::addRow("trashed") << 3 << 1 << "in the Trash";
    }

    void badLinksAreRefusedAndWriteNothing()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, message);
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        RelationshipStore links(db.database(), db.clock());
        QCOMPARE(addPerson(contacts, QStringLiteral("Ada")), 1);
        QCOMPARE(addPerson(contacts, QStringLiteral("Byron")), 2);
        QCOMPARE(addPerson(contacts, QStringLiteral("Grace")), 3);
        QVERIFY(links.add({0, 1, 2, RelationshipType::Parent, {}, {}}).ok());
        QVERIFY(contacts.moveToTrash({3}).ok());
        QSignalSpy changed(&links, &RelationshipStore::relationshipsChanged);
        // A good link first in the batch: it must not be written either.
        auto added = links.addMany(
            {{0, 2, 1, RelationshipType::Friend, {}, {}}, {0, from, to, RelationshipType::Parent, {}, {}}});
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(message), qPrintable(added.error()));
        QCOMPARE(rowCount(db.database()), 1);
        QCOMPARE(changed.count(), 0);
    }

    // Ada's parent Byron, and Byron's parent Ada, cannot both be stored.
    void reverseOfAnAsymmetricLinkIsRefused()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        RelationshipStore links(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"));
        const qint64 byron = addPerson(contacts, QStringLiteral("Byron"));
        QVERIFY(links.add({0, ada, byron, RelationshipType::Parent, {}, {}}).ok());
        QVERIFY(!links.add({0, byron, ada, RelationshipType::Parent, {}, {}}).ok());
        // Other types between the same two are fine.
        QVERIFY(links.add({0, ada, byron, RelationshipType::Friend, {}, {}}).ok());
        QCOMPARE(links.forContact(ada).value().size(), 2);
    }

    void trashHidesLinksAndPurgeRemovesThem()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        RelationshipStore links(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"));
        const qint64 byron = addPerson(contacts, QStringLiteral("Byron"));
        const qint64 grace = addPerson(contacts, QStringLiteral("Grace"));
        QVERIFY(links.add({0, ada, byron, RelationshipType::Parent, {}, {}}).ok());
        QVERIFY(links.add({0, ada, grace, RelationshipType::Mentor, {}, {}}).ok());
        QCOMPARE(links.all().value().size(), 2);
        QVERIFY(contacts.moveToTrash({byron}).ok());
        QCOMPARE(links.forContact(ada).value().size(), 1);
        QCOMPARE(links.all().value().size(), 1);
        QVERIFY(contacts.restore({byron}).ok());
        QCOMPARE(links.forContact(ada).value().size(), 2);
        QVERIFY(contacts.moveToTrash({byron}).ok());
        QVERIFY(contacts.purge({byron}).ok());
        QCOMPARE(rowCount(db.database()), 1);
        QCOMPARE(links.forContact(ada).value().first().otherId, grace);
    }

    void notesAndOrderAndSignals()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        RelationshipStore links(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"));
        const qint64 zoe = addPerson(contacts, QStringLiteral("Zoë"));
        const qint64 alan = addPerson(contacts, QStringLiteral("Alan"));
        const qint64 byron = addPerson(contacts, QStringLiteral("Byron"));
        QSignalSpy changed(&links, &RelationshipStore::relationshipsChanged);
        QVERIFY(links.add({0, ada, zoe, RelationshipType::Friend, {}, {}}).ok());
        QVERIFY(links.add({0, ada, alan, RelationshipType::Friend, {}, {}}).ok());
        const qint64 parent = links.add({0, ada, byron, RelationshipType::Parent, {}, {}}).value();
        QCOMPARE(changed.count(), 3);
        QVERIFY(links.setNote(parent, QStringLiteral("  Poet  ")).ok());
        QCOMPARE(links.get(parent).value().note, QStringLiteral("Poet"));
        QCOMPARE(links.get(parent).value().createdAt, TestDatabase::fixedNow());
        const QList<Relationship> list = links.forContact(ada).value();
        QCOMPARE(list.size(), 3);
        // By type in allRelationshipTypes() order (parent before friend), then by name.
        QCOMPARE(list.at(0).otherId, byron);
        QCOMPARE(list.at(1).otherId, alan);
        QCOMPARE(list.at(2).otherId, zoe);
        QVERIFY(links.remove(parent).ok());
        QVERIFY(!links.remove(parent).ok());
        QVERIFY(!links.remove(ada, byron, RelationshipType::Parent).ok());
        QCOMPARE(changed.count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestRelationshipStore)
#include "tst_relationshipstore.moc"
