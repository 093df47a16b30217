#pragma once

#include "domain/Reminder.h"
#include "domain/Result.h"

#include <QObject>

namespace kith {

class Clock;
class Database;

// Follow-up reminders: add, mark done, reopen, and what is due.
class ReminderStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderStore)

public:
    explicit ReminderStore(Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<qint64> add(const Reminder& reminder);
    // Adds all or none, in one transaction.
    Result<QList<qint64>> addMany(const QList<Reminder>& reminders);
    Result<Reminder> get(qint64 id) const;
    Status markDone(qint64 id);
    Status reopen(qint64 id);
    Status remove(qint64 id);
    // Open reminders of one contact, soonest first.
    Result<QList<Reminder>> openForContact(qint64 contactId) const;
    // Open reminders due at or before `until`, of contacts not in the Trash, soonest first.
    Result<QList<Reminder>> dueBy(const QDateTime& until) const;

Q_SIGNALS:
    void remindersChanged(const QList<qint64>& contactIds);

private:
    Status setDone(qint64 id, const QDateTime& doneAt);
    Result<QList<Reminder>> select(const QString& where, const QVariantList& values) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
