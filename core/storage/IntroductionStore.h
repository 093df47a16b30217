#pragma once

#include "domain/Introduction.h"
#include "domain/Reminder.h"
#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QTime>

#include <optional>

namespace kith {

class Clock;
class Database;
class RelationshipStore;
class ReminderStore;

// A need, goal or expertise of one contact, for the suggestions.
struct IntroductionTopicRow {
    qint64 contactId = 0;
    qint64 topicId = 0;
    TopicKind kind = TopicKind::Need;
};

// What deleting an introduction took away, so that it can be put back (undo).
struct RemovedIntroduction {
    Introduction introduction;
    std::optional<Reminder> followUp; // its follow-up reminder, when it was still open (and so deleted too)
};

// Introductions the user made between two contacts, each with its follow-up reminder, and the suggested
// introductions the user dismissed. Every write is one transaction and announces the contacts it touched.
//
// Recording one (add) also sets a follow-up reminder on the contact entered first, "Ask Ada and Byron how
// the introduction went", due a number of days after today (7 unless told), and keeps its id. When an
// introduction becomes accepted and the two have no link of any type yet, they are linked as `knows` with
// the note "Introduced by you on <date>": after an accepted introduction they know each other. (Not
// `introduced-by`: that type says one of the two introduced the other, and here the user did.) The link
// stays if the status changes again: it is the user's to remove. Only undo takes it back, with the write that
// made it (rewrite(), remove() with `unlinkId`).
class IntroductionStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntroductionStore)

public:
    static constexpr int kDefaultFollowUpDays = 7;

    // The follow-up reminder is added through `reminders` and the `knows` link through `relationships`,
    // so that the views following those stores hear of them.
    IntroductionStore(Database& database, const Clock& clock, ReminderStore& reminders,
                      RelationshipStore& relationships, QObject* parent = nullptr);

    // Records that the user introduced `firstId` and `secondId` (either order; stored low id first) on
    // `introducedOn`, with the reason, topic, status and outcome given, and a follow-up reminder on `firstId`
    // due `followUpDays` after today at `followUpTime` (local), none for 0 days. Refuses the same person
    // twice, an unknown or trashed contact, an unknown topic, a missing or future date, a pair already
    // introduced and a negative number of days; nothing is written then. Returns the introduction's id, and in
    // `madeLinkId` (when given, for undo) the id of the `knows` link recording it as accepted made (0: none).
    Result<qint64> add(const Introduction& introduction, int followUpDays = kDefaultFollowUpDays,
                       QTime followUpTime = QTime(9, 0), qint64* madeLinkId = nullptr);
    // Writes the reason, topic, date, status and outcome of `introduction.id` (the pair cannot change).
    Status update(const Introduction& introduction);
    // update() for undo and redo: in the same transaction, first deletes the `knows` link `unlinkId` that an
    // earlier write made (0: none; one deleted since is no error). Returns the id of the `knows` link this write
    // made (0: none).
    Result<qint64> rewrite(const Introduction& introduction, qint64 unlinkId = 0);
    Status setStatus(qint64 id, IntroductionStatus status);
    Status setOutcome(qint64 id, const QString& outcome);
    // Deletes the introduction and its follow-up reminder if that is still open (a done one stays, as history).
    // Undoing add(): in the same transaction, also deletes the `knows` link `unlinkId` that recording it made (0:
    // none; one deleted since is no error). Any other link of the pair stays.
    Result<RemovedIntroduction> remove(qint64 id, qint64 unlinkId = 0);
    // Puts back what remove() took away, with its id; the follow-up reminder comes back with a new id.
    Status restore(const RemovedIntroduction& removed);
    // restore() for redoing add() after its undo: also links the pair as `knows` again, as add() does, when the
    // introduction is accepted and the two have no link. Returns the id of that link (0: none).
    Result<qint64> recordAgain(const RemovedIntroduction& removed);

    Result<Introduction> get(qint64 id) const;
    // Introductions between contacts not in the Trash, newest first.
    Result<QList<Introduction>> all() const;
    // The contact's introductions (to contacts not in the Trash), newest first.
    Result<QList<Introduction>> forContact(qint64 contactId) const;
    Result<int> count() const;

    // The reads behind IntroductionSuggester. Every need, goal and expertise of the contacts in touch (not in
    // the Trash, and an interaction logged with them or in a circle), by topic.
    Result<QList<IntroductionTopicRow>> suggestionTopics() const;
    // For each pair, in order: true when it is out of the suggestions because the two are linked (any type,
    // either way round), already introduced, or dismissed.
    Result<QList<bool>> excludedPairs(const QList<std::pair<qint64, qint64>>& pairs) const;
    Result<QHash<qint64, QString>> topicNames(const QList<qint64>& topicIds) const;

    // Remembers that the user does not want to introduce these two, so that it is not suggested again.
    Status dismissSuggestion(qint64 contactId, qint64 otherId);
    // Forgets such a dismissal (undo).
    Status undismissSuggestion(qint64 contactId, qint64 otherId);

    // "Ask Ada and Byron how the introduction went"
    static QString followUpNote(const QString& firstName, const QString& secondName);

Q_SIGNALS:
    // After every committed change (dismissals included), with the two contacts of each introduction touched.
    void introductionsChanged(const QList<qint64>& contactIds);

private:
    Result<QList<Introduction>> select(const QString& where, const QVariantList& values) const;
    // Validates the fields every write shares: the date and the topic.
    Status checkFields(const Introduction& introduction) const;
    // Links the pair as `knows` when it has no link yet; the new link's id, or 0.
    Result<qint64> linkIfUnlinked(const Introduction& introduction);
    // Deletes the link an earlier write made, for undo (0: none; gone already is no error). In a transaction.
    Status unlink(qint64 linkId);
    // restore(), and when `link`, linkIfUnlinked() for an accepted one, in one transaction; the link's id, or 0.
    Result<qint64> putBack(const RemovedIntroduction& removed, bool link);

    Database& m_database;
    const Clock& m_clock;
    ReminderStore& m_reminders;
    RelationshipStore& m_relationships;
};

} // namespace kith
