#include "TestDatabase.h"

#include "network/RelationshipSuggester.h"
#include "storage/ContactStore.h"
#include "storage/RelationshipStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;

namespace {

struct Network {
    TestDatabase db;
    ContactStore contacts{db.database(), db.clock()};
    RelationshipStore links{db.database(), db.clock()};
    RelationshipSuggester suggester{db.database(), links};

    qint64 person(const QString& given, const QString& organization = {})
    {
        Contact c;
        c.given = given;
        c.organization = organization;
        return contacts.add(c).value();
    }
    void link(qint64 a, qint64 b, RelationshipType type) { QVERIFY(links.add({0, a, b, type, {}, {}}).ok()); }
};

// "a>b type (reason)" for comparing lists.
QStringList describe(const QList<RelationshipSuggestion>& suggestions)
{
    QStringList out;
    for (const RelationshipSuggestion& s : suggestions)
        out << QStringLiteral("%1>%2 %3 (%4)")
                   .arg(s.link.contactId)
                   .arg(s.link.otherId)
                   .arg(relationshipTypeKey(s.link.type), s.reason);
    return out;
}

} // namespace

class TestRelationshipSuggester final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalizedOrganization_data()
    {
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("case and legal form") << "Initech, Inc."
                                             << "initech";
        QTest::addRow("plain") << "INITECH"
                               << "initech";
        QTest::addRow("ltd") << "Analytical Engines Ltd"
                             << "analytical engines";
        QTest::addRow("accents") << "ETH Zürich"
                                 << "eth zurich";
        QTest::addRow("e.V.") << "Studio Ghibli Fans e.V."
                              << "studio ghibli fans";
        QTest::addRow("the") << "The Open Source Guild"
                             << "open source guild";
        QTest::addRow("only a legal form") << "GmbH"
                                           << "gmbh";
        QTest::addRow("co inside") << "Co-operative Bank plc"
                                   << "co operative bank";
        QTest::addRow("empty") << "  "
                               << "";
    }

    void normalizedOrganization()
    {
        QFETCH(QString, organization);
        QFETCH(QString, normalized);
        QCOMPARE(RelationshipSuggester::normalizedOrganization(organization), normalized);
    }

    // Children of one parent are siblings; entered from either side (parent or child).
    void siblingsThroughASharedParent()
    {
        Network n;
        const qint64 byron = n.person(QStringLiteral("Byron"));
        const qint64 ada = n.person(QStringLiteral("Ada"));
        const qint64 allegra = n.person(QStringLiteral("Allegra"));
        const qint64 medora = n.person(QStringLiteral("Medora"));
        const qint64 stranger = n.person(QStringLiteral("Stranger"));
        n.link(ada, byron, RelationshipType::Parent);
        n.link(byron, allegra, RelationshipType::Child);
        n.link(medora, byron, RelationshipType::Parent);
        n.link(ada, stranger, RelationshipType::Friend);
        const QString reason = QStringLiteral("Both are children of Byron.");
        QCOMPARE(describe(n.suggester.all().value()), (QStringList{QStringLiteral("2>3 sibling (%1)").arg(reason),
                                                                   QStringLiteral("2>4 sibling (%1)").arg(reason),
                                                                   QStringLiteral("3>4 sibling (%1)").arg(reason)}));
        // Seen from one contact, the contact comes first.
        QCOMPARE(describe(n.suggester.forContact(medora).value()),
                 (QStringList{QStringLiteral("4>2 sibling (%1)").arg(reason),
                              QStringLiteral("4>3 sibling (%1)").arg(reason)}));
        QVERIFY(n.suggester.forContact(stranger).value().isEmpty());
    }

    void confirmedRejectedAndTrashedAreNotSuggested()
    {
        Network n;
        const qint64 byron = n.person(QStringLiteral("Byron"));
        const qint64 ada = n.person(QStringLiteral("Ada"));
        const qint64 allegra = n.person(QStringLiteral("Allegra"));
        const qint64 medora = n.person(QStringLiteral("Medora"));
        n.link(ada, byron, RelationshipType::Parent);
        n.link(allegra, byron, RelationshipType::Parent);
        n.link(medora, byron, RelationshipType::Parent);
        QList<RelationshipSuggestion> list = n.suggester.all().value();
        QCOMPARE(list.size(), 3);
        QSignalSpy changed(&n.links, &RelationshipStore::relationshipsChanged);
        QVERIFY(n.suggester.confirm(list.at(0)).ok());
        QVERIFY(n.suggester.reject(list.at(1)).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(n.links.forContact(ada).value().size(), 2); // parent and the confirmed sibling
        list = n.suggester.all().value();
        QCOMPARE(describe(list), QStringList{QStringLiteral("3>4 sibling (Both are children of Byron.)")});
        // A rejection is remembered whichever way round the pair comes.
        QVERIFY(!n.suggester.forContact(medora).value().contains(RelationshipSuggestion{
            {0, medora, ada, RelationshipType::Sibling, {}, {}}, QStringLiteral("Both are children of Byron.")}));
        QCOMPARE(n.suggester.forContact(medora).value().size(), 1);
        QVERIFY(n.contacts.moveToTrash({allegra}).ok());
        QVERIFY(n.suggester.all().value().isEmpty());
        // Rejecting for an unknown contact is refused.
        QVERIFY(!n.suggester.reject({{0, ada, 99, RelationshipType::Sibling, {}, {}}, {}}).ok());
    }

    void colleaguesThroughTheSameOrganisation()
    {
        Network n;
        const qint64 a = n.person(QStringLiteral("A"), QStringLiteral("Initech, Inc."));
        const qint64 b = n.person(QStringLiteral("B"), QStringLiteral("INITECH"));
        const qint64 c = n.person(QStringLiteral("C"), QStringLiteral("Globex"));
        const qint64 d = n.person(QStringLiteral("D"), QStringLiteral("initech ltd"));
        n.person(QStringLiteral("E"));
        n.link(b, d, RelationshipType::Colleague);
        Q_UNUSED(c);
        const QString reason = QStringLiteral("Both work at Initech, Inc.");
        QCOMPARE(describe(n.suggester.all().value()),
                 (QStringList{QStringLiteral("%1>%2 colleague (%3)").arg(a).arg(b).arg(reason),
                              QStringLiteral("%1>%2 colleague (%3)").arg(a).arg(d).arg(reason)}));
        QCOMPARE(describe(n.suggester.forContact(d).value()),
                 QStringList{QStringLiteral("%1>%2 colleague (%3)").arg(d).arg(a).arg(reason)});
        // Large employers are left out of the whole-network list, not out of one contact's.
        QVERIFY(n.suggester.all(2).value().isEmpty());
        QCOMPARE(n.suggester.forContact(a).value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRelationshipSuggester)
#include "tst_relationshipsuggester.moc"
