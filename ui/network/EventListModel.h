#pragma once

#include "domain/Event.h"

#include <QAbstractTableModel>

namespace kith {

class EventStore;

// Every event, newest first, with how many people the user met there and how many they have followed up.
class EventListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListModel)

public:
    enum Column { Date, Name, Kind, Place, Met, FollowedUp, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, EventIdRole };

    explicit EventListModel(EventStore& events, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the events again; the error, if any, is kept for the view to show.
    void refresh();
    QString error() const { return m_error; }
    int rowOf(qint64 eventId) const;
    const EventSummary* summaryAt(int row) const;

private:
    EventStore& m_events;
    QList<EventSummary> m_rows;
    QString m_error;
};

} // namespace kith
