#include "network/NetworkGraphPage.h"

#include "dashboard/HealthService.h"
#include "domain/Circle.h"
#include "domain/Tag.h"
#include "domain/Topic.h"
#include "health/HealthStatus.h"
#include "network/NetworkGraphThread.h"
#include "network/NetworkGraphView.h"
#include "storage/CircleStore.h"
#include "storage/Database.h"
#include "storage/TagStore.h"
#include "storage/TopicStore.h"
#include "widgets/HealthColors.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace kith {

namespace {

// Long enough to gather a burst of changes or keystrokes into one layout.
constexpr int DelayMs = 250;
constexpr int Everyone = 1'000'000;

QString dot(const QColor& color)
{
    return QStringLiteral("<span style=\"color:%1; font-size:large\">&#x25CF;</span>").arg(color.name());
}

} // namespace

NetworkGraphPage::NetworkGraphPage(Database& database, const Clock& clock, HealthService& health, TagStore& tags,
                                   CircleStore& circles, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_health(health)
    , m_tags(tags)
    , m_circles(circles)
{
    setObjectName(QStringLiteral("networkGraphPage"));
    m_view = new NetworkGraphView(this);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(DelayMs);
    connect(m_delay, &QTimer::timeout, this, &NetworkGraphPage::request);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("networkLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatusLabel"));
    m_status->setEnabled(false); // quieter, as a caption
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(4, 0, 4, 4);
    footer->addWidget(m_legend);
    footer->addStretch(1);
    footer->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    m_thread = new NetworkGraphThread(database.path(), clock, this);
    connect(m_thread, &NetworkGraphThread::computed, this, &NetworkGraphPage::onComputed);
    m_thread->start(QThread::LowPriority);

    connect(m_view, &NetworkGraphView::currentContactChanged, this, &NetworkGraphPage::currentContactChanged);
    connect(m_view, &NetworkGraphView::contactActivated, this, &NetworkGraphPage::contactActivated);
    // Strength and health size and colour the nodes, and choose the strongest ties.
    connect(&m_health, &HealthService::snapshotChanged, this, &NetworkGraphPage::invalidate);
    connect(&m_tags, &TagStore::tagsChanged, this, [this] {
        fillTags();
        invalidate();
    });
    connect(&m_circles, &CircleStore::circlesChanged, this, [this] {
        fillCircles();
        updateLegend();
        invalidate();
    });
    fillCircles();
    fillTags();
    updateLegend();
    updateStatus();
}

NetworkGraphPage::~NetworkGraphPage()
{
    m_thread->disconnect(this);
    delete m_thread; // stops it, after the layout under way
}

