#include "network/NetworkGraphView.h"

#include "network/NetworkGraphEdgesItem.h"
#include "network/NetworkGraphLabelItem.h"
#include "network/NetworkGraphNodeItem.h"
#include "widgets/HealthColors.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kith {

namespace {

// Node sizes in scene pixels: the weakest ties small, the strongest about four times as wide.
constexpr qreal MinRadius = 3;
constexpr qreal MaxRadius = 10.5;
constexpr qreal YouRadius = 16;
// Names are worked out for this many of the strongest ties; the others show theirs when hovered.
constexpr int LabelledNodes = 300;
constexpr qreal MaxZoom = 12;

// Sized within the strengths shown (the 2,000 strongest ties are all fairly strong), so that differences show.
qreal radiusFor(const NetworkGraphNode& node, double weakest, double strongest)
{
    if (!node.scored)
        return MinRadius - 0.5;
    const double span = strongest - weakest;
    const double share = span > 1e-6 ? (node.strength - weakest) / span : 0.5;
    return MinRadius + (MaxRadius - MinRadius) * std::clamp(share, 0.0, 1.0);
}

} // namespace

NetworkGraphView::NetworkGraphView(QWidget* parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("networkGraphView"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorViewCenter);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Dragging pans and 0 fits: scroll bars would only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(palette().color(QPalette::Base));
    setToolTip(QString());
    viewport()->setMouseTracking(true);
}

NetworkGraphView::~NetworkGraphView() = default;

QColor NetworkGraphView::circleColor(int circleIndex, const QPalette& palette)
{
    // From the innermost circle out: warm and strong to cool and quiet; no circle is a light grey.
    static const char* const light[] = {"#c2417a", "#7d4fb5", "#2e6fc9", "#1a9aa0", "#8c8f96"};
    static const char* const dark[] = {"#ec7fae", "#b18ae6", "#6fa8f0", "#4fd0d6", "#a3a8b0"};
    const bool isDark = HealthColors::isDark(palette);
    if (circleIndex < 0)
        return QColor(QString::fromLatin1(isDark ? "#6b7079" : "#c3c6cc"));
    const int i = std::min(circleIndex, 4);
    return QColor(QString::fromLatin1(isDark ? dark[i] : light[i]));
}

QColor NetworkGraphView::nodeColor(const NetworkGraphNode& node, ColorMode mode, const QPalette& palette)
{
    if (mode == ColorMode::Circle)
        return circleColor(node.circleIndex, palette);
    if (!node.scored)
        return circleColor(-1, palette);
    return HealthColors::status(node.status, palette);
}

NetworkGraphNodeItem* NetworkGraphView::nodeItem(qint64 contactId) const
{
    return m_byContact.value(contactId);
}

qint64 NetworkGraphView::currentContactId() const
{
    return m_current ? m_current->contactId() : 0;
}

qreal NetworkGraphView::zoom() const
{
    return transform().m11();
}

void NetworkGraphView::setMessage(const QString& message)
{
    if (message == m_message)
        return;
    m_message = message;
    viewport()->update();
}

QString NetworkGraphView::toolTipFor(const NetworkGraphNode& node) const
{
    QString text = QStringLiteral("<b>%1</b>").arg(node.name.toHtmlEscaped());
    text += QStringLiteral("<br>") +
            (node.circleName.isEmpty() ? tr("No circle") : tr("%1 circle").arg(node.circleName.toHtmlEscaped()));
    if (node.scored) {
        text += QStringLiteral("<br>") +
                tr("Health %1 (%2)").arg(qRound(node.health)).arg(healthStatusName(node.status).toHtmlEscaped());
        text += QStringLiteral("<br>") + tr("Tie strength %1").arg(qRound(node.strength));
    }
    text += QStringLiteral("<br><i>%1</i>").arg(tr("Double-click to open").toHtmlEscaped());
    return text;
}

