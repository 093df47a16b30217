#pragma once

#include "health/DashboardData.h"

#include <QAbstractTableModel>

namespace kith {

// "Needs attention" on the dashboard: the contacts whose health fell most over the last weeks,
// biggest fall first, each row with a Log and a Remind button (drawn by ButtonDelegate).
class AttentionModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionModel)

public:
    enum Column { Name, Health, Change, Status, Log, Remind, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // name, health now, drop, status key
        ContactIdRole,
    };

    explicit AttentionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `days`: the span the fall was measured over.
    void setItems(const QList<AttentionItem>& items, int days);
    const QList<AttentionItem>& items() const { return m_items; }
    AttentionItem item(int row) const { return m_items.value(row); }

private:
    QList<AttentionItem> m_items;
    int m_days = 30;
};

} // namespace kith