QWidget* NetworkGraphPage::createFilterBar()
{
    // A tool bar, so that what does not fit a narrow window goes into its overflow menu.
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("networkFilterBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(18, 18));
    auto label = [bar](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };

    m_colorCombo = new QComboBox(bar);
    m_colorCombo->setObjectName(QStringLiteral("networkColorCombo"));
    m_colorCombo->addItem(tr("Circle"), int(NetworkGraphView::ColorMode::Circle));
    m_colorCombo->addItem(tr("Health"), int(NetworkGraphView::ColorMode::Health));
    m_colorCombo->setToolTip(tr("Colour each contact by their circle or by how the relationship is doing"));
    connect(m_colorCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setColorMode(NetworkGraphView::ColorMode(m_colorCombo->currentData().toInt()));
        updateLegend();
    });

    m_circleCombo = new QComboBox(bar);
    m_circleCombo->setObjectName(QStringLiteral("networkCircleCombo"));
    m_circleCombo->setToolTip(tr("Show only the contacts in one circle"));
    connect(m_circleCombo, &QComboBox::currentIndexChanged, this, &NetworkGraphPage::request);

    m_tagCombo = new QComboBox(bar);
    m_tagCombo->setObjectName(QStringLiteral("networkTagCombo"));
    m_tagCombo->setToolTip(tr("Show only the contacts with one tag"));
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, &NetworkGraphPage::request);

    m_topicField = new QLineEdit(bar);
    m_topicField->setObjectName(QStringLiteral("networkTopicField"));
    m_topicField->setPlaceholderText(tr("Any topic"));
    m_topicField->setClearButtonEnabled(true);
    m_topicField->setToolTip(tr("Show only the contacts with this topic: what they can help with, their "
                                "interests, goals and needs"));
    m_topicField->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("machine learning")) + 40);
    auto* completer = new QCompleter(new QStringListModel(this), m_topicField);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_topicField->setCompleter(completer);
    connect(m_topicField, &QLineEdit::textChanged, this, [this] { m_delay->start(); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &NetworkGraphPage::request);

    m_limitCombo = new QComboBox(bar);
    m_limitCombo->setObjectName(QStringLiteral("networkLimitCombo"));
    for (int n : {100, 250, 500, 1000, 2000, 5000})
        m_limitCombo->addItem(tr("%Ln strongest ties", nullptr, n), n);
    m_limitCombo->addItem(tr("Everyone"), Everyone);
    m_limitCombo->setCurrentIndex(m_limitCombo->findData(NetworkGraphFilter::DefaultLimit));
    m_limitCombo->setToolTip(tr("How many contacts to draw, the strongest ties first; large networks take longer "
                                "to lay out"));
    connect(m_limitCombo, &QComboBox::currentIndexChanged, this, &NetworkGraphPage::request);

    auto tool = [bar](const char* objectName, const char* icon, const QString& text, const QString& tip) {
        auto* button = new QToolButton(bar);
        button->setObjectName(QString::fromLatin1(objectName));
        button->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        return button;
    };
    QToolButton* zoomOut = tool("networkZoomOutButton", "zoom-out", QStringLiteral("−"), tr("Zoom out (-)"));
    QToolButton* zoomIn = tool("networkZoomInButton", "zoom-in", QStringLiteral("+"), tr("Zoom in (+)"));
    m_fitButton = tool("networkFitButton", "zoom-fit-best", tr("Fit"), tr("Show the whole network (0)"));
    connect(zoomOut, &QToolButton::clicked, m_view, &NetworkGraphView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_view, &NetworkGraphView::zoomIn);
    connect(m_fitButton, &QToolButton::clicked, m_view, &NetworkGraphView::fitAll);

    m_busyBar = new QProgressBar(bar);
    m_busyBar->setObjectName(QStringLiteral("networkBusyBar"));
    m_busyBar->setRange(0, 0); // busy, for as long as it takes
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(90);
    m_busyBar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busyBar->setToolTip(tr("Laying out the network…"));

    auto gap = [bar](int width) {
        auto* spacer = new QWidget(bar);
        spacer->setFixedWidth(width);
        return spacer;
    };
    auto* stretch = new QWidget(bar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(gap(4));
    bar->addWidget(label(tr("C&olour by:"), m_colorCombo));
    bar->addWidget(m_colorCombo);
    bar->addWidget(gap(12));
    bar->addWidget(label(tr("&Circle:"), m_circleCombo));
    bar->addWidget(m_circleCombo);
    bar->addWidget(gap(6));
    bar->addWidget(label(tr("T&ag:"), m_tagCombo));
    bar->addWidget(m_tagCombo);
    bar->addWidget(gap(6));
    bar->addWidget(label(tr("To&pic:"), m_topicField));
    bar->addWidget(m_topicField);
    bar->addWidget(gap(6));
    bar->addWidget(label(tr("&Show:"), m_limitCombo));
    bar->addWidget(m_limitCombo);
    bar->addWidget(stretch);
    // Shown and hidden through its action: a tool bar's widgets follow their actions.
    m_busyAction = bar->addWidget(m_busyBar);
    m_busyAction->setVisible(false);
    bar->addWidget(gap(6));
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(m_fitButton);
    return bar;
}

void NetworkGraphPage::fillCircles()
{
    const QString current = m_circleCombo->currentData().toString();
    const QSignalBlocker block(m_circleCombo);
    m_circleCombo->clear();
    m_circleCombo->addItem(tr("All circles"), QString());
    if (auto circles = m_circles.all()) {
        for (const Circle& circle : *circles)
            m_circleCombo->addItem(circle.name, circle.key);
    }
    m_circleCombo->setCurrentIndex(std::max(0, m_circleCombo->findData(current)));
}

void NetworkGraphPage::fillTags()
{
    const qint64 current = m_tagCombo->currentData().toLongLong();
    const QSignalBlocker block(m_tagCombo);
    m_tagCombo->clear();
    m_tagCombo->addItem(tr("Any tag"), qint64(0));
    if (auto tags = m_tags.all()) {
        for (const Tag& tag : *tags)
            m_tagCombo->addItem(tag.name, tag.id);
    }
    m_tagCombo->setCurrentIndex(std::max(0, m_tagCombo->findData(current)));
}

void NetworkGraphPage::fillTopics()
{
    QStringList names;
    if (auto topics = TopicStore(m_database, m_clock).all()) {
        for (const Topic& topic : *topics)
            names << topic.name;
    }
    auto* model = static_cast<QStringListModel*>(m_topicField->completer()->model());
    if (model->stringList() != names)
        model->setStringList(names);
}

NetworkGraphFilter NetworkGraphPage::filter() const
{
    NetworkGraphFilter f;
    f.circleKey = m_circleCombo->currentData().toString();
    f.tagId = m_tagCombo->currentData().toLongLong();
    f.topic = m_topicField->text().simplified();
    f.limit = m_limitCombo->currentData().toInt();
    return f;
}

bool NetworkGraphPage::isBusy() const
{
    return m_busy || m_delay->isActive();
}

qint64 NetworkGraphPage::currentContactId() const
{
    return m_view->currentContactId();
}

void NetworkGraphPage::invalidate()
{
    m_stale = true;
    if (!isVisible())
        return;
    fillTopics(); // a topic may have come or gone
    m_delay->start();
}

void NetworkGraphPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillTopics();
    // Links and topics can change through other windows and connections: look again each time.
    m_stale = true;
    m_delay->stop();
    request();
}