void NetworkGraphView::setGraph(std::shared_ptr<const NetworkGraphData> data, bool keepView)
{
    const qint64 current = currentContactId();
    const QTransform oldTransform = transform();
    const QPointF oldCentre = mapToScene(viewport()->rect().center());
    const bool hadGraph = !m_nodes.isEmpty();

    m_current = nullptr;
    m_hovered = nullptr;
    m_edges = nullptr;
    m_you = nullptr;
    m_nodes.clear();
    m_byContact.clear();
    scene()->clear();
    m_data = std::move(data);
    if (!m_data)
        return;

    QList<QPointF> points;
    points.reserve(m_data->nodes.size());
    for (const NetworkGraphNode& node : m_data->nodes)
        points.append(node.position * Scale);
    m_edges = new NetworkGraphEdgesItem(points, m_data->links, QPointF());
    scene()->addItem(m_edges);

    double weakest = 100, strongest = 0;
    for (const NetworkGraphNode& node : m_data->nodes) {
        if (node.scored) {
            weakest = std::min(weakest, node.strength);
            strongest = std::max(strongest, node.strength);
        }
    }
    m_nodes.reserve(m_data->nodes.size());
    // Weaker ties first, so that stronger ones are drawn over them.
    for (int i = int(m_data->nodes.size()) - 1; i >= 0; --i) {
        const NetworkGraphNode& node = m_data->nodes.at(i);
        auto* item = new NetworkGraphNodeItem(i, node.contactId, radiusFor(node, weakest, strongest));
        item->setPos(points.at(i));
        item->setZValue(node.strength / 100.0);
        item->setToolTip(toolTipFor(node));
        scene()->addItem(item);
        m_byContact.insert(node.contactId, item);
    }
    for (int i = 0; i < m_data->nodes.size(); ++i)
        m_nodes.append(m_byContact.value(m_data->nodes.at(i).contactId));

    m_you = new NetworkGraphNodeItem(-1, 0, YouRadius);
    m_you->setZValue(2);
    m_you->setToolTip(tr("<b>You</b><br>Every contact is linked to you; the stronger the tie, the nearer"));
    scene()->addItem(m_you);
    recolor();
    placeLabels();

    const QRectF bounds = scene()->itemsBoundingRect();
    const qreal margin = std::max(bounds.width(), bounds.height()) * 0.5 + 200;
    scene()->setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
    if (keepView && hadGraph) {
        setTransform(oldTransform);
        centerOn(oldCentre);
        m_fitZoom = std::min(m_fitZoom, zoom());
    } else {
        fitAll();
    }
    if (auto* node = m_byContact.value(current))
        setCurrent(node, false);
    else if (current != 0)
        Q_EMIT currentContactChanged(0);
    updateLabels();
}

void NetworkGraphView::recolor()
{
    if (!m_data)
        return;
    const QPalette pal = palette();
    for (NetworkGraphNodeItem* item : std::as_const(m_nodes))
        item->setFill(nodeColor(m_data->nodes.at(item->index()), m_colorMode, pal));
    if (m_you)
        m_you->setFill(pal.color(QPalette::Highlight));
}

void NetworkGraphView::setColorMode(ColorMode mode)
{
    if (mode == m_colorMode)
        return;
    m_colorMode = mode;
    recolor();
}

void NetworkGraphView::placeLabels()
{
    // Each of the strongest ties gets the smallest zoom from which its name overlaps none of the names of
    // stronger ties shown at that zoom: zooming in brings out more names, never a pile of them.
    struct Placed {
        NetworkGraphLabelItem* label;
        QPointF pos; // the node, scene pixels at zoom 1
        qreal radius;
    };
    QList<Placed> placed;
    const QFont font = this->font();
    auto* you = new NetworkGraphLabelItem(tr("You"), font, true);
    you->setPos(m_you->pos());
    you->setNodeRadius(YouRadius);
    you->setMinimumScale(0);
    scene()->addItem(you);
    m_you->setLabel(you);
    placed.append({you, m_you->pos(), YouRadius});

    const int count = std::min<int>(LabelledNodes, int(m_nodes.size()));
    for (int i = 0; i < m_nodes.size(); ++i) {
        NetworkGraphNodeItem* node = m_nodes.at(i);
        const NetworkGraphNode& data = m_data->nodes.at(i);
        auto* label = new NetworkGraphLabelItem(data.name, font);
        label->setPos(node->pos());
        label->setNodeRadius(node->radius());
        node->setLabel(label);
        scene()->addItem(label);
        if (i >= count || !data.scored) {
            label->setMinimumScale(std::numeric_limits<qreal>::infinity());
            continue;
        }
        qreal needed = 0;
        for (const Placed& other : std::as_const(placed)) {
            // At zoom s the two names are (dx s, dy s) pixels apart, centre to centre.
            const qreal dx = std::abs(node->pos().x() - other.pos.x());
            const qreal dy = std::abs(node->pos().y() + node->radius() - other.pos.y() - other.radius);
            // With room around each name, so that the names shown read as a few landmarks, not a wall of text.
            const qreal w = (label->size().width() + other.label->size().width()) / 2 + 40;
            const qreal h = (label->size().height() + other.label->size().height()) / 2 + 14;
            const qreal clear = std::min(dx > 0 ? w / dx : qInf(), dy > 0 ? h / dy : qInf());
            // Only a conflict where the other name is shown.
            if (clear > other.label->minimumScale())
                needed = std::max(needed, clear);
        }
        label->setMinimumScale(needed);
        placed.append({label, node->pos(), node->radius()});
    }
}

void NetworkGraphView::updateLabels()
{
    const qreal s = zoom();
    const QList<QGraphicsItem*> items = scene()->items();
    for (QGraphicsItem* item : items) {
        if (item->type() == NetworkGraphLabelItem::Type)
            static_cast<NetworkGraphLabelItem*>(item)->updateForScale(s);
    }
}

