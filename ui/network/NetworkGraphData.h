#pragma once

#include "health/HealthStatus.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <utility>

namespace kith {

// Who the network view shows: everyone, or one circle, one tag or one topic; at most `limit` contacts,
// the strongest ties first.
struct NetworkGraphFilter {
    static constexpr int DefaultLimit = 2000;

    QString circleKey; // empty for every circle
    qint64 tagId = 0;  // 0 for any tag
    QString topic;     // empty for any topic
    int limit = DefaultLimit;

    friend bool operator==(const NetworkGraphFilter&, const NetworkGraphFilter&) = default;
};

// One contact in the picture.
struct NetworkGraphNode {
    qint64 contactId = 0;
    QString name;
    QString circleKey;
    QString circleName;   // empty when the contact has no circle
    int circleIndex = -1; // 0 for the innermost circle; -1 for none
    bool scored = false;  // health and strength known
    double strength = 0;  // 0..100
    double health = 0;    // 0..100
    HealthStatus status = HealthStatus::Dormant;
    QPointF position; // layout units, you at the origin
};

// What the network view draws, as the worker made it for one filter. Read-only once made.
struct NetworkGraphData {
    quint64 generation = 0; // the request it answers
    NetworkGraphFilter filter;
    QList<NetworkGraphNode> nodes;    // strongest first
    QList<std::pair<int, int>> links; // between nodes, as indices into `nodes`
    int matching = 0;                 // contacts the filter lets through, before the limit
    int total = 0;                    // contacts in the network
    bool relaidOut = false;           // the positions were computed now, not kept from the last picture
    double layoutMs = 0;
    QString error; // why nothing could be shown; empty when it worked
};

} // namespace kith
