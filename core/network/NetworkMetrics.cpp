#include "network/NetworkMetrics.h"

#include "network/ContactGraph.h"
#include "network/IgraphLock.h"

#include <QCoreApplication>

#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kith {

namespace {

QString igraphFailure(const char* what, igraph_error_t code)
{
    return QCoreApplication::translate("kith::NetworkMetrics", "Could not compute the %1: %2")
        .arg(QCoreApplication::translate("kith::NetworkMetrics", what), QString::fromUtf8(igraph_strerror(code)));
}

// igraph's vectors, destroyed on every way out.
struct RealVector {
    igraph_vector_t v;
    explicit RealVector(igraph_integer_t size = 0) { igraph_vector_init(&v, size); }
    ~RealVector() { igraph_vector_destroy(&v); }
    Q_DISABLE_COPY_MOVE(RealVector)
    QList<double> toList() const
    {
        QList<double> list(igraph_vector_size(&v));
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i] = VECTOR(v)[i];
        return list;
    }
};

struct IntVector {
    igraph_vector_int_t v;
    explicit IntVector(igraph_integer_t size = 0) { igraph_vector_int_init(&v, size); }
    ~IntVector() { igraph_vector_int_destroy(&v); }
    Q_DISABLE_COPY_MOVE(IntVector)
};

const igraph_t* graphOf(const ContactGraph& graph)
{
    return graph.graph();
}

} // namespace

Result<QList<double>> NetworkMetrics::betweenness(const ContactGraph& graph, int sampleSources)
{
    using R = Result<QList<double>>;
    const int n = graph.vertexCount();
    const IgraphLock lock;
    RealVector result;
    if (sampleSources <= 0 || sampleSources >= n) {
        if (const igraph_error_t e = igraph_betweenness(graphOf(graph), &result.v, igraph_vss_all(), false, nullptr);
            e != IGRAPH_SUCCESS)
            return R::failure(igraphFailure("betweenness", e));
        return result.toList();
    }
    // Every (n / k)-th vertex: contact ids carry no structure, so this is as good as a random sample, and the
    // same every time.
    IntVector sources(sampleSources);
    for (int i = 0; i < sampleSources; ++i)
        VECTOR(sources.v)[i] = igraph_integer_t(qint64(i) * n / sampleSources);
    if (const igraph_error_t e = igraph_betweenness_subset(graphOf(graph), &result.v, igraph_vss_all(), false,
                                                           igraph_vss_vector(&sources.v), igraph_vss_all(), nullptr);
        e != IGRAPH_SUCCESS)
        return R::failure(igraphFailure("betweenness", e));
    QList<double> values = result.toList();
    const double scale = double(n) / sampleSources;
    for (double& value : values)
        value *= scale;
    return values;
}

Result<QList<int>> NetworkMetrics::clusters(const ContactGraph& graph, quint32 seed)
{
    using R = Result<QList<int>>;
    const int n = graph.vertexCount();
    QList<int> raw(n);
    if (graph.edgeCount() == 0) {
        for (int i = 0; i < n; ++i)
            raw[i] = i;
    } else {
        const IgraphLock lock;
        const igraph_t* g = graphOf(graph);
        // Modularity as Leiden's quality: node weights are the degrees, the resolution 1 / 2m.
        RealVector degrees;
        if (const igraph_error_t e = igraph_strength(g, &degrees.v, igraph_vss_all(), IGRAPH_ALL, true, nullptr);
            e != IGRAPH_SUCCESS)
            return R::failure(igraphFailure("clusters", e));
        IntVector membership;
        igraph_integer_t count = 0;
        igraph_real_t quality = 0;
        igraph_rng_seed(igraph_rng_default(), seed);
        if (const igraph_error_t e = igraph_community_leiden(g, nullptr, &degrees.v, 1.0 / (2.0 * graph.edgeCount()),
                                                             0.01, false, -1, &membership.v, &count, &quality);
            e != IGRAPH_SUCCESS)
            return R::failure(igraphFailure("clusters", e));
        for (int i = 0; i < n; ++i)
            raw[i] = int(VECTOR(membership.v)[i]);
    }
    // Number the clusters by size, largest first; equal sizes by their first vertex.
    QHash<int, int> sizes;
    QHash<int, int> first;
    for (int i = 0; i < n; ++i) {
        ++sizes[raw.at(i)];
        if (!first.contains(raw.at(i)))
            first.insert(raw.at(i), i);
    }
    QList<int> order = sizes.keys();
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return sizes.value(a) != sizes.value(b) ? sizes.value(a) > sizes.value(b) : first.value(a) < first.value(b);
    });
    QHash<int, int> index;
    for (int i = 0; i < order.size(); ++i)
        index.insert(order.at(i), i);
    QList<int> membership(n);
    for (int i = 0; i < n; ++i)
        membership[i] = index.value(raw.at(i));
    return membership;
}

Result<double> NetworkMetrics::modularity(const ContactGraph& graph, const QList<int>& membership)
{
    if (membership.size() != graph.vertexCount())
        return Result<double>::failure(
            QCoreApplication::translate("kith::NetworkMetrics", "A partition needs one cluster per contact."));
    if (graph.edgeCount() == 0)
        return 0.0;
    const IgraphLock lock;
    IntVector clusters(membership.size());
    for (qsizetype i = 0; i < membership.size(); ++i)
        VECTOR(clusters.v)[i] = membership.at(i);
    igraph_real_t q = 0;
    if (const igraph_error_t e = igraph_modularity(graphOf(graph), &clusters.v, nullptr, 1.0, false, &q);
        e != IGRAPH_SUCCESS)
        return Result<double>::failure(igraphFailure("modularity", e));
    return double(q);
}

Result<QList<double>> NetworkMetrics::constraint(const ContactGraph& graph)
{
    using R = Result<QList<double>>;
    const IgraphLock lock;
    RealVector result;
    if (const igraph_error_t e = igraph_constraint(graphOf(graph), &result.v, igraph_vss_all(), nullptr);
        e != IGRAPH_SUCCESS)
        return R::failure(igraphFailure("constraint", e));
    QList<double> values = result.toList();
    // igraph gives NaN for a vertex without ties already; keep it that way whatever its version does.
    const igraph_t* g = graphOf(graph);
    for (qsizetype i = 0; i < values.size(); ++i) {
        igraph_integer_t degree = 0;
        igraph_degree_1(g, &degree, igraph_integer_t(i), IGRAPH_ALL, false);
        if (degree == 0)
            values[i] = std::numeric_limits<double>::quiet_NaN();
    }
    return values;
}

Result<QList<double>> NetworkMetrics::effectiveSize(const ContactGraph& graph)
{
    using R = Result<QList<double>>;
    const IgraphLock lock;
    const igraph_t* g = graphOf(graph);
    IntVector degrees;
    if (const igraph_error_t e = igraph_degree(g, &degrees.v, igraph_vss_all(), IGRAPH_ALL, false); e != IGRAPH_SUCCESS)
        return R::failure(igraphFailure("effective size", e));
    RealVector triangles;
    if (const igraph_error_t e = igraph_adjacent_triangles(g, &triangles.v, igraph_vss_all()); e != IGRAPH_SUCCESS)
        return R::failure(igraphFailure("effective size", e));
    QList<double> values(graph.vertexCount(), 0.0);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double n = double(VECTOR(degrees.v)[i]);
        if (n > 0)
            values[i] = n - 2.0 * VECTOR(triangles.v)[i] / n;
    }
    return values;
}

} // namespace kith
