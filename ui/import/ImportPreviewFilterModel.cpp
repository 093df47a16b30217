#include "import/ImportPreviewFilterModel.h"

#include "import/ImportPreviewModel.h"

namespace kith {

ImportPreviewFilterModel::ImportPreviewFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImportPreviewModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // An action switched to one the filter hides leaves the list at once: what is shown is always true.
    setDynamicSortFilter(true);
}

void ImportPreviewFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool ImportPreviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter == Filter::All)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Add:
        return index.data(ImportPreviewModel::ActionRole).toInt() == int(ImportAction::Add);
    case Filter::Merge:
        return index.data(ImportPreviewModel::ActionRole).toInt() == int(ImportAction::Merge);
    case Filter::Skip:
        return index.data(ImportPreviewModel::ActionRole).toInt() == int(ImportAction::Skip);
    case Filter::Duplicates:
        return index.data(ImportPreviewModel::DuplicateRole).toBool();
    case Filter::Conflicts:
        return index.data(ImportPreviewModel::ConflictRole).toBool();
    case Filter::Warnings:
        return index.data(ImportPreviewModel::WarningRole).toBool();
    }
    return true;
}

} // namespace kith
