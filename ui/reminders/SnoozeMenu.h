#pragma once

#include <QMenu>
#include <QTime>

namespace kith {

class Clock;

// "Snooze ▸ 1 hour / Tomorrow / Next week (/ Custom…)": the same choices in the tray and the due view.
class SnoozeMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnoozeMenu)

public:
    enum class Choice { OneHour, Tomorrow, NextWeek };

    // `withCustom` adds "Custom…", which asks for a date and time (not from the tray: no window to own it).
    SnoozeMenu(const Clock& clock, bool withCustom, QWidget* parent = nullptr);

    // Tomorrow and next week mean this time of day (the date reminder time).
    void setMorning(QTime morning) { m_morning = morning; }
    static QDateTime until(Choice choice, const QDateTime& now, QTime morning);

Q_SIGNALS:
    void snoozeChosen(const QDateTime& until);

private:
    void chooseCustom();

    const Clock& m_clock;
    QTime m_morning{9, 0};
};

} // namespace kith
