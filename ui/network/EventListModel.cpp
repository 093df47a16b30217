#include "network/EventListModel.h"

#include "storage/EventStore.h"

#include <QLocale>

namespace kith {

EventListModel::EventListModel(EventStore& events, QObject* parent)
    : QAbstractTableModel(parent)
    , m_events(events)
{
    refresh();
}

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EventSummary& s = m_rows.at(index.row());
    if (role == EventIdRole)
        return s.event.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Met || index.column() == FollowedUp))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawRole) {
        switch (index.column()) {
        case Date:
            return s.event.heldOn;
        case Name:
            return s.event.name;
        case Kind:
            return eventKindKey(s.event.kind);
        case Place:
            return s.event.place;
        case Met:
            return s.met;
        case FollowedUp:
            return s.followedUp;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return s.event.name;
    if (role == Qt::ToolTipRole && index.column() == FollowedUp)
        return tr("Followed up: the follow-up reminder is done, or you have been in touch since the event.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(s.event.heldOn, QLocale::ShortFormat);
    case Name:
        return s.event.name;
    case Kind:
        return eventKindLabel(s.event.kind);
    case Place:
        return s.event.place;
    case Met:
        return s.met;
    case FollowedUp:
        //: How many of the people met at an event were followed up: "2 of 5".
        return s.met == 0 ? QString() : tr("%1 of %2").arg(s.followedUp).arg(s.met);
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Name:
        return tr("Event");
    case Kind:
        return tr("Kind");
    case Place:
        return tr("Place");
    case Met:
        return tr("Met");
    case FollowedUp:
        return tr("Followed up");
    }
    return {};
}

void EventListModel::refresh()
{
    beginResetModel();
    auto all = m_events.all();
    m_error = all ? QString() : all.error();
    m_rows = all ? *all : QList<EventSummary>{};
    endResetModel();
}

int EventListModel::rowOf(qint64 eventId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).event.id == eventId)
            return row;
    }
    return -1;
}

const EventSummary* EventListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace kith
