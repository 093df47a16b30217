#include "storage/DueStore.h"

#include "storage/Database.h"
#include "storage/ReminderActionStore.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kith {

namespace {

// One part of a UNION ALL per group (and one more per circle for members never contacted, due from
// when they were added), each a range search in contacts_for_cadence or contacts_by_cadence.
// `comparison` is "<=" (touched by the cut-off) or ">" (touched after it).
QString cadenceParts(const QList<DueStore::CadenceGroup>& groups, const QDateTime& at, const QString& comparison,
                     bool earliest, QVariantList& values)
{
    QStringList parts;
    for (const DueStore::CadenceGroup& group : groups) {
        const QVariant cutoff = sql::fromDateTime(at.addDays(-group.days));
        auto head = [earliest](const QString& touch) {
            return earliest
                       ? QStringLiteral("SELECT ? AS days, min(") + touch + QStringLiteral(") FROM contacts WHERE ")
                       : QStringLiteral("SELECT id, ? AS days FROM contacts WHERE ");
        };
        if (group.circle.isEmpty()) {
            const QString touch = QStringLiteral("coalesce(last_interaction_at, created_at)");
            parts << head(touch) + QStringLiteral("deleted_at IS NULL AND cadence_days = ? AND ") + touch + comparison +
                         QStringLiteral(" ?");
            values << group.days << group.days << cutoff;
            continue;
        }
        parts << head(QStringLiteral("last_interaction_at")) +
                     QStringLiteral("deleted_at IS NULL AND circle = ? AND cadence_days IS NULL AND "
                                    "last_interaction_at ") +
                     comparison + QStringLiteral(" ?");
        values << group.days << group.circle << cutoff;
        parts << head(QStringLiteral("created_at")) +
                     QStringLiteral("deleted_at IS NULL AND circle = ? AND cadence_days IS NULL AND "
                                    "last_interaction_at IS NULL AND created_at ") +
                     comparison + QStringLiteral(" ?");
        values << group.days << group.circle << cutoff;
    }
    return parts.join(QStringLiteral(" UNION ALL "));
}

} // namespace

DueStore::DueStore(Database& database)
    : m_database(database)
{}

Result<QList<DueStore::CadenceGroup>> DueStore::cadenceGroups() const
{
    using R = Result<QList<CadenceGroup>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT key, cadence_days FROM circles WHERE cadence_days IS NOT NULL "
                                                "UNION ALL SELECT DISTINCT '', cadence_days FROM contacts "
                                                "WHERE cadence_days IS NOT NULL"));
        !s)
        return R::failure(s.error());
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QList<CadenceGroup> groups;
    while (q.next())
        groups << CadenceGroup{q.value(0).toString(), q.value(1).toInt()};
    return groups;
}

Result<QList<DueStore::ContactRow>> DueStore::cadenceTouchedBy(const QList<CadenceGroup>& groups,
                                                               const QDateTime& at) const
{
    using R = Result<QList<ContactRow>>;
    if (groups.isEmpty())
        return QList<ContactRow>{};
    QVariantList values;
    const QString parts = cadenceParts(groups, at, QStringLiteral("<="), false, values);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT c.id, c.sort_name, c.priority, c.last_interaction_at, "
                                              "c.created_at, x.days FROM (") +
                                   parts + QStringLiteral(") x JOIN contacts c ON c.id = x.id"),
                               values);
        !s)
        return R::failure(s.error());
    QList<ContactRow> rows;
    while (q.next()) {
        ContactRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.priority = q.value(2).toInt();
        row.lastInteraction = sql::toDateTime(q.value(3));
        if (!row.lastInteraction.isValid())
            row.createdAt = sql::toDateTime(q.value(4));
        row.cadenceDays = q.value(5).toInt();
        rows << row;
    }
    return rows;
}

Result<QList<QDateTime>> DueStore::nextCadenceDues(const QList<CadenceGroup>& groups, const QDateTime& after) const
{
    using R = Result<QList<QDateTime>>;
    if (groups.isEmpty())
        return QList<QDateTime>{};
    QVariantList values;
    const QString parts = cadenceParts(groups, after, QStringLiteral(">"), true, values);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, parts); !s)
        return R::failure(s.error());
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QList<QDateTime> result;
    while (q.next()) {
        if (const QDateTime touch = sql::toDateTime(q.value(1)); touch.isValid())
            result << touch.addDays(q.value(0).toInt());
    }
    return result;
}

Result<QList<DueStore::ContactRow>> DueStore::datesOn(DueKind kind, const QStringList& monthDays) const
{
    using R = Result<QList<ContactRow>>;
    if (kind != DueKind::Birthday && kind != DueKind::Anniversary)
        return R::failure(QStringLiteral("DueStore::datesOn: not a date kind"));
    // A column name from this fixed pair, never from input.
    const QString column = kind == DueKind::Birthday ? QStringLiteral("birthday") : QStringLiteral("anniversary");
    QJsonArray days;
    for (const QString& day : monthDays)
        days.append(day);
    // "+c.deleted_at" keeps the planner on the month-day index rather than the (far less selective)
    // deleted_at one.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT c.id, c.sort_name, c.priority, c.last_interaction_at, "
                                                "c.created_at, c.%1 FROM contacts c WHERE c.%1 <> '' AND "
                                                "substr(c.%1, -5) IN (SELECT value FROM json_each(?)) AND "
                                                "+c.deleted_at IS NULL")
                                     .arg(column));
        !s)
        return R::failure(s.error());
    q.addBindValue(QString::fromUtf8(QJsonDocument(days).toJson(QJsonDocument::Compact)));
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QList<ContactRow> rows;
    while (q.next()) {
        ContactRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.priority = q.value(2).toInt();
        row.lastInteraction = sql::toDateTime(q.value(3));
        row.createdAt = sql::toDateTime(q.value(4));
        row.date = q.value(5).toString();
        rows << row;
    }
    return rows;
}

