#include "network/NetworkGraphThread.h"

#include "dashboard/HealthSnapshot.h"
#include "network/ContactGraph.h"
#include "network/NetworkLayout.h"
#include "storage/CircleStore.h"
#include "storage/Database.h"
#include "storage/NetworkGraphStore.h"
#include "storage/RelationshipStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutexLocker>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace kith {

namespace {

// How tightly igraph packs the contacts depends on the graph (the pull of the centre squeezes large ones):
// scale the picture so that a contact's nearest neighbour is about one unit away, whatever its size.
void normalise(QList<QPointF>& positions)
{
    const int n = int(positions.size());
    if (n < 2)
        return;
    // The median nearest-neighbour distance of a few hundred contacts spread over the list.
    const int step = std::max(1, n / 400);
    QList<double> nearest;
    for (int i = 0; i < n; i += step) {
        double best = std::numeric_limits<double>::infinity();
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const QPointF d = positions.at(j) - positions.at(i);
            best = std::min(best, d.x() * d.x() + d.y() * d.y());
        }
        nearest.append(std::sqrt(best));
    }
    std::nth_element(nearest.begin(), nearest.begin() + nearest.size() / 2, nearest.end());
    const double median = nearest.at(nearest.size() / 2);
    if (median > 1e-9 && std::isfinite(median)) {
        for (QPointF& p : positions)
            p /= median;
    }
}

} // namespace

NetworkGraphThread::NetworkGraphThread(const QString& databasePath, const Clock& clock, QObject* parent)
    : QThread(parent)
    , m_path(databasePath)
    , m_clock(clock)
{}

NetworkGraphThread::~NetworkGraphThread()
{
    stop();
    wait();
}

void NetworkGraphThread::post(const Request& request)
{
    QMutexLocker lock(&m_mutex);
    m_next = request;
    m_wake.wakeAll();
}

void NetworkGraphThread::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_wake.wakeAll();
}

std::shared_ptr<const NetworkGraphData> NetworkGraphThread::result() const
{
    QMutexLocker lock(&m_mutex);
    return m_result;
}

std::shared_ptr<const NetworkGraphData> NetworkGraphThread::compute(Database& database, const Clock& clock,
                                                                    const Request& request, Cache* cache)
{
    auto data = std::make_shared<NetworkGraphData>();
    data->generation = request.generation;
    data->filter = request.filter;
    const NetworkGraphFilter& filter = request.filter;

    const NetworkGraphStore store(database);
    auto contacts = store.contacts();
    if (!contacts) {
        data->error = contacts.error();
        return data;
    }
    data->total = int(contacts->size());
    auto circles = CircleStore(database).all();
    if (!circles) {
        data->error = circles.error();
        return data;
    }
    QHash<QString, std::pair<QString, int>> circleOf; // key -> (name, index from the innermost)
    for (int i = 0; i < circles->size(); ++i)
        circleOf.insert(circles->at(i).key, {circles->at(i).name, i});
    std::optional<QSet<qint64>> only;
    if (filter.tagId > 0) {
        auto tagged = store.withTag(filter.tagId);
        if (!tagged) {
            data->error = tagged.error();
            return data;
        }
        only = std::move(tagged).value();
    }
    if (!filter.topic.trimmed().isEmpty()) {
        auto withTopic = store.withTopic(filter.topic);
        if (!withTopic) {
            data->error = withTopic.error();
            return data;
        }
        if (only)
            only->intersect(*withTopic);
        else
            only = std::move(withTopic).value();
    }

    const QHash<qint64, HealthScore> noScores;
    const QHash<qint64, HealthScore>& scores = request.health ? request.health->scores : noScores;
    QList<NetworkGraphNode> nodes;
    for (const GraphContact& contact : *contacts) {
        if (!filter.circleKey.isEmpty() && contact.circleKey != filter.circleKey)
            continue;
        if (only && !only->contains(contact.id))
            continue;
        NetworkGraphNode node;
        node.contactId = contact.id;
        node.name = contact.name;
        node.circleKey = contact.circleKey;
        if (const auto circle = circleOf.constFind(contact.circleKey); circle != circleOf.cend()) {
            node.circleName = circle->first;
            node.circleIndex = circle->second;
        }
        if (const auto score = scores.constFind(contact.id); score != scores.cend()) {
            node.scored = true;
            node.strength = score->strength;
            node.health = score->health;
            node.status = score->status;
        }
        nodes.append(std::move(node));
    }
    data->matching = int(nodes.size());
    // The strongest ties first; among equals, the inner circles, then by id so that the choice is stable.
    std::sort(nodes.begin(), nodes.end(), [](const NetworkGraphNode& a, const NetworkGraphNode& b) {
        if (a.strength != b.strength)
            return a.strength > b.strength;
        const int ca = a.circleIndex < 0 ? INT_MAX : a.circleIndex;
        const int cb = b.circleIndex < 0 ? INT_MAX : b.circleIndex;
        return ca != cb ? ca < cb : a.contactId < b.contactId;
    });
    if (nodes.size() > std::max(1, filter.limit))
        nodes.resize(std::max(1, filter.limit));

    auto links = RelationshipStore(database, clock).all();
    if (!links) {
        data->error = links.error();
        return data;
    }
    QList<qint64> ids;
    ids.reserve(nodes.size());
    NetworkLayoutOptions options;
    options.seed = request.seed;
    for (const NetworkGraphNode& node : std::as_const(nodes)) {
        ids.append(node.contactId);
        options.centrePull.append(NetworkLayout::centrePullFor(node.strength));
    }
    QList<std::pair<qint64, qint64>> pairs;
    pairs.reserve(links->size());
    for (const Relationship& link : *links)
        pairs.append({link.contactId, link.otherId});
    const ContactGraph graph(ids, pairs);

    QList<QPointF> positions;
    if (cache && cache->contactIds == ids && cache->edges == graph.edges()) {
        positions = cache->positions;
    } else {
        QElapsedTimer timer;
        timer.start();
        auto layout = NetworkLayout::compute(graph, options);
        if (!layout) {
            data->error = layout.error();
            return data;
        }
        data->layoutMs = double(timer.nsecsElapsed()) / 1e6;
        data->relaidOut = true;
        positions = layout->positions;
        for (QPointF& p : positions)
            p -= layout->centre;
        normalise(positions);
        if (cache)
            *cache = Cache{ids, graph.edges(), positions};
    }
    for (int i = 0; i < nodes.size(); ++i)
        nodes[i].position = positions.value(i);
    data->nodes = std::move(nodes);
    data->links = graph.edges();
    return data;
}

void NetworkGraphThread::run()
{
    std::unique_ptr<Database> database;
    Cache cache;
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && !m_next)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            request = std::move(*m_next);
            m_next.reset();
        }
        std::shared_ptr<const NetworkGraphData> data;
        if (!database) {
            auto opened = Database::open(m_path);
            if (opened) {
                database = std::move(opened).value();
            } else {
                auto failed = std::make_shared<NetworkGraphData>();
                failed->generation = request.generation;
                failed->filter = request.filter;
                failed->error = opened.error();
                data = failed;
            }
        }
        if (database)
            data = compute(*database, m_clock, request, &cache);
        {
            QMutexLocker lock(&m_mutex);
            m_result = data;
        }
        Q_EMIT computed();
    }
    // The connection is closed on the thread that opened it.
    database.reset();
}

} // namespace kith
