#pragma once

#include "domain/Result.h"
#include "reminders/DueItem.h"
#include "reminders/ReminderHistoryEntry.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace kith {

class Clock;
class Database;
class ReminderStore;

// What the user can do with any due item, whatever its kind: Done, Snooze, Dismiss, and for a
// cadence "Skip this time" (counts as touched now without an interaction). Follow-ups go through the
// reminder store (a recurring one moves to its next date); the others are remembered per occurrence.
// Every action is recorded in the history.
class ReminderActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderActions)

public:
    ReminderActions(Database& database, const Clock& clock, QObject* parent = nullptr);

    Status done(const DueItem& item);
    Status snooze(const DueItem& item, const QDateTime& until);
    Status dismiss(const DueItem& item);
    Status skip(const DueItem& item);
    Result<QList<ReminderHistoryEntry>> history(qint64 contactId) const;

Q_SIGNALS:
    void changed(const QList<qint64>& contactIds);

private:
    Status followUp(const DueItem& item, const std::function<Status(ReminderStore&, qint64)>& action);
    Status record(const DueItem& item, const QString& action, const QDateTime& snoozedUntil);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
