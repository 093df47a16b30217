#pragma once

#include "domain/Result.h"
#include "reminders/ReminderHistoryEntry.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace kith {

class Database;

// The history of what the user did with due items (reminder_actions). For cadence, birthdays and
// anniversaries it is also their state: the latest action on an occurrence decides whether it is
// done, dismissed or snoozed. Callers own the transaction and the change signal.
class ReminderActionStore final {
    Q_DISABLE_COPY_MOVE(ReminderActionStore)

public:
    explicit ReminderActionStore(Database& database);

    Status record(const ReminderHistoryEntry& entry);
    // Newest first.
    Result<QList<ReminderHistoryEntry>> history(qint64 contactId) const;
    // Actions matching `where` (bound to `values`), in `orderBy` order: shared with DueStore.
    static Result<QList<ReminderHistoryEntry>> select(const QSqlDatabase& db, const QString& where,
                                                      const QVariantList& values, const QString& orderBy);

private:
    Database& m_database;
};

} // namespace kith
