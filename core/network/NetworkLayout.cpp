#include "network/NetworkLayout.h"

#include "network/ContactGraph.h"
#include "network/IgraphLock.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <igraph.h>

#include <algorithm>
#include <cmath>

namespace kith {

namespace {

QString igraphError(igraph_error_t code)
{
    return QCoreApplication::translate("kith::NetworkLayout", "The network could not be laid out (%1).")
        .arg(QString::fromUtf8(igraph_strerror(code)));
}

// igraph's vectors and matrices, freed whichever way the function is left.
struct Vector {
    igraph_vector_t v;
    explicit Vector(igraph_integer_t size, igraph_real_t fill = 0)
    {
        igraph_vector_init(&v, size);
        igraph_vector_fill(&v, fill);
    }
    ~Vector() { igraph_vector_destroy(&v); }
    Q_DISABLE_COPY_MOVE(Vector)
};

struct Matrix {
    igraph_matrix_t m;
    Matrix(igraph_integer_t rows, igraph_integer_t columns) { igraph_matrix_init(&m, rows, columns); }
    ~Matrix() { igraph_matrix_destroy(&m); }
    Q_DISABLE_COPY_MOVE(Matrix)
};

struct Graph {
    igraph_t g;
    bool made = false;
    ~Graph()
    {
        if (made)
            igraph_destroy(&g);
    }
};

} // namespace

double NetworkLayout::centrePullFor(double strength)
{
    // Never nothing: a contact with no strength yet is still yours, only further out.
    return 0.05 + 0.95 * std::clamp(strength, 0.0, 100.0) / 100.0;
}

Result<NetworkLayoutResult> NetworkLayout::compute(const ContactGraph& graph, const NetworkLayoutOptions& options)
{
    using R = Result<NetworkLayoutResult>;
    const int n = graph.vertexCount();
    const bool withCentre = !options.centrePull.isEmpty();
    if (withCentre && options.centrePull.size() != n)
        return R::failure(
            QCoreApplication::translate("kith::NetworkLayout", "Each contact needs one pull towards the centre."));
    NetworkLayoutResult result;
    if (n == 0)
        return result;

    // Held until igraph's objects below are freed (igraph is not thread-safe here; see IgraphLock).
    const IgraphLock lock;
    // The centre vertex is added to a copy: the ContactGraph stays the contacts and their links only.
    Graph centred;
    const igraph_t* g = graph.graph();
    const igraph_integer_t total = n + (withCentre ? 1 : 0);
    const igraph_integer_t links = graph.edgeCount();
    if (withCentre) {
        if (igraph_error_t e = igraph_copy(&centred.g, graph.graph()); e != IGRAPH_SUCCESS)
            return R::failure(igraphError(e));
        centred.made = true;
        igraph_vector_int_t spokes;
        igraph_vector_int_init(&spokes, 2 * n);
        for (int i = 0; i < n; ++i) {
            VECTOR(spokes)[2 * i] = i;
            VECTOR(spokes)[2 * i + 1] = n;
        }
        igraph_error_t e = igraph_add_vertices(&centred.g, 1, nullptr);
        if (e == IGRAPH_SUCCESS)
            e = igraph_add_edges(&centred.g, &spokes, nullptr);
        igraph_vector_int_destroy(&spokes);
        if (e != IGRAPH_SUCCESS)
            return R::failure(igraphError(e));
        g = &centred.g;
    }

    // Links pull with weight 1; the spokes to the centre as asked (igraph adds edges at the end, in order).
    Vector weights(links + (withCentre ? n : 0), 1.0);
    for (int i = 0; withCentre && i < n; ++i)
        VECTOR(weights.v)[links + i] = std::clamp(options.centrePull.at(i), 0.001, 1.0);

    // The start is drawn here rather than by igraph's generator, which is shared by the whole process.
    QRandomGenerator random(options.seed);
    const double side = std::sqrt(double(total));
    Matrix positions(total, 2);
    for (igraph_integer_t i = 0; i < total; ++i) {
        MATRIX(positions.m, i, 0) = (random.generateDouble() - 0.5) * side;
        MATRIX(positions.m, i, 1) = (random.generateDouble() - 0.5) * side;
    }
    // The centre stays at the origin: its bounds are a point.
    Vector minX(total, -IGRAPH_INFINITY), maxX(total, IGRAPH_INFINITY);
    Vector minY(total, -IGRAPH_INFINITY), maxY(total, IGRAPH_INFINITY);
    if (withCentre) {
        MATRIX(positions.m, n, 0) = MATRIX(positions.m, n, 1) = 0;
        VECTOR(minX.v)[n] = VECTOR(maxX.v)[n] = VECTOR(minY.v)[n] = VECTOR(maxY.v)[n] = 0;
    }
    // igraph breaks ties between vertices on the same spot with its own generator: seed it too.
    igraph_rng_seed(igraph_rng_default(), options.seed);
    const igraph_error_t e = igraph_layout_fruchterman_reingold(
        g, &positions.m, true, std::max(1, options.iterations), side / 10.0, IGRAPH_LAYOUT_AUTOGRID, &weights.v,
        withCentre ? &minX.v : nullptr, withCentre ? &maxX.v : nullptr, withCentre ? &minY.v : nullptr,
        withCentre ? &maxY.v : nullptr);
    if (e != IGRAPH_SUCCESS)
        return R::failure(igraphError(e));

    result.positions.reserve(n);
    QPointF sum;
    for (int i = 0; i < n; ++i) {
        const QPointF p(MATRIX(positions.m, i, 0), MATRIX(positions.m, i, 1));
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return R::failure(igraphError(IGRAPH_FAILURE));
        result.positions.append(p);
        sum += p;
    }
    result.centre = withCentre ? QPointF(MATRIX(positions.m, n, 0), MATRIX(positions.m, n, 1)) : sum / n;
    return result;
}

} // namespace kith
