#include "reminders/ReminderScheduler.h"

#include "domain/Clock.h"
#include "reminders/DueCalculator.h"
#include "storage/Database.h"

#include <QtDebug>

namespace kith {

namespace {

// The longest sleep between checks: the timer runs on monotonic time, so a wall-clock jump, a
// time-zone change or a suspended machine is noticed within this.
constexpr qint64 kMaxSleepMs = 60 * 60 * 1000;
// A wake-up further than this from its planned wall-clock time means the clock jumped (or the machine slept).
constexpr qint64 kJumpToleranceMs = 2 * 60 * 1000;

} // namespace

ReminderScheduler::ReminderScheduler(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::onTimeout);
}

void ReminderScheduler::setPreferences(const ReminderPreferences& preferences)
{
    if (preferences == m_preferences)
        return;
    m_preferences = preferences;
    if (m_started)
        check();
}

void ReminderScheduler::start(const QDateTime& lastRun)
{
    if (m_started) {
        check();
        return;
    }
    m_started = true;
    const QDateTime now = m_clock.now().toUTC();
    const DueCalculator calculator(m_database, m_preferences);
    // What is due now was either seen in an earlier run or is reported as missed: none of it pops up again.
    const auto current = calculator.dueAt(now);
    if (!current)
        qWarning("Reminders: %s", qPrintable(current.error()));
    else
        for (const DueItem& item : *current)
            m_announced.insert(item.alertKey());
    QList<DueItem> missed;
    if (lastRun.isValid() && lastRun.toUTC() < now) {
        auto between = calculator.dueBetween(lastRun.toUTC(), now);
        if (!between)
            qWarning("Reminders: %s", qPrintable(between.error()));
        else
            missed = std::move(between).value();
    }
    for (const DueItem& item : std::as_const(missed))
        m_announced.insert(item.alertKey());
    m_lastChecked = now;
    if (!missed.isEmpty())
        Q_EMIT missedWhileClosed(missed);
    arm();
}

void ReminderScheduler::rearm()
{
    if (m_started)
        check();
}

void ReminderScheduler::check()
{
    if (!m_started) {
        start({});
        return;
    }
    const QDateTime now = m_clock.now().toUTC();
    // The clock went back: look from here on; the announced keys keep what was shown from showing again.
    if (now < m_lastChecked)
        m_lastChecked = now;
    const DueCalculator calculator(m_database, m_preferences);
    // Both what fell due since the last check (even if no longer shown, such as a birthday whose day
    // passed while the machine slept) and everything due now that was never announced (an item whose
    // local-time due moment moved before the last check when the time zone changed).
    const auto between = calculator.dueBetween(m_lastChecked, now);
    const auto current = calculator.dueAt(now);
    if (!between || !current) {
        qWarning("Reminders: %s", qPrintable(!between ? between.error() : current.error()));
        arm();
        return;
    }
    QList<DueItem> fresh;
    for (const QList<DueItem>* list : {&between.value(), &current.value()}) {
        for (const DueItem& item : *list) {
            const QString key = item.alertKey();
            if (m_announced.contains(key))
                continue;
            m_announced.insert(key);
            fresh << item;
        }
    }
    m_lastChecked = now;

    if (inQuietHours(now)) {
        m_held << fresh;
    } else {
        QList<DueItem> out;
        if (!m_held.isEmpty()) {
            // Held items that were done, dismissed or snoozed meanwhile are no longer news.
            QSet<QString> stillDue;
            for (const DueItem& item : *current)
                stillDue.insert(item.key());
            for (const DueItem& item : std::as_const(m_held)) {
                if (stillDue.contains(item.key()))
                    out << item;
            }
            m_held.clear();
        }
        out << fresh;
        if (!out.isEmpty())
            Q_EMIT itemsDue(out);
    }
    arm();
}

QDateTime ReminderScheduler::nextWakeUp() const
{
    return m_nextWakeUp;
}

void ReminderScheduler::onTimeout()
{
    const QDateTime now = m_clock.now().toUTC();
    if (m_nextWakeUp.isValid() && qAbs(m_nextWakeUp.msecsTo(now)) > kJumpToleranceMs) {
        // Slept through, or the wall clock was set: check() compares against the last check, not the
        // plan, and the announced keys keep a clock set back from repeating anything.
        qInfo("Reminders: the clock moved by %lld s against the plan; catching up",
              static_cast<long long>(m_nextWakeUp.secsTo(now)));
    }
    check();
}

void ReminderScheduler::arm()
{
    const QDateTime now = m_clock.now().toUTC();
    QDateTime target = now.addMSecs(kMaxSleepMs);
    const auto next = DueCalculator(m_database, m_preferences).nextDueAfter(now);
    if (!next)
        qWarning("Reminders: %s", qPrintable(next.error()));
    else if (next->has_value() && **next < target)
        target = **next;
    if (!m_held.isEmpty()) {
        const QDateTime quietEnd = quietEndAfter(now);
        if (quietEnd.isValid() && quietEnd < target)
            target = quietEnd;
    }
    m_nextWakeUp = target;
    m_timer.start(int(std::clamp<qint64>(now.msecsTo(target), 0, kMaxSleepMs)));
}

bool ReminderScheduler::inQuietHours(const QDateTime& at) const
{
    if (!m_preferences.quietHoursEnabled || m_preferences.quietStart == m_preferences.quietEnd)
        return false;
    const QTime t = at.toLocalTime().time();
    const QTime& start = m_preferences.quietStart;
    const QTime& end = m_preferences.quietEnd;
    if (start < end)
        return t >= start && t < end;
    return t >= start || t < end; // wraps past midnight
}

QDateTime ReminderScheduler::quietEndAfter(const QDateTime& at) const
{
    if (!m_preferences.quietHoursEnabled)
        return {};
    const QDate today = at.toLocalTime().date();
    for (int day = 0; day <= 2; ++day) {
        QDateTime end(today.addDays(day), m_preferences.quietEnd, Qt::LocalTime);
        if (!end.isValid())
            end = QDateTime(today.addDays(day), m_preferences.quietEnd.addSecs(3600), Qt::LocalTime);
        if (end.toUTC() > at)
            return end.toUTC();
    }
    return {};
}

} // namespace kith
