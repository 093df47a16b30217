#include "domain/Interaction.h"

namespace kith {

QList<Channel> allChannels()
{
    return {Channel::InPerson, Channel::Call,   Channel::Video, Channel::Message,
            Channel::Email,    Channel::Social, Channel::Event};
}

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::InPerson:
        return QStringLiteral("in-person");
    case Channel::Call:
        return QStringLiteral("call");
    case Channel::Video:
        return QStringLiteral("video");
    case Channel::Message:
        return QStringLiteral("message");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Social:
        return QStringLiteral("social");
    case Channel::Event:
        return QStringLiteral("event");
    }
    return {};
}

std::optional<Channel> channelFromKey(const QString& key)
{
    QString normalized = key.trimmed().toLower();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    if (normalized == QLatin1String("inperson"))
        normalized = QStringLiteral("in-person");
    for (Channel c : allChannels()) {
        if (channelKey(c) == normalized)
            return c;
    }
    return std::nullopt;
}

QString initiatorKey(Initiator initiator)
{
    switch (initiator) {
    case Initiator::Me:
        return QStringLiteral("me");
    case Initiator::Them:
        return QStringLiteral("them");
    case Initiator::Mutual:
        return QStringLiteral("mutual");
    }
    return {};
}

std::optional<Initiator> initiatorFromKey(const QString& key)
{
    for (Initiator i : {Initiator::Me, Initiator::Them, Initiator::Mutual}) {
        if (initiatorKey(i).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

} // namespace kith
