#pragma once

#include "reminders/DueItem.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kith {

// One entry of what the user did with a due item.
struct ReminderHistoryEntry {
    DueKind kind = DueKind::FollowUp;
    qint64 contactId = 0;
    qint64 reminderId = 0;
    QDate occurrence;
    QString action; // "done", "snoozed", "dismissed", "skipped"
    QDateTime at;
    QDateTime snoozedUntil;

    friend bool operator==(const ReminderHistoryEntry&, const ReminderHistoryEntry&) = default;
};

} // namespace kith
