#include "network/SocialCapitalCalculator.h"

#include "network/ContactGraph.h"
#include "network/NetworkMetrics.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/NetworkStore.h"
#include "storage/RelationshipStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace kith {

namespace {

// The most frequent non-empty value, and how often it occurs; ties go to the one first in sort order.
std::pair<QString, int> mostCommon(const QHash<QString, int>& counts)
{
    std::pair<QString, int> best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        if (it.value() > best.second || (it.value() == best.second && it.key() < best.first))
            best = {it.key(), it.value()};
    }
    return best;
}

} // namespace

SocialCapitalCalculator::SocialCapitalCalculator(Database& database, const Clock& clock, SocialCapitalOptions options)
    : m_database(database)
    , m_clock(clock)
    , m_options(options)
{}

Result<SocialCapital> SocialCapitalCalculator::compute(const QHash<qint64, double>& strengths) const
{
    using R = Result<SocialCapital>;
    auto listed = ContactStore(m_database, m_clock).ids(ContactQuery{});
    if (!listed)
        return R::failure(listed.error());
    QList<qint64> ids = *listed;
    std::sort(ids.begin(), ids.end());
    auto facts = NetworkStore(m_database).facts(ids);
    if (!facts)
        return R::failure(facts.error());
    auto circles = CircleStore(m_database).all();
    if (!circles)
        return R::failure(circles.error());
    auto relationships = RelationshipStore(m_database, m_clock).all();
    if (!relationships)
        return R::failure(relationships.error());
    QList<std::pair<qint64, qint64>> pairs;
    pairs.reserve(relationships->size());
    for (const Relationship& link : *relationships)
        pairs.append({link.contactId, link.otherId});

    const ContactGraph graph(ids, pairs);
    const int n = graph.vertexCount();
    const auto contactAt = [&](int vertex) {
        const qint64 id = graph.contactId(vertex);
        return CapitalContact{id, facts->value(id).name};
    };
    const auto strengthAt = [&](int vertex) {
        return strengths.value(graph.contactId(vertex), 0.0);
    };

    SocialCapital capital;
    capital.contacts = n;
    capital.links = graph.edgeCount();
    QList<QList<int>> neighbours(n);
    for (const auto& [a, b] : graph.edges()) {
        neighbours[a].append(b);
        neighbours[b].append(a);
    }
    for (int v = 0; v < n; ++v)
        capital.linkedContacts += neighbours.at(v).isEmpty() ? 0 : 1;

    // Size per circle, innermost first.
    QHash<QString, int> circleIndex;
    for (const Circle& circle : std::as_const(*circles)) {
        circleIndex.insert(circle.key, int(capital.circles.size()));
        capital.circles.append(CircleSize{circle.key, circle.name, 0, 0});
    }
    CircleSize none{QString(), QCoreApplication::translate("kith::SocialCapitalCalculator", "No circle"), 0, 0};
    for (int v = 0; v < n; ++v) {
        const auto found = circleIndex.constFind(facts->value(graph.contactId(v)).circleKey);
        CircleSize& size = found == circleIndex.cend() ? none : capital.circles[*found];
        ++size.contacts;
        size.linked += neighbours.at(v).isEmpty() ? 0 : 1;
    }
    if (none.contacts > 0)
        capital.circles.append(none);

    // Clusters.
    auto membership = NetworkMetrics::clusters(graph, m_options.seed);
    if (!membership)
        return R::failure(membership.error());
    auto modularity = NetworkMetrics::modularity(graph, *membership);
    if (!modularity)
        return R::failure(modularity.error());
    capital.modularity = *modularity;
    QList<QList<int>> members;
    for (int v = 0; v < n; ++v) {
        const int c = membership->at(v);
        if (c >= members.size())
            members.resize(c + 1);
        members[c].append(v);
    }
    const auto isCluster = [&](int c) {
        return members.at(c).size() >= m_options.minClusterSize;
    };
    for (qsizetype c = 0; c < members.size(); ++c) {
        if (!isCluster(int(c)))
            break; // numbered by size
        ++capital.clusterCount;
        if (capital.clusters.size() >= m_options.maxClusters)
            continue;
        NetworkCluster cluster;
        cluster.index = int(c);
        cluster.size = int(members.at(c).size());
        QList<int> byDegree = members.at(c);
        QHash<QString, int> organizations;
        QHash<QString, int> circleNames;
        for (int v : std::as_const(byDegree)) {
            const ContactFacts& f = facts->value(graph.contactId(v));
            ++organizations[f.organization.trimmed()];
            ++circleNames[f.circleName];
            for (int w : neighbours.at(v))
                cluster.links += (membership->at(w) == c && w > v) ? 1 : 0;
        }
        std::stable_sort(byDegree.begin(), byDegree.end(),
                         [&](int a, int b) { return neighbours.at(a).size() > neighbours.at(b).size(); });
        for (int i = 0; i < std::min<qsizetype>(m_options.membersPerCluster, byDegree.size()); ++i)
            cluster.members.append(contactAt(byDegree.at(i)));
        // An organisation binds a cluster when at least two and 30% of its members work there; failing that,
        // a circle when half of them are in it.
        const auto [organization, atOrganization] = mostCommon(organizations);
        const auto [circle, inCircle] = mostCommon(circleNames);
        if (atOrganization >= 2 && atOrganization * 10 >= cluster.size * 3) {
            cluster.bond = ClusterBond::Organization;
            cluster.bondName = organization;
            cluster.bondCount = atOrganization;
        } else if (inCircle >= 2 && inCircle * 2 >= cluster.size) {
            cluster.bond = ClusterBond::Circle;
            cluster.bondName = circle;
            cluster.bondCount = inCircle;
        }
        capital.clusters.append(cluster);
    }
    // The other clusters (of a size that counts) that a contact's links reach.
    const auto reached = [&](int v) {
        QList<int> others;
        for (int w : neighbours.at(v)) {
            const int c = membership->at(w);
            if (c != membership->at(v) && isCluster(c) && !others.contains(c))
                others.append(c);
        }
        std::sort(others.begin(), others.end());
        return others;
    };

    // Bridges.
    const bool exact = m_options.betweennessSources <= 0 || n <= m_options.betweennessSources;
    capital.betweennessExact = exact;
    capital.betweennessSources = exact ? 0 : m_options.betweennessSources;
    auto betweenness = NetworkMetrics::betweenness(graph, exact ? 0 : m_options.betweennessSources);
    if (!betweenness)
        return R::failure(betweenness.error());
    QList<int> order(n);
    for (int v = 0; v < n; ++v)
        order[v] = v;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return betweenness->at(a) > betweenness->at(b); });
    const double pairs2 = n > 2 ? double(n - 1) * double(n - 2) / 2.0 : 1.0;
    for (int v : std::as_const(order)) {
        if (capital.bridges.size() >= m_options.maxBridges || betweenness->at(v) <= 0)
            break;
        capital.bridges.append(NetworkBridge{contactAt(v), betweenness->at(v), betweenness->at(v) / pairs2,
                                             membership->at(v), reached(v), strengthAt(v)});
    }

    // Weak ties that span clusters.
    for (int v = 0; v < n; ++v) {
        // Compared as shown (a whole number), so that a 39.6 shown as 40 is not called "below 40".
        if (std::round(strengthAt(v)) >= m_options.weakTieStrength)
            continue;
        const QList<int> others = reached(v);
        if (!others.isEmpty())
            capital.weakTies.append(
                WeakTie{contactAt(v), strengthAt(v), membership->at(v), others, betweenness->at(v)});
    }
    std::sort(capital.weakTies.begin(), capital.weakTies.end(), [](const WeakTie& a, const WeakTie& b) {
        if (a.clusters.size() != b.clusters.size())
            return a.clusters.size() > b.clusters.size();
        if (a.betweenness != b.betweenness)
            return a.betweenness > b.betweenness;
        return a.contact.id < b.contact.id;
    });
    if (capital.weakTies.size() > m_options.maxWeakTies)
        capital.weakTies.resize(m_options.maxWeakTies);

    // Brokerage on the ego network of the innermost circles.
    QSet<QString> egoCircles;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_options.egoCircles, circles->size()); ++i) {
        egoCircles.insert(circles->at(i).key);
        capital.brokerage.circles.append(circles->at(i).name);
    }
    QList<qint64> alters;
    for (qint64 id : std::as_const(ids)) {
        if (egoCircles.contains(facts->value(id).circleKey))
            alters.append(id);
    }
    capital.brokerage.alters = int(alters.size());
    if (!alters.isEmpty()) {
        const ContactGraph ego = ContactGraph::egoNetwork(alters, pairs);
        auto constraint = NetworkMetrics::constraint(ego);
        if (!constraint)
            return R::failure(constraint.error());
        auto effective = NetworkMetrics::effectiveSize(ego);
        if (!effective)
            return R::failure(effective.error());
        capital.brokerage.altersLinks = ego.edgeCount() - int(alters.size());
        capital.brokerage.constraint = constraint->at(0);
        capital.brokerage.effectiveSize = effective->at(0);
        capital.brokerage.efficiency = effective->at(0) / double(alters.size());
    }
    return capital;
}

} // namespace kith
