#pragma once

#include <QStyledItemDelegate>

namespace kith {

// Draws a health score (0..100, read from `valueRole`; nothing when it is not a number) as a
// short bar in HealthColors::score's colour, with the number beside it.
class HealthBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthBarDelegate)

public:
    explicit HealthBarDelegate(int valueRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_valueRole;
};

} // namespace kith
