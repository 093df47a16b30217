#include "storage/TagStore.h"

#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kith {

namespace {

Result<QList<qint64>> taggedContacts(const QSqlDatabase& db, qint64 tagId)
{
    return sql::selectIds(db, QStringLiteral("SELECT contact_id FROM contact_tags WHERE tag_id = ?"), {tagId});
}

} // namespace

TagStore::TagStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{}

Status TagStore::validate(const Tag& tag) const
{
    static const QRegularExpression color(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (tag.name.trimmed().isEmpty())
        return Status::failure(tr("A tag needs a name."));
    if (!tag.color.isEmpty() && !color.match(tag.color).hasMatch())
        return Status::failure(tr("\"%1\" is not a colour like #3a7bd5.").arg(tag.color));
    return {};
}

Result<QList<Tag>> TagStore::all() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, color, is_category FROM tags ORDER BY is_category DESC, name COLLATE "
                               "NOCASE")))
        return Result<QList<Tag>>::failure(tr("Cannot read tags."));
    QList<Tag> tags;
    while (q.next())
        tags << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    return tags;
}

Result<QHash<qint64, int>> TagStore::usageCounts() const
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT tag_id, COUNT(*) FROM contact_tags GROUP BY tag_id")); !s)
        return Result<QHash<qint64, int>>::failure(s.error());
    if (auto s = sql::exec(q); !s)
        return Result<QHash<qint64, int>>::failure(s.error());
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<qint64> TagStore::add(const Tag& tag)
{
    if (auto s = validate(tag); !s)
        return Result<qint64>::failure(s.error());
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("INSERT INTO tags (name, color, is_category) VALUES (?, ?, ?)")); !s)
        return Result<qint64>::failure(s.error());
    q.addBindValue(tag.name.trimmed());
    q.addBindValue(tag.color.isEmpty() ? QStringLiteral("#808080") : tag.color);
    q.addBindValue(tag.isCategory);
    if (!q.exec())
        return Result<qint64>::failure(tr("A tag called \"%1\" already exists.").arg(tag.name.trimmed()));
    Q_EMIT tagsChanged();
    return q.lastInsertId().toLongLong();
}

Status TagStore::update(const Tag& tag)
{
    if (auto s = validate(tag); !s)
        return s;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery q(db);
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE tags SET name = ?, color = ?, is_category = ? WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(tag.name.trimmed());
    q.addBindValue(tag.color.isEmpty() ? QStringLiteral("#808080") : tag.color);
    q.addBindValue(tag.isCategory);
    q.addBindValue(tag.id);
    if (!q.exec())
        return Status::failure(tr("A tag called \"%1\" already exists.").arg(tag.name.trimmed()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no tag with id %1.").arg(tag.id));
    auto contacts = taggedContacts(db, tag.id);
    if (!contacts)
        return Status::failure(contacts.error());
    if (auto s = SearchIndex::refresh(db, *contacts); !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT tagsChanged();
    return {};
}

Status TagStore::remove(qint64 id)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    auto contacts = taggedContacts(db, id);
    if (!contacts)
        return Status::failure(contacts.error());
    QSqlQuery q(db);
    if (auto s = sql::prepare(q, QStringLiteral("DELETE FROM tags WHERE id = ?")); !s)
        return s;
    q.addBindValue(id);
    if (auto s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no tag with id %1.").arg(id));
    if (auto s = SearchIndex::refresh(db, *contacts); !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT tagsChanged();
    return {};
}

} // namespace kith
