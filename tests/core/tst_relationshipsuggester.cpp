#include "TestDatabase.h"

#include "network/RelationshipSuggester.h"
#include "storage/ContactStore.h"
#include "storage/EventStore.h"
#include "storage/RelationshipStore.h"

#include <QLocale>
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
        QCOMPARE(describe(n.suggester.forContact(medora).value().suggestions),
                 (QStringList{QStringLiteral("4>2 sibling (%1)").arg(reason),
                              QStringLiteral("4>3 sibling (%1)").arg(reason)}));
        QVERIFY(n.suggester.forContact(stranger).value().suggestions.isEmpty());
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
        QVERIFY(!n.suggester.forContact(medora).value().suggestions.contains(RelationshipSuggestion{
            {0, medora, ada, RelationshipType::Sibling, {}, {}}, QStringLiteral("Both are children of Byron.")}));
        QCOMPARE(n.suggester.forContact(medora).value().suggestions.size(), 1);
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
        QCOMPARE(describe(n.suggester.forContact(d).value().suggestions),
                 QStringList{QStringLiteral("%1>%2 colleague (%3)").arg(d).arg(a).arg(reason)});
        // Large employers are left out of the whole-network list, not out of one contact's.
        QVERIFY(n.suggester.all(2).value().isEmpty());
        QCOMPARE(n.suggester.forContact(a).value().suggestions.size(), 2);
        QCOMPARE(n.suggester.forContact(a).value().colleaguesLeftOut, 0);
    }

    // One contact at a large employer is offered a few colleagues, and told how many more there are.
    void colleaguesForOneContactAreCapped()
    {
        Network n;
        const int cap = RelationshipSuggester::kMaxColleagueSuggestions;
        const qint64 me = n.person(QStringLiteral("Me"), QStringLiteral("Initech, Inc."));
        QList<qint64> others;
        for (int i = 0; i < cap + 15; ++i)
            others << n.person(QStringLiteral("P%1").arg(i), QStringLiteral("Initech"));
        n.link(me, others.at(0), RelationshipType::Colleague); // known already: neither listed nor counted
        auto found = n.suggester.forContact(me);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->suggestions.size(), cap);
        QCOMPARE(found->colleaguesSuggested, cap);
        QCOMPARE(found->colleaguesLeftOut, 14);
        QCOMPARE(found->organization, QStringLiteral("Initech, Inc."));
        // The first added come first, the linked one skipped.
        QCOMPARE(found->suggestions.first().link.otherId, others.at(1));
        QCOMPARE(found->suggestions.last().link.otherId, others.at(cap));
        // Rejecting one brings the next in.
        QVERIFY(n.suggester.reject(found->suggestions.first()).ok());
        found = n.suggester.forContact(me);
        QCOMPARE(found->suggestions.size(), cap);
        QCOMPARE(found->colleaguesLeftOut, 13);
        QCOMPARE(found->suggestions.last().link.otherId, others.at(cap + 1));
        // Seen from a colleague, the same cap.
        QCOMPARE(n.suggester.forContact(others.at(5)).value().suggestions.size(), cap);
        // A small organisation is not capped.
        const qint64 x = n.person(QStringLiteral("X"), QStringLiteral("Globex"));
        n.person(QStringLiteral("Y"), QStringLiteral("Globex"));
        QCOMPARE(n.suggester.forContact(x).value().colleaguesLeftOut, 0);
        QCOMPARE(n.suggester.forContact(x).value().organization, QString());
    }

    // For one contact, the links read are its own and its parents': a sibling through a parent is still found,
    // and a pair linked elsewhere does not hide a suggestion for this contact.
    void oneContactSeesItsParentsChildren()
    {
        Network n;
        const qint64 byron = n.person(QStringLiteral("Byron"));
        const qint64 ada = n.person(QStringLiteral("Ada"));
        const qint64 allegra = n.person(QStringLiteral("Allegra"));
        const qint64 medora = n.person(QStringLiteral("Medora"));
        n.link(ada, byron, RelationshipType::Parent);
        n.link(allegra, byron, RelationshipType::Parent);
        n.link(medora, byron, RelationshipType::Parent);
        n.link(allegra, medora, RelationshipType::Sibling); // not Ada's: Ada's suggestions keep both
        n.link(ada, medora, RelationshipType::Sibling);
        QCOMPARE(describe(n.suggester.forContact(ada).value().suggestions),
                 QStringList{QStringLiteral("%1>%2 sibling (Both are children of Byron.)").arg(ada).arg(allegra)});
        QCOMPARE(describe(n.suggester.forContact(allegra).value().suggestions),
                 QStringList{QStringLiteral("%1>%2 sibling (Both are children of Byron.)").arg(allegra).arg(ada)});
        QVERIFY(n.suggester.forContact(byron).value().suggestions.isEmpty());
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
        // The date as the user's locale writes it.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(describe(n.suggester.all().value()),
                 (QStringList{knows.arg(ada).arg(grace).arg(QStringLiteral("Both were at RustConf and 1 other event.")),
                              knows.arg(ada).arg(linus).arg(
                                  QStringLiteral("Both were at RustConf on Saturday, 14 March 2026."))}));
        QCOMPARE(describe(n.suggester.forContact(linus).value().suggestions),
                 QStringList{knows.arg(linus).arg(ada).arg(
                     QStringLiteral("Both were at RustConf on Saturday, 14 March 2026."))});
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(n.suggester.forContact(linus).value().suggestions.first().reason,
                 QStringLiteral("Both were at RustConf on Samstag, 14. März 2026."));
        QLocale::setDefault(before);
        QVERIFY(n.suggester.forContact(stranger).value().suggestions.isEmpty());

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
        QVERIFY(n.suggester.forContact(attendees.first().contactId).value().suggestions.isEmpty());
        // One fewer, and everyone may know everyone.
        QVERIFY(events.removeAttendee(big, attendees.last().contactId).ok());
        const int k = RelationshipSuggester::kMaxEventAttendees;
        QCOMPARE(n.suggester.all().value().size(), k * (k - 1) / 2);
        QCOMPARE(n.suggester.forContact(attendees.first().contactId).value().suggestions.size(), k - 1);
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
