#pragma once

#include <QChartView>
#include <QDate>

#include <functional>

class QBarSet;
class QCategoryAxis;

namespace kith {

// A chart as Kith shows them: coloured from the widget's palette (light or dark, and again when
// the palette changes), antialiased, with a tooltip for what is under the mouse, a short text in
// place of an empty chart, and Save as PNG / Copy Image in its context menu.
class ChartView final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    // Text for the point under the mouse, in the values of the chart's first series; empty for none.
    using HoverText = std::function<QString(const QPointF& value)>;

    explicit ChartView(QWidget* parent = nullptr);

    // Titles, axes, legend and grid take the palette's colours; call after adding series and axes.
    void applyPalette();
    // Shown over the plot area while the chart has nothing to show (empty text: nothing shown).
    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }
    void setHoverText(HoverText hoverText) { m_hoverText = std::move(hoverText); }
    // A tooltip per bar: `text` gets the bar's index in the set.
    void addBarTooltips(QBarSet* set, const std::function<QString(int index)>& text);

    // The chart as an image, at the widget's size and the screen's pixel ratio.
    QImage image() const;
    bool saveImage(const QString& path) const;
    // An x axis over dates (series put dates at ChartView::x(date)) labelled at the start of every
    // `stepMonths`-th month, with the year at January and on the first label when `withYears`.
    static QCategoryAxis* monthAxis(const QDate& first, const QDate& last, int stepMonths, bool withYears = true);
    // Where a date goes on such an axis.
    static qreal x(const QDate& date);
    static QDate dateAt(qreal x);

    // What "Save as PNG…" offers as the file name.
    void setImageName(const QString& baseName) { m_imageName = baseName; }

Q_SIGNALS:
    // The image was saved (for the status bar).
    void imageSaved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void saveImageDialog();

    QString m_emptyText;
    QString m_imageName;
    HoverText m_hoverText;
    bool m_applyingPalette = false;
};

} // namespace kith
