#include "dashboard/DashboardView.h"

#include "dashboard/AttentionModel.h"
#include "dashboard/CircleSuggestionModel.h"
#include "dashboard/HealthService.h"
#include "health/HealthStatus.h"
#include "widgets/ButtonDelegate.h"
#include "widgets/ChartView.h"
#include "widgets/HealthBarDelegate.h"
#include "widgets/HealthColors.h"
#include "widgets/RecordTableView.h"

#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kith {

namespace {

// Below this width the panels stack in one column.
constexpr int TwoColumnWidth = 980;
constexpr int PanelMinHeight = 290;

qreal msecs(const QDate& date)
{
    return ChartView::x(date);
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// The index of the weekly point nearest to `x`, or -1 when `x` is not within half a week of one.
template <typename Points> int nearestWeek(const Points& points, qreal x)
{
    int best = -1;
    qreal bestDistance = 3.5 * 24 * 3600 * 1000;
    for (int i = 0; i < points.size(); ++i) {
        const qreal distance = std::abs(msecs(points.at(i).first) - x);
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString channelPlural(Channel channel)
{
    switch (channel) {
    case Channel::InPerson:
        return DashboardView::tr("In person");
    case Channel::Call:
        return DashboardView::tr("Calls");
    case Channel::Video:
        return DashboardView::tr("Video calls");
    case Channel::Message:
        return DashboardView::tr("Messages");
    case Channel::Email:
        return DashboardView::tr("Emails");
    case Channel::Social:
        return DashboardView::tr("Social media");
    case Channel::Event:
        return DashboardView::tr("Events");
    }
    return {};
}

QString weekOf(const QDate& date)
{
    return DashboardView::tr("Week of %1").arg(QLocale().toString(date, QLocale::ShortFormat));
}

QAbstractAxis* weekAxis(const QDate& first, const QDate& last)
{
    return ChartView::monthAxis(first, last, 2);
}

QLabel* emptyLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->setMargin(16);
    return label;
}

} // namespace

DashboardView::DashboardView(HealthService& health, QWidget* parent)
    : QWidget(parent)
    , m_health(health)
{
    setObjectName(QStringLiteral("dashboardView"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    // The Due tab's count is another number; say how the two differ.
    m_summary->setToolTip(
        tr("Due or drifting by health: the people whose last interaction is past their keep-in-touch cadence (due) "
           "or more than three cadences ago (drifting); dormant contacts are not counted. The Due tab counts "
           "reminders instead: keep in touch, birthdays and follow-ups due now, without the snoozed ones."));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_busy = new QLabel(tr("Working out how your network is doing…"), this);
    m_busy->setObjectName(QStringLiteral("dashboardBusyLabel"));
    m_busy->setEnabled(false);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(4, 6, 4, 0);
    header->addWidget(m_summary, 1);
    header->addWidget(m_busy);

    auto makeChart = [this](ChartView*& chart, const char* objectName, const QString& title, const QString& file) {
        chart = new ChartView(this);
        chart->setObjectName(QString::fromLatin1(objectName));
        chart->chart()->setTitle(title);
        chart->setImageName(file);
        chart->setMinimumHeight(PanelMinHeight);
        chart->setToolTip(QString());
        connect(chart, &ChartView::imageSaved, this, &DashboardView::imageSaved);
    };
    makeChart(m_healthChart, "networkHealthChart", tr("Network health over the last 12 months"),
              QStringLiteral("kith-network-health"));
    makeChart(m_circleChart, "statusByCircleChart", tr("Contacts by status in each circle"),
              QStringLiteral("kith-status-by-circle"));
    makeChart(m_channelChart, "interactionsByChannelChart", tr("Interactions per week by channel"),
              QStringLiteral("kith-interactions-by-channel"));
    m_listsPanel = createListsPanel();

    m_grid = new QWidget(this);
    m_grid->setObjectName(QStringLiteral("dashboardGrid"));
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(4, 4, 4, 4);
    m_gridLayout->setSpacing(8);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    arrange();
    connect(&m_health, &HealthService::snapshotChanged, this, &DashboardView::onSnapshotChanged);
    onSnapshotChanged();
}

DashboardView::~DashboardView()
{
    m_health.setDashboardWanted(false);
}

QWidget* DashboardView::createListsPanel()
{
    m_listTabs = new QTabWidget(this);
    m_listTabs->setObjectName(QStringLiteral("dashboardListTabs"));
    m_listTabs->setMinimumHeight(PanelMinHeight);

    // Needs attention.
    m_attentionModel = new AttentionModel(this);
    m_attentionTable = new RecordTableView(QAbstractItemView::SingleSelection, m_listTabs);
    m_attentionTable->setObjectName(QStringLiteral("attentionTable"));
    m_attentionTable->setModel(m_attentionModel);
    m_attentionTable->setMouseTracking(true);
    m_attentionTable->setItemDelegateForColumn(AttentionModel::Health,
                                               new HealthBarDelegate(AttentionModel::RawValueRole, m_attentionTable));
    auto* attentionButtons = new ButtonDelegate(m_attentionTable);
    m_attentionTable->setItemDelegateForColumn(AttentionModel::Log, attentionButtons);
    m_attentionTable->setItemDelegateForColumn(AttentionModel::Remind, attentionButtons);
    connect(attentionButtons, &ButtonDelegate::clicked, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(AttentionModel::ContactIdRole).toLongLong();
        if (index.column() == AttentionModel::Log)
            Q_EMIT logInteractionRequested(id);
        else
            Q_EMIT reminderRequested(id);
    });
    connect(m_attentionTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.column() != AttentionModel::Log && index.column() != AttentionModel::Remind)
            Q_EMIT contactActivated(index.data(AttentionModel::ContactIdRole).toLongLong());
    });
    QHeaderView* attentionHeader = m_attentionTable->horizontalHeader();
    attentionHeader->setStretchLastSection(false);
    attentionHeader->setSectionResizeMode(AttentionModel::Name, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    attentionHeader->resizeSection(AttentionModel::Health, metrics.horizontalAdvance(QStringLiteral("100")) + 90);
    attentionHeader->resizeSection(AttentionModel::Change,
                                   metrics.horizontalAdvance(QStringLiteral("30-day change")) + 16);
    attentionHeader->resizeSection(AttentionModel::Status, metrics.horizontalAdvance(QStringLiteral("Drifting")) + 24);
    attentionHeader->resizeSection(AttentionModel::Log, metrics.horizontalAdvance(tr("Log…")) + 36);
    attentionHeader->resizeSection(AttentionModel::Remind, metrics.horizontalAdvance(tr("Remind me…")) + 36);
    m_attentionTable->setToolTip(tr("Whose health fell most in the last 30 days. Double-click to open them."));
    // The same from the context menu, on the current row; Return or a double-click (activated) opens
    // the contact. Ctrl+L and Delete stay the window's: the same keys here would make both ambiguous.
    auto addRowAction = [](QTableView* table, const QString& text, const QKeySequence& shortcut,
                           const std::function<void(const QModelIndex&)>& act) {
        auto* action = new QAction(text, table);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(action, &QAction::triggered, table, [table, act] {
            const QModelIndex current = table->currentIndex();
            if (current.isValid())
                act(current);
        });
        table->addAction(action);
    };
    m_attentionTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    addRowAction(m_attentionTable, tr("&Log Interaction…"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT logInteractionRequested(index.data(AttentionModel::ContactIdRole).toLongLong());
    });
    addRowAction(m_attentionTable, tr("&Remind Me…"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT reminderRequested(index.data(AttentionModel::ContactIdRole).toLongLong());
    });
    addRowAction(m_attentionTable, tr("&Open Contact"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT contactActivated(index.data(AttentionModel::ContactIdRole).toLongLong());
    });
    m_attentionStack = new QStackedWidget(m_listTabs);
    m_attentionStack->addWidget(m_attentionTable);
    m_attentionStack->addWidget(
        emptyLabel(tr("Nobody's health fell over the last 30 days: everyone is where they were."), m_attentionStack));
    m_listTabs->addTab(m_attentionStack, tr("Needs attention"));

    // Circle suggestions.
    m_suggestionModel = new CircleSuggestionModel(this);
    m_suggestionTable = new RecordTableView(QAbstractItemView::SingleSelection, m_listTabs);
    m_suggestionTable->setObjectName(QStringLiteral("suggestionTable"));
    m_suggestionTable->setModel(m_suggestionModel);
    m_suggestionTable->setMouseTracking(true);
    m_suggestionTable->setTextElideMode(Qt::ElideRight);
    auto* suggestionButtons = new ButtonDelegate(m_suggestionTable);
    m_suggestionTable->setItemDelegateForColumn(CircleSuggestionModel::Accept, suggestionButtons);
    m_suggestionTable->setItemDelegateForColumn(CircleSuggestionModel::Ignore, suggestionButtons);
    connect(suggestionButtons, &ButtonDelegate::clicked, this, [this](const QModelIndex& index) {
        const CircleSuggestion suggestion = m_suggestionModel->suggestion(index.row());
        if (index.column() == CircleSuggestionModel::Accept)
            Q_EMIT suggestionAccepted(suggestion);
        else
            Q_EMIT suggestionIgnored(suggestion);
    });
    connect(m_suggestionTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.column() != CircleSuggestionModel::Accept && index.column() != CircleSuggestionModel::Ignore)
            Q_EMIT contactActivated(index.data(CircleSuggestionModel::ContactIdRole).toLongLong());
    });
    QHeaderView* suggestionHeader = m_suggestionTable->horizontalHeader();
    suggestionHeader->setStretchLastSection(false);
    suggestionHeader->setSectionResizeMode(CircleSuggestionModel::Name, QHeaderView::Stretch);
    const int circleWidth = metrics.horizontalAdvance(QStringLiteral("Behaves like your")) + 24;
    suggestionHeader->resizeSection(CircleSuggestionModel::Current, circleWidth);
    suggestionHeader->resizeSection(CircleSuggestionModel::Suggested, circleWidth);
    suggestionHeader->resizeSection(CircleSuggestionModel::Accept, metrics.horizontalAdvance(tr("Move")) + 40);
    suggestionHeader->resizeSection(CircleSuggestionModel::Ignore, metrics.horizontalAdvance(tr("Ignore")) + 40);
    m_suggestionTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    addRowAction(
        m_suggestionTable, tr("&Move to the Suggested Circle"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        [this](const QModelIndex& index) { Q_EMIT suggestionAccepted(m_suggestionModel->suggestion(index.row())); });
    addRowAction(m_suggestionTable, tr("&Ignore"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT suggestionIgnored(m_suggestionModel->suggestion(index.row()));
    });
    addRowAction(m_suggestionTable, tr("&Open Contact"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT contactActivated(index.data(CircleSuggestionModel::ContactIdRole).toLongLong());
    });
    m_suggestionTable->setToolTip(
        tr("The circle each person's contact with you suggests (the most contact first: 5 inner, 10 close, 35 active, "
           "100 acquaintances), where it differs from yours. Double-click to open them."));
    m_suggestionStack = new QStackedWidget(m_listTabs);
    m_suggestionStack->addWidget(m_suggestionTable);
    m_suggestionStack->addWidget(emptyLabel(
        tr("No suggestions: everyone is in the circle their contact with you suggests."), m_suggestionStack));
    m_listTabs->addTab(m_suggestionStack, tr("Circle suggestions"));
    return m_listTabs;
}

void DashboardView::arrange()
{
    const int columns = width() >= TwoColumnWidth ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QWidget*> panels{m_healthChart, m_circleChart, m_channelChart, m_listsPanel};
    for (QWidget* panel : panels)
        m_gridLayout->removeWidget(panel);
    for (int i = 0; i < panels.size(); ++i)
        m_gridLayout->addWidget(panels.at(i), i / columns, i % columns);
    for (int row = 0; row < 4; ++row)
        m_gridLayout->setRowStretch(row, row < 4 / columns ? 1 : 0);
    for (int column = 0; column < 2; ++column)
        m_gridLayout->setColumnStretch(column, column < columns ? 1 : 0);
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_health.setDashboardWanted(true);
}

void DashboardView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_health.setDashboardWanted(false);
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The series take their colours from the palette: draw them again in the new one.
    if (event->type() == QEvent::PaletteChange && m_shown) {
        fillHealthChart(*m_shown);
        fillCircleChart(*m_shown);
        fillChannelChart(*m_shown);
    }
}

