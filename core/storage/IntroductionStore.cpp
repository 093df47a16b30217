#include "storage/IntroductionStore.h"

#include "domain/Clock.h"
#include "domain/Relationship.h"
#include "storage/Database.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace kith {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.first_id, i.second_id, i.topic_id, i.reason, i.introduced_on, i.status, i.outcome, "
    "i.follow_up_reminder_id, i.created_at, i.updated_at, a.sort_name, b.sort_name, coalesce(t.name, '') "
    "FROM introductions i JOIN contacts a ON a.id = i.first_id JOIN contacts b ON b.id = i.second_id "
    "LEFT JOIN topics t ON t.id = i.topic_id ");

Introduction fromRow(const QSqlQuery& q)
{
    Introduction i;
    i.id = q.value(0).toLongLong();
    i.firstId = q.value(1).toLongLong();
    i.secondId = q.value(2).toLongLong();
    i.topicId = q.value(3).toLongLong();
    i.reason = q.value(4).toString();
    i.introducedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    i.status = introductionStatusFromKey(q.value(6).toString()).value_or(IntroductionStatus::Asked);
    i.outcome = q.value(7).toString();
    i.followUpReminderId = q.value(8).toLongLong();
    i.createdAt = sql::toDateTime(q.value(9));
    i.updatedAt = sql::toDateTime(q.value(10));
    i.firstName = q.value(11).toString();
    i.secondName = q.value(12).toString();
    i.topicName = q.value(13).toString();
    return i;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

struct Person {
    QString name;
    bool trashed = false;
};

// The two contacts of a pair by id; fails with a sentence for an unknown one, and for a trashed one when
// `trashedText` ("%1 is in the Trash...") is given.
Result<std::pair<Person, Person>> people(const QSqlDatabase& db, qint64 a, qint64 b,
                                         const std::optional<QString>& trashedText)
{
    using R = Result<std::pair<Person, Person>>;
    QSqlQuery q(db);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT id, sort_name, deleted_at IS NOT NULL FROM contacts WHERE id IN "
                                              "(?, ?)"),
                               {a, b});
        !s)
        return R::failure(s.error());
    QHash<qint64, Person> found;
    while (q.next())
        found.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toBool()});
    for (qint64 id : {a, b}) {
        if (!found.contains(id))
            return R::failure(IntroductionStore::tr("There is no contact with id %1.").arg(id));
        if (trashedText && found.value(id).trashed)
            return R::failure(trashedText->arg(found.value(id).name));
    }
    return std::pair{found.value(a), found.value(b)};
}

} // namespace

