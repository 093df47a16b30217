#include "dashboard/AttentionModel.h"

#include "health/HealthStatus.h"

namespace kith {

AttentionModel::AttentionModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int AttentionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttentionItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return item.name.isEmpty() ? tr("(no name)") : item.name;
        case Health:
            return qRound(item.healthNow);
        case Change:
            //: A fall in health, e.g. "−23".
            return tr("−%1").arg(qRound(item.drop));
        case Status:
            return healthStatusName(item.status);
        case Log:
            return tr("Log…");
        case Remind:
            return tr("Remind me…");
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Name:
            return item.name;
        case Health:
            return item.healthNow;
        case Change:
            return item.drop;
        case Status:
            return healthStatusKey(item.status);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Log:
            return tr("Log an interaction with %1").arg(item.name);
        case Remind:
            return tr("Remind yourself to get in touch with %1").arg(item.name);
        default:
            // One sentence per count, so that each can take its plural.
            return QString(tr("%1: health %2, down from %3 %n days ago.", nullptr, m_days)
                               .arg(item.name)
                               .arg(qRound(item.healthNow))
                               .arg(qRound(item.healthBefore)) +
                           QLatin1Char(' ') + tr("Last in touch %n days ago.", nullptr, item.daysSince) +
                           QLatin1Char(' ') + tr("Meant to be in touch every %n days.", nullptr, item.cadenceDays));
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Health || index.column() == Change)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ContactIdRole:
        return item.contactId;
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == Change)
            return tr("How much health fell over the last %n day(s)", nullptr, m_days);
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Health:
        return tr("Health");
    case Change:
        //: Column header: how much health fell over this many days.
        return tr("%n-day change", nullptr, m_days);
    case Status:
        return tr("Status");
    case Log:
    case Remind:
        return QString();
    }
    return {};
}

void AttentionModel::setItems(const QList<AttentionItem>& items, int days)
{
    beginResetModel();
    m_items = items;
    m_days = days;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Change, Change);
}

} // namespace kith