void DashboardView::onSnapshotChanged()
{
    auto snapshot = m_health.snapshot();
    const bool usable = snapshot && snapshot->hasDashboard;
    m_busy->setVisible(!usable || m_health.isBusy());
    if (snapshot && !snapshot->error.isEmpty()) {
        m_summary->setText(snapshot->error);
        return;
    }
    if (!usable || snapshot == m_shown)
        return;
    m_shown = snapshot;
    fillSummary(*snapshot);
    fillHealthChart(*snapshot);
    fillCircleChart(*snapshot);
    fillChannelChart(*snapshot);
    fillLists(*snapshot);
}

void DashboardView::fillSummary(const HealthSnapshot& snapshot)
{
    const DashboardData& data = snapshot.dashboard;
    if (data.contacts == 0) {
        m_summary->setText(tr("No contacts yet: add some and log your interactions to see how your network is doing."));
        return;
    }
    int dueOrDrifting = 0;
    for (const CircleStatusCounts& circle : data.statusByCircle)
        dueOrDrifting += circle.counts.value(int(HealthStatus::Due)) + circle.counts.value(int(HealthStatus::Drifting));
    // Label and value, so that no count needs a plural form.
    m_summary->setText(tr("Contacts: %1 · Average health: %2 · Due or drifting by health: %3 (%4%) · As of %5")
                           .arg(QLocale().toString(data.contacts))
                           .arg(qRound(data.averageHealth))
                           .arg(QLocale().toString(dueOrDrifting))
                           .arg(qRound(100.0 * dueOrDrifting / data.contacts))
                           .arg(QLocale().toString(data.date, QLocale::LongFormat)));
}

