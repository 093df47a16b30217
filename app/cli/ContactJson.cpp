#include "ContactJson.h"

#include "domain/Contact.h"
#include "domain/Interaction.h"
#include "domain/Reminder.h"

#include <QJsonArray>

namespace kith {

namespace {

QJsonArray values(const QList<LabeledValue>& list)
{
    QJsonArray array;
    for (const LabeledValue& item : list)
        array.append(item.value);
    return array;
}

QJsonArray labelled(const QList<LabeledValue>& list)
{
    QJsonArray array;
    for (const LabeledValue& item : list)
        array.append(QJsonObject{{QStringLiteral("label"), item.label}, {QStringLiteral("value"), item.value}});
    return array;
}

QJsonValue partialDate(const PartialDate& date)
{
    return date.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(date.toIsoString());
}

} // namespace

QJsonValue ContactJson::dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue ContactJson::textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject ContactJson::brief(const Contact& contact, const QDateTime& lastInteraction)
{
    return QJsonObject{
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("uid"), contact.uid},
        {QStringLiteral("name"), contact.effectiveName()},
        {QStringLiteral("given"), contact.given},
        {QStringLiteral("family"), contact.family},
        {QStringLiteral("organization"), contact.organization},
        {QStringLiteral("title"), contact.title},
        {QStringLiteral("emails"), values(contact.emails)},
        {QStringLiteral("phones"), values(contact.phones)},
        {QStringLiteral("birthday"), partialDate(contact.birthday)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(contact.tags)},
        {QStringLiteral("circle"), textOrNull(contact.circle)},
        {QStringLiteral("last_interaction"), dateTime(lastInteraction)},
    };
}

QJsonObject ContactJson::full(const Contact& contact, const QDateTime& lastInteraction,
                              const QList<Interaction>& interactions, const QList<Reminder>& openReminders)
{
    QJsonObject object = brief(contact, lastInteraction);
    object.insert(QStringLiteral("prefix"), contact.prefix);
    object.insert(QStringLiteral("additional"), contact.additional);
    object.insert(QStringLiteral("suffix"), contact.suffix);
    object.insert(QStringLiteral("nickname"), contact.nickname);
    object.insert(QStringLiteral("display_name"), contact.displayName);
    object.insert(QStringLiteral("labelled_emails"), labelled(contact.emails));
    object.insert(QStringLiteral("labelled_phones"), labelled(contact.phones));
    QJsonArray addresses;
    for (const PostalAddress& a : contact.addresses) {
        addresses.append(QJsonObject{
            {QStringLiteral("label"), a.label},
            {QStringLiteral("po_box"), a.poBox},
            {QStringLiteral("extended"), a.extended},
            {QStringLiteral("street"), a.street},
            {QStringLiteral("locality"), a.locality},
            {QStringLiteral("region"), a.region},
            {QStringLiteral("postal_code"), a.postalCode},
            {QStringLiteral("country"), a.country},
        });
    }
    object.insert(QStringLiteral("addresses"), addresses);
    object.insert(QStringLiteral("urls"), labelled(contact.urls));
    object.insert(QStringLiteral("social"), labelled(contact.socialProfiles));
    object.insert(QStringLiteral("anniversary"), partialDate(contact.anniversary));
    object.insert(QStringLiteral("cadence_days"),
                  contact.cadenceDays ? QJsonValue(*contact.cadenceDays) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("priority"), priorityKey(contact.priority));
    object.insert(QStringLiteral("closeness"), contact.closeness ? QJsonValue(*contact.closeness) : QJsonValue());
    object.insert(QStringLiteral("how_met"), contact.howMet);
    object.insert(QStringLiteral("where_met"), contact.whereMet);
    object.insert(QStringLiteral("notes"), contact.notes);
    object.insert(QStringLiteral("created_at"), dateTime(contact.createdAt));
    object.insert(QStringLiteral("updated_at"), dateTime(contact.updatedAt));
    object.insert(QStringLiteral("deleted_at"), dateTime(contact.deletedAt));
    QJsonArray timeline;
    for (const Interaction& i : interactions)
        timeline.append(interaction(i));
    object.insert(QStringLiteral("interactions"), timeline);
    QJsonArray reminders;
    for (const Reminder& r : openReminders)
        reminders.append(reminder(r));
    object.insert(QStringLiteral("reminders"), reminders);
    return object;
}

QJsonObject ContactJson::interaction(const Interaction& interaction)
{
    QJsonArray participants;
    for (qint64 id : interaction.participantIds)
        participants.append(id);
    return QJsonObject{
        {QStringLiteral("id"), interaction.id},
        {QStringLiteral("at"), dateTime(interaction.occurredAt)},
        {QStringLiteral("channel"), channelKey(interaction.channel)},
        {QStringLiteral("initiator"), initiatorKey(interaction.initiator)},
        {QStringLiteral("summary"), interaction.summary},
        {QStringLiteral("notes"), interaction.notes},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("duration_minutes"),
         interaction.durationMinutes ? QJsonValue(*interaction.durationMinutes) : QJsonValue()},
    };
}

QJsonObject ContactJson::reminder(const Reminder& reminder)
{
    return QJsonObject{
        {QStringLiteral("id"), reminder.id},
        {QStringLiteral("contact_id"), reminder.contactId},
        {QStringLiteral("due"), dateTime(reminder.dueAt)},
        {QStringLiteral("note"), reminder.note},
    };
}

} // namespace kith