IntroductionStore::IntroductionStore(Database& database, const Clock& clock, ReminderStore& reminders,
                                     RelationshipStore& relationships, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_reminders(reminders)
    , m_relationships(relationships)
{}

QString IntroductionStore::followUpNote(const QString& firstName, const QString& secondName)
{
    return tr("Ask %1 and %2 how the introduction went").arg(firstName, secondName);
}

Status IntroductionStore::checkFields(const Introduction& introduction) const
{
    if (!introduction.introducedOn.isValid())
        return Status::failure(tr("An introduction needs the date it was made."));
    if (introduction.introducedOn > m_clock.today())
        return Status::failure(tr("An introduction cannot be dated after today (%1).")
                                   .arg(QLocale().toString(m_clock.today(), QLocale::ShortFormat)));
    if (introduction.topicId > 0) {
        QSqlQuery q(m_database.connection());
        if (auto s = sql::execWith(q, QStringLiteral("SELECT 1 FROM topics WHERE id = ?"), {introduction.topicId}); !s)
            return s;
        if (!q.next())
            return Status::failure(tr("There is no topic with id %1.").arg(introduction.topicId));
    }
    return {};
}

Result<qint64> IntroductionStore::add(const Introduction& introduction, int followUpDays, QTime followUpTime,
                                      qint64* madeLinkId)
{
    using R = Result<qint64>;
    const qint64 a = introduction.firstId;
    const qint64 b = introduction.secondId;
    if (a == b)
        return R::failure(tr("An introduction needs two different people."));
    if (followUpDays < 0)
        return R::failure(tr("The follow-up is a number of days from today, 0 or more, not %1.").arg(followUpDays));
    if (!followUpTime.isValid())
        return R::failure(tr("The follow-up needs a valid time of day."));
    const QSqlDatabase db = m_database.connection();
    auto pair = people(db, a, b, tr("%1 is in the Trash; restore them before introducing them."));
    if (!pair)
        return R::failure(pair.error());
    if (auto s = checkFields(introduction); !s)
        return R::failure(s.error());
    const qint64 lo = std::min(a, b);
    const qint64 hi = std::max(a, b);
    {
        QSqlQuery q(db);
        if (auto s = sql::execWith(q,
                                   QStringLiteral("SELECT introduced_on FROM introductions WHERE first_id = ? AND "
                                                  "second_id = ?"),
                                   {lo, hi});
            !s)
            return R::failure(s.error());
        if (q.next()) {
            const QDate on = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            return R::failure(
                tr("You already introduced %1 and %2 (on %3).")
                    .arg(pair->first.name, pair->second.name, QLocale().toString(on, QLocale::ShortFormat)));
        }
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    qint64 reminderId = 0;
    if (followUpDays > 0) {
        Reminder reminder;
        reminder.contactId = a;
        reminder.dueAt = QDateTime(m_clock.today().addDays(followUpDays), followUpTime).toUTC();
        reminder.note = followUpNote(pair->first.name, pair->second.name);
        auto added = m_reminders.add(reminder);
        if (!added)
            return R::failure(added.error());
        reminderId = *added;
    }
    const QVariant now = sql::fromDateTime(m_clock.now());
    QSqlQuery insert(db);
    if (auto s =
            sql::execWith(insert,
                          QStringLiteral("INSERT INTO introductions (first_id, second_id, topic_id, reason, "
                                         "introduced_on, status, outcome, follow_up_reminder_id, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {lo, hi, nullableId(introduction.topicId), sql::text(introduction.reason.trimmed()),
                           introduction.introducedOn.toString(Qt::ISODate), introductionStatusKey(introduction.status),
                           sql::text(introduction.outcome.trimmed()), nullableId(reminderId), now, now});
        !s)
        return R::failure(s.error());
    const qint64 id = insert.lastInsertId().toLongLong();
    qint64 linkId = 0;
    if (introduction.status == IntroductionStatus::Accepted) {
        Introduction stored = introduction;
        stored.id = id;
        auto linked = linkIfUnlinked(stored);
        if (!linked)
            return R::failure(linked.error());
        linkId = *linked;
    }
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    if (madeLinkId)
        *madeLinkId = linkId;
    Q_EMIT introductionsChanged({lo, hi});
    return id;
}

Result<qint64> IntroductionStore::linkIfUnlinked(const Introduction& introduction)
{
    using R = Result<qint64>;
    QSqlQuery q(m_database.connection());
    if (auto s =
            sql::execWith(q,
                          QStringLiteral("SELECT 1 FROM relationships WHERE (from_id = ? AND to_id = ?) OR "
                                         "(from_id = ? AND to_id = ?)"),
                          {introduction.firstId, introduction.secondId, introduction.secondId, introduction.firstId});
        !s)
        return R::failure(s.error());
    if (q.next())
        return qint64(0);
    q.finish();
    const QString note =
        tr("Introduced by you on %1").arg(QLocale().toString(introduction.introducedOn, QLocale::ShortFormat));
    return m_relationships.add({0, introduction.firstId, introduction.secondId, RelationshipType::Knows, note, {}});
}

Status IntroductionStore::unlink(qint64 linkId)
{
    // Gone already (the user removed it) is no error.
    if (linkId == 0 || !m_relationships.get(linkId))
        return {};
    return m_relationships.remove(linkId);
}

Status IntroductionStore::update(const Introduction& introduction)
{
    auto linked = rewrite(introduction);
    return linked ? Status() : Status::failure(linked.error());
}

Result<qint64> IntroductionStore::rewrite(const Introduction& introduction, qint64 unlinkId)
{
    using R = Result<qint64>;
    auto current = get(introduction.id);
    if (!current)
        return R::failure(current.error());
    if (auto s = checkFields(introduction); !s)
        return R::failure(s.error());
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (auto s = unlink(unlinkId); !s)
        return R::failure(s.error());
    QSqlQuery q(db);
    if (auto s = sql::execWith(q,
                               QStringLiteral("UPDATE introductions SET topic_id = ?, reason = ?, introduced_on = ?, "
                                              "status = ?, outcome = ?, updated_at = ? WHERE id = ?"),
                               {nullableId(introduction.topicId), sql::text(introduction.reason.trimmed()),
                                introduction.introducedOn.toString(Qt::ISODate),
                                introductionStatusKey(introduction.status), sql::text(introduction.outcome.trimmed()),
                                sql::fromDateTime(m_clock.now()), introduction.id});
        !s)
        return R::failure(s.error());
    qint64 linkId = 0;
    if (introduction.status == IntroductionStatus::Accepted && current->status != IntroductionStatus::Accepted) {
        Introduction stored = *current;
        stored.introducedOn = introduction.introducedOn;
        auto linked = linkIfUnlinked(stored);
        if (!linked)
            return R::failure(linked.error());
        linkId = *linked;
    }
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    Q_EMIT introductionsChanged({current->firstId, current->secondId});
    return linkId;
}

Status IntroductionStore::setStatus(qint64 id, IntroductionStatus status)
{
    auto current = get(id);
    if (!current)
        return Status::failure(current.error());
    Introduction changed = *current;
    changed.status = status;
    return update(changed);
}

Status IntroductionStore::setOutcome(qint64 id, const QString& outcome)
{
    auto current = get(id);
    if (!current)
        return Status::failure(current.error());
    Introduction changed = *current;
    changed.outcome = outcome;
    return update(changed);
}

Result<RemovedIntroduction> IntroductionStore::remove(qint64 id, qint64 unlinkId)
{
    using R = Result<RemovedIntroduction>;
    auto current = get(id);
    if (!current)
        return R::failure(current.error());
    RemovedIntroduction removed{*current, std::nullopt};
    if (current->followUpReminderId > 0) {
        auto reminder = m_reminders.get(current->followUpReminderId);
        if (reminder && reminder->isOpen())
            removed.followUp = *reminder;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (removed.followUp) {
        if (auto s = m_reminders.remove(removed.followUp->id); !s)
            return R::failure(s.error());
    }
    if (auto s = unlink(unlinkId); !s)
        return R::failure(s.error());
    QSqlQuery q(db);
    if (auto s = sql::execWith(q, QStringLiteral("DELETE FROM introductions WHERE id = ?"), {id}); !s)
        return R::failure(s.error());
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    Q_EMIT introductionsChanged({current->firstId, current->secondId});
    return removed;
}

Status IntroductionStore::restore(const RemovedIntroduction& removed)
{
    auto restored = putBack(removed, false);
    return restored ? Status() : Status::failure(restored.error());
}

Result<qint64> IntroductionStore::recordAgain(const RemovedIntroduction& removed)
{
    return putBack(removed, true);
}

Result<qint64> IntroductionStore::putBack(const RemovedIntroduction& removed, bool link)
{
    using R = Result<qint64>;
    const Introduction& i = removed.introduction;
    if (i.id <= 0 || i.firstId >= i.secondId)
        return R::failure(tr("This introduction cannot be put back."));
    const QSqlDatabase db = m_database.connection();
    auto pair = people(db, i.firstId, i.secondId, tr("%1 is in the Trash; restore them first."));
    if (!pair)
        return R::failure(pair.error());
    {
        QSqlQuery q(db);
        if (auto s = sql::execWith(q,
                                   QStringLiteral("SELECT 1 FROM introductions WHERE id = ? OR (first_id = ? AND "
                                                  "second_id = ?)"),
                                   {i.id, i.firstId, i.secondId});
            !s)
            return R::failure(s.error());
        if (q.next())
            return R::failure(tr("%1 and %2 have an introduction again; it was not replaced.")
                                  .arg(pair->first.name, pair->second.name));
    }
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    qint64 reminderId = 0;
    if (removed.followUp) {
        Reminder reminder = *removed.followUp;
        reminder.id = 0;
        auto added = m_reminders.add(reminder);
        if (!added)
            return R::failure(added.error());
        reminderId = *added;
    } else if (i.followUpReminderId > 0) {
        QSqlQuery q(db);
        if (auto s = sql::execWith(q, QStringLiteral("SELECT 1 FROM reminders WHERE id = ?"), {i.followUpReminderId});
            !s)
            return R::failure(s.error());
        if (q.next())
            reminderId = i.followUpReminderId;
    }
    QSqlQuery insert(db);
    if (auto s =
            sql::execWith(insert,
                          QStringLiteral("INSERT INTO introductions (id, first_id, second_id, topic_id, reason, "
                                         "introduced_on, status, outcome, follow_up_reminder_id, created_at, "
                                         "updated_at) VALUES (?, ?, ?, (SELECT id FROM topics WHERE id = ?), "
                                         "?, ?, ?, ?, ?, ?, ?)"),
                          {i.id, i.firstId, i.secondId, nullableId(i.topicId), sql::text(i.reason),
                           i.introducedOn.toString(Qt::ISODate), introductionStatusKey(i.status), sql::text(i.outcome),
                           nullableId(reminderId), sql::fromDateTime(i.createdAt), sql::fromDateTime(m_clock.now())});
        !s)
        return R::failure(s.error());
    qint64 linkId = 0;
    if (link && i.status == IntroductionStatus::Accepted) {
        auto linked = linkIfUnlinked(i);
        if (!linked)
            return R::failure(linked.error());
        linkId = *linked;
    }
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    Q_EMIT introductionsChanged({i.firstId, i.secondId});
    return linkId;
}

Result<QList<Introduction>> IntroductionStore::select(const QString& where, const QVariantList& values) const
{
    using R = Result<QList<Introduction>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s =
            sql::execWith(q, kSelect + where + QStringLiteral(" ORDER BY i.introduced_on DESC, i.id DESC"), values);
        !s)
        return R::failure(s.error());
    QList<Introduction> list;
    while (q.next())
        list << fromRow(q);
    return list;
}

Result<Introduction> IntroductionStore::get(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE i.id = ?"), {id});
    if (!found)
        return Result<Introduction>::failure(found.error());
    if (found->isEmpty())
        return Result<Introduction>::failure(tr("There is no introduction with id %1.").arg(id));
    return found->first();
}

Result<QList<Introduction>> IntroductionStore::all() const
{
    return select(QStringLiteral("WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL"), {});
}

Result<QList<Introduction>> IntroductionStore::forContact(qint64 contactId) const
{
    return select(QStringLiteral("WHERE (i.first_id = ? OR i.second_id = ?) AND a.deleted_at IS NULL AND "
                                 "b.deleted_at IS NULL"),
                  {contactId, contactId});
}

Result<int> IntroductionStore::count() const
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("SELECT count(*) FROM introductions"), {}); !s)
        return Result<int>::failure(s.error());
    q.next();
    return q.value(0).toInt();
}

