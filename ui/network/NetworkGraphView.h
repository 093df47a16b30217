#pragma once

#include "network/NetworkGraphData.h"

#include <QGraphicsView>
#include <QHash>

#include <memory>

namespace kith {

class NetworkGraphEdgesItem;
class NetworkGraphLabelItem;
class NetworkGraphNodeItem;

// The network as a picture you can move around in: you in the middle, each contact a disc sized by tie
// strength and coloured by circle or by health, the links between them. The wheel zooms around the cursor,
// dragging pans, +/- zoom and 0 fits; a click makes a contact current, a double click or Enter opens it.
class NetworkGraphView final : public QGraphicsView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkGraphView)

public:
    enum class ColorMode { Circle, Health };

    explicit NetworkGraphView(QWidget* parent = nullptr);
    ~NetworkGraphView() override;

    // Draws `data`; with `keepView` the zoom, the scroll position and the current contact stay (the same
    // positions, new colours or sizes), else the whole network is fitted into the view.
    void setGraph(std::shared_ptr<const NetworkGraphData> data, bool keepView);
    std::shared_ptr<const NetworkGraphData> graph() const { return m_data; }
    void setColorMode(ColorMode mode);
    ColorMode colorMode() const { return m_colorMode; }

    // The node of each contact shown, and yours.
    QList<NetworkGraphNodeItem*> nodeItems() const { return m_nodes; }
    NetworkGraphNodeItem* nodeItem(qint64 contactId) const;
    NetworkGraphNodeItem* youItem() const { return m_you; }
    NetworkGraphEdgesItem* edgesItem() const { return m_edges; }
    // 0 when none.
    qint64 currentContactId() const;
    // Makes the contact current and scrolls to it; false when it is not shown.
    bool setCurrentContact(qint64 contactId);
    // The zoom (1 is one layout unit to Scale pixels).
    qreal zoom() const;
    // Said in the middle of the view instead of a picture (nothing to show, an error); empty for none.
    void setMessage(const QString& message);
    QString message() const { return m_message; }
    // Layout units (about the distance between neighbours) to scene pixels.
    static constexpr qreal Scale = 15;

    // The colour a node is filled with, and the colour of each circle (index from the innermost; -1 for none).
    static QColor nodeColor(const NetworkGraphNode& node, ColorMode mode, const QPalette& palette);
    static QColor circleColor(int circleIndex, const QPalette& palette);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    // The whole network in the view.
    void fitAll();

Q_SIGNALS:
    void currentContactChanged(qint64 contactId);
    // Double click or Enter: open the contact.
    void contactActivated(qint64 contactId);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    NetworkGraphNodeItem* nodeAt(const QPoint& viewportPos) const;
    void setCurrent(NetworkGraphNodeItem* node, bool notify);
    void setHovered(NetworkGraphNodeItem* node);
    void highlight();
    void scaleBy(qreal factor, const QPoint& anchor);
    void updateLabels();
    void placeLabels();
    void recolor();
    QString toolTipFor(const NetworkGraphNode& node) const;

    std::shared_ptr<const NetworkGraphData> m_data;
    ColorMode m_colorMode = ColorMode::Circle;
    QList<NetworkGraphNodeItem*> m_nodes;
    QHash<qint64, NetworkGraphNodeItem*> m_byContact;
    NetworkGraphNodeItem* m_you = nullptr;
    NetworkGraphEdgesItem* m_edges = nullptr;
    NetworkGraphNodeItem* m_current = nullptr;
    NetworkGraphNodeItem* m_hovered = nullptr;
    QPoint m_pressPos;
    bool m_pressed = false;
    qreal m_fitZoom = 1;
    QString m_message;
};

} // namespace kith
