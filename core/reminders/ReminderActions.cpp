#include "reminders/ReminderActions.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/ReminderActionStore.h"
#include "storage/ReminderStore.h"
#include "storage/Transaction.h"

namespace kith {

ReminderActions::ReminderActions(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Status ReminderActions::done(const DueItem& item)
{
    if (item.kind == DueKind::FollowUp)
        return followUp(item, [](ReminderStore& store, qint64 id) { return store.markDone(id); });
    return record(item, QStringLiteral("done"), {});
}

Status ReminderActions::snooze(const DueItem& item, const QDateTime& until)
{
    if (!until.isValid())
        return Status::failure(tr("Snoozing needs a valid date."));
    if (until <= m_clock.now())
        return Status::failure(tr("A reminder can only be snoozed until a time in the future."));
    if (item.kind == DueKind::FollowUp)
        return followUp(item, [&](ReminderStore& store, qint64 id) { return store.snooze(id, until); });
    return record(item, QStringLiteral("snoozed"), until.toUTC());
}

Status ReminderActions::dismiss(const DueItem& item)
{
    if (item.kind == DueKind::FollowUp)
        return followUp(item, [](ReminderStore& store, qint64 id) { return store.dismiss(id); });
    return record(item, QStringLiteral("dismissed"), {});
}

Status ReminderActions::skip(const DueItem& item)
{
    // For a cadence, a skip counts as a touch now; for a date, it passes over this year's; a
    // recurring follow-up moves to its next date.
    if (item.kind == DueKind::FollowUp)
        return followUp(item, [](ReminderStore& store, qint64 id) { return store.skip(id); });
    return record(item, QStringLiteral("skipped"), {});
}

Result<QList<ReminderHistoryEntry>> ReminderActions::history(qint64 contactId) const
{
    return ReminderActionStore(m_database).history(contactId);
}

Status ReminderActions::followUp(const DueItem& item, const std::function<Status(ReminderStore&, qint64)>& action)
{
    if (item.reminderId <= 0)
        return Status::failure(tr("This follow-up has no reminder."));
    ReminderStore store(m_database, m_clock);
    if (auto s = action(store, item.reminderId); !s)
        return s;
    Q_EMIT changed({item.contactId});
    return {};
}

Status ReminderActions::record(const DueItem& item, const QString& action, const QDateTime& snoozedUntil)
{
    if (item.contactId <= 0 || !item.occurrence.isValid())
        return Status::failure(tr("This reminder does not name a contact and a date."));
    ReminderHistoryEntry entry;
    entry.kind = item.kind;
    entry.contactId = item.contactId;
    entry.occurrence = item.occurrence;
    entry.action = action;
    entry.at = m_clock.now();
    entry.snoozedUntil = snoozedUntil;
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (auto s = ReminderActionStore(m_database).record(entry); !s) {
        if (s.error().contains(QLatin1String("FOREIGN KEY")))
            return Status::failure(tr("There is no contact with id %1.").arg(item.contactId));
        return s;
    }
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT changed({item.contactId});
    return {};
}

} // namespace kith
