#include "IntroductionJson.h"

#include "ContactJson.h"

#include "domain/Introduction.h"
#include "network/IntroductionSuggestion.h"

#include <QJsonArray>

#include <cmath>

namespace kith {

namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// Strengths to one decimal: more would be noise.
double rounded(double value)
{
    return std::round(value * 10) / 10;
}

} // namespace

QJsonObject IntroductionJson::introduction(const Introduction& i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("first_id"), i.firstId},
        {QStringLiteral("first"), i.firstName},
        {QStringLiteral("second_id"), i.secondId},
        {QStringLiteral("second"), i.secondName},
        {QStringLiteral("topic_id"), idOrNull(i.topicId)},
        {QStringLiteral("topic"), ContactJson::textOrNull(i.topicName)},
        {QStringLiteral("reason"), ContactJson::textOrNull(i.reason)},
        {QStringLiteral("date"), i.introducedOn.toString(Qt::ISODate)},
        {QStringLiteral("status"), introductionStatusKey(i.status)},
        {QStringLiteral("outcome"), ContactJson::textOrNull(i.outcome)},
        {QStringLiteral("follow_up_reminder_id"), idOrNull(i.followUpReminderId)},
        {QStringLiteral("created"), ContactJson::dateTime(i.createdAt)},
        {QStringLiteral("updated"), ContactJson::dateTime(i.updatedAt)},
    };
}

QJsonObject IntroductionJson::suggestion(const IntroductionSuggestion& s)
{
    QJsonArray matches;
    for (const IntroductionMatch& m : s.matches) {
        matches.append(QJsonObject{
            {QStringLiteral("seeker_id"), m.seekerId},
            {QStringLiteral("helper_id"), m.helperId},
            {QStringLiteral("topic_id"), m.topicId},
            {QStringLiteral("topic"), m.topic},
            {QStringLiteral("kind"), topicKindKey(m.seekerKind)},
        });
    }
    return QJsonObject{
        {QStringLiteral("first_id"), s.firstId},
        {QStringLiteral("first"), s.firstName},
        {QStringLiteral("second_id"), s.secondId},
        {QStringLiteral("second"), s.secondName},
        {QStringLiteral("topic_id"), idOrNull(s.topicId())},
        {QStringLiteral("score"), s.score},
        {QStringLiteral("first_strength"), rounded(s.firstStrength)},
        {QStringLiteral("second_strength"), rounded(s.secondStrength)},
        {QStringLiteral("reason"), s.reason},
        {QStringLiteral("matches"), matches},
    };
}

} // namespace kith
