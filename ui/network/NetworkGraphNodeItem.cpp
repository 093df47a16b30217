#include "network/NetworkGraphNodeItem.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>

namespace kith {

namespace {

// Room for the ring around the current node, in scene units: enough for a ring of a few pixels when zoomed out.
constexpr qreal RingRoom = 12.0;

} // namespace

NetworkGraphNodeItem::NetworkGraphNodeItem(int index, qint64 contactId, qreal radius, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_index(index)
    , m_contactId(contactId)
    , m_radius(radius)
{
    setCacheMode(DeviceCoordinateCache);
    // The view handles clicks and hovering itself (so that a drag that starts on a node still pans).
    setAcceptedMouseButtons(Qt::NoButton);
}

void NetworkGraphNodeItem::setFill(const QColor& fill)
{
    if (fill == m_fill)
        return;
    m_fill = fill;
    update();
}

void NetworkGraphNodeItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    prepareGeometryChange();
    m_current = current;
    update();
}

void NetworkGraphNodeItem::setHovered(bool hovered)
{
    if (hovered == m_hovered)
        return;
    m_hovered = hovered;
    update();
}

QRectF NetworkGraphNodeItem::boundingRect() const
{
    const qreal r = m_radius + (m_current ? RingRoom : 2);
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath NetworkGraphNodeItem::shape() const
{
    QPainterPath path;
    // A little more than the disc, so that the smallest ones can still be hit.
    const qreal r = std::max<qreal>(m_radius + 1, 4);
    path.addEllipse(QPointF(), r, r);
    return path;
}

void NetworkGraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(option)
    const QPalette palette = widget ? widget->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    // Pixels per scene unit (the cache is drawn at the view's zoom).
    const qreal scale = std::max<qreal>(painter->worldTransform().m11(), 0.01);
    // A thin ring in the background colour keeps touching discs apart.
    QPen edge(palette.color(QPalette::Base), m_radius > 6 ? 1.2 : 0.8);
    if (m_hovered)
        edge = QPen(palette.color(QPalette::Text), std::max(1.6, 1.2 / scale));
    painter->setPen(edge);
    painter->setBrush(m_fill);
    painter->drawEllipse(QPointF(), m_radius, m_radius);
    if (m_current) {
        // Three pixels wide at any zoom, a pixel away from the disc.
        const qreal width = std::min(3.0 / scale, RingRoom / 2);
        const qreal ring = m_radius + std::min(1.0 / scale, 2.0) + width / 2;
        painter->setPen(QPen(palette.color(QPalette::Highlight), width));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), ring, ring);
    }
}

} // namespace kith