Result<QList<IntroductionTopicRow>> IntroductionStore::suggestionTopics() const
{
    using R = Result<QList<IntroductionTopicRow>>;
    const QSqlDatabase db = m_database.connection();
    // Those out of it are few (the Trash, and whom you never talked to nor placed): reading them through two
    // index ranges and leaving them out here is several times faster than a contacts row per topic row.
    auto out = sql::selectIds(db,
                              QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NOT NULL UNION SELECT id "
                                             "FROM contacts WHERE deleted_at IS NULL AND last_interaction_at IS NULL "
                                             "AND circle IS NULL"),
                              {});
    if (!out)
        return R::failure(out.error());
    const QSet<qint64> outOfTouch(out->cbegin(), out->cend());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT contact_id, topic_id, kind FROM contact_topics WHERE kind IN "
                                              "('need', 'goal', 'expertise') ORDER BY topic_id"),
                               {});
        !s)
        return R::failure(s.error());
    QList<IntroductionTopicRow> rows;
    const QString need = QStringLiteral("need");
    const QString goal = QStringLiteral("goal");
    while (q.next()) {
        const qint64 contactId = q.value(0).toLongLong();
        if (outOfTouch.contains(contactId))
            continue;
        const QString kind = q.value(2).toString();
        rows << IntroductionTopicRow{contactId, q.value(1).toLongLong(),
                                     kind == need   ? TopicKind::Need
                                     : kind == goal ? TopicKind::Goal
                                                    : TopicKind::Expertise};
    }
    return rows;
}

