#include "storage/NetworkGraphStore.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace kith {

NetworkGraphStore::NetworkGraphStore(Database& database)
    : m_database(database)
{}

Result<QList<GraphContact>> NetworkGraphStore::contacts() const
{
    using R = Result<QList<GraphContact>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT id, sort_name, coalesce(circle, '') FROM contacts WHERE "
                                              "deleted_at IS NULL ORDER BY id"),
                               {});
        !s)
        return R::failure(s.error());
    QList<GraphContact> contacts;
    while (q.next())
        contacts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return contacts;
}

Result<QSet<qint64>> NetworkGraphStore::withTag(qint64 tagId) const
{
    return idSet(QStringLiteral("SELECT ct.contact_id FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id "
                                "WHERE ct.tag_id = ? AND c.deleted_at IS NULL"),
                 {tagId});
}

Result<QSet<qint64>> NetworkGraphStore::withTopic(const QString& name) const
{
    // topics.name compares without case (COLLATE NOCASE in schema 7).
    return idSet(QStringLiteral("SELECT DISTINCT ct.contact_id FROM contact_topics ct JOIN topics t ON t.id = "
                                "ct.topic_id JOIN contacts c ON c.id = ct.contact_id WHERE t.name = ? AND "
                                "c.deleted_at IS NULL"),
                 {sql::text(name.simplified())});
}

Result<QSet<qint64>> NetworkGraphStore::idSet(const QString& text, const QVariantList& values) const
{
    auto ids = sql::selectIds(m_database.connection(), text, values);
    if (!ids)
        return Result<QSet<qint64>>::failure(ids.error());
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

} // namespace kith