void DashboardView::fillHealthChart(const HealthSnapshot& snapshot)
{
    const DashboardData& data = snapshot.dashboard;
    QChart* chart = m_healthChart->chart();
    clearChart(chart);
    const QPalette pal = palette();

    auto* health = new QLineSeries;
    health->setName(tr("Average health"));
    for (const auto& [date, value] : data.averageHealthByWeek)
        health->append(msecs(date), value);
    auto* share = new QLineSeries;
    share->setName(tr("Due or drifting (% of contacts)"));
    for (const auto& [date, value] : data.dueOrDriftingShareByWeek)
        share->append(msecs(date), 100.0 * value);
    QPen healthPen(HealthColors::accent(0, pal), 2.5);
    health->setPen(healthPen);
    QPen sharePen(HealthColors::status(HealthStatus::Drifting, pal), 2.0);
    sharePen.setStyle(Qt::DashLine);
    share->setPen(sharePen);
    chart->addSeries(health);
    chart->addSeries(share);

    if (!data.averageHealthByWeek.isEmpty()) {
        QAbstractAxis* x =
            weekAxis(data.averageHealthByWeek.constFirst().first, data.averageHealthByWeek.constLast().first);
        chart->addAxis(x, Qt::AlignBottom);
        health->attachAxis(x);
        share->attachAxis(x);
    }
    auto* left = new QValueAxis;
    left->setRange(0, 100);
    left->setTickCount(6);
    left->setLabelFormat(QStringLiteral("%d"));
    left->setTitleText(tr("Average health (0–100)"));
    chart->addAxis(left, Qt::AlignLeft);
    health->attachAxis(left);
    auto* right = new QValueAxis;
    right->setRange(0, 100);
    right->setTickCount(6);
    right->setLabelFormat(QStringLiteral("%d%%"));
    right->setTitleText(tr("Due or drifting"));
    right->setGridLineVisible(false);
    chart->addAxis(right, Qt::AlignRight);
    share->attachAxis(right);
    m_healthChart->applyPalette();
    m_healthChart->setEmptyText(data.contacts == 0 ? tr("No contacts yet") : QString());

    const auto healthPoints = data.averageHealthByWeek;
    const auto sharePoints = data.dueOrDriftingShareByWeek;
    m_healthChart->setHoverText([healthPoints, sharePoints](const QPointF& value) {
        const int i = nearestWeek(healthPoints, value.x());
        if (i < 0)
            return QString();
        QString text = QLocale().toString(healthPoints.at(i).first, QLocale::LongFormat) + QLatin1Char('\n') +
                       tr("Average health: %1").arg(qRound(healthPoints.at(i).second));
        if (i < sharePoints.size())
            text +=
                QLatin1Char('\n') + tr("Due or drifting: %1% of contacts").arg(qRound(100 * sharePoints.at(i).second));
        return text;
    });
}