void NetworkGraphPage::request()
{
    m_delay->stop();
    if (!isVisible())
        return;
    const auto snapshot = m_health.snapshot();
    if (!snapshot) {
        // Strength chooses and sizes the nodes: wait for it (snapshotChanged calls again).
        m_view->setMessage(tr("Working out how strong your ties are…"));
        m_busyAction->setVisible(true);
        return;
    }
    NetworkGraphThread::Request request;
    request.generation = ++m_generation;
    request.filter = filter();
    request.health = snapshot;
    m_busy = true;
    m_stale = false;
    m_busyAction->setVisible(true);
    updateStatus();
    m_thread->post(request);
}

void NetworkGraphPage::onComputed()
{
    const auto data = m_thread->result();
    // Made for a filter or data that has changed since: the newer request is on its way.
    if (!data || data->generation != m_generation)
        return;
    m_busy = false;
    m_busyAction->setVisible(false);
    m_error = data->error;
    if (data->relaidOut)
        m_status->setToolTip(tr("Laid out in %1 ms").arg(qRound(data->layoutMs)));
    if (data->error.isEmpty()) {
        const bool keep = !data->relaidOut && m_view->graph() && m_view->graph()->filter == data->filter;
        m_view->setGraph(data, keep);
        m_view->setMessage(data->nodes.isEmpty()
                               ? (data->total == 0 ? tr("No contacts yet.") : tr("No contact matches these filters."))
                               : QString());
    } else if (!m_view->graph()) {
        m_view->setMessage(tr("The network cannot be shown: %1").arg(data->error));
    }
    updateStatus();
    Q_EMIT graphShown();
}

void NetworkGraphPage::updateLegend()
{
    const QPalette pal = palette();
    QStringList parts;
    if (NetworkGraphView::ColorMode(m_colorCombo->currentData().toInt()) == NetworkGraphView::ColorMode::Circle) {
        if (auto circles = m_circles.all()) {
            for (int i = 0; i < circles->size(); ++i)
                parts << dot(NetworkGraphView::circleColor(i, pal)) + QLatin1Char(' ') +
                             circles->at(i).name.toHtmlEscaped();
        }
        parts << dot(NetworkGraphView::circleColor(-1, pal)) + QLatin1Char(' ') + tr("No circle").toHtmlEscaped();
    } else {
        for (HealthStatus status : allHealthStatuses())
            parts << dot(HealthColors::status(status, pal)) + QLatin1Char(' ') +
                         healthStatusName(status).toHtmlEscaped();
    }
    parts << tr("Larger: stronger tie").toHtmlEscaped();
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
}

void NetworkGraphPage::updateStatus()
{
    const auto data = m_view->graph();
    const QLocale locale;
    QString text;
    if (m_busy) {
        text = tr("Laying out the network…");
    } else if (data && data->error.isEmpty()) {
        const int shown = int(data->nodes.size());
        const bool filtered = data->matching < data->total;
        //: %1 (at least 100) is how many are drawn, %n how many contacts there are.
        if (shown < data->matching && filtered)
            text = tr("The %1 strongest ties of %Ln matching contacts", nullptr, data->matching)
                       .arg(locale.toString(shown));
        else if (shown < data->matching)
            //: %1 (at least 100) is how many are drawn, %n how many contacts there are.
            text = tr("Your %1 strongest ties of %Ln contacts", nullptr, data->total).arg(locale.toString(shown));
        else if (filtered)
            //: %n contacts are drawn, those matching the search, of %1 in all.
            text = tr("%Ln matching contacts of %1", nullptr, shown).arg(locale.toString(data->total));
        else
            text = tr("All %Ln contacts", nullptr, shown);
        text += QStringLiteral(" · ") + tr("%Ln links between them", nullptr, int(data->links.size()));
    }
    if (!m_error.isEmpty())
        text = tr("The network could not be read again: %1").arg(m_error);
    m_status->setText(text);
}

} // namespace kith
