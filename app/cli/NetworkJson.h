#pragma once

#include <QJsonObject>
#include <QString>

namespace kith {

struct ContactTopic;
struct HelpMatch;
struct Relationship;

// The JSON kith-cli prints for the network commands (links, topic, who-can-help). Keys are stable for scripts.
class NetworkJson final {
public:
    // id, contact_id, other_id, other, type, label, note, created.
    static QJsonObject relationship(const Relationship& relationship, const QString& otherName);
    // kind, name, detail.
    static QJsonObject topic(const ContactTopic& topic);
    // id, name, source, sources, matched, matched_at, reason, circle, links, how_met, where_met,
    // last_interaction, strength, how_you_know.
    static QJsonObject helpMatch(const HelpMatch& match);
};

} // namespace kith