void DashboardView::fillCircleChart(const HealthSnapshot& snapshot)
{
    const DashboardData& data = snapshot.dashboard;
    QChart* chart = m_circleChart->chart();
    clearChart(chart);
    const QPalette pal = palette();

    // Innermost at the top: horizontal bars are drawn from the bottom up.
    QList<CircleStatusCounts> circles;
    for (const CircleStatusCounts& circle : data.statusByCircle) {
        if (circle.total > 0)
            circles.prepend(circle);
    }
    QStringList names;
    for (const CircleStatusCounts& circle : std::as_const(circles))
        names << (circle.name.isEmpty() ? tr("No circle") : circle.name);

    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.65);
    for (HealthStatus status : allHealthStatuses()) {
        auto* set = new QBarSet(healthStatusName(status));
        const QColor color = HealthColors::status(status, pal);
        set->setColor(color);
        set->setBorderColor(pal.color(QPalette::Base));
        for (const CircleStatusCounts& circle : std::as_const(circles))
            set->append(circle.counts.value(int(status)));
        series->append(set);
        m_circleChart->addBarTooltips(set, [circles, names, status](int index) {
            if (index < 0 || index >= circles.size())
                return QString();
            const CircleStatusCounts& circle = circles.at(index);
            const int count = circle.counts.value(int(status));
            return tr("%1: %2 of %n contact(s) %3", nullptr, circle.total)
                .arg(names.at(index))
                .arg(count)
                .arg(healthStatusName(status).toLower());
        });
    }
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* counts = new QValueAxis;
    int largest = 0;
    for (const CircleStatusCounts& circle : std::as_const(circles))
        largest = std::max(largest, circle.total);
    counts->setRange(0, std::max(1, largest));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(tr("Contacts"));
    counts->applyNiceNumbers();
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    m_circleChart->applyPalette();
    m_circleChart->setEmptyText(circles.isEmpty() ? tr("No contacts yet") : QString());
}

