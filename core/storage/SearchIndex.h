#pragma once

#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kith {

// The FTS5 index over contacts (name, organisation, emails, phones, tags, notes).
// Stores call refresh() inside their own transaction whenever indexed text changes.
class SearchIndex final {
public:
    static Status refresh(const QSqlDatabase& db, const QList<qint64>& contactIds);
    // For contacts just added (not indexed yet): inserts their rows without looking for old ones.
    static Status add(const QSqlDatabase& db, const QList<qint64>& contactIds);
    static Status rebuild(const QSqlDatabase& db);
    // Turns what a user types into an FTS5 query: every word must match as a prefix.
    // Returns an empty string when the text holds nothing searchable.
    static QString matchExpression(const QString& userText);
};

} // namespace kith
