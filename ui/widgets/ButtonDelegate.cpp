#include "widgets/ButtonDelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace kith {

ButtonDelegate::ButtonDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QRect ButtonDelegate::buttonRect(const QStyleOptionViewItem& option)
{
    return option.rect.adjusted(3, 2, -3, -2);
}

void ButtonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    background.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (text.isEmpty())
        return;

    QStyleOptionButton button;
    button.rect = buttonRect(option);
    button.text = text;
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    button.state = QStyle::State_Enabled;
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    else
        button.state |= QStyle::State_Raised;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize ButtonDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionButton button;
    button.text = index.data().toString();
    button.fontMetrics = option.fontMetrics;
    const QSize text = option.fontMetrics.size(Qt::TextShowMnemonic, button.text);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_PushButton, &button, text, widget).boundedTo(QSize(400, 40)) +
           QSize(6, 0);
}

bool ButtonDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                 const QModelIndex& index)
{
    Q_UNUSED(model)
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || index.data().toString().isEmpty() ||
            !buttonRect(option).contains(mouse->position().toPoint()))
            return false;
        m_pressed = index;
        return true; // the row is not selected by a click on its button
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const bool wasPressed = m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (wasPressed && buttonRect(option).contains(mouse->position().toPoint())) {
            Q_EMIT clicked(index);
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

} // namespace kith