void DashboardView::fillChannelChart(const HealthSnapshot& snapshot)
{
    const DashboardData& data = snapshot.dashboard;
    QChart* chart = m_channelChart->chart();
    clearChart(chart);
    const QPalette pal = palette();

    QList<ChannelWeeklyCounts> channels;
    for (const ChannelWeeklyCounts& channel : data.interactionsByChannel) {
        const bool any = std::any_of(channel.weeks.cbegin(), channel.weeks.cend(),
                                     [](const QPair<QDate, int>& week) { return week.second > 0; });
        if (any)
            channels << channel;
    }
    QList<QDate> weeks;
    if (!data.interactionsByChannel.isEmpty()) {
        for (const auto& week : data.interactionsByChannel.constFirst().weeks)
            weeks << week.first;
    }

    QList<double> below(weeks.size(), 0.0);
    double top = 0;
    QLineSeries* previous = nullptr;
    QList<QAbstractSeries*> added;
    for (const ChannelWeeklyCounts& channel : std::as_const(channels)) {
        auto* area = new QAreaSeries;
        auto* upper = new QLineSeries(area);
        QLineSeries* lower = nullptr;
        if (previous) {
            lower = new QLineSeries(area);
            lower->replace(previous->points());
        }
        for (int i = 0; i < weeks.size() && i < channel.weeks.size(); ++i) {
            below[i] += channel.weeks.at(i).second;
            upper->append(msecs(weeks.at(i)), below.at(i));
            top = std::max(top, below.at(i));
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(channelPlural(channel.channel));
        QColor fill = HealthColors::channel(channel.channel, pal);
        QColor edge = fill;
        fill.setAlphaF(0.85f);
        area->setBrush(fill);
        area->setPen(QPen(edge.darker(115), 1.0));
        chart->addSeries(area);
        added << area;
        previous = upper;
    }
    if (!weeks.isEmpty()) {
        QAbstractAxis* x = weekAxis(weeks.constFirst(), weeks.constLast());
        chart->addAxis(x, Qt::AlignBottom);
        for (QAbstractSeries* series : std::as_const(added))
            series->attachAxis(x);
    }
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, top * 1.05));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Interactions per week"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : std::as_const(added))
        series->attachAxis(y);
    m_channelChart->applyPalette();
    m_channelChart->setEmptyText(channels.isEmpty() ? tr("No interactions in the last 12 months") : QString());

    m_channelChart->setHoverText([channels](const QPointF& value) {
        if (channels.isEmpty())
            return QString();
        const int i = nearestWeek(channels.constFirst().weeks, value.x());
        if (i < 0)
            return QString();
        QStringList lines{weekOf(channels.constFirst().weeks.at(i).first)};
        int total = 0;
        // Top of the stack first, as the areas are drawn.
        for (auto it = channels.crbegin(); it != channels.crend(); ++it) {
            const int count = it->weeks.value(i).second;
            total += count;
            lines << tr("%1: %2").arg(channelPlural(it->channel)).arg(count);
        }
        lines << tr("Total: %1").arg(total);
        return lines.join(QLatin1Char('\n'));
    });
}

void DashboardView::fillLists(const HealthSnapshot& snapshot)
{
    const DashboardData& data = snapshot.dashboard;
    m_attentionModel->setItems(data.needsAttention, DashboardOptions().attentionDays);
    m_attentionStack->setCurrentIndex(data.needsAttention.isEmpty() ? 1 : 0);
    m_listTabs->setTabText(0, data.needsAttention.isEmpty()
                                  ? tr("Needs attention")
                                  : tr("Needs attention (%1)").arg(data.needsAttention.size()));
    m_suggestionModel->setSuggestions(snapshot.suggestions);
    m_suggestionStack->setCurrentIndex(snapshot.suggestions.isEmpty() ? 1 : 0);
    m_listTabs->setTabText(1, snapshot.suggestions.isEmpty()
                                  ? tr("Circle suggestions")
                                  : tr("Circle suggestions (%1)").arg(snapshot.suggestions.size()));
}

} // namespace kith
