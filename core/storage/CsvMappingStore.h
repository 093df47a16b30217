#pragma once

#include "domain/Result.h"
#include "io/import/CsvColumnMapping.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace kith {

class Database;

// The column mappings the user chose for generic CSV files, remembered by header (see
// CsvColumnMapping::headerSignature) so that the next file with the same header needs no questions.
// An applied import remembers the mappings its plan used; the mapping page may also call remember().
class CsvMappingStore final {
    Q_DISABLE_COPY_MOVE(CsvMappingStore)

public:
    explicit CsvMappingStore(Database& database);

    // std::nullopt when none is remembered for this header (or it has another number of columns).
    Result<std::optional<CsvColumnMapping>> find(const QStringList& header) const;
    Status remember(const QStringList& header, const CsvColumnMapping& mapping, const QDateTime& now);

    // On a connection, inside the caller's transaction.
    static Result<std::optional<CsvColumnMapping>> find(const QSqlDatabase& db, const QString& signature);
    static Status remember(const QSqlDatabase& db, const QString& signature, const CsvColumnMapping& mapping,
                           const QDateTime& now);

private:
    Database& m_database;
};

} // namespace kith
