#include "TestDatabase.h"

#include "network/SocialCapitalAdvice.h"
#include "network/SocialCapitalCalculator.h"
#include "storage/ContactStore.h"
#include "storage/RelationshipStore.h"

#include <QTest>

#include <cmath>

using namespace kith;

namespace {

// Two groups of four who all know each other: Initech's people in the Active circle (Ada, Alan, Anna, Amir)
// and a family in the Close circle (Bea, Ben, Bo, Bruno), with Xena, an acquaintance, linked to Amir and to
// Bruno: the one way between the groups. Nadia has no circle and no links; Trish, in the Trash, knew everyone.
struct Network {
    TestDatabase db;
    ContactStore contacts{db.database(), db.clock()};
    RelationshipStore links{db.database(), db.clock()};
    QList<qint64> a, b;
    qint64 xena = 0, nadia = 0, trish = 0;

    qint64 person(const QString& given, const QString& circle, const QString& organization = {})
    {
        Contact c;
        c.given = given;
        c.circle = circle;
        c.organization = organization;
        return contacts.add(c).value();
    }
    void link(qint64 from, qint64 to) { QVERIFY(links.add({0, from, to, RelationshipType::Knows, {}, {}}).ok()); }
    void clique(const QList<qint64>& group)
    {
        for (qsizetype i = 0; i < group.size(); ++i)
            for (qsizetype j = i + 1; j < group.size(); ++j)
                link(group.at(i), group.at(j));
    }

    Network()
    {
        for (const char* name : {"Ada", "Alan", "Anna", "Amir"})
            a << person(QString::fromLatin1(name), QStringLiteral("active"), QStringLiteral("Initech"));
        for (const char* name : {"Bea", "Ben", "Bo", "Bruno"})
            b << person(QString::fromLatin1(name), QStringLiteral("close"));
        xena = person(QStringLiteral("Xena"), QStringLiteral("acquaintance"));
        nadia = person(QStringLiteral("Nadia"), QString());
        trish = person(QStringLiteral("Trish"), QStringLiteral("inner"));
        clique(a);
        clique(b);
        link(xena, a.last());
        link(b.last(), xena);
        for (qint64 id : a + b)
            link(trish, id);
        QVERIFY(contacts.moveToTrash({trish}).ok());
    }

    // Strong ties with everyone but Xena.
    QHash<qint64, double> strengths(double xenaStrength = 10) const
    {
        QHash<qint64, double> s;
        for (qint64 id : a + b)
            s.insert(id, 80);
        s.insert(xena, xenaStrength);
        return s;
    }
};

QStringList names(const QList<CapitalContact>& contacts)
{
    QStringList out;
    for (const CapitalContact& c : contacts)
        out << c.name;
    return out;
}

} // namespace

