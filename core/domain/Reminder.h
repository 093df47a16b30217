#pragma once

#include <QDateTime>
#include <QString>

namespace kith {

// A follow-up the user asked for: see this person about this, on that date.
struct Reminder {
    qint64 id = 0;
    qint64 contactId = 0;
    QDateTime dueAt; // UTC
    QString note;
    QDateTime doneAt; // null while open
    QDateTime createdAt;

    bool isOpen() const { return doneAt.isNull(); }

    friend bool operator==(const Reminder&, const Reminder&) = default;
};

} // namespace kith
