#include "network/WhoCanHelpDelegate.h"

#include "network/WhoCanHelpModel.h"
#include "widgets/HealthBarDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace kith {

namespace {

constexpr int Padding = 6;

} // namespace

WhoCanHelpDelegate::WhoCanHelpDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_bar(new HealthBarDelegate(WhoCanHelpModel::RawValueRole, this))
{}

void WhoCanHelpDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int column = index.column();
    if (column == WhoCanHelpModel::Strength && index.data(WhoCanHelpModel::RawValueRole).isValid()) {
        m_bar->paint(painter, option, index);
        return;
    }
    if (column != WhoCanHelpModel::Strength && column != WhoCanHelpModel::Reason) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The background (selection, alternating rows) as the style draws it, without the text.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect rect = opt.rect.adjusted(Padding, 0, -Padding, 0);

    painter->save();
    painter->setClipRect(opt.rect);
    if (column == WhoCanHelpModel::Strength) {
        // Never in touch: said in muted words where the bar would be.
        QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        color.setAlphaF(0.6f);
        painter->setPen(color);
        painter->setFont(opt.font);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, rect.width()));
        painter->restore();
        return;
    }
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    document.setHtml(index.data(WhoCanHelpModel::HtmlRole).toString());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = rect.top() + (rect.height() - document.size().height()) / 2.0;
    painter->translate(rect.left(), top);
    // Too long for the column: cut before an ellipsis, as plain cells are (the tooltip has it whole).
    const QString ellipsis = QStringLiteral("…");
    const qreal ellipsisWidth =
        document.idealWidth() > rect.width() ? opt.fontMetrics.horizontalAdvance(ellipsis) : qreal(0);
    const QRectF shown(0, 0, rect.width() - ellipsisWidth, document.size().height());
    context.clip = shown;
    painter->save();
    painter->setClipRect(shown, Qt::IntersectClip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
    if (ellipsisWidth > 0) {
        painter->setPen(context.palette.color(QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(QRectF(shown.right(), 0, ellipsisWidth, shown.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          ellipsis);
    }
    painter->restore();
}

QSize WhoCanHelpDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == WhoCanHelpModel::Strength)
        return m_bar->sizeHint(option, index);
    return QStyledItemDelegate::sizeHint(option, index);
}

} // namespace kith
