#pragma once

#include "domain/Reminder.h"
#include "domain/Result.h"

#include <QObject>

#include <functional>

namespace kith {

class Clock;
class Database;

// Follow-up reminders: add, mark done (a recurring one moves to its next date), snooze, dismiss,
// reopen, and what is due. Done, snooze, dismiss and skip are recorded in the reminder history.
class ReminderStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderStore)

public:
    explicit ReminderStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<qint64> add(const Reminder& reminder);
    // Adds all or none, in one transaction.
    Result<QList<qint64>> addMany(const QList<Reminder>& reminders);
    Result<Reminder> get(qint64 id) const;
    // Closes the reminder, or, when it recurs, moves it to its next date after now.
    Status markDone(qint64 id);
    // Hides an open reminder until `until` (which must be in the future).
    Status snooze(qint64 id, const QDateTime& until);
    // Closes the reminder without doing it.
    Status dismiss(qint64 id);
    // Passes over this occurrence: a recurring reminder moves to its next date, another is dismissed.
    Status skip(qint64 id);
    // Opens a done or dismissed reminder again.
    Status reopen(qint64 id);
    Status remove(qint64 id);
    // Open reminders of one contact, soonest first.
    Result<QList<Reminder>> openForContact(qint64 contactId) const;
    // Open reminders due at or before `until`, of contacts not in the Trash, soonest first.
    Result<QList<Reminder>> dueBy(const QDateTime& until) const;
    // For writes made while the signal was blocked (one transaction over several stores): tells the views.
    void announceChanged(const QList<qint64>& contactIds);

Q_SIGNALS:
    void remindersChanged(const QList<qint64>& contactIds);

private:
    // Checks that `id` is open; then runs `change` and records `action` in one transaction.
    Status act(qint64 id, const QString& action, const QDateTime& snoozedUntil,
               const std::function<Status(const Reminder&)>& change);
    Status update(const QString& assignments, const QVariantList& values);
    Result<QList<Reminder>> select(const QString& where, const QVariantList& values) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
