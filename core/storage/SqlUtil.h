#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small helpers shared by the stores: running statements with readable errors and
// converting the storage representations of times and id lists.
namespace kith::sql {

// Prepares `text` on `query`; fails with the driver's message.
Status prepare(QSqlQuery& query, const QString& text);
// Runs a prepared query; fails with the driver's message.
Status exec(QSqlQuery& query);
// Prepares `text`, binds `values` in order and runs it.
Status execWith(QSqlQuery& query, const QString& text, const QVariantList& values);
// Prepares and runs a statement without parameters.
Status run(const QSqlDatabase& db, const QString& text);

// Runs a query whose first column is an id and returns those ids in order.
Result<QList<qint64>> selectIds(const QSqlDatabase& db, const QString& text, const QVariantList& values);

// Times are stored as ISO 8601 UTC text ("2026-11-28T20:45:05Z"), which sorts correctly.
QVariant fromDateTime(const QDateTime& time);
QDateTime toDateTime(const QVariant& value);
// Id lists are bound as one JSON array, read back with json_each().
QString idListJson(const QList<qint64>& ids);
// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QVariant text(const QString& value);
// A nullable text column.
QVariant nullIfEmpty(const QString& text);

} // namespace kith::sql
