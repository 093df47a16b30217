#pragma once

#include <QSortFilterProxyModel>

namespace kith {

// Sits between the contacts table and its view. Sorting is passed on to the source, which sorts
// all rows in SQL; filtering by circle happens here, on the client side.
class ContactFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFilterProxyModel)

public:
    explicit ContactFilterProxyModel(QObject* parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows only contacts in the circle with this display name; an empty name shows everyone.
    void setCircleFilter(const QString& circleName);
    QString circleFilter() const { return m_circle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_circle;
};

} // namespace kith
