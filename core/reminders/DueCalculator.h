#pragma once

#include "domain/Result.h"
#include "reminders/DueItem.h"
#include "reminders/ReminderPreferences.h"

#include <QDateTime>

#include <optional>

namespace kith {

class Database;

// Works out, from the stores, everything that is due: contacts past their keep-in-touch cadence
// (last interaction + the contact's cadence, else its circle's), birthdays and anniversaries
// (N days before and on the day, 29 February on 28 February in common years), and open follow-ups,
// leaving out what was snoozed past `at`, done or dismissed for that occurrence, or skipped.
class DueCalculator final {
public:
    DueCalculator(Database& database, ReminderPreferences preferences);

    // Everything due at or before `at`, most overdue first, then by priority.
    Result<QList<DueItem>> dueAt(const QDateTime& at) const;
    // What the due list shows at `now` and, after it, what falls due until `until` (the rest of the
    // week, say): reasons and visibility are as of `now`, not as of `until`.
    Result<QList<DueItem>> dueThrough(const QDateTime& now, const QDateTime& until) const;
    // The items that fall due in (from, to]: what a timer waking at `to` must announce.
    Result<QList<DueItem>> dueBetween(const QDateTime& from, const QDateTime& to) const;
    // The first moment after `after` at which something new falls due, if any.
    Result<std::optional<QDateTime>> nextDueAfter(const QDateTime& after) const;

private:
    // Visible: what shows in the due list at `reference` and comes due until `to`. Window: what fell
    // due in (from, to], with `reference` = `to`. Reasons ("in 3 days", "45 days ago") count from
    // `reference`.
    enum class Mode { Visible, Window };
    struct Span {
        QDateTime from;
        QDateTime to;
        QDateTime reference;
        Mode mode = Mode::Visible;
    };
    Result<QList<DueItem>> collect(const Span& span) const;
    Status collectCadence(const Span& span, QList<DueItem>& out) const;
    Status collectDates(DueKind kind, const Span& span, QList<DueItem>& out) const;
    Status collectFollowUps(const Span& span, QList<DueItem>& out) const;
    Result<std::optional<QDateTime>> nextCadenceAfter(const QDateTime& after) const;
    Result<std::optional<QDateTime>> nextDateAfter(DueKind kind, const QDateTime& after) const;

    Database& m_database;
    ReminderPreferences m_preferences;
};

} // namespace kith
