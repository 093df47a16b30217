#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace kith {

class NetworkGraphLabelItem;

// One person in the network view: a disc sized by tie strength and filled by circle or health, with a ring
// when it is the current contact or under the mouse. Cached as a pixmap in device coordinates: two thousand
// of them repaint from memory while the view scrolls.
class NetworkGraphNodeItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 0x6e01 };

    // `index` into NetworkGraphData::nodes, or -1 for you.
    NetworkGraphNodeItem(int index, qint64 contactId, qreal radius, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    int index() const { return m_index; }
    qint64 contactId() const { return m_contactId; }
    bool isYou() const { return m_index < 0; }
    qreal radius() const { return m_radius; }

    void setFill(const QColor& fill);
    QColor fill() const { return m_fill; }
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setHovered(bool hovered);
    bool isHovered() const { return m_hovered; }
    // The name drawn beside it, or null.
    void setLabel(NetworkGraphLabelItem* label) { m_label = label; }
    NetworkGraphLabelItem* label() const { return m_label; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const int m_index;
    const qint64 m_contactId;
    const qreal m_radius;
    QColor m_fill;
    bool m_current = false;
    bool m_hovered = false;
    NetworkGraphLabelItem* m_label = nullptr;
};

} // namespace kith
