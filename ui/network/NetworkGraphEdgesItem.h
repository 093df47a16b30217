#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPointF>

#include <utility>

namespace kith {

// Every line of the network view in one item (not one item per line): the links between contacts and, for the
// node under the mouse and the current one, their links brought out and the spoke from you to them (everyone's
// spokes at once would hide the links).
class NetworkGraphEdgesItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 0x6e03 };

    // `points` are the nodes' positions; `links` index into them; `centre` is you.
    NetworkGraphEdgesItem(const QList<QPointF>& points, const QList<std::pair<int, int>>& links, QPointF centre,
                          QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    int linkCount() const { return int(m_links.size()); }
    // Brings out the lines of these nodes (indices into `points`; -1 for you); empty for none.
    void setHighlighted(const QList<int>& nodes);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const QList<QPointF> m_points;
    const QList<std::pair<int, int>> m_links;
    const QPointF m_centre;
    QPainterPath m_linkPath;
    QPainterPath m_spokePath;
    QPainterPath m_highlightLinks;
    QPainterPath m_highlightSpokes;
    QRectF m_bounds;
};

} // namespace kith
