#pragma once

#include <QDateTime>
#include <QString>

namespace kith {

// What the contacts table shows for one row: cheap to load a page at a time.
struct ContactSummary {
    qint64 id = 0;
    QString name;
    QString organization;
    QString circle; // the circle's display name
    QString tags;   // comma-separated
    QDateTime lastInteraction;
    QDateTime nextReminder;
};

} // namespace kith
