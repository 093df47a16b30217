#include "network/ContactGraph.h"
#include "network/NetworkLayout.h"

#include <QLineF>
#include <QTest>

#include <cmath>

using namespace kith;

namespace {

// Two groups of `size` contacts, everyone linked to everyone in their group, and one link between the groups.
ContactGraph twoClusters(int size)
{
    QList<qint64> ids;
    QList<std::pair<qint64, qint64>> links;
    for (int i = 0; i < 2 * size; ++i)
        ids << 100 + i;
    for (int group = 0; group < 2; ++group) {
        for (int a = 0; a < size; ++a) {
            for (int b = a + 1; b < size; ++b)
                links.append({100 + group * size + a, 100 + group * size + b});
        }
    }
    links.append({100, 100 + size});
    return ContactGraph(ids, links);
}

bool linked(const ContactGraph& graph, int a, int b)
{
    const std::pair<int, int> edge = std::minmax(a, b);
    return graph.edges().contains(edge);
}

} // namespace

class TestNetworkLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyVertexHasAFinitePosition_data()
    {
        QTest::addColumn<bool>("withCentre");
        QTest::newRow("links only") << false;
        QTest::newRow("with you in the centre") << true;
    }

    void everyVertexHasAFinitePosition()
    {
        QFETCH(bool, withCentre);
        // A chain, a triangle and contacts with no link at all.
        const ContactGraph graph({1, 2, 3, 4, 5, 6, 7, 8, 9}, {{1, 2}, {2, 3}, {4, 5}, {5, 6}, {6, 4}});
        NetworkLayoutOptions options;
        if (withCentre)
            options.centrePull = QList<double>(graph.vertexCount(), 0.5);
        const auto layout = NetworkLayout::compute(graph, options);
        QVERIFY2(layout.ok(), qPrintable(layout.error()));
        QCOMPARE(layout->positions.size(), 9);
        for (const QPointF& p : layout->positions)
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        // No two contacts on the same spot.
        for (int a = 0; a < 9; ++a) {
            for (int b = a + 1; b < 9; ++b)
                QVERIFY(QLineF(layout->positions.at(a), layout->positions.at(b)).length() > 1e-3);
        }
        if (withCentre)
            QCOMPARE(layout->centre, QPointF(0, 0));
    }

    void linkedContactsEndUpNearer()
    {
        const ContactGraph graph = twoClusters(12);
        const auto layout = NetworkLayout::compute(graph);
        QVERIFY2(layout.ok(), qPrintable(layout.error()));
        double linkedSum = 0, unlinkedSum = 0;
        int linkedCount = 0, unlinkedCount = 0;
        for (int a = 0; a < graph.vertexCount(); ++a) {
            for (int b = a + 1; b < graph.vertexCount(); ++b) {
                const double d = QLineF(layout->positions.at(a), layout->positions.at(b)).length();
                if (linked(graph, a, b)) {
                    linkedSum += d;
                    ++linkedCount;
                } else {
                    unlinkedSum += d;
                    ++unlinkedCount;
                }
            }
        }
        QCOMPARE(linkedCount, 2 * 66 + 1);
        // The groups come apart: a pair of strangers is on average well over twice as far as a linked pair.
        QVERIFY2(unlinkedSum / unlinkedCount > 2 * linkedSum / linkedCount,
                 qPrintable(QStringLiteral("linked %1, unlinked %2")
                                .arg(linkedSum / linkedCount)
                                .arg(unlinkedSum / unlinkedCount)));
    }

    void sameSeedSamePicture()
    {
        const ContactGraph graph = twoClusters(8);
        NetworkLayoutOptions options;
        options.seed = 42;
        const auto first = NetworkLayout::compute(graph, options);
        const auto second = NetworkLayout::compute(graph, options);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->positions, second->positions);
        options.seed = 43;
        const auto other = NetworkLayout::compute(graph, options);
        QVERIFY(other.ok());
        QVERIFY(other->positions != first->positions);
    }

    void strongerPullSitsNearerTheCentre()
    {
        // No links: only the pull towards you and the push between contacts place them.
        QList<qint64> ids;
        QList<double> pull;
        for (int i = 0; i < 60; ++i) {
            ids << i + 1;
            pull << (i % 2 == 0 ? 1.0 : 0.05);
        }
        const ContactGraph graph(ids, {});
        NetworkLayoutOptions options;
        options.centrePull = pull;
        const auto layout = NetworkLayout::compute(graph, options);
        QVERIFY2(layout.ok(), qPrintable(layout.error()));
        double strong = 0, weak = 0;
        for (int i = 0; i < 60; ++i)
            (i % 2 == 0 ? strong : weak) += QLineF(layout->centre, layout->positions.at(i)).length();
        QVERIFY2(strong < weak, qPrintable(QStringLiteral("strong %1, weak %2").arg(strong).arg(weak)));
    }

    void emptyGraphHasNoPositions()
    {
        const auto layout = NetworkLayout::compute(ContactGraph({}, {}));
        QVERIFY(layout.ok());
        QVERIFY(layout->positions.isEmpty());
    }

    void pullsMustMatchTheVertices()
    {
        NetworkLayoutOptions options;
        options.centrePull = {1.0};
        const auto layout = NetworkLayout::compute(ContactGraph({1, 2}, {{1, 2}}), options);
        QVERIFY(!layout.ok());
        QVERIFY(!layout.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkLayout)
#include "tst_networklayout.moc"
