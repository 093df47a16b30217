#pragma once

#include "domain/Result.h"

#include <QList>

namespace kith {

class ContactGraph;

// The social-network measures Kith reports, computed by igraph on a ContactGraph (undirected, unweighted) and
// returned one value per vertex, in the graph's vertex order. Each holds IgraphLock while igraph works.
class NetworkMetrics final {
public:
    NetworkMetrics() = delete;

    // Freeman's (1977) betweenness: for each vertex v, the sum over pairs s < t (both other than v) of the share
    // of shortest s-t paths that pass through v. Exact (Brandes' algorithm) when `sampleSources` is 0 or at least
    // the vertex count; otherwise estimated from the shortest paths of `sampleSources` sources spread evenly over
    // the vertices, scaled by n / sampleSources (Brandes & Pich 2007): exact takes tens of seconds on 10,000
    // contacts, and ranking the bridges does not need it.
    static Result<QList<double>> betweenness(const ContactGraph& graph, int sampleSources = 0);
    // Communities found by the Leiden algorithm (Traag, Waltman & van Eck 2019) maximising modularity, iterated
    // until stable, from `seed`: a cluster index per vertex, 0 the largest cluster (ties: the one with the lowest
    // vertex first). A vertex without ties is a cluster of its own.
    static Result<QList<int>> clusters(const ContactGraph& graph, quint32 seed = 1);
    // Newman's modularity of a partition (clusters()' output): about 0.3 and above means clear communities.
    static Result<double> modularity(const ContactGraph& graph, const QList<int>& membership);
    // Burt's (1992) constraint, c_i = sum over neighbours j of (p_ij + sum over q != i, j of p_iq p_qj)^2, with
    // p_ij = 1 / degree(i) for a neighbour j in an unweighted graph: 1 for a single tie, near 0 for many ties
    // that do not know each other. NaN for a vertex without ties.
    static Result<QList<double>> constraint(const ContactGraph& graph);
    // Burt's effective size in Borgatti's (1997) form for unweighted graphs: n - 2t / n, with n the vertex's
    // neighbours and t the ties among them (its triangles): the neighbours that are not redundant. 0 without ties.
    static Result<QList<double>> effectiveSize(const ContactGraph& graph);
};

} // namespace kith
