#pragma once

#include "reminders/DueItem.h"
#include "reminders/ReminderPreferences.h"

#include <QAbstractTableModel>

namespace kith {

class Clock;
class Database;

// What is due or overdue up to the end of this week, most overdue first, then by priority:
// one row per DueItem from core's DueCalculator. Refreshed by the window when the stores change.
class DueModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DueModel)

public:
    enum Column { Who, What, Due, Reason, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // name, kind key, due QDateTime (UTC), reason
        ContactIdRole,
        KeyRole,     // DueItem::key()
        OverdueRole, // bool: due before now
    };

    DueModel(Database& database, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPreferences(const ReminderPreferences& preferences);
    // Recomputes the list; returns false (and keeps an error) when the calculation failed.
    bool refresh();
    QString error() const { return m_error; }

    const QList<DueItem>& items() const { return m_items; }
    DueItem item(int row) const { return m_items.value(row); }
    int rowOf(const QString& key) const;
    // The items due by now (the rest fall due later this week).
    QList<DueItem> dueNow() const;
    int dueNowCount() const;

    // Sunday 23:59:59 (local) of the week `now` is in: the end of "this week".
    static QDateTime endOfWeek(const QDateTime& now);

private:
    Database& m_database;
    const Clock& m_clock;
    ReminderPreferences m_preferences;
    QList<DueItem> m_items;
    QDateTime m_refreshedAt;
    QString m_error;
};

} // namespace kith
