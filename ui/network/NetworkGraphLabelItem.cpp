#include "network/NetworkGraphLabelItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QWidget>

namespace kith {

NetworkGraphLabelItem::NetworkGraphLabelItem(const QString& text, const QFont& font, bool bold, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_text(text)
{
    QFont f = font;
    f.setBold(bold);
    const QFontMetricsF metrics(f);
    const qreal width = metrics.horizontalAdvance(text);
    // Centred under the point the item is placed at.
    m_path.addText(QPointF(-width / 2, metrics.ascent() + 1), f, text);
    m_size = QSizeF(width, metrics.height() + 2);
    setFlag(ItemIgnoresTransformations);
    setCacheMode(DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(10);
}

void NetworkGraphLabelItem::updateForScale(qreal scale)
{
    m_scale = scale;
    const bool shown = m_forced || scale >= m_minimumScale;
    setVisible(shown);
    const qreal offset = m_nodeRadius * scale + 1;
    if (shown && !qFuzzyCompare(offset, m_offset)) {
        prepareGeometryChange();
        m_offset = offset;
    }
}

void NetworkGraphLabelItem::setForced(bool forced)
{
    if (forced == m_forced)
        return;
    m_forced = forced;
    // The name of the contact in focus comes on top of the others, on a card of its own.
    setZValue(forced ? 11 : 10);
    update();
    updateForScale(m_scale);
}

QRectF NetworkGraphLabelItem::boundingRect() const
{
    return QRectF(-m_size.width() / 2 - 3, m_offset - 2, m_size.width() + 6, m_size.height() + 4);
}

void NetworkGraphLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(option)
    const QPalette palette = widget ? widget->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(0, m_offset);
    if (m_forced) {
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(QRectF(-m_size.width() / 2 - 2.5, -1.5, m_size.width() + 5, m_size.height() + 3), 3,
                                 3);
    }
    QColor halo = palette.color(QPalette::Base);
    halo.setAlpha(220);
    painter->strokePath(m_path, QPen(halo, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->fillPath(m_path, palette.color(QPalette::Text));
}

} // namespace kith
