#pragma once

#include <QHash>
#include <QList>

#include <memory>
#include <utility>

// igraph's graph type, without igraph's headers in ours (only core/network's sources include them).
struct igraph_s;

namespace kith {

// Kith's contacts as an undirected igraph graph, the one way Kith's data goes into igraph: vertex i is
// contactIds()[i], and every link between two of those contacts is one edge, whatever its type and
// however many types the pair has. Algorithms (metrics, layouts) take graph() and map vertices back with
// contactId(). igraph's errors come back as return codes, never as an abort.
class ContactGraph final {
public:
    // `links` are pairs of contact ids; pairs with a contact outside `contactIds`, self-links and
    // repeats (either way round) are left out. `weights`, if given, has one entry per link (the first
    // one counts for a repeated pair).
    ContactGraph(const QList<qint64>& contactIds, const QList<std::pair<qint64, qint64>>& links,
                 const QList<double>& weights = {});
    ~ContactGraph();
    ContactGraph(ContactGraph&&) noexcept;
    ContactGraph& operator=(ContactGraph&&) noexcept;
    ContactGraph(const ContactGraph&) = delete;
    ContactGraph& operator=(const ContactGraph&) = delete;

    // Your ego network: vertex 0 is you (contact id 0), linked to each of `alterIds` (vertices 1..n, in that
    // order), plus the `links` among them; links to anyone else are left out.
    static ContactGraph egoNetwork(const QList<qint64>& alterIds, const QList<std::pair<qint64, qint64>>& links);

    const igraph_s* graph() const;
    // One weight per edge in igraph's edge order, or empty when the graph was built without weights.
    const QList<double>& edgeWeights() const;
    int vertexCount() const;
    int edgeCount() const;
    qint64 contactId(int vertex) const;
    // -1 when the contact is not in the graph.
    int vertexOf(qint64 contactId) const;
    // Edge i joins edges()[i].first and edges()[i].second (vertex indices, first < second).
    const QList<std::pair<int, int>>& edges() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace kith
