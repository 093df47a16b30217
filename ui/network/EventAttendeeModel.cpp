#include "network/EventAttendeeModel.h"

#include "domain/Clock.h"
#include "storage/EventStore.h"

#include <QLocale>

namespace kith {

EventAttendeeModel::EventAttendeeModel(EventStore& events, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_events(events)
    , m_clock(clock)
{}

int EventAttendeeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventAttendeeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventAttendeeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EventAttendee& a = m_rows.at(index.row());
    if (role == ContactIdRole)
        return a.contactId;
    if (role == RawRole) {
        switch (index.column()) {
        case Name:
            return a.name;
        case Met:
            return a.met;
        case FollowUp:
            return a.followUpDueAt;
        case FollowedUp:
            return a.followedUp();
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == FollowedUp) {
        if (a.followUpDone)
            return tr("You marked the follow-up done.");
        if (a.interactedSince)
            return tr("You have been in touch since the event.");
        return tr("No follow-up done and no interaction logged since the event.");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return a.name;
    case Met:
        return a.met ? tr("Met") : tr("Was there");
    case FollowUp: {
        if (!a.followUpDueAt.isValid())
            return QString();
        const QDate due = a.followUpDueAt.toLocalTime().date();
        if (a.followUpDone)
            return tr("Done");
        const QString day = QLocale().toString(due, QLocale::ShortFormat);
        return due < m_clock.today() ? tr("Was due %1").arg(day) : tr("Due %1").arg(day);
    }
    case FollowedUp:
        if (!a.met)
            return QString(); // only those you met are to follow up
        return a.followedUp() ? tr("Yes") : tr("Not yet");
    }
    return {};
}

QVariant EventAttendeeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Met:
        return tr("Met");
    case FollowUp:
        return tr("Follow-up");
    case FollowedUp:
        return tr("Followed up");
    }
    return {};
}

void EventAttendeeModel::setEventId(qint64 eventId)
{
    m_eventId = eventId;
    refresh();
}

void EventAttendeeModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_eventId) {
        if (auto list = m_events.attendees(m_eventId))
            m_rows = *list;
    }
    endResetModel();
}

} // namespace kith
