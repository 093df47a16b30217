#include "network/SocialCapitalPage.h"

#include "dashboard/HealthService.h"
#include "network/SocialCapital.h"
#include "network/SocialCapitalAdvice.h"
#include "network/SocialCapitalThread.h"
#include "storage/Database.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kith {

namespace {

// Long enough to gather a burst of changes (an import, several links added), short enough to feel immediate.
constexpr int DelayMs = 300;
const QString kContactScheme = QStringLiteral("kith-contact:");

QString contactLink(const CapitalContact& contact)
{
    return QStringLiteral("<a href=\"%1%2\">%3</a>")
        .arg(kContactScheme)
        .arg(contact.id)
        .arg(contact.name.toHtmlEscaped());
}

QString clusterNumbers(const QList<int>& clusters)
{
    QStringList numbers;
    for (int c : clusters)
        numbers << QString::number(c + 1);
    return numbers.join(QStringLiteral(", "));
}

// `align`: "left", "right" or "center" per column (left where missing).
QString headerRow(const QStringList& cells, const QStringList& align)
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        row += QStringLiteral("<th align=\"%1\">%2</th>")
                   .arg(align.value(i, QStringLiteral("left")), cells.at(i).toHtmlEscaped());
    return row + QStringLiteral("</tr>");
}

QString row(const QStringList& cells, const QStringList& align)
{
    QString text = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        text += QStringLiteral("<td align=\"%1\">%2</td>").arg(align.value(i, QStringLiteral("left")), cells.at(i));
    return text + QStringLiteral("</tr>");
}

QString table(const QString& rows)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">") + rows +
           QStringLiteral("</table>");
}

} // namespace