class TestSocialCapitalCalculator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sizePerCircle()
    {
        Network net;
        const auto capital = SocialCapitalCalculator(net.db.database(), net.db.clock()).compute(net.strengths());
        QVERIFY2(capital.ok(), qPrintable(capital.error()));
        QCOMPARE(capital->contacts, 10); // Trish is in the Trash
        QCOMPARE(capital->links, 14);    // 6 + 6 + Xena's 2; Trish's links are not counted
        QCOMPARE(capital->linkedContacts, 9);
        QStringList sizes;
        for (const CircleSize& c : capital->circles)
            sizes << QStringLiteral("%1 %2/%3").arg(c.name).arg(c.linked).arg(c.contacts);
        QCOMPARE(sizes, (QStringList{QStringLiteral("Inner 0/0"), QStringLiteral("Close 4/4"),
                                     QStringLiteral("Active 4/4"), QStringLiteral("Acquaintance 1/1"),
                                     QStringLiteral("Dormant 0/0"), QStringLiteral("No circle 0/1")}));
    }

    // The two groups are the clusters, each with what binds it; Xena joins one of them (she is as close to
    // either), Nadia is on her own and not a cluster.
    void clustersAndWhatBindsThem()
    {
        Network net;
        const auto capital = SocialCapitalCalculator(net.db.database(), net.db.clock()).compute(net.strengths());
        QVERIFY2(capital.ok(), qPrintable(capital.error()));
        QCOMPARE(capital->clusterCount, 2);
        QCOMPARE(capital->clusters.size(), 2);
        QVERIFY(capital->modularity > 0.3);
        const NetworkCluster* initech = nullptr;
        const NetworkCluster* family = nullptr;
        for (const NetworkCluster& c : capital->clusters)
            (names(c.members).contains(QStringLiteral("Ada")) ? initech : family) = &c;
        QVERIFY(initech && family);
        QCOMPARE((QSet<int>{initech->size, family->size}), (QSet<int>{4, 5}));
        QCOMPARE(initech->bond, ClusterBond::Organization);
        QCOMPARE(initech->bondName, QStringLiteral("Initech"));
        QCOMPARE(initech->bondCount, 4);
        QCOMPARE(family->bond, ClusterBond::Circle);
        QCOMPARE(family->bondName, QStringLiteral("Close"));
        QCOMPARE(family->bondCount, 4);
        QVERIFY(!names(family->members).contains(QStringLiteral("Ada")));
        // Inside links: the 6 of each group, and Xena's one link into the group she is in.
        QCOMPARE(initech->links + family->links, 13);
        // Amir and Bruno (4 links each) are their groups' best-connected members, listed first.
        QVERIFY(names(initech->members).first() == QStringLiteral("Amir"));
        QVERIFY(names(family->members).first() == QStringLiteral("Bruno"));
    }

    // Xena is on every shortest path between the groups: 16 pairs. Amir is between Ada, Alan, Anna and Xena,
    // Bea, Ben, Bo, Bruno: 3 x 5 = 15; Bruno the same.
    void theBridgeIsFirst()
    {
        Network net;
        const auto capital = SocialCapitalCalculator(net.db.database(), net.db.clock()).compute(net.strengths());
        QVERIFY2(capital.ok(), qPrintable(capital.error()));
        QVERIFY(capital->betweennessExact);
        QCOMPARE(capital->bridges.size(), 3);
        QCOMPARE(capital->bridges.at(0).contact.name, QStringLiteral("Xena"));
        QCOMPARE(capital->bridges.at(0).contact.id, net.xena);
        QCOMPARE(capital->bridges.at(0).betweenness, 16.0);
        // Pairs of the other 9 contacts: 9 x 8 / 2 = 36.
        QCOMPARE(capital->bridges.at(0).normalized, 16.0 / 36);
        QCOMPARE(capital->bridges.at(0).clusters.size(), 1);
        QCOMPARE(capital->bridges.at(0).strength, 10.0);
        QCOMPARE(capital->bridges.at(1).betweenness, 15.0);
        QCOMPARE(capital->bridges.at(2).betweenness, 15.0);
        QCOMPARE((QSet<QString>{capital->bridges.at(1).contact.name, capital->bridges.at(2).contact.name}),
                 (QSet<QString>{QStringLiteral("Amir"), QStringLiteral("Bruno")}));
    }

    // Xena is a weak tie whose links reach the group she is not in; everyone else is a strong tie.
    void weakTiesThatSpanClusters()
    {
        Network net;
        const auto capital = SocialCapitalCalculator(net.db.database(), net.db.clock()).compute(net.strengths());
        QVERIFY2(capital.ok(), qPrintable(capital.error()));
        QCOMPARE(capital->weakTies.size(), 1);
        QCOMPARE(capital->weakTies.at(0).contact.id, net.xena);
        QCOMPARE(capital->weakTies.at(0).strength, 10.0);
        QCOMPARE(capital->weakTies.at(0).clusters.size(), 1);
        QVERIFY(capital->weakTies.at(0).clusters.at(0) != capital->weakTies.at(0).cluster);

        // A strong tie with Xena: still the bridge, no longer a weak tie. Without strengths, everyone is a weak
        // tie: Xena, and whichever of Amir and Bruno is linked to Xena's group from outside it.
        const auto strong = SocialCapitalCalculator(net.db.database(), net.db.clock()).compute(net.strengths(90));
        QVERIFY(strong->weakTies.isEmpty());
        QCOMPARE(strong->bridges.at(0).contact.id, net.xena);
        const auto unknown = SocialCapitalCalculator(net.db.database(), net.db.clock()).compute({});
        QCOMPARE(unknown->weakTies.size(), 2);
        QCOMPARE(unknown->weakTies.at(0).contact.id, net.xena); // the higher betweenness first
    }

    // The ego network: you and the 8 contacts of Inner, Close and Active (not Xena, an acquaintance), with the
    // 12 links among them. Each alter j: p_you,j = 1/8; j has 4 ties (you and 3 in its group), so
    // p_q,j = 1/4 for each of the 3: (1/8 + 3 x 1/8 x 1/4)^2 = (7/32)^2, and 8 x 49/1024 = 49/128 (Burt 1992).
    // Effective size 8 - 2 x 12 / 8 = 5 (Borgatti 1997), efficiency 5/8.
    void yourBrokerage()
    {
        Network net;
        const auto capital = SocialCapitalCalculator(net.db.database(), net.db.clock()).compute(net.strengths());
        QVERIFY2(capital.ok(), qPrintable(capital.error()));
        const Brokerage& b = capital->brokerage;
        QCOMPARE(b.circles, (QStringList{QStringLiteral("Inner"), QStringLiteral("Close"), QStringLiteral("Active")}));
        QCOMPARE(b.alters, 8);
        QCOMPARE(b.altersLinks, 12);
        QVERIFY(std::abs(b.constraint - 49.0 / 128) < 1e-9);
        QCOMPARE(b.effectiveSize, 5.0);
        QCOMPARE(b.efficiency, 0.625);
        const CapitalAdvice advice = SocialCapitalAdvice::brokerage(*capital);
        QVERIFY(advice.advice.contains(QStringLiteral("partly knit")));
    }

    // Large networks estimate betweenness from a sample of sources; the bridge is still found.
    void sampledBetweennessStillFindsTheBridge()
    {
        Network net;
        SocialCapitalOptions options;
        options.betweennessSources = 5;
        const auto capital =
            SocialCapitalCalculator(net.db.database(), net.db.clock(), options).compute(net.strengths());
        QVERIFY2(capital.ok(), qPrintable(capital.error()));
        QVERIFY(!capital->betweennessExact);
        QCOMPARE(capital->betweennessSources, 5);
        QVERIFY(!capital->bridges.isEmpty());
    }

    void emptyNetwork()
    {
        TestDatabase db;
        const auto capital = SocialCapitalCalculator(db.database(), db.clock()).compute({});
        QVERIFY2(capital.ok(), qPrintable(capital.error()));
        QCOMPARE(capital->contacts, 0);
        QCOMPARE(capital->clusterCount, 0);
        QVERIFY(capital->clusters.isEmpty());
        QVERIFY(capital->bridges.isEmpty());
        QVERIFY(capital->weakTies.isEmpty());
        QCOMPARE(capital->brokerage.alters, 0);
        QCOMPARE(capital->brokerage.constraint, 0.0);
        QCOMPARE(capital->circles.size(), 5); // every circle, empty; no "no circle" row
        QVERIFY(SocialCapitalAdvice::clusters(*capital).advice.contains(QStringLiteral("Relationships")));
        QVERIFY(SocialCapitalAdvice::brokerage(*capital).advice.contains(QStringLiteral("Inner, Close and Active")));
        QCOMPARE(SocialCapitalAdvice::listOfNames({QStringLiteral("Inner")}), QStringLiteral("Inner"));
        QCOMPARE(SocialCapitalAdvice::listOfNames({QStringLiteral("A"), QStringLiteral("B")}),
                 QStringLiteral("A and B"));
    }

    // Every section has one sentence of meaning and one of advice.
    void everySectionExplainsItself()
    {
        Network net;
        const auto capital = SocialCapitalCalculator(net.db.database(), net.db.clock()).compute(net.strengths());
        QVERIFY2(capital.ok(), qPrintable(capital.error()));
        const QList<CapitalAdvice> sections{
            SocialCapitalAdvice::circles(*capital), SocialCapitalAdvice::clusters(*capital),
            SocialCapitalAdvice::bridges(*capital), SocialCapitalAdvice::weakTies(*capital, 40),
            SocialCapitalAdvice::brokerage(*capital)};
        for (const CapitalAdvice& section : sections) {
            QVERIFY(section.meaning.endsWith(QLatin1Char('.')));
            QVERIFY(section.advice.endsWith(QLatin1Char('.')));
        }
        QVERIFY(SocialCapitalAdvice::clusters(*capital).advice.contains(QStringLiteral("2 groups")));
        // Close (4) + Inner (0): fewer than five people kept close.
        QVERIFY(SocialCapitalAdvice::circles(*capital).advice.startsWith(QStringLiteral("Only 4 people")));
    }
};

QTEST_GUILESS_MAIN(TestSocialCapitalCalculator)
#include "tst_socialcapitalcalculator.moc"
