#include "contacts/ContactFilterProxyModel.h"

#include "contacts/ContactTableModel.h"

namespace kith {

ContactFilterProxyModel::ContactFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void ContactFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // Never sort here: that would load every row. The source re-queries in the order asked for.
    if (sourceModel())
        sourceModel()->sort(column, order);
}

void ContactFilterProxyModel::setCircleFilter(const QString& circleName)
{
    if (circleName == m_circle)
        return;
    m_circle = circleName;
    invalidateFilter();
}

bool ContactFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // Without a filter, no row needs loading.
    if (m_circle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, ContactTableModel::Circle, sourceParent);
    return index.data(ContactTableModel::RawValueRole).toString() == m_circle;
}

} // namespace kith
