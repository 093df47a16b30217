#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace kith {

// Draws a cell as a small push button showing the cell's text, and says when it is clicked: one
// click per row for actions such as "Log…" in a list, without a widget per row.
class ButtonDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ButtonDelegate)

public:
    explicit ButtonDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

Q_SIGNALS:
    void clicked(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    static QRect buttonRect(const QStyleOptionViewItem& option);
    QPersistentModelIndex m_pressed;
};

} // namespace kith