void NetworkGraphView::fitAll()
{
    if (!m_edges || !m_you)
        return;
    QRectF bounds = m_edges->boundingRect() | m_you->sceneBoundingRect();
    bounds.adjust(-20, -20, 20, 20);
    fitInView(bounds, Qt::KeepAspectRatio);
    m_fitZoom = zoom();
    updateLabels();
}

void NetworkGraphView::scaleBy(qreal factor, const QPoint& anchor)
{
    const qreal target = std::clamp(zoom() * factor, m_fitZoom * 0.5, MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    // The scene point under `anchor` stays under it.
    const QPointF fixed = mapToScene(anchor);
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    scale(target / zoom(), target / zoom());
    setTransformationAnchor(old);
    const QPointF drift = QPointF(mapFromScene(fixed)) - QPointF(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    updateLabels();
}

void NetworkGraphView::zoomIn()
{
    scaleBy(1.25, viewport()->rect().center());
}

void NetworkGraphView::zoomOut()
{
    scaleBy(1 / 1.25, viewport()->rect().center());
}

void NetworkGraphView::wheelEvent(QWheelEvent* event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Around the point under the cursor.
    scaleBy(std::pow(1.2, steps), event->position().toPoint());
    event->accept();
}

void NetworkGraphView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current && !m_current->isYou())
            Q_EMIT contactActivated(m_current->contactId());
        return;
    case Qt::Key_Escape:
        setCurrent(nullptr, true);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

NetworkGraphNodeItem* NetworkGraphView::nodeAt(const QPoint& viewportPos) const
{
    // A few pixels of slack, and the nearest centre wins, so that small discs are easy to hit.
    const QRect area(viewportPos - QPoint(4, 4), QSize(9, 9));
    const QList<QGraphicsItem*> hits = items(area, Qt::IntersectsItemShape);
    NetworkGraphNodeItem* best = nullptr;
    qreal bestDistance = qInf();
    for (QGraphicsItem* item : hits) {
        if (item->type() != NetworkGraphNodeItem::Type)
            continue;
        const qreal d = QLineF(mapFromScene(item->pos()), viewportPos).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = static_cast<NetworkGraphNodeItem*>(item);
        }
    }
    return best;
}

void NetworkGraphView::setCurrent(NetworkGraphNodeItem* node, bool notify)
{
    if (node == m_current)
        return;
    if (m_current) {
        m_current->setCurrent(false);
        if (m_current->label() && m_current != m_hovered)
            m_current->label()->setForced(false);
    }
    m_current = node;
    if (m_current) {
        m_current->setCurrent(true);
        if (m_current->label())
            m_current->label()->setForced(true);
    }
    highlight();
    if (notify)
        Q_EMIT currentContactChanged(currentContactId());
}

bool NetworkGraphView::setCurrentContact(qint64 contactId)
{
    NetworkGraphNodeItem* node = m_byContact.value(contactId);
    if (!node)
        return false;
    setCurrent(node, true);
    ensureVisible(node, 80, 80);
    return true;
}

void NetworkGraphView::setHovered(NetworkGraphNodeItem* node)
{
    if (node == m_hovered)
        return;
    if (m_hovered) {
        m_hovered->setHovered(false);
        if (m_hovered->label() && m_hovered != m_current)
            m_hovered->label()->setForced(false);
    }
    m_hovered = node;
    if (m_hovered) {
        m_hovered->setHovered(true);
        if (m_hovered->label())
            m_hovered->label()->setForced(true);
    }
    highlight();
}

void NetworkGraphView::highlight()
{
    if (!m_edges)
        return;
    QList<int> nodes;
    if (m_current)
        nodes.append(m_current->index());
    if (m_hovered && m_hovered != m_current)
        nodes.append(m_hovered->index());
    m_edges->setHighlighted(nodes);
}

void NetworkGraphView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QGraphicsView::mousePressEvent(event);
}

void NetworkGraphView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    // A click, not the end of a drag: the node under it becomes current (nothing, on the background).
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        setCurrent(nodeAt(event->position().toPoint()), true);
}

void NetworkGraphView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        NetworkGraphNodeItem* node = nodeAt(event->position().toPoint());
        if (node && !node->isYou()) {
            setCurrent(node, true);
            Q_EMIT contactActivated(node->contactId());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void NetworkGraphView::mouseMoveEvent(QMouseEvent* event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (!(event->buttons() & Qt::LeftButton))
        setHovered(nodeAt(event->position().toPoint()));
}

void NetworkGraphView::leaveEvent(QEvent* event)
{
    setHovered(nullptr);
    QGraphicsView::leaveEvent(event);
}

void NetworkGraphView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        setBackgroundBrush(palette().color(QPalette::Base));
        recolor();
    }
    QGraphicsView::changeEvent(event);
}

void NetworkGraphView::drawForeground(QPainter* painter, const QRectF& rect)
{
    Q_UNUSED(rect)
    if (m_message.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    painter->setFont(f);
    painter->drawText(viewport()->rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    painter->restore();
}

} // namespace kith