Result<QList<bool>> IntroductionStore::excludedPairs(const QList<std::pair<qint64, qint64>>& pairs) const
{
    using R = Result<QList<bool>>;
    QSqlQuery q(m_database.connection());
    // Each test is one look-up in an index: relationships_by_from both ways round, introductions_by_first and
    // the dismissed table's key, all with the low id first.
    if (auto s = sql::prepare(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM relationships WHERE from_id = ? AND "
                                                "to_id = ?) OR EXISTS (SELECT 1 FROM relationships WHERE from_id = ? "
                                                "AND to_id = ?) OR EXISTS (SELECT 1 FROM introductions WHERE first_id "
                                                "= ? AND second_id = ?) OR EXISTS (SELECT 1 FROM "
                                                "introduction_suggestions_dismissed WHERE first_id = ? AND second_id "
                                                "= ?)"));
        !s)
        return R::failure(s.error());
    QList<bool> excluded;
    excluded.reserve(pairs.size());
    for (const auto& [a, b] : pairs) {
        const qint64 lo = std::min(a, b);
        const qint64 hi = std::max(a, b);
        for (qint64 id : {lo, hi, hi, lo, lo, hi, lo, hi})
            q.addBindValue(id);
        if (auto s = sql::exec(q); !s)
            return R::failure(s.error());
        excluded << (q.next() && q.value(0).toBool());
        q.finish();
    }
    return excluded;
}

