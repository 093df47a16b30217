#pragma once

#include "reminders/DueItem.h"
#include "reminders/ReminderPreferences.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace kith {

class Clock;
class Database;

// Knows the next due time, arms one timer for it, re-arms when data or preferences change, and
// catches up after sleep or a clock jump (time-zone or DST change) without firing an item twice
// or skipping one. Emits what is due; never touches Widgets.
class ReminderScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderScheduler)

public:
    ReminderScheduler(Database& database, const Clock& clock, QObject* parent = nullptr);

    void setPreferences(const ReminderPreferences& preferences);
    // `lastRun`: when Kith last ran (from settings); items that fell due since then are reported once
    // through missedWhileClosed(). Then arms the timer.
    void start(const QDateTime& lastRun);
    // Data changed (an interaction logged, a reminder added): recompute and re-arm.
    void rearm();
    // Re-check now: the timer fired, or the clock may have jumped (tests call this after moving the clock).
    void check();
    QDateTime nextWakeUp() const;

Q_SIGNALS:
    // Newly due items to pop up now (outside quiet hours; those inside are held and sent when they end).
    void itemsDue(const QList<kith::DueItem>& items);
    // Once at start: what fell due while Kith was not running.
    void missedWhileClosed(const QList<kith::DueItem>& items);

private:
    void onTimeout();
    void arm();
    bool inQuietHours(const QDateTime& at) const;
    QDateTime quietEndAfter(const QDateTime& at) const;

    Database& m_database;
    const Clock& m_clock;
    ReminderPreferences m_preferences;
    QTimer m_timer;
    bool m_started = false;
    QDateTime m_lastChecked; // UTC; what fell due up to here has been looked at
    QDateTime m_nextWakeUp;  // UTC; when the timer is meant to fire
    // DueItem::alertKey() of everything announced (or already due at start), so nothing pops up twice.
    QSet<QString> m_announced;
    QList<DueItem> m_held; // fell due in quiet hours; sent when they end
};

} // namespace kith
