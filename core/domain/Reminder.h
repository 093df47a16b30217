#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kith {

enum class RecurrenceUnit { None, Days, Weeks, Months, Years };

// How a follow-up repeats: every `interval` units after its due date.
struct Recurrence {
    RecurrenceUnit unit = RecurrenceUnit::None;
    int interval = 1;

    bool isRecurring() const { return unit != RecurrenceUnit::None; }
    friend bool operator==(const Recurrence&, const Recurrence&) = default;
};

// A follow-up the user asked for: see this person about this, on that date.
struct Reminder {
    qint64 id = 0;
    qint64 contactId = 0;
    QDateTime dueAt; // UTC
    QString note;
    QDateTime doneAt; // null while open
    QDateTime createdAt;
    Recurrence recurrence;
    QDateTime snoozedUntil; // hidden until then (UTC), null when not snoozed
    QDateTime dismissedAt;  // dismissed without being done

    bool isOpen() const { return doneAt.isNull() && dismissedAt.isNull(); }

    friend bool operator==(const Reminder&, const Reminder&) = default;
};

QString recurrenceUnitKey(RecurrenceUnit unit); // "", "days", "weeks", "months", "years"
std::optional<RecurrenceUnit> recurrenceUnitFromKey(const QString& key);
// The first time after `after` that is `from` moved on by whole intervals. Steps are taken in local
// wall-clock time (a 09:00 follow-up stays at 09:00 across a DST change) and counted from `from`, so
// months and years clamp to the month's end: 31 January + 1 month = 28 (or 29) February.
// A non-recurring `recurrence` gives a null QDateTime.
QDateTime nextOccurrence(const Recurrence& recurrence, const QDateTime& from, const QDateTime& after);

} // namespace kith
