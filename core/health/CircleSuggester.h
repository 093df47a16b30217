#pragma once

#include "domain/Result.h"
#include "health/CircleSuggestion.h"
#include "health/HealthBreakdown.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

namespace kith {

class ContactStore;
class Database;

// Compares the circle each contact's behaviour implies (Dunbar-style layers by S) with the one the
// user set, leaving out suggestions the user ignored.
class CircleSuggester final {
public:
    explicit CircleSuggester(Database& database);

    // Only clear mismatches (two rings or more), the clearest first (docs/health.md).
    Result<QList<CircleSuggestion>> suggestions(const QDate& at) const;

    // The same on data already loaded; `ignored` holds (contact id, suggested circle key) pairs.
    static QList<CircleSuggestion> suggest(const HealthHistory& history, const QHash<qint64, HealthScore>& scores,
                                           const QSet<QPair<qint64, QString>>& ignored, const QDate& at);
    // A sentence for the user: "Ada behaves like someone in your Acquaintance circle but is in your
    // Inner circle." (translated).
    static QString reason(const CircleSuggestion& suggestion);

    // Accepting moves the contact into the suggested circle through the contact store (so that
    // views hear of it); ignoring is remembered by HealthStore::ignoreSuggestion.
    static Status accept(ContactStore& contacts, const CircleSuggestion& suggestion);

private:
    Database& m_database;
};

} // namespace kith
