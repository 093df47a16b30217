#include "contacts/ContactHealthPanel.h"

#include "contacts/HealthText.h"
#include "dashboard/HealthService.h"
#include "health/CircleSuggester.h"
#include "health/HealthStatus.h"
#include "widgets/ChartView.h"
#include "widgets/HealthColors.h"

#include <QCategoryAxis>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace kith {

namespace {

constexpr int ChartHeight = 200;

qreal msecs(const QDate& date)
{
    return ChartView::x(date);
}

QString channelText(Channel channel)
{
    switch (channel) {
    case Channel::InPerson:
        return ContactHealthPanel::tr("in person");
    case Channel::Call:
        return ContactHealthPanel::tr("call");
    case Channel::Video:
        return ContactHealthPanel::tr("video call");
    case Channel::Message:
        return ContactHealthPanel::tr("message");
    case Channel::Email:
        return ContactHealthPanel::tr("email");
    case Channel::Social:
        return ContactHealthPanel::tr("social media");
    case Channel::Event:
        return ContactHealthPanel::tr("event");
    }
    return {};
}

// Health at `day` read off the weekly points, for placing an interaction's mark on the line.
double healthAt(const QList<QPair<QDate, double>>& points, const QDate& day)
{
    if (points.isEmpty())
        return 0;
    for (int i = 1; i < points.size(); ++i) {
        const QDate& a = points.at(i - 1).first;
        const QDate& b = points.at(i).first;
        if (day <= b) {
            const double span = double(a.daysTo(b));
            const double t = span > 0 ? qBound(0.0, a.daysTo(day) / span, 1.0) : 1.0;
            return points.at(i - 1).second + t * (points.at(i).second - points.at(i - 1).second);
        }
    }
    return points.constLast().second;
}

} // namespace

ContactHealthPanel::ContactHealthPanel(HealthService& health, QWidget* parent)
    : QWidget(parent)
    , m_health(health)
{
    setObjectName(QStringLiteral("contactHealthPanel"));

    m_numbers = new QLabel(this);
    m_numbers->setObjectName(QStringLiteral("healthNumbersLabel"));
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setWordWrap(true);
    m_numbers->setToolTip(tr("Health: how well you are keeping up with this person now (recency 60%, frequency "
                             "40%).\nStrength: how strong the tie is (both reaching out, how long you have known each "
                             "other, depth)."));
    auto makeText = [this](QLabel*& label, const char* objectName) {
        label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    };
    makeText(m_summary, "healthSummaryLabel");
    makeText(m_status, "healthStatusLabel");
    makeText(m_strength, "healthStrengthLabel");
    m_strength->setEnabled(false); // muted: the detail behind the headline

    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("contactHealthChart"));
    m_chart->setMinimumSize(160, ChartHeight);
    m_chart->setMaximumHeight(ChartHeight + 40);
    m_chart->setImageName(QStringLiteral("kith-contact-health"));
    m_chart->chart()->setTitle(tr("Health over the last 12 months"));
    m_chart->chart()->setMargins(QMargins(2, 2, 8, 2));

    m_suggestionFrame = new QFrame(this);
    m_suggestionFrame->setObjectName(QStringLiteral("circleSuggestionFrame"));
    m_suggestionFrame->setFrameShape(QFrame::StyledPanel);
    m_suggestionText = new QLabel(m_suggestionFrame);
    m_suggestionText->setObjectName(QStringLiteral("circleSuggestionLabel"));
    m_suggestionText->setWordWrap(true);
    m_acceptButton = new QPushButton(m_suggestionFrame);
    m_acceptButton->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_ignoreButton = new QPushButton(tr("Ignore"), m_suggestionFrame);
    m_ignoreButton->setObjectName(QStringLiteral("ignoreSuggestionButton"));
    m_ignoreButton->setToolTip(tr("Keep them in their circle and do not suggest this again"));
    // Queued: either changes the data, which rebuilds this panel under the clicked button.
    connect(
        m_acceptButton, &QPushButton::clicked, this,
        [this] {
            if (m_suggestion)
                Q_EMIT suggestionAccepted(*m_suggestion);
        },
        Qt::QueuedConnection);
    connect(
        m_ignoreButton, &QPushButton::clicked, this,
        [this] {
            if (m_suggestion)
                Q_EMIT suggestionIgnored(*m_suggestion);
        },
        Qt::QueuedConnection);
    auto* suggestionButtons = new QHBoxLayout;
    suggestionButtons->addStretch();
    suggestionButtons->addWidget(m_acceptButton);
    suggestionButtons->addWidget(m_ignoreButton);
    auto* suggestionLayout = new QVBoxLayout(m_suggestionFrame);
    suggestionLayout->setContentsMargins(8, 6, 8, 6);
    suggestionLayout->addWidget(m_suggestionText);
    suggestionLayout->addLayout(suggestionButtons);
    m_suggestionFrame->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_numbers);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(m_strength);
    layout->addWidget(m_chart);
    layout->addWidget(m_suggestionFrame);

    connect(&m_health, &HealthService::snapshotChanged, this, &ContactHealthPanel::updateSuggestion);
}