Result<QHash<qint64, QString>> IntroductionStore::topicNames(const QList<qint64>& topicIds) const
{
    using R = Result<QHash<qint64, QString>>;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT id, name FROM topics WHERE id IN (SELECT value FROM "
                                              "json_each(?))"),
                               {sql::idListJson(topicIds)});
        !s)
        return R::failure(s.error());
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

Status IntroductionStore::dismissSuggestion(qint64 contactId, qint64 otherId)
{
    if (contactId == otherId)
        return Status::failure(tr("An introduction needs two different people."));
    const QSqlDatabase db = m_database.connection();
    if (auto pair = people(db, contactId, otherId, std::nullopt); !pair)
        return Status::failure(pair.error());
    QSqlQuery q(db);
    if (auto s = sql::execWith(
            q,
            QStringLiteral("INSERT INTO introduction_suggestions_dismissed (first_id, second_id, "
                           "dismissed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
            {std::min(contactId, otherId), std::max(contactId, otherId), sql::fromDateTime(m_clock.now())});
        !s)
        return s;
    Q_EMIT introductionsChanged({contactId, otherId});
    return {};
}

Status IntroductionStore::undismissSuggestion(qint64 contactId, qint64 otherId)
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("DELETE FROM introduction_suggestions_dismissed WHERE first_id = ? AND "
                                              "second_id = ?"),
                               {std::min(contactId, otherId), std::max(contactId, otherId)});
        !s)
        return s;
    Q_EMIT introductionsChanged({contactId, otherId});
    return {};
}

} // namespace kith
