#include "network/ContactGraph.h"

#include "network/IgraphLock.h"

#include <QSet>

#include <igraph.h>

namespace kith {

struct ContactGraph::Data {
    igraph_t graph;
    QList<qint64> contactIds;
    QHash<qint64, int> vertexOf;
    QList<std::pair<int, int>> edges;
    QList<double> weights;
};

ContactGraph::ContactGraph(const QList<qint64>& contactIds, const QList<std::pair<qint64, qint64>>& links,
                           const QList<double>& weights)
    : d(std::make_unique<Data>())
{
    // igraph's default handler aborts the process; Kith checks the codes instead.
    igraph_set_error_handler(igraph_error_handler_ignore);

    d->contactIds = contactIds;
    d->vertexOf.reserve(contactIds.size());
    for (int i = 0; i < contactIds.size(); ++i)
        d->vertexOf.insert(contactIds.at(i), i);

    QSet<std::pair<int, int>> seen;
    seen.reserve(links.size());
    d->edges.reserve(links.size());
    for (int i = 0; i < links.size(); ++i) {
        const int a = d->vertexOf.value(links.at(i).first, -1);
        const int b = d->vertexOf.value(links.at(i).second, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        const std::pair<int, int> edge = std::minmax(a, b);
        if (seen.contains(edge))
            continue;
        seen.insert(edge);
        d->edges.append(edge);
        if (!weights.isEmpty())
            d->weights.append(weights.value(i, 1.0));
    }

    const IgraphLock lock;
    igraph_vector_int_t endpoints;
    igraph_vector_int_init(&endpoints, 2 * d->edges.size());
    for (int i = 0; i < d->edges.size(); ++i) {
        VECTOR(endpoints)[2 * i] = d->edges.at(i).first;
        VECTOR(endpoints)[2 * i + 1] = d->edges.at(i).second;
    }
    igraph_create(&d->graph, &endpoints, contactIds.size(), IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&endpoints);
}

ContactGraph ContactGraph::egoNetwork(const QList<qint64>& alterIds, const QList<std::pair<qint64, qint64>>& links)
{
    QList<qint64> ids;
    ids.reserve(alterIds.size() + 1);
    ids << 0 << alterIds;
    QList<std::pair<qint64, qint64>> all;
    all.reserve(alterIds.size() + links.size());
    for (qint64 alter : alterIds) {
        if (alter != 0)
            all.append({0, alter});
    }
    // Links involving contact id 0 would be ties to you: ids start at 1, so there are none.
    for (const auto& link : links) {
        if (link.first != 0 && link.second != 0)
            all.append(link);
    }
    return ContactGraph(ids, all);
}

ContactGraph::~ContactGraph()
{
    if (d) {
        const IgraphLock lock;
        igraph_destroy(&d->graph);
    }
}

ContactGraph::ContactGraph(ContactGraph&&) noexcept = default;
ContactGraph& ContactGraph::operator=(ContactGraph&& other) noexcept
{
    if (this != &other) {
        if (d) {
            const IgraphLock lock;
            igraph_destroy(&d->graph);
        }
        d = std::move(other.d);
    }
    return *this;
}

const igraph_s* ContactGraph::graph() const
{
    return &d->graph;
}

const QList<double>& ContactGraph::edgeWeights() const
{
    return d->weights;
}

int ContactGraph::vertexCount() const
{
    return d->contactIds.size();
}

int ContactGraph::edgeCount() const
{
    return d->edges.size();
}

qint64 ContactGraph::contactId(int vertex) const
{
    return d->contactIds.value(vertex);
}

int ContactGraph::vertexOf(qint64 contactId) const
{
    return d->vertexOf.value(contactId, -1);
}

const QList<std::pair<int, int>>& ContactGraph::edges() const
{
    return d->edges;
}

} // namespace kith
