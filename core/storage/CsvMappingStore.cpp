#include "storage/CsvMappingStore.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace kith {

CsvMappingStore::CsvMappingStore(Database& database)
    : m_database(database)
{}

Result<std::optional<CsvColumnMapping>> CsvMappingStore::find(const QStringList& header) const
{
    auto found = find(m_database.connection(), CsvColumnMapping::headerSignature(header));
    if (found && found.value() && found.value()->columns.size() != header.size())
        return std::optional<CsvColumnMapping>();
    return found;
}

Status CsvMappingStore::remember(const QStringList& header, const CsvColumnMapping& mapping, const QDateTime& now)
{
    return remember(m_database.connection(), CsvColumnMapping::headerSignature(header), mapping, now);
}

Result<std::optional<CsvColumnMapping>> CsvMappingStore::find(const QSqlDatabase& db, const QString& signature)
{
    using R = Result<std::optional<CsvColumnMapping>>;
    QSqlQuery q(db);
    if (auto s = sql::execWith(q, QStringLiteral("SELECT mapping FROM csv_mappings WHERE signature = ?"), {signature});
        !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<CsvColumnMapping>();
    return CsvColumnMapping::fromText(q.value(0).toString());
}

Status CsvMappingStore::remember(const QSqlDatabase& db, const QString& signature, const CsvColumnMapping& mapping,
                                 const QDateTime& now)
{
    QSqlQuery q(db);
    return sql::execWith(q,
                         QStringLiteral("INSERT INTO csv_mappings (signature, mapping, updated_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, "
                                        "updated_at = excluded.updated_at"),
                         {signature, mapping.toText(), sql::fromDateTime(now)});
}

} // namespace kith
