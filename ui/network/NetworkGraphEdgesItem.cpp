#include "network/NetworkGraphEdgesItem.h"

#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QWidget>

namespace kith {

NetworkGraphEdgesItem::NetworkGraphEdgesItem(const QList<QPointF>& points, const QList<std::pair<int, int>>& links,
                                             QPointF centre, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_points(points)
    , m_links(links)
    , m_centre(centre)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-1);
    for (const auto& [a, b] : m_links) {
        m_linkPath.moveTo(m_points.at(a));
        m_linkPath.lineTo(m_points.at(b));
    }
    for (const QPointF& p : m_points) {
        m_spokePath.moveTo(m_centre);
        m_spokePath.lineTo(p);
    }
    m_bounds = (m_spokePath.boundingRect() | m_linkPath.boundingRect()).adjusted(-2, -2, 2, 2);
}

void NetworkGraphEdgesItem::setHighlighted(const QList<int>& nodes)
{
    QPainterPath links;
    QPainterPath spokes;
    const QSet<int> set(nodes.cbegin(), nodes.cend());
    for (int node : nodes) {
        if (node >= 0 && node < m_points.size()) {
            spokes.moveTo(m_centre);
            spokes.lineTo(m_points.at(node));
        } else if (node < 0) {
            spokes = m_spokePath; // you: every spoke
        }
    }
    for (const auto& [a, b] : m_links) {
        if (set.contains(a) || set.contains(b)) {
            links.moveTo(m_points.at(a));
            links.lineTo(m_points.at(b));
        }
    }
    m_highlightLinks = links;
    m_highlightSpokes = spokes;
    update();
}

QRectF NetworkGraphEdgesItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath NetworkGraphEdgesItem::shape() const
{
    // Lines are never hit: clicks and hovering go to the nodes.
    return {};
}

void NetworkGraphEdgesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(option)
    const QPalette palette = widget ? widget->palette() : QPalette();
    const bool focused = !m_highlightLinks.isEmpty() || !m_highlightSpokes.isEmpty();
    QColor link = palette.color(QPalette::Text);
    link.setAlphaF(focused ? 0.10f : 0.22f);
    // Cosmetic pens: one pixel wide at every zoom.
    QPen pen(link, 0);
    pen.setCosmetic(true);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pen);
    painter->drawPath(m_linkPath);
    if (!focused)
        return;
    // The spokes from you only for the contacts in focus: two thousand of them would be a dark star.
    QColor accent = palette.color(QPalette::Highlight);
    accent.setAlphaF(m_highlightSpokes.elementCount() > 8 ? 0.12f : 0.55f);
    pen.setColor(accent);
    pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawPath(m_highlightSpokes);
    accent.setAlphaF(0.9f);
    pen.setColor(accent);
    pen.setStyle(Qt::SolidLine);
    pen.setWidthF(1.8);
    painter->setPen(pen);
    painter->drawPath(m_highlightLinks);
}

} // namespace kith
