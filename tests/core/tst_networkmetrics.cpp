#include "network/ContactGraph.h"
#include "network/NetworkMetrics.h"

#include <QTest>

#include <cmath>

using namespace kith;

namespace {

using Links = QList<std::pair<qint64, qint64>>;

// Contacts 1..n, so that vertex v is contact v + 1.
ContactGraph graphOf(int n, const Links& links)
{
    QList<qint64> ids;
    for (int i = 1; i <= n; ++i)
        ids << i;
    return ContactGraph(ids, links);
}

// The small graphs the values below are worked out on, by contact id.
// Star: 1 in the middle, 2..5 around it.
const Links kStar{{1, 2}, {1, 3}, {1, 4}, {1, 5}};
// Path: 1 - 2 - 3 - 4 - 5.
const Links kPath{{1, 2}, {2, 3}, {3, 4}, {4, 5}};
// Triangle 1, 2, 3 with 4 hanging from 3.
const Links kTrianglePendant{{1, 2}, {1, 3}, {2, 3}, {3, 4}};
// Two groups of four who all know each other (1..4 and 5..8), joined by the one link 4 - 5.
const Links kBarbell{{1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4}, {5, 6},
                     {5, 7}, {5, 8}, {6, 7}, {6, 8}, {7, 8}, {4, 5}};

void compareValues(const QList<double>& actual, const QList<double>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected.at(i))) {
            QVERIFY2(std::isnan(actual.at(i)), qPrintable(QStringLiteral("vertex %1: %2").arg(i).arg(actual.at(i))));
            continue;
        }
        QVERIFY2(std::abs(actual.at(i) - expected.at(i)) < 1e-9,
                 qPrintable(QStringLiteral("vertex %1: %2, expected %3").arg(i).arg(actual.at(i)).arg(expected.at(i))));
    }
}

} // namespace

Q_DECLARE_METATYPE(Links)

