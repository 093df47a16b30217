#include "storage/ImportMatchSource.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace kith {

namespace {

constexpr int kFetchChunk = 2000; // ids bound per statement

} // namespace

ImportMatchSource::ImportMatchSource(const QSqlDatabase& db)
    : m_db(db)
{}

Status ImportMatchSource::forEachContact(const std::function<void(const ContactRow&)>& visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT id, uid, given, family, display_name, organization, birthday, "
                                              "deleted_at IS NOT NULL FROM contacts"),
                               {});
        !s)
        return s;
    ContactRow row;
    while (q.next()) {
        row.id = q.value(0).toLongLong();
        row.uid = q.value(1).toString();
        row.given = q.value(2).toString();
        row.family = q.value(3).toString();
        row.displayName = q.value(4).toString();
        row.organization = q.value(5).toString();
        row.birthday = q.value(6).toString();
        row.trashed = q.value(7).toBool();
        visit(row);
    }
    return {};
}

Status ImportMatchSource::forEachField(const std::function<void(const FieldRow&)>& visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q, QStringLiteral("SELECT contact_id, kind, value, normalized FROM contact_fields"), {});
        !s)
        return s;
    FieldRow row;
    while (q.next()) {
        row.contactId = q.value(0).toLongLong();
        row.kind = q.value(1).toString();
        row.value = q.value(2).toString();
        row.normalized = q.value(3).toString();
        visit(row);
    }
    return {};
}

Status ImportMatchSource::forEachCity(const std::function<void(qint64 contactId, const QString& city)>& visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto s = sql::execWith(
            q, QStringLiteral("SELECT contact_id, locality FROM contact_addresses WHERE locality <> ''"), {});
        !s)
        return s;
    while (q.next())
        visit(q.value(0).toLongLong(), q.value(1).toString());
    return {};
}

Result<QHash<qint64, Contact>> ImportMatchSource::singleValues(const QList<qint64>& ids) const
{
    using R = Result<QHash<qint64, Contact>>;
    QHash<qint64, Contact> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT id, prefix, given, additional, family, suffix, display_name, "
                                                "nickname, organization, title, birthday, anniversary, how_met, "
                                                "where_met, notes, photo FROM contacts WHERE id IN (SELECT value FROM "
                                                "json_each(?))"));
        !s)
        return R::failure(s.error());
    for (qsizetype from = 0; from < ids.size(); from += kFetchChunk) {
        q.addBindValue(sql::idListJson(ids.mid(from, kFetchChunk)));
        if (auto s = sql::exec(q); !s)
            return R::failure(s.error());
        while (q.next()) {
            Contact c;
            c.id = q.value(0).toLongLong();
            c.prefix = q.value(1).toString();
            c.given = q.value(2).toString();
            c.additional = q.value(3).toString();
            c.family = q.value(4).toString();
            c.suffix = q.value(5).toString();
            c.displayName = q.value(6).toString();
            c.nickname = q.value(7).toString();
            c.organization = q.value(8).toString();
            c.title = q.value(9).toString();
            c.birthday = PartialDate::fromIsoString(q.value(10).toString()).value_or(PartialDate{});
            c.anniversary = PartialDate::fromIsoString(q.value(11).toString()).value_or(PartialDate{});
            c.howMet = q.value(12).toString();
            c.whereMet = q.value(13).toString();
            c.notes = q.value(14).toString();
            c.photo = q.value(15).toByteArray();
            result.insert(c.id, std::move(c));
        }
    }
    return result;
}

} // namespace kith
