#pragma once

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace kith {

class AttentionModel;
class ChartView;
class CircleSuggestionModel;
class HealthService;
struct CircleSuggestion;
struct HealthSnapshot;

// View > Dashboard: how the whole network is doing. Network health over the last year, contacts
// by status in each circle, interactions per week by channel, who needs attention (with Log and
// Remind buttons) and the circle suggestions (Accept, Ignore). Draws what HealthService computed
// and follows it when the data change.
class DashboardView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(HealthService& health, QWidget* parent = nullptr);
    ~DashboardView() override;

    ChartView* healthChart() const { return m_healthChart; }
    ChartView* circleChart() const { return m_circleChart; }
    ChartView* channelChart() const { return m_channelChart; }
    AttentionModel* attentionModel() const { return m_attentionModel; }
    CircleSuggestionModel* suggestionModel() const { return m_suggestionModel; }

Q_SIGNALS:
    void logInteractionRequested(qint64 contactId);
    void reminderRequested(qint64 contactId);
    void contactActivated(qint64 contactId);
    void suggestionAccepted(const kith::CircleSuggestion& suggestion);
    void suggestionIgnored(const kith::CircleSuggestion& suggestion);
    // A chart was saved as an image (for the status bar).
    void imageSaved(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onSnapshotChanged();
    void fillSummary(const HealthSnapshot& snapshot);
    void fillHealthChart(const HealthSnapshot& snapshot);
    void fillCircleChart(const HealthSnapshot& snapshot);
    void fillChannelChart(const HealthSnapshot& snapshot);
    void fillLists(const HealthSnapshot& snapshot);
    void arrange();
    QWidget* createListsPanel();

    HealthService& m_health;
    QLabel* m_summary = nullptr;
    QLabel* m_busy = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    int m_columns = 0;
    ChartView* m_healthChart = nullptr;
    ChartView* m_circleChart = nullptr;
    ChartView* m_channelChart = nullptr;
    QWidget* m_listsPanel = nullptr;
    QTabWidget* m_listTabs = nullptr;
    AttentionModel* m_attentionModel = nullptr;
    QStackedWidget* m_attentionStack = nullptr;
    QTableView* m_attentionTable = nullptr;
    CircleSuggestionModel* m_suggestionModel = nullptr;
    QStackedWidget* m_suggestionStack = nullptr;
    QTableView* m_suggestionTable = nullptr;
    std::shared_ptr<const HealthSnapshot> m_shown;
};

} // namespace kith