Result<QList<DueStore::FollowUpRow>> DueStore::followUpsDueBy(const QDateTime& until) const
{
    using R = Result<QList<FollowUpRow>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(
            q, QStringLiteral("SELECT r.id, r.contact_id, r.due_at, r.note, r.created_at, r.recurrence_unit, "
                              "r.recurrence_interval, r.snoozed_until, c.sort_name, c.priority, c.last_interaction_at "
                              "FROM reminders r JOIN contacts c ON c.id = r.contact_id "
                              "WHERE r.done_at IS NULL AND r.dismissed_at IS NULL AND r.due_at <= ? AND "
                              "(r.snoozed_until IS NULL OR r.snoozed_until <= ?) AND c.deleted_at IS NULL"));
        !s)
        return R::failure(s.error());
    const QVariant at = sql::fromDateTime(until);
    q.addBindValue(at);
    q.addBindValue(at);
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QList<FollowUpRow> rows;
    while (q.next()) {
        FollowUpRow row;
        Reminder& r = row.reminder;
        r.id = q.value(0).toLongLong();
        r.contactId = q.value(1).toLongLong();
        r.dueAt = sql::toDateTime(q.value(2));
        r.note = q.value(3).toString();
        r.createdAt = sql::toDateTime(q.value(4));
        r.recurrence.unit = recurrenceUnitFromKey(q.value(5).toString()).value_or(RecurrenceUnit::None);
        r.recurrence.interval = q.value(6).toInt();
        r.snoozedUntil = sql::toDateTime(q.value(7));
        row.name = q.value(8).toString();
        row.priority = q.value(9).toInt();
        row.lastInteraction = sql::toDateTime(q.value(10));
        rows << row;
    }
    return rows;
}

Result<std::optional<QDateTime>> DueStore::nextFollowUpAfter(const QDateTime& after) const
{
    using R = Result<std::optional<QDateTime>>;
    const QSqlDatabase db = m_database.connection();
    const QVariant at = sql::fromDateTime(after);
    std::optional<QDateTime> next;
    // The first due date after `after` (of a reminder not snoozed past it), then the first snooze ending.
    const QString queries[] = {
        QStringLiteral("SELECT r.due_at FROM reminders r JOIN contacts c ON c.id = r.contact_id "
                       "WHERE r.done_at IS NULL AND r.dismissed_at IS NULL AND r.due_at > ? AND "
                       "(r.snoozed_until IS NULL OR r.snoozed_until <= r.due_at) AND c.deleted_at IS NULL "
                       "ORDER BY r.due_at LIMIT 1"),
        QStringLiteral("SELECT r.snoozed_until FROM reminders r JOIN contacts c ON c.id = r.contact_id "
                       "WHERE r.snoozed_until IS NOT NULL AND r.done_at IS NULL AND r.dismissed_at IS NULL AND "
                       "r.snoozed_until > ? AND r.snoozed_until > r.due_at AND c.deleted_at IS NULL "
                       "ORDER BY r.snoozed_until LIMIT 1"),
    };
    for (const QString& text : queries) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (auto s = sql::prepare(q, text); !s)
            return R::failure(s.error());
        q.addBindValue(at);
        if (auto s = sql::exec(q); !s)
            return R::failure(s.error());
        if (q.next()) {
            const QDateTime time = sql::toDateTime(q.value(0));
            if (!next || time < *next)
                next = time;
        }
    }
    return next;
}

Result<QList<ReminderHistoryEntry>> DueStore::actions(const QString& where, const QVariantList& values) const
{
    return ReminderActionStore::select(m_database.connection(), where, values, QStringLiteral("id"));
}

Result<QList<ReminderHistoryEntry>> DueStore::cadenceActions(const QDateTime& since) const
{
    const QVariant at = sql::fromDateTime(since);
    return actions(QStringLiteral("kind = 'cadence' AND (at > ? OR (snoozed_until IS NOT NULL AND snoozed_until > ?))"),
                   {at, at});
}

Result<QList<ReminderHistoryEntry>> DueStore::dateActions(DueKind kind, const QDate& from, const QDate& to,
                                                          const QDateTime& snoozedPast) const
{
    return actions(
        QStringLiteral("kind = ? AND (occurrence BETWEEN ? AND ? OR (snoozed_until IS NOT NULL AND "
                       "snoozed_until > ?))"),
        {dueKindKey(kind), from.toString(Qt::ISODate), to.toString(Qt::ISODate), sql::fromDateTime(snoozedPast)});
}

} // namespace kith
