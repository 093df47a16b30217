#pragma once

#include <QDateTime>
#include <QString>

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

} // namespace kith