QString ContactHealthPanel::breakdownText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_status->text() + QLatin1Char('\n') + m_strength->text();
}

void ContactHealthPanel::showContact(qint64 contactId)
{
    m_contactId = contactId;
    auto breakdown = contactId > 0 ? m_health.breakdown(contactId) : Result<HealthBreakdown>::failure(QString());
    if (!breakdown) {
        m_numbers->clear();
        m_summary->setText(breakdown.error());
        m_status->clear();
        m_strength->clear();
        m_chart->hide();
        updateSuggestion();
        return;
    }
    fillNumbers(*breakdown);
    m_summary->setText(HealthText::summary(*breakdown));
    m_status->setText(HealthText::statusReason(*breakdown));
    m_strength->setText(HealthText::strength(*breakdown));
    auto series = m_health.series(contactId);
    if (series) {
        fillChart(*series);
        m_chart->show();
    } else {
        m_chart->hide();
    }
    updateSuggestion();
}

void ContactHealthPanel::fillNumbers(const HealthBreakdown& b)
{
    const QPalette pal = palette();
    const QString big = QStringLiteral("<span style=\"font-size:x-large; font-weight:600; color:%1\">%2</span>");
    const QColor statusColor = HealthColors::status(b.status, pal);
    m_numbers->setText(tr("%1 health &nbsp; %2 strength &nbsp; <span style=\"color:%3; font-weight:600\">● %4</span>")
                           .arg(big.arg(HealthColors::score(b.health, pal).name()).arg(qRound(b.health)),
                                big.arg(pal.color(QPalette::WindowText).name()).arg(qRound(b.strength.value)),
                                statusColor.name(), healthStatusName(b.status).toHtmlEscaped()));
}

void ContactHealthPanel::fillChart(const ContactHealthSeries& s)
{
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QPalette pal = palette();

    auto* line = new QLineSeries;
    line->setName(tr("Health"));
    for (const auto& [date, value] : s.health)
        line->append(msecs(date), value);
    line->setPen(QPen(HealthColors::accent(0, pal), 2.0));
    auto* marks = new QScatterSeries;
    marks->setName(tr("Interactions"));
    marks->setMarkerSize(8);
    marks->setColor(HealthColors::accent(1, pal));
    marks->setBorderColor(pal.color(QPalette::Base));
    for (const HealthTouch& touch : s.interactions)
        marks->append(msecs(touch.date()), healthAt(s.health, touch.date()));
    chart->addSeries(line);
    chart->addSeries(marks);

    const QDate today = s.health.isEmpty() ? QDate::currentDate() : s.health.constLast().first;
    // Always the whole year, so that a contact added in spring starts in spring.
    // Month names only: the pane is narrow, and the title says which year.
    QAbstractAxis* x = ChartView::monthAxis(today.addDays(-7 * 52), today, 3, false);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(3);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Health"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(marks)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_chart->applyPalette();
    m_chart->setEmptyText(s.health.isEmpty() ? tr("No history yet") : QString());

    const auto points = s.health;
    const auto touches = s.interactions;
    m_chart->setHoverText([points, touches](const QPointF& value) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(value.x())).date();
        QStringList lines;
        for (const HealthTouch& touch : touches) {
            if (std::abs(touch.date().daysTo(day)) <= 3)
                lines << tr("%1: %2").arg(QLocale().toString(touch.date(), QLocale::ShortFormat),
                                          channelText(touch.channel));
        }
        int nearest = -1;
        for (int i = 0; i < points.size(); ++i) {
            if (nearest < 0 ||
                std::abs(points.at(i).first.daysTo(day)) < std::abs(points.at(nearest).first.daysTo(day)))
                nearest = i;
        }
        if (nearest >= 0)
            lines.prepend(tr("%1: health %2")
                              .arg(QLocale().toString(points.at(nearest).first, QLocale::ShortFormat))
                              .arg(qRound(points.at(nearest).second)));
        return lines.join(QLatin1Char('\n'));
    });
}

void ContactHealthPanel::updateSuggestion()
{
    m_suggestion = m_contactId > 0 ? m_health.suggestionFor(m_contactId) : std::nullopt;
    if (!m_suggestion) {
        m_suggestionFrame->hide();
        return;
    }
    m_suggestionText->setText(CircleSuggester::reason(*m_suggestion));
    m_acceptButton->setText(tr("Move to %1").arg(m_suggestion->suggestedCircleName));
    m_acceptButton->setToolTip(
        tr("Put them in the %1 circle (Undo puts them back)").arg(m_suggestion->suggestedCircleName));
    m_suggestionFrame->show();
}

void ContactHealthPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_contactId > 0)
        showContact(m_contactId);
}

} // namespace kith
