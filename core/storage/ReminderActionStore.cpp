#include "storage/ReminderActionStore.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QObject>
#include <QSqlQuery>

namespace kith {

namespace {
const QStringList kActions{QStringLiteral("done"), QStringLiteral("snoozed"), QStringLiteral("dismissed"),
                           QStringLiteral("skipped")};
}

ReminderActionStore::ReminderActionStore(Database& database)
    : m_database(database)
{}

Status ReminderActionStore::record(const ReminderHistoryEntry& entry)
{
    if (!kActions.contains(entry.action))
        return Status::failure(QObject::tr("Unknown reminder action \"%1\".").arg(entry.action));
    if (!entry.occurrence.isValid() || !entry.at.isValid())
        return Status::failure(QObject::tr("A reminder action needs a date and a time."));
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("INSERT INTO reminder_actions (kind, contact_id, reminder_id, "
                                                "occurrence, action, snoozed_until, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    q.addBindValue(dueKindKey(entry.kind));
    q.addBindValue(entry.contactId);
    q.addBindValue(entry.reminderId > 0 ? QVariant(entry.reminderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(entry.occurrence.toString(Qt::ISODate));
    q.addBindValue(entry.action);
    q.addBindValue(sql::fromDateTime(entry.snoozedUntil));
    q.addBindValue(sql::fromDateTime(entry.at));
    return sql::exec(q);
}

Result<QList<ReminderHistoryEntry>> ReminderActionStore::history(qint64 contactId) const
{
    return select(m_database.connection(), QStringLiteral("contact_id = ?"), {contactId},
                  QStringLiteral("at DESC, id DESC"));
}

Result<QList<ReminderHistoryEntry>> ReminderActionStore::select(const QSqlDatabase& db, const QString& where,
                                                                const QVariantList& values, const QString& orderBy)
{
    using R = Result<QList<ReminderHistoryEntry>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto s =
            sql::execWith(q,
                          QStringLiteral("SELECT kind, contact_id, reminder_id, occurrence, action, snoozed_until, "
                                         "at FROM reminder_actions WHERE ") +
                              where + QStringLiteral(" ORDER BY ") + orderBy,
                          values);
        !s)
        return R::failure(s.error());
    QList<ReminderHistoryEntry> result;
    while (q.next()) {
        ReminderHistoryEntry e;
        e.kind = dueKindFromKey(q.value(0).toString()).value_or(DueKind::FollowUp);
        e.contactId = q.value(1).toLongLong();
        e.reminderId = q.value(2).toLongLong();
        e.occurrence = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.action = q.value(4).toString();
        e.snoozedUntil = sql::toDateTime(q.value(5));
        e.at = sql::toDateTime(q.value(6));
        result << e;
    }
    return result;
}

} // namespace kith
