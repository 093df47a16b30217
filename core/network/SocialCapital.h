#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kith {

// A contact as the social-capital report names it.
struct CapitalContact {
    qint64 id = 0;
    QString name;
};

// How many contacts one circle holds, and how many of them are linked to another contact.
struct CircleSize {
    QString circle; // key; empty for the contacts without a circle
    QString name;   // shown to the user
    int contacts = 0;
    int linked = 0;
};

// What most members of a cluster share.
enum class ClusterBond { None, Organization, Circle };

// One community found in the contact-to-contact graph (NetworkMetrics::clusters).
struct NetworkCluster {
    int index = 0; // 0 the largest
    int size = 0;
    int links = 0;                 // links inside the cluster
    QList<CapitalContact> members; // the best-connected few, most links first
    ClusterBond bond = ClusterBond::None;
    QString bondName;  // the organisation or circle name
    int bondCount = 0; // how many members share it
};

// A contact with high betweenness: on many shortest paths between others.
struct NetworkBridge {
    CapitalContact contact;
    double betweenness = 0; // Freeman's, estimated on large graphs (SocialCapital::betweennessExact)
    double normalized = 0;  // divided by the number of pairs of other contacts, (n - 1)(n - 2) / 2
    int cluster = -1;       // its own cluster
    QList<int> clusters;    // the other clusters its links reach, by index
    double strength = 0;    // your tie strength with them, 0..100
};

// A weak tie (low tie strength with you) to someone whose links reach other clusters than their own.
struct WeakTie {
    CapitalContact contact;
    double strength = 0; // 0..100
    int cluster = -1;
    QList<int> clusters; // the other clusters reached, by index
    double betweenness = 0;
};

// Your brokerage on your ego network: you, the contacts of your innermost circles, and the links among them.
struct Brokerage {
    QStringList circles;      // the circles measured, by name, innermost first
    int alters = 0;           // n
    int altersLinks = 0;      // t: links among them
    double constraint = 0;    // Burt's constraint of you; 0 when there are no alters
    double effectiveSize = 0; // n - 2t / n
    double efficiency = 0;    // effective size / n
};

// The social capital of the whole network: sizes, clusters, bridges, weak ties and your brokerage.
struct SocialCapital {
    int contacts = 0;
    int links = 0;
    int linkedContacts = 0;    // contacts with at least one link
    QList<CircleSize> circles; // innermost first, "no circle" last when there are such contacts
    int clusterCount = 0;      // clusters of at least SocialCapitalOptions::minClusterSize contacts
    double modularity = 0;
    QList<NetworkCluster> clusters; // the largest, at most SocialCapitalOptions::maxClusters
    QList<NetworkBridge> bridges;   // highest betweenness first
    bool betweennessExact = true;
    int betweennessSources = 0; // the sampled sources when not exact
    QList<WeakTie> weakTies;    // most clusters reached first
    Brokerage brokerage;
};

// How much the report lists, and where its thresholds are.
struct SocialCapitalOptions {
    int maxClusters = 8;
    int minClusterSize = 3;
    int membersPerCluster = 5;
    int maxBridges = 10;
    int maxWeakTies = 10;
    double weakTieStrength = 40; // a tie strength below this (rounded to a whole number) is weak
    int egoCircles = 3;          // the ego network: the contacts of the innermost 3 circles (Inner, Close, Active)
    // Betweenness is exact up to this many contacts, and estimated from this many sources above.
    int betweennessSources = 400;
    quint32 seed = 1; // for the community detection
};

} // namespace kith
