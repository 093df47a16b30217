#include "TestDatabase.h"

#include "network/RelationshipSuggester.h"
#include "storage/ContactStore.h"
#include "storage/EventStore.h"
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

    // People at the same event may know each other: suggested as "knows", unless the pair is linked in any way,
    // was rejected, or the event is too large to say much.
    void peopleAtTheSameEvent()
    {
        Network n;
        EventStore events(n.db.database(), n.db.clock());
        const qint64 ada = n.person(QStringLiteral("Ada"));
        const qint64 grace = n.person(QStringLiteral("Grace"));
        const qint64 linus = n.person(QStringLiteral("Linus"));
        const qint64 radia = n.person(QStringLiteral("Radia"));
        const qint64 stranger = n.person(QStringLiteral("Stranger"));
        const auto event = [&](const QString& name, const QDate& on, const QList<qint64>& people) {
            Event e;
            e.name = name;
            e.heldOn = on;
            const qint64 id = events.add(e).value();
            QList<EventAttendee> attendees;
            for (qint64 person : people) {
                EventAttendee a;
                a.contactId = person;
                attendees << a;
            }
            QVERIFY(events.addAttendees(id, attendees).ok());
        };
        event(QStringLiteral("RustConf"), QDate(2026, 3, 14), {ada, grace, linus});
        event(QStringLiteral("Book club"), QDate(2026, 2, 1), {ada, grace});
        n.link(grace, linus, RelationshipType::Friend); // linked already, as friends
        const QString knows = QStringLiteral("%1>%2 knows (%3)");
        QCOMPARE(
            describe(n.suggester.all().value()),
            (QStringList{knows.arg(ada).arg(grace).arg(QStringLiteral("Both were at RustConf and 1 other event.")),
                         knows.arg(ada).arg(linus).arg(QStringLiteral("Both were at RustConf on 14 March 2026."))}));
        QCOMPARE(describe(n.suggester.forContact(linus).value()),
                 QStringList{knows.arg(linus).arg(ada).arg(QStringLiteral("Both were at RustConf on 14 March 2026."))});
        QVERIFY(n.suggester.forContact(stranger).value().isEmpty());

        // Confirmed and rejected ones go, whichever way round they come.
        const QList<RelationshipSuggestion> list = n.suggester.all().value();
        QVERIFY(n.suggester.confirm(list.at(0)).ok());
        QCOMPARE(n.links.forContact(grace).value().size(), 2);
        RelationshipSuggestion rejected = list.at(1);
        rejected.link = rejected.link.mirrored();
        QVERIFY(n.suggester.reject(rejected).ok());
        QVERIFY(n.suggester.all().value().isEmpty());

        // A trashed attendee takes no part.
        event(QStringLiteral("Party"), QDate(2026, 1, 1), {radia, stranger});
        QCOMPARE(n.suggester.all().value().size(), 1);
        QVERIFY(n.contacts.moveToTrash({stranger}).ok());
        QVERIFY(n.suggester.all().value().isEmpty());
    }

    void largeEventsSuggestNothing()
    {
        Network n;
        EventStore events(n.db.database(), n.db.clock());
        QList<EventAttendee> attendees;
        for (int i = 0; i <= RelationshipSuggester::kMaxEventAttendees; ++i) {
            EventAttendee a;
            a.contactId = n.person(QStringLiteral("P%1").arg(i));
            attendees << a;
        }
        Event e;
        e.name = QStringLiteral("Web Summit");
        e.heldOn = QDate(2026, 3, 1);
        const qint64 big = events.add(e).value();
        QVERIFY(events.addAttendees(big, attendees).ok());
        QVERIFY(n.suggester.all().value().isEmpty());
        QVERIFY(n.suggester.forContact(attendees.first().contactId).value().isEmpty());
        // One fewer, and everyone may know everyone.
        QVERIFY(events.removeAttendee(big, attendees.last().contactId).ok());
        const int k = RelationshipSuggester::kMaxEventAttendees;
        QCOMPARE(n.suggester.all().value().size(), k * (k - 1) / 2);
        QCOMPARE(n.suggester.forContact(attendees.first().contactId).value().size(), k - 1);
    }

    // A pair already suggested as colleagues is not suggested again as knowing each other.
    void oneSuggestionPerPair()
    {
        Network n;
        EventStore events(n.db.database(), n.db.clock());
        const qint64 a = n.person(QStringLiteral("A"), QStringLiteral("Initech"));
        const qint64 b = n.person(QStringLiteral("B"), QStringLiteral("Initech"));
        Event e;
        e.name = QStringLiteral("Offsite");
        e.heldOn = QDate(2026, 3, 1);
        const qint64 id = events.add(e).value();
        EventAttendee first, second;
        first.contactId = a;
        second.contactId = b;
        QVERIFY(events.addAttendees(id, {first, second}).ok());
        QCOMPARE(describe(n.suggester.all().value()),
                 QStringList{QStringLiteral("%1>%2 colleague (Both work at Initech.)").arg(a).arg(b)});
    }
};

QTEST_GUILESS_MAIN(TestRelationshipSuggester)
#include "tst_relationshipsuggester.moc"
