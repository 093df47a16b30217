#include "io/import/ContactSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

namespace {

QJsonArray labeled(const QList<LabeledValue>& values)
{
    QJsonArray array;
    for (const LabeledValue& v : values)
        array.append(QJsonArray{v.label, v.value});
    return array;
}

QList<LabeledValue> labeled(const QJsonValue& value)
{
    QList<LabeledValue> list;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        list.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return list;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString ContactSnapshot::toText(const Contact& c)
{
    QJsonArray addresses;
    for (const PostalAddress& a : c.addresses)
        addresses.append(
            QJsonArray{a.label, a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country});
    QJsonObject o{
        {QStringLiteral("uid"), c.uid},
        {QStringLiteral("prefix"), c.prefix},
        {QStringLiteral("given"), c.given},
        {QStringLiteral("additional"), c.additional},
        {QStringLiteral("family"), c.family},
        {QStringLiteral("suffix"), c.suffix},
        {QStringLiteral("displayName"), c.displayName},
        {QStringLiteral("nickname"), c.nickname},
        {QStringLiteral("organization"), c.organization},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("emails"), labeled(c.emails)},
        {QStringLiteral("phones"), labeled(c.phones)},
        {QStringLiteral("addresses"), addresses},
        {QStringLiteral("urls"), labeled(c.urls)},
        {QStringLiteral("socialProfiles"), labeled(c.socialProfiles)},
        {QStringLiteral("birthday"), c.birthday.toIsoString()},
        {QStringLiteral("anniversary"), c.anniversary.toIsoString()},
        {QStringLiteral("circle"), c.circle},
        {QStringLiteral("cadenceDays"), c.cadenceDays ? QJsonValue(*c.cadenceDays) : QJsonValue()},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("priority"), int(c.priority)},
        {QStringLiteral("howMet"), c.howMet},
        {QStringLiteral("whereMet"), c.whereMet},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("hadPhoto"), !c.photo.isEmpty()},
        {QStringLiteral("vcardExtras"), QJsonArray::fromStringList(c.vcardExtras)},
        {QStringLiteral("updatedAt"), c.updatedAt.toUTC().toString(Qt::ISODate)},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Contact> ContactSnapshot::fromText(const QString& text, bool* hadPhoto)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    Contact c;
    c.uid = o.value(QStringLiteral("uid")).toString();
    c.prefix = o.value(QStringLiteral("prefix")).toString();
    c.given = o.value(QStringLiteral("given")).toString();
    c.additional = o.value(QStringLiteral("additional")).toString();
    c.family = o.value(QStringLiteral("family")).toString();
    c.suffix = o.value(QStringLiteral("suffix")).toString();
    c.displayName = o.value(QStringLiteral("displayName")).toString();
    c.nickname = o.value(QStringLiteral("nickname")).toString();
    c.organization = o.value(QStringLiteral("organization")).toString();
    c.title = o.value(QStringLiteral("title")).toString();
    c.emails = labeled(o.value(QStringLiteral("emails")));
    c.phones = labeled(o.value(QStringLiteral("phones")));
    for (const QJsonValue& item : o.value(QStringLiteral("addresses")).toArray()) {
        const QJsonArray a = item.toArray();
        c.addresses.append({a.at(0).toString(), a.at(1).toString(), a.at(2).toString(), a.at(3).toString(),
                            a.at(4).toString(), a.at(5).toString(), a.at(6).toString(), a.at(7).toString()});
    }
    c.urls = labeled(o.value(QStringLiteral("urls")));
    c.socialProfiles = labeled(o.value(QStringLiteral("socialProfiles")));
    c.birthday = PartialDate::fromIsoString(o.value(QStringLiteral("birthday")).toString()).value_or(PartialDate{});
    c.anniversary =
        PartialDate::fromIsoString(o.value(QStringLiteral("anniversary")).toString()).value_or(PartialDate{});
    c.circle = o.value(QStringLiteral("circle")).toString();
    if (const QJsonValue cadence = o.value(QStringLiteral("cadenceDays")); cadence.isDouble())
        c.cadenceDays = cadence.toInt();
    c.tags = strings(o.value(QStringLiteral("tags")));
    c.priority = Priority(o.value(QStringLiteral("priority")).toInt());
    c.howMet = o.value(QStringLiteral("howMet")).toString();
    c.whereMet = o.value(QStringLiteral("whereMet")).toString();
    c.notes = o.value(QStringLiteral("notes")).toString();
    c.vcardExtras = strings(o.value(QStringLiteral("vcardExtras")));
    c.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODate);
    if (hadPhoto)
        *hadPhoto = o.value(QStringLiteral("hadPhoto")).toBool();
    return c;
}

} // namespace kith
