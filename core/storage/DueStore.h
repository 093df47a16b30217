#pragma once

#include "domain/Reminder.h"
#include "domain/Result.h"
#include "reminders/DueItem.h"
#include "reminders/ReminderHistoryEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace kith {

class Database;

// The set-based reads behind the due list (DueCalculator): a few queries over the whole network,
// each served by an index, instead of one per contact. Contacts in the Trash never appear.
class DueStore final {
    Q_DISABLE_COPY_MOVE(DueStore)

public:
    struct ContactRow {
        qint64 id = 0;
        QString name;
        int priority = 0;
        QDateTime lastInteraction;
        QDateTime createdAt;
        int cadenceDays = 0; // the contact's own, else its circle's (cadence queries only)
        QString date;        // the birthday or anniversary as stored (date queries only)
    };
    struct FollowUpRow {
        Reminder reminder;
        QString name;
        int priority = 0;
        QDateTime lastInteraction;
    };

    explicit DueStore(Database& database);

    // Contacts sharing a keep-in-touch cadence: a circle's members without one of their own (circle
    // set), or the contacts whose own cadence is `days` (circle empty).
    struct CadenceGroup {
        QString circle;
        int days = 0;
    };
    Result<QList<CadenceGroup>> cadenceGroups() const;
    // Contacts whose last touch (last interaction, else when they were added) is at least their
    // cadence before `at`: a range search per group in an index, not a scan of every contact.
    Result<QList<ContactRow>> cadenceTouchedBy(const QList<CadenceGroup>& groups, const QDateTime& at) const;
    // Per group, the first time after `after` at which one of its contacts falls due by its last touch.
    Result<QList<QDateTime>> nextCadenceDues(const QList<CadenceGroup>& groups, const QDateTime& after) const;
    // Contacts whose birthday (kind Birthday) or anniversary (Anniversary) falls on one of `monthDays` ("MM-DD").
    Result<QList<ContactRow>> datesOn(DueKind kind, const QStringList& monthDays) const;
    // Open follow-ups (neither done nor dismissed) due at or before `until` and not snoozed past it.
    Result<QList<FollowUpRow>> followUpsDueBy(const QDateTime& until) const;
    // The earliest moment after `after` at which an open follow-up falls due or comes back from a snooze.
    Result<std::optional<QDateTime>> nextFollowUpAfter(const QDateTime& after) const;
    // Actions on cadence items made after `since` or snoozed past it, oldest first.
    Result<QList<ReminderHistoryEntry>> cadenceActions(const QDateTime& since) const;
    // Actions on birthdays (or anniversaries) for occurrences from `from` to `to`, or snoozed past
    // `snoozedPast`, oldest first.
    Result<QList<ReminderHistoryEntry>> dateActions(DueKind kind, const QDate& from, const QDate& to,
                                                    const QDateTime& snoozedPast) const;

private:
    Result<QList<ReminderHistoryEntry>> actions(const QString& where, const QVariantList& values) const;

    Database& m_database;
};

} // namespace kith