class TestNetworkMetrics final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Freeman (1977): b(v) = sum over pairs s < t, both not v, of sigma_st(v) / sigma_st.
    void betweenness_data()
    {
        QTest::addColumn<int>("vertices");
        QTest::addColumn<Links>("links");
        QTest::addColumn<QList<double>>("expected");
        // The middle is on the one shortest path of each of the C(4, 2) = 6 pairs of leaves.
        QTest::addRow("star") << 5 << kStar << QList<double>{6, 0, 0, 0, 0};
        // 2 is between 1 and each of 3, 4, 5 (3 pairs); 3 between {1, 2} and {4, 5} (4 pairs).
        QTest::addRow("path") << 5 << kPath << QList<double>{0, 3, 4, 3, 0};
        // Only 3 is between anyone: 4 and each of 1 and 2 (2 pairs); 1 and 2 know each other.
        QTest::addRow("triangle with a pendant") << 4 << kTrianglePendant << QList<double>{0, 0, 2, 0};
        // 4 is between 1, 2, 3 and 5..8 (3 x 4 = 12 pairs), 5 between 1..4 and 6, 7, 8 (12).
        QTest::addRow("two groups and a bridge") << 8 << kBarbell << QList<double>{0, 0, 0, 12, 12, 0, 0, 0};
        // Two shortest paths from 1 to 3 (through 2 and through 4): each middle vertex gets half of each pair.
        QTest::addRow("square") << 4 << Links{{1, 2}, {2, 3}, {3, 4}, {4, 1}} << QList<double>{0.5, 0.5, 0.5, 0.5};
        QTest::addRow("no links") << 3 << Links{} << QList<double>{0, 0, 0};
    }

    void betweenness()
    {
        QFETCH(int, vertices);
        QFETCH(Links, links);
        QFETCH(QList<double>, expected);
        const ContactGraph graph = graphOf(vertices, links);
        const auto exact = NetworkMetrics::betweenness(graph);
        QVERIFY2(exact.ok(), qPrintable(exact.error()));
        compareValues(*exact, expected);
        // As many sources as vertices is the exact computation.
        compareValues(NetworkMetrics::betweenness(graph, vertices).value(), expected);
    }

    // Brandes & Pich (2007): the dependencies of k sources, scaled by n / k. On the path 1-2-3-4-5 with
    // k = 2 the sources are vertices 0 and 2 (i * n / k), that is contacts 1 and 3. Each ordered (source, target)
    // pair counts one half (an undirected pair is seen from both ends): from contact 1, contact 2 is on the
    // paths to 3, 4, 5 (3 halves), contact 3 on those to 4 and 5 (2 halves), contact 4 on the one to 5 (1 half);
    // from contact 3, contact 2 is on the path to 1 and contact 4 on the one to 5 (1 half each). So 2, 1, 1, times
    // 5 / 2.
    void sampledBetweenness()
    {
        const auto estimate = NetworkMetrics::betweenness(graphOf(5, kPath), 2);
        QVERIFY2(estimate.ok(), qPrintable(estimate.error()));
        compareValues(*estimate, {0, 5, 2.5, 2.5, 0});
    }

    // Burt (1992): c_i = sum over neighbours j of (p_ij + sum over q != i, j of p_iq p_qj)^2, where p_ij is the
    // share of i's ties that go to j (1 / degree(i) without weights).
    void constraint_data()
    {
        QTest::addColumn<int>("vertices");
        QTest::addColumn<Links>("links");
        QTest::addColumn<QList<double>>("expected");
        const double nan = std::nan("");
        // Middle: 4 x (1/4)^2 = 1/4 (the leaves share no ties). A leaf: its one tie, (1)^2 = 1.
        QTest::addRow("star") << 5 << kStar << QList<double>{0.25, 1, 1, 1, 1};
        // Inner vertices: 2 x (1/2)^2 = 1/2; ends 1.
        QTest::addRow("path") << 5 << kPath << QList<double>{1, 0.5, 0.5, 0.5, 1};
        // Contact 3 (degree 3): for 1, 1/3 + p_32 p_21 = 1/3 + 1/3 x 1/2 = 1/2, squared 1/4; the same for 2; for 4,
        // (1/3)^2 = 1/9; so 1/4 + 1/4 + 1/9 = 11/18.
        // Contact 1 (degree 2): for 2, 1/2 + p_13 p_32 = 1/2 + 1/2 x 1/3 = 2/3, squared 4/9; for 3,
        // 1/2 + p_12 p_23 = 1/2 + 1/2 x 1/2 = 3/4, squared 9/16; so 4/9 + 9/16 = 145/144. The same for contact 2.
        // Contact 4: its one tie, 1.
        QTest::addRow("triangle with a pendant")
            << 4 << kTrianglePendant << QList<double>{145.0 / 144, 145.0 / 144, 11.0 / 18, 1};
        // Contact 3 has no ties: no constraint to speak of.
        QTest::addRow("isolate") << 3 << Links{{1, 2}} << QList<double>{1, 1, nan};
    }

    void constraint()
    {
        QFETCH(int, vertices);
        QFETCH(Links, links);
        QFETCH(QList<double>, expected);
        const auto values = NetworkMetrics::constraint(graphOf(vertices, links));
        QVERIFY2(values.ok(), qPrintable(values.error()));
        compareValues(*values, expected);
    }

    // Borgatti (1997), Burt's effective size without weights: n - 2t / n, n neighbours with t ties among them.
    void effectiveSize_data()
    {
        QTest::addColumn<int>("vertices");
        QTest::addColumn<Links>("links");
        QTest::addColumn<QList<double>>("expected");
        // Middle: 4 neighbours, no ties among them: 4. Leaves: 1.
        QTest::addRow("star") << 5 << kStar << QList<double>{4, 1, 1, 1, 1};
        QTest::addRow("path") << 5 << kPath << QList<double>{1, 2, 2, 2, 1};
        // Contact 3: n = 3, t = 1 (1 - 2): 3 - 2/3 = 7/3. Contacts 1 and 2: n = 2, t = 1: 2 - 1 = 1.
        QTest::addRow("triangle with a pendant") << 4 << kTrianglePendant << QList<double>{1, 1, 7.0 / 3, 1};
        // Contact 4 in the barbell: 1, 2, 3 (all linked: t = 3) and 5: n = 4, 4 - 6/4 = 2.5.
        QTest::addRow("two groups and a bridge") << 8 << kBarbell << QList<double>{1, 1, 1, 2.5, 2.5, 1, 1, 1};
        QTest::addRow("isolate") << 3 << Links{{1, 2}} << QList<double>{1, 1, 0};
    }

    void effectiveSize()
    {
        QFETCH(int, vertices);
        QFETCH(Links, links);
        QFETCH(QList<double>, expected);
        const auto values = NetworkMetrics::effectiveSize(graphOf(vertices, links));
        QVERIFY2(values.ok(), qPrintable(values.error()));
        compareValues(*values, expected);
    }

    // You at the centre of your ego network: with alters who do not know each other, constraint 1/n and
    // effective size n; with two pairs who know each other (1-2, 3-4) among four alters, each alter j has
    // p_you,j = 1/4, and 2 ties (you and its partner) so p_partner,j = 1/2:
    // (1/4 + 1/4 x 1/2)^2 = (3/8)^2 = 9/64, times 4 = 9/16; effective size 4 - 2 x 2 / 4 = 3.
    void egoBrokerage()
    {
        const ContactGraph open = ContactGraph::egoNetwork({1, 2, 3, 4}, {});
        QCOMPARE(NetworkMetrics::constraint(open).value().at(0), 0.25);
        QCOMPARE(NetworkMetrics::effectiveSize(open).value().at(0), 4.0);
        const ContactGraph pairs = ContactGraph::egoNetwork({1, 2, 3, 4}, {{1, 2}, {3, 4}, {4, 9}});
        QCOMPARE(pairs.edgeCount(), 6); // 4 to you, 2 among them; 9 is not in the network
        QVERIFY(std::abs(NetworkMetrics::constraint(pairs).value().at(0) - 9.0 / 16) < 1e-9);
        QCOMPARE(NetworkMetrics::effectiveSize(pairs).value().at(0), 3.0);
    }

    // Two groups that all know each other, joined by one link: Leiden finds the two. Modularity
    // Q = sum over clusters of (L_c / m - (d_c / 2m)^2) with m = 13 links, L_c = 6 inside each and degree sum
    // d_c = 13 each: 2 x (6/13 - 1/4) = 11/26.
    void clustersOfTwoGroups()
    {
        const ContactGraph graph = graphOf(8, kBarbell);
        const auto membership = NetworkMetrics::clusters(graph);
        QVERIFY2(membership.ok(), qPrintable(membership.error()));
        QCOMPARE(*membership, (QList<int>{0, 0, 0, 0, 1, 1, 1, 1}));
        const auto q = NetworkMetrics::modularity(graph, *membership);
        QVERIFY2(q.ok(), qPrintable(q.error()));
        QVERIFY(std::abs(*q - 11.0 / 26) < 1e-9);
        // Another seed finds the same two groups.
        QCOMPARE(NetworkMetrics::clusters(graph, 7).value(), *membership);
    }

    // Clusters are numbered by size: the group of five before the group of three, an isolate last.
    void clustersBySize()
    {
        const Links links{{1, 2}, {1, 3}, {2, 3}, {4, 5}, {4, 6}, {4, 7}, {4, 8},
                          {5, 6}, {5, 7}, {5, 8}, {6, 7}, {6, 8}, {7, 8}, {3, 4}};
        const auto membership = NetworkMetrics::clusters(graphOf(9, links));
        QVERIFY2(membership.ok(), qPrintable(membership.error()));
        QCOMPARE(*membership, (QList<int>{1, 1, 1, 0, 0, 0, 0, 0, 2}));
    }

    void clustersWithoutLinks()
    {
        QCOMPARE(NetworkMetrics::clusters(graphOf(3, {})).value(), (QList<int>{0, 1, 2}));
        QCOMPARE(NetworkMetrics::modularity(graphOf(3, {}), {0, 1, 2}).value(), 0.0);
        QVERIFY(NetworkMetrics::clusters(graphOf(0, {})).value().isEmpty());
    }

    void modularityRefusesAWrongPartition()
    {
        const auto q = NetworkMetrics::modularity(graphOf(3, {{1, 2}}), {0, 1});
        QVERIFY(!q.ok());
        QVERIFY(!q.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkMetrics)
#include "tst_networkmetrics.moc"
