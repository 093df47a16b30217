#include "storage/SearchIndex.h"

#include "storage/SqlUtil.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace kith {

namespace {

// Phones are indexed as written and as bare digits, so "0207" finds "020 7946 0958".
const QString kFillSelect = QStringLiteral(R"(
    INSERT INTO contacts_fts (rowid, name, organization, emails, phones, tags, notes)
    SELECT c.id,
           c.display_name || ' ' || c.prefix || ' ' || c.given || ' ' || c.additional || ' ' || c.family || ' ' ||
               c.suffix || ' ' || c.nickname,
           c.organization || ' ' || c.title,
           (SELECT group_concat(f.value, ' ') FROM contact_fields f
             WHERE f.contact_id = c.id AND f.kind = 'email'),
           (SELECT group_concat(f.value || ' ' ||
                   replace(replace(replace(replace(replace(replace(f.value, ' ', ''), '-', ''), '(', ''), ')', ''),
                           '.', ''), '+', ''), ' ')
              FROM contact_fields f WHERE f.contact_id = c.id AND f.kind = 'phone'),
           (SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
             WHERE ct.contact_id = c.id),
           c.notes || ' ' || c.how_met || ' ' || c.where_met
      FROM contacts c)");

} // namespace

Status SearchIndex::refresh(const QSqlDatabase& db, const QList<qint64>& contactIds)
{
    if (contactIds.isEmpty())
        return {};
    const QString ids = sql::idListJson(contactIds);
    QSqlQuery remove(db);
    if (auto s = sql::prepare(
            remove, QStringLiteral("DELETE FROM contacts_fts WHERE rowid IN (SELECT value FROM json_each(?))"));
        !s)
        return s;
    remove.addBindValue(ids);
    if (auto s = sql::exec(remove); !s)
        return s;
    QSqlQuery fill(db);
    if (auto s = sql::prepare(fill, kFillSelect + QStringLiteral(" WHERE c.id IN (SELECT value FROM json_each(?))"));
        !s)
        return s;
    fill.addBindValue(ids);
    return sql::exec(fill);
}

Status SearchIndex::add(const QSqlDatabase& db, const QList<qint64>& contactIds)
{
    if (contactIds.isEmpty())
        return {};
    QSqlQuery fill(db);
    if (auto s = sql::prepare(fill, kFillSelect + QStringLiteral(" WHERE c.id IN (SELECT value FROM json_each(?))"));
        !s)
        return s;
    fill.addBindValue(sql::idListJson(contactIds));
    return sql::exec(fill);
}

Status SearchIndex::rebuild(const QSqlDatabase& db)
{
    if (auto s = sql::run(db, QStringLiteral("DELETE FROM contacts_fts")); !s)
        return s;
    return sql::run(db, kFillSelect);
}

QString SearchIndex::matchExpression(const QString& userText)
{
    static const QRegularExpression searchable(QStringLiteral("[\\p{L}\\p{N}]"));
    QStringList terms;
    const QStringList words = userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (!word.contains(searchable))
            continue;
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace kith
