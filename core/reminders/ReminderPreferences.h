#pragma once

#include <QTime>

namespace kith {

// The user's choices that shape what is due and when it may pop up.
struct ReminderPreferences {
    int birthdayLeadDays = 3;     // remind this many days before a birthday or anniversary (and on the day)
    QTime dateReminderTime{9, 0}; // local time at which date reminders fall due
    bool quietHoursEnabled = false;
    QTime quietStart{22, 0}; // local; the window may wrap past midnight
    QTime quietEnd{7, 0};

    friend bool operator==(const ReminderPreferences&, const ReminderPreferences&) = default;
};

} // namespace kith
