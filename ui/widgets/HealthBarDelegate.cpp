#include "widgets/HealthBarDelegate.h"

#include "widgets/HealthColors.h"

#include <QApplication>
#include <QPainter>

namespace kith {

namespace {

constexpr int BarHeight = 8;
constexpr int Padding = 6;

} // namespace

HealthBarDelegate::HealthBarDelegate(int valueRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_valueRole(valueRole)
{}

void HealthBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant raw = index.data(m_valueRole);
    bool ok = false;
    const double health = raw.toDouble(&ok);
    // The background (selection, alternating rows) as the style draws it, without the text.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (!ok || !raw.isValid())
        return;

    const QString number = QString::number(qRound(health));
    const QFontMetrics metrics(opt.font);
    const int numberWidth = metrics.horizontalAdvance(QStringLiteral("100"));
    const QRect cell = opt.rect.adjusted(Padding, 0, -Padding, 0);
    const int barWidth = qMax(12, cell.width() - numberWidth - Padding);
    const QRect track(cell.left(), cell.center().y() - BarHeight / 2 + 1, barWidth, BarHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor trackColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    trackColor.setAlphaF(0.14f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, BarHeight / 2.0, BarHeight / 2.0);
    const double share = qBound(0.0, health, 100.0) / 100.0;
    if (share > 0) {
        QRectF filled = track;
        filled.setWidth(qMax<double>(BarHeight, track.width() * share));
        painter->setBrush(HealthColors::score(health, opt.palette));
        painter->drawRoundedRect(filled, BarHeight / 2.0, BarHeight / 2.0);
    }
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QRect textRect(track.right() + Padding, opt.rect.top(), numberWidth, opt.rect.height());
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, number);
    painter->restore();
}

QSize HealthBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(qMax(size.width(), 60 + metrics.horizontalAdvance(QStringLiteral("100")) + 3 * Padding));
    return size;
}

} // namespace kith