SocialCapitalPage::SocialCapitalPage(Database& database, const Clock& clock, HealthService& health, QWidget* parent)
    : QWidget(parent)
    , m_health(health)
{
    setObjectName(QStringLiteral("socialCapitalPage"));
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(DelayMs);
    connect(m_delay, &QTimer::timeout, this, &SocialCapitalPage::compute);
    m_thread = new SocialCapitalThread(database.path(), clock, this);
    connect(m_thread, &SocialCapitalThread::computed, this, &SocialCapitalPage::onComputed);
    m_thread->start(QThread::LowPriority);
    // Weak ties follow tie strength.
    connect(&m_health, &HealthService::snapshotChanged, this, &SocialCapitalPage::invalidate);

    auto* title = new QLabel(tr("Social capital"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("socialCapitalSummary"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("socialCapitalBusy"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_busyLabel = new QLabel(tr("Computing…"), this);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(m_busyLabel);
    header->addWidget(m_progress);

    m_report = new QWidget;
    m_report->setObjectName(QStringLiteral("socialCapitalReport"));
    auto* grid = new QGridLayout(m_report);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    left->setSpacing(10);
    right->setSpacing(10);
    const auto framed = [this](QVBoxLayout* column, const QString& heading, const QString& name, Section& section) {
        auto* frame = new QFrame(m_report);
        frame->setFrameShape(QFrame::StyledPanel);
        section = addSection(frame, heading, name);
        column->addWidget(frame);
    };
    framed(left, tr("Your brokerage"), QStringLiteral("brokerage"), m_brokerage);
    framed(left, tr("Clusters"), QStringLiteral("clusters"), m_clusters);
    left->addStretch(1);
    framed(right, tr("Bridges"), QStringLiteral("bridges"), m_bridges);
    framed(right, tr("Weak ties that span clusters"), QStringLiteral("weakTies"), m_weakTies);
    framed(right, tr("Network size per circle"), QStringLiteral("circles"), m_circles);
    right->addStretch(1);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("socialCapitalScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_report);

    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("socialCapitalEmpty"));
    auto* emptyTitle = new QLabel(tr("No links between your contacts yet"), m_empty);
    QFont emptyFont = emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.3);
    emptyFont.setBold(true);
    emptyTitle->setFont(emptyFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto* emptyText =
        new QLabel(tr("Social capital is measured on how your contacts know each other. Link a few of them (who is "
                      "whose colleague, friend or family), or try File > Open sample network: this page then shows "
                      "the groups in your network, who joins them, the acquaintances who reach beyond your groups, "
                      "and your own brokerage."),
                   m_empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    // A fixed width, so that the wrapped text gets the height it needs.
    emptyText->setFixedWidth(520);
    emptyText->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::MinimumExpanding);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    setBusy(false);
    m_summary->setText(tr("Open this page to measure your network."));
}

SocialCapitalPage::~SocialCapitalPage()
{
    m_thread->disconnect(this);
    delete m_thread; // stops it, after the computation under way
}

SocialCapitalPage::Section SocialCapitalPage::addSection(QWidget* parent, const QString& title, const QString& name)
{
    auto* heading = new QLabel(title, parent);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    Section section;
    section.meaning = new QLabel(parent);
    section.meaning->setObjectName(name + QStringLiteral("Meaning"));
    section.meaning->setWordWrap(true);
    QPalette muted = section.meaning->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    section.meaning->setPalette(muted);
    section.advice = new QLabel(parent);
    section.advice->setObjectName(name + QStringLiteral("Advice"));
    section.advice->setWordWrap(true);
    section.advice->setTextFormat(Qt::RichText);
    section.body = new QLabel(parent);
    section.body->setObjectName(name + QStringLiteral("Body"));
    section.body->setWordWrap(true);
    section.body->setTextFormat(Qt::RichText);
    section.body->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    section.body->setOpenExternalLinks(false);
    connect(section.body, &QLabel::linkActivated, this, &SocialCapitalPage::openLink);
    auto* layout = new QVBoxLayout(parent);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(section.meaning);
    layout->addWidget(section.advice);
    layout->addSpacing(4);
    layout->addWidget(section.body);
    return section;
}

void SocialCapitalPage::invalidate()
{
    m_stale = true;
    if (isVisible())
        m_delay->start();
}

void SocialCapitalPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_busy)
        m_delay->start();
}

void SocialCapitalPage::compute()
{
    m_delay->stop();
    if (m_busy) {
        m_pending = true; // the running one read the file before this change
        return;
    }
    const auto snapshot = m_health.snapshot();
    if (!snapshot) {
        // The tie strengths are not known yet: wait for the health worker (snapshotChanged invalidates).
        m_progress->show();
        m_busyLabel->show();
        return;
    }
    SocialCapitalThread::Request request;
    request.strengths.reserve(snapshot->scores.size());
    for (auto it = snapshot->scores.cbegin(); it != snapshot->scores.cend(); ++it)
        request.strengths.insert(it.key(), it->strength);
    m_stale = false;
    m_pending = false;
    setBusy(true);
    m_thread->post(request);
}

void SocialCapitalPage::onComputed()
{
    const auto outcome = m_thread->outcome();
    setBusy(false);
    if (outcome && outcome->capital) {
        m_capital = std::make_unique<SocialCapital>(*outcome->capital);
        fill();
    } else if (outcome) {
        // The last good report stays on screen.
        m_summary->setText(tr("Could not measure the network: %1").arg(outcome->error));
    }
    if (m_pending || (m_stale && isVisible()))
        compute();
}

void SocialCapitalPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

void SocialCapitalPage::openLink(const QString& link)
{
    if (!link.startsWith(kContactScheme))
        return;
    bool ok = false;
    const qint64 id = link.mid(kContactScheme.size()).toLongLong(&ok);
    if (ok && id > 0)
        Q_EMIT contactActivated(id);
}

void SocialCapitalPage::fill()
{
    const SocialCapital& c = *m_capital;
    const QLocale locale;
    m_stack->setCurrentWidget(c.links == 0 ? m_empty : m_stack->widget(0));
    if (c.links == 0) {
        m_summary->setText(tr("%Ln contacts, no links between them", nullptr, c.contacts));
    } else {
        // Three counts: one counted phrase each, so that each can take its plural.
        //: Between the counts of the social capital summary ("12 contacts, 30 links between them, 3 clusters").
        const QString separator = tr(", ");
        m_summary->setText(tr("%Ln contacts", nullptr, c.contacts) + separator +
                           tr("%Ln links between them", nullptr, c.links) + separator +
                           tr("%Ln clusters", nullptr, c.clusterCount));
    }
    const auto explain = [](Section& section, const CapitalAdvice& advice) {
        section.meaning->setText(advice.meaning);
        section.advice->setText(QStringLiteral("<b>%1</b> %2").arg(tr("What to do:"), advice.advice.toHtmlEscaped()));
    };

    // Brokerage.
    explain(m_brokerage, SocialCapitalAdvice::brokerage(c));
    const Brokerage& b = c.brokerage;
    if (b.alters == 0) {
        m_brokerage.body->clear();
    } else {
        const auto figure = [](const QString& value, const QString& label) {
            return QStringLiteral("<td align=\"center\"><span style=\"font-size:x-large; font-weight:600\">%1</span>"
                                  "<br>%2</td>")
                .arg(value, label.toHtmlEscaped());
        };
        m_brokerage.body->setText(
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>") +
            figure(locale.toString(b.constraint, 'f', 3), tr("constraint")) +
            figure(tr("%1 of %2").arg(locale.toString(b.effectiveSize, 'f', 1), locale.toString(b.alters)),
                   tr("effective size")) +
            figure(locale.toString(qRound(b.efficiency * 100)) + QStringLiteral("%"), tr("efficiency")) +
            QStringLiteral("</tr></table><p>") +
            QString(tr("Measured on you and the %Ln people of your %1 circles.", nullptr, b.alters)
                        .arg(SocialCapitalAdvice::listOfNames(b.circles)) +
                    QLatin1Char(' ') + tr("There are %Ln links among them.", nullptr, b.altersLinks))
                .toHtmlEscaped() +
            QStringLiteral("</p>"));
    }

    // Size per circle.
    explain(m_circles, SocialCapitalAdvice::circles(c));
    {
        const QStringList alignment{QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("right")};
        QString rows = headerRow({tr("Circle"), tr("Contacts"), tr("Linked to others")}, alignment);
        for (const CircleSize& size : c.circles)
            rows += row({size.name.toHtmlEscaped(), locale.toString(size.contacts), locale.toString(size.linked)},
                        alignment);
        m_circles.body->setText(table(rows));
    }

    // Clusters.
    explain(m_clusters, SocialCapitalAdvice::clusters(c));
    {
        QString text;
        for (const NetworkCluster& cluster : c.clusters) {
            QStringList members;
            for (const CapitalContact& member : cluster.members)
                members << contactLink(member);
            if (cluster.size > cluster.members.size())
                members << tr("%n more", nullptr, int(cluster.size - cluster.members.size())).toHtmlEscaped();
            QString bond;
            if (cluster.bond == ClusterBond::Organization)
                bond = tr("%1 of them at %2").arg(cluster.bondCount).arg(cluster.bondName);
            else if (cluster.bond == ClusterBond::Circle)
                bond = tr("%1 of them in your %2 circle").arg(cluster.bondCount).arg(cluster.bondName);
            text += QStringLiteral("<p><b>%1</b> &nbsp;%2%3<br>%4</p>")
                        .arg(tr("Cluster %1").arg(cluster.index + 1).toHtmlEscaped(),
                             tr("%n people, ", nullptr, cluster.size).toHtmlEscaped() +
                                 tr("%n links inside", nullptr, cluster.links).toHtmlEscaped(),
                             bond.isEmpty() ? QString() : QStringLiteral(" · <i>%1</i>").arg(bond.toHtmlEscaped()),
                             members.join(QStringLiteral(", ")));
        }
        if (c.clusterCount > c.clusters.size())
            text += QStringLiteral("<p>%1</p>")
                        .arg(tr("…and %n smaller clusters.", nullptr, int(c.clusterCount - c.clusters.size()))
                                 .toHtmlEscaped());
        if (c.clusterCount > 0)
            text += QStringLiteral("<p>%1</p>")
                        .arg(tr("Modularity %1 (0.3 and above: clear groups).")
                                 .arg(locale.toString(c.modularity, 'f', 2))
                                 .toHtmlEscaped());
        m_clusters.body->setText(text);
    }

    // Bridges.
    explain(m_bridges, SocialCapitalAdvice::bridges(c));
    {
        const QStringList alignment{QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("center"),
                                    QStringLiteral("left")};
        QString rows = headerRow({tr("Contact"), tr("Betweenness"), tr("Cluster"), tr("Reaches clusters")}, alignment);
        for (const NetworkBridge& bridge : c.bridges)
            rows += row({contactLink(bridge.contact), locale.toString(bridge.betweenness, 'f', 0),
                         QString::number(bridge.cluster + 1), clusterNumbers(bridge.clusters)},
                        alignment);
        QString text = c.bridges.isEmpty() ? QString() : table(rows);
        if (!c.betweennessExact && !c.bridges.isEmpty())
            text += QStringLiteral("<p>%1</p>")
                        .arg(tr("Betweenness estimated from the shortest paths of %1 contacts spread over the network.")
                                 .arg(locale.toString(c.betweennessSources))
                                 .toHtmlEscaped());
        m_bridges.body->setText(text);
    }

    // Weak ties.
    const SocialCapitalOptions options;
    explain(m_weakTies, SocialCapitalAdvice::weakTies(c, options.weakTieStrength));
    {
        const QStringList alignment{QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("center"),
                                    QStringLiteral("left")};
        QString rows = headerRow({tr("Contact"), tr("Tie strength"), tr("Cluster"), tr("Reaches clusters")}, alignment);
        for (const WeakTie& tie : c.weakTies)
            rows += row({contactLink(tie.contact), locale.toString(tie.strength, 'f', 0),
                         QString::number(tie.cluster + 1), clusterNumbers(tie.clusters)},
                        alignment);
        m_weakTies.body->setText(c.weakTies.isEmpty() ? QString() : table(rows));
    }
}

} // namespace kith
