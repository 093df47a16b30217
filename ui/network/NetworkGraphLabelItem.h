#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace kith {

// A name under a node in the network view: the same size in pixels at every zoom, drawn over a halo of the
// background colour so that it reads across links. Shown only from the zoom at which it overlaps no
// stronger tie's name (minimumScale), and always while its node is current or under the mouse.
class NetworkGraphLabelItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 0x6e02 };

    NetworkGraphLabelItem(const QString& text, const QFont& font, bool bold = false, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QString text() const { return m_text; }
    // Its size in pixels.
    QSizeF size() const { return m_size; }
    // Placed at the node's centre, it is drawn just under the disc of this radius (scene units).
    void setNodeRadius(qreal radius) { m_nodeRadius = radius; }
    void setMinimumScale(qreal scale) { m_minimumScale = scale; }
    qreal minimumScale() const { return m_minimumScale; }
    // Shown at this zoom, unless forced by hovering or selection.
    void updateForScale(qreal scale);
    void setForced(bool forced);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const QString m_text;
    QPainterPath m_path;
    QSizeF m_size;
    qreal m_nodeRadius = 0;
    qreal m_offset = 0; // pixels from the centre to the top of the name
    qreal m_minimumScale = 0;
    qreal m_scale = 1;
    bool m_forced = false;
};

} // namespace kith
