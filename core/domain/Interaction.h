#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kith {

enum class Channel { InPerson, Call, Video, Message, Email, Social, Event };
enum class Initiator { Me, Them, Mutual };

// One moment of contact with one or several people.
struct Interaction {
    qint64 id = 0;
    QDateTime occurredAt; // UTC
    Channel channel = Channel::InPerson;
    Initiator initiator = Initiator::Me;
    QString summary;
    QString notes;
    QList<qint64> participantIds;
    std::optional<int> durationMinutes; // how long it lasted, when known (for "long calls")

    friend bool operator==(const Interaction&, const Interaction&) = default;
};

QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(const QString& key);
QList<Channel> allChannels();
QString initiatorKey(Initiator initiator);
std::optional<Initiator> initiatorFromKey(const QString& key);

} // namespace kith
