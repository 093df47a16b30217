#include "network/ContactGraph.h"

#include <QTest>

using namespace kith;

class TestContactGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verticesAreTheContactsInOrder()
    {
        const ContactGraph graph({30, 10, 20}, {});
        QCOMPARE(graph.vertexCount(), 3);
        QCOMPARE(graph.edgeCount(), 0);
        QCOMPARE(graph.contactId(0), 30);
        QCOMPARE(graph.contactId(2), 20);
        QCOMPARE(graph.vertexOf(10), 1);
        QCOMPARE(graph.vertexOf(99), -1);
        QVERIFY(graph.graph());
    }

    void eachPairIsOneEdge()
    {
        // 1-2 twice (once each way round), a self-link, and a link to someone outside the graph.
        const ContactGraph graph({1, 2, 3}, {{1, 2}, {2, 1}, {3, 3}, {2, 3}, {3, 4}}, {5, 7, 1, 2, 9});
        QCOMPARE(graph.edgeCount(), 2);
        const QList<std::pair<int, int>> expected{{0, 1}, {1, 2}};
        QCOMPARE(graph.edges(), expected);
        // The first weight given for a pair counts.
        QCOMPARE(graph.edgeWeights(), (QList<double>{5, 2}));
    }

    void unweightedGraphHasNoWeights()
    {
        const ContactGraph graph({1, 2}, {{1, 2}});
        QCOMPARE(graph.edgeCount(), 1);
        QVERIFY(graph.edgeWeights().isEmpty());
    }

    void egoNetworkPutsYouFirst()
    {
        // You (vertex 0, contact id 0) to each of 5, 3, 8; their links among them; not the link to 9.
        const ContactGraph ego = ContactGraph::egoNetwork({5, 3, 8}, {{3, 5}, {8, 9}, {5, 3}});
        QCOMPARE(ego.vertexCount(), 4);
        QCOMPARE(ego.contactId(0), 0);
        QCOMPARE(ego.contactId(1), 5);
        QCOMPARE(ego.vertexOf(8), 3);
        const QList<std::pair<int, int>> expected{{0, 1}, {0, 2}, {0, 3}, {1, 2}};
        QCOMPARE(ego.edges(), expected);
        QCOMPARE(ContactGraph::egoNetwork({}, {{1, 2}}).vertexCount(), 1);
    }

    void movesKeepTheGraph()
    {
        ContactGraph first({1, 2, 3}, {{1, 2}, {2, 3}});
        ContactGraph second(std::move(first));
        QCOMPARE(second.edgeCount(), 2);
        ContactGraph third({7}, {});
        third = std::move(second);
        QCOMPARE(third.vertexCount(), 3);
        QCOMPARE(third.vertexOf(3), 2);
    }
};

QTEST_GUILESS_MAIN(TestContactGraph)
#include "tst_contactgraph.moc"
