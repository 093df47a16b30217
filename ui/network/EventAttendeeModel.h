#pragma once

#include "domain/Event.h"

#include <QAbstractTableModel>

namespace kith {

class Clock;
class EventStore;

// Who was at one event: whether the user met them, their follow-up and whether they have been followed up.
class EventAttendeeModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventAttendeeModel)

public:
    enum Column { Name, Met, FollowUp, FollowedUp, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, ContactIdRole };

    EventAttendeeModel(EventStore& events, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 0 empties the list.
    void setEventId(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    void refresh();
    const QList<EventAttendee>& attendees() const { return m_rows; }

private:
    EventStore& m_events;
    const Clock& m_clock;
    qint64 m_eventId = 0;
    QList<EventAttendee> m_rows;
};

} // namespace kith
