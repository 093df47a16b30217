#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kith {

// What can fall due: keeping in touch on cadence, a birthday or anniversary, or a follow-up.
enum class DueKind { Cadence, Birthday, Anniversary, FollowUp };

QString dueKindKey(DueKind kind); // "cadence", "birthday", "anniversary", "followup"
std::optional<DueKind> dueKindFromKey(const QString& key);

// One thing the user should act on, with enough context to say why.
struct DueItem {
    DueKind kind = DueKind::FollowUp;
    qint64 contactId = 0;
    qint64 reminderId = 0; // follow-ups only
    QDateTime due;         // when it fell or falls due (UTC)
    QDate occurrence;      // the date it is about: the birthday this year, the follow-up's date, the touch date
    QString contactName;
    QString reason;   // plain words: "Last talked 45 days ago; every 30 days", "Turns 40 on 12 Dec", the note
    int priority = 0; // the contact's priority (0 none .. 3 high)
    QDateTime lastInteraction;
    bool ahead = false;     // a birthday or anniversary reminded birthdayLeadDays before the day
    QDateTime snoozedUntil; // set when the item is back from a snooze (then `due` is that time)

    // A stable key for this occurrence, so that Done/Snooze/Dismiss and "already shown" can refer to it.
    QString key() const;
    // key() plus which of the occurrence's alerts this is (ahead of the day, on it, back from a snooze):
    // each alert pops up once.
    QString alertKey() const;

    friend bool operator==(const DueItem&, const DueItem&) = default;
};

} // namespace kith
