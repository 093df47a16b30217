#pragma once

#include <QSortFilterProxyModel>

namespace kith {

// Sits between the preview's records and the table: shows one kind of record at a time and sorts on
// the raw values.
class ImportPreviewFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewFilterModel)

public:
    enum class Filter { All, Add, Merge, Skip, Duplicates, Conflicts, Warnings };
    Q_ENUM(Filter)

    explicit ImportPreviewFilterModel(QObject* parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace kith
