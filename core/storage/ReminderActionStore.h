#pragma once

#include "domain/Result.h"
#include "reminders/ReminderHistoryEntry.h"

#include <QList>

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

private:
    Database& m_database;
};

} // namespace kith
