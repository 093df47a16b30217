#include "network/FavourListModel.h"

#include "storage/FavourStore.h"

#include <QLocale>

namespace kith {

FavourListModel::FavourListModel(FavourStore& favours, QObject* parent)
    : QAbstractTableModel(parent)
    , m_favours(favours)
{}

int FavourListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FavourListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FavourListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Favour& f = m_rows.at(index.row());
    if (role == FavourIdRole)
        return f.id;
    if (role == RawRole) {
        switch (index.column()) {
        case Date:
            return f.happenedOn;
        case Direction:
            return favourDirectionKey(f.direction);
        case What:
            return f.what;
        case Notes:
            return f.notes;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(f.happenedOn, QLocale::ShortFormat);
    case Direction:
        return f.direction == FavourDirection::Given ? tr("You did") : tr("They did");
    case What:
        return f.what;
    case Notes:
        return f.notes;
    }
    return {};
}

QVariant FavourListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Direction:
        return tr("Who");
    case What:
        return tr("Favour");
    case Notes:
        return tr("Notes");
    }
    return {};
}

void FavourListModel::setContactId(qint64 contactId)
{
    m_contactId = contactId;
    refresh();
}

void FavourListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_contactId) {
        if (auto list = m_favours.forContact(m_contactId))
            m_rows = *list;
    }
    endResetModel();
}

const Favour* FavourListModel::favourAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace kith
