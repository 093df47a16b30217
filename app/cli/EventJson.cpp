#include "EventJson.h"

#include "ContactJson.h"

#include "domain/Event.h"
#include "domain/Favour.h"

namespace kith {

QJsonObject EventJson::event(const Event& e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("kind"), eventKindKey(e.kind)},
        {QStringLiteral("date"), e.heldOn.toString(Qt::ISODate)},
        {QStringLiteral("place"), ContactJson::textOrNull(e.place)},
        {QStringLiteral("notes"), ContactJson::textOrNull(e.notes)},
    };
}

QJsonObject EventJson::summary(const EventSummary& s)
{
    QJsonObject object = event(s.event);
    object.insert(QStringLiteral("attendees"), s.attendees);
    object.insert(QStringLiteral("met"), s.met);
    object.insert(QStringLiteral("followed_up"), s.followedUp);
    return object;
}

QJsonObject EventJson::attendee(const EventAttendee& a)
{
    return QJsonObject{
        {QStringLiteral("contact_id"), a.contactId},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("met"), a.met},
        {QStringLiteral("note"), ContactJson::textOrNull(a.note)},
        {QStringLiteral("follow_up_reminder_id"),
         a.followUpReminderId ? QJsonValue(a.followUpReminderId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("follow_up_due"), ContactJson::dateTime(a.followUpDueAt)},
        {QStringLiteral("followed_up"), a.followedUp()},
    };
}

QJsonObject EventJson::favour(const Favour& f, const QString& contactName)
{
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("contact_id"), f.contactId},
        {QStringLiteral("contact"), contactName},
        {QStringLiteral("direction"), favourDirectionKey(f.direction)},
        {QStringLiteral("what"), f.what},
        {QStringLiteral("date"), f.happenedOn.toString(Qt::ISODate)},
        {QStringLiteral("notes"), ContactJson::textOrNull(f.notes)},
    };
}

} // namespace kith
