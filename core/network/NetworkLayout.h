#pragma once

#include "domain/Result.h"

#include <QList>
#include <QPointF>

namespace kith {

class ContactGraph;

struct NetworkLayoutOptions {
    // The same seed gives the same picture for the same graph.
    quint32 seed = 1;
    int iterations = 500;
    // Empty, or one value per vertex in (0, 1]: the vertices are then also joined to a centre vertex ("you"),
    // held at the origin, that pulls each of them in this hard (stronger ties nearer the middle).
    QList<double> centrePull;
};

struct NetworkLayoutResult {
    QList<QPointF> positions; // one per vertex of the graph, in igraph's units (about one between neighbours)
    QPointF centre;           // the centre vertex when there is one, else the middle of the positions
};

// Force-directed positions for a ContactGraph: igraph's Fruchterman-Reingold, with its grid for large graphs,
// from a start drawn from the seed. Takes a second or so for a few thousand vertices: call it off the GUI thread.
class NetworkLayout final {
public:
    NetworkLayout() = delete;

    static Result<NetworkLayoutResult> compute(const ContactGraph& graph, const NetworkLayoutOptions& options = {});
    // The pull towards you for a tie of this strength (0..100): the strongest ties sit nearest.
    static double centrePullFor(double strength);
};

} // namespace kith
