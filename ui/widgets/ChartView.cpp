#include "widgets/ChartView.h"

#include "widgets/HealthColors.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QStandardPaths>
#include <QToolTip>

namespace kith {

ChartView::ChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumSize(260, 200);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    applyPalette();
}

void ChartView::applyPalette()
{
    m_applyingPalette = true;
    QChart* c = chart();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.75);
    QColor grid = text;
    grid.setAlphaF(HealthColors::isDark(pal) ? 0.16 : 0.12);
    QColor axisLine = text;
    axisLine.setAlphaF(0.35);

    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(QPen(pal.color(QPalette::Mid), 0.5));
    c->setBackgroundRoundness(4);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.08);
    c->setTitleFont(titleFont);

    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    const QList<QAbstractAxis*> axes = c->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsBrush(muted);
        axis->setLabelsFont(labelFont);
        axis->setTitleBrush(muted);
        axis->setTitleFont(labelFont);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
    QLegend* legend = c->legend();
    legend->setLabelColor(text);
    legend->setFont(labelFont);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);
    setBackgroundBrush(pal.color(QPalette::Window));
    m_applyingPalette = false;
    viewport()->update();
}

qreal ChartView::x(const QDate& date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

QDate ChartView::dateAt(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).date();
}

QCategoryAxis* ChartView::monthAxis(const QDate& first, const QDate& last, int stepMonths, bool withYears)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(x(first));
    axis->setRange(x(first), x(last));
    const int step = std::max(1, stepMonths);
    bool firstLabel = true;
    for (QDate month = QDate(first.year(), first.month(), 1).addMonths(1); month <= last; month = month.addMonths(1)) {
        if ((month.month() - 1) % step != 0)
            continue;
        const bool withYear = withYears && (firstLabel || month.month() == 1);
        firstLabel = false;
        axis->append(QLocale().toString(month, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM")),
                     qreal(QDateTime(month, QTime(0, 0)).toMSecsSinceEpoch()));
    }
    return axis;
}

void ChartView::setEmptyText(const QString& text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void ChartView::addBarTooltips(QBarSet* set, const std::function<QString(int index)>& text)
{
    connect(set, &QBarSet::hovered, this, [this, text](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), text(index), this);
        else
            QToolTip::hideText();
    });
}

QImage ChartView::image() const
{
    const qreal ratio = devicePixelRatioF();
    QImage image(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const_cast<ChartView*>(this)->render(&painter);
    return image;
}

bool ChartView::saveImage(const QString& path) const
{
    return image().save(path, "PNG");
}

void ChartView::saveImageDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = (m_imageName.isEmpty() ? QStringLiteral("chart") : m_imageName) + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"), QDir(folder).filePath(name),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveImage(path)) {
        QToolTip::showText(
            mapToGlobal(rect().center()),
            tr("Cannot save %1: check the folder exists and can be written to.").arg(QDir::toNativeSeparators(path)),
            this);
        return;
    }
    Q_EMIT imageSaved(path);
}

void ChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_applyingPalette)
        applyPalette();
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* save = menu.addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Save as PNG…"));
    save->setObjectName(QStringLiteral("actionSaveChart"));
    QAction* copy = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Image"));
    copy->setObjectName(QStringLiteral("actionCopyChart"));
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == save)
        saveImageDialog();
    else if (chosen == copy)
        QApplication::clipboard()->setImage(image());
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    const QList<QAbstractSeries*> series = chart()->series();
    if (!m_hoverText || series.isEmpty())
        return;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos)) {
        QToolTip::hideText();
        return;
    }
    const QString text = m_hoverText(chart()->mapToValue(chartPos, series.constFirst()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void ChartView::leaveEvent(QEvent* event)
{
    QChartView::leaveEvent(event);
    QToolTip::hideText();
}

void ChartView::paintEvent(QPaintEvent* event)
{
    QChartView::paintEvent(event);
    if (m_emptyText.isEmpty())
        return;
    QPainter painter(viewport());
    QColor muted = palette().color(QPalette::WindowText);
    muted.setAlphaF(0.6);
    painter.setPen(muted);
    const QRect plot = mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
    const QRect area = plot.isEmpty() ? viewport()->rect() : plot;
    painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

} // namespace kith
