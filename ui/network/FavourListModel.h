#pragma once

#include "domain/Favour.h"

#include <QAbstractTableModel>

namespace kith {

class FavourStore;

// One contact's favours, newest first: who did it, what, when.
class FavourListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavourListModel)

public:
    enum Column { Date, Direction, What, Notes, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, FavourIdRole };

    FavourListModel(FavourStore& favours, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setContactId(qint64 contactId);
    void refresh();
    const Favour* favourAt(int row) const;

private:
    FavourStore& m_favours;
    qint64 m_contactId = 0;
    QList<Favour> m_rows;
};

} // namespace kith
