#include "reminders/DueView.h"

#include "domain/Clock.h"
#include "reminders/DueModel.h"
#include "reminders/DueText.h"
#include "reminders/ReminderActions.h"
#include "reminders/SnoozeMenu.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordTableView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kith {

namespace {

QIcon themeIcon(const char* name, const char* fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QIcon(QStringLiteral(":/icons/") + QString::fromLatin1(fallback) + QStringLiteral(".svg")));
}

} // namespace

DueView::DueView(DueModel& model, ReminderActions& actions, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(actions)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("dueView"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dueSummaryLabel"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    auto makeButton = [this](QToolButton*& button, const char* objectName, const QString& text, const QString& toolTip,
                             const QIcon& icon) {
        button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(objectName));
        button->setText(text);
        button->setToolTip(toolTip);
        button->setIcon(icon);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    };
    makeButton(m_logButton, "dueLogButton", tr("&Log Interaction…"),
               tr("Record that you were in touch; the reminder moves on"),
               themeIcon("mail-message-new", "log-interaction"));
    connect(m_logButton, &QToolButton::clicked, this, [this] {
        if (auto item = currentItem())
            Q_EMIT logInteractionRequested(item->contactId);
    });
    makeButton(m_snoozeButton, "dueSnoozeButton", tr("S&nooze"), tr("Be reminded again later"),
               themeIcon("appointment-soon", "reminder"));
    m_snoozeMenu = new SnoozeMenu(m_clock, true, this);
    m_snoozeButton->setMenu(m_snoozeMenu);
    m_snoozeButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_snoozeMenu, &SnoozeMenu::snoozeChosen, this, &DueView::snooze);
    makeButton(m_skipButton, "dueSkipButton", tr("S&kip This Time"),
               tr("Count this round of keeping in touch as done, without logging an interaction"),
               themeIcon("media-skip-forward", "redo"));
    connect(m_skipButton, &QToolButton::clicked, this, &DueView::skip);
    makeButton(m_doneButton, "dueDoneButton", tr("&Done"), tr("Mark this as done"), themeIcon("dialog-ok", "restore"));
    connect(m_doneButton, &QToolButton::clicked, this, &DueView::done);
    makeButton(m_dismissButton, "dueDismissButton", tr("D&ismiss"), tr("Drop this reminder without doing it"),
               themeIcon("edit-clear", "delete"));
    connect(m_dismissButton, &QToolButton::clicked, this, &DueView::dismiss);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_summary);
    buttons->addStretch();
    buttons->addWidget(m_logButton);
    buttons->addWidget(m_snoozeButton);
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_dismissButton);

    m_table = new RecordTableView(QAbstractItemView::SingleSelection, this);
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_table->setModel(&m_model);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(DueModel::Who, metrics.horizontalAdvance(QStringLiteral("Alexandra Fitzgerald")) + 24);
    header->resizeSection(DueModel::What, metrics.horizontalAdvance(QStringLiteral("Keep in touch")) + 24);
    header->resizeSection(DueModel::Due, metrics.horizontalAdvance(QStringLiteral("14 days overdue")) + 24);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto addContextAction = [this](QToolButton* button) {
        auto* action = new QAction(button->icon(), button->text(), m_table);
        action->setToolTip(button->toolTip());
        connect(action, &QAction::triggered, button, &QToolButton::click);
        connect(button, &QToolButton::destroyed, action, &QObject::deleteLater);
        m_table->addAction(action);
        return action;
    };
    addContextAction(m_logButton);
    QAction* snoozeAction = m_snoozeMenu->menuAction();
    m_table->addAction(snoozeAction);
    addContextAction(m_skipButton);
    addContextAction(m_doneButton);
    addContextAction(m_dismissButton);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT contactActivated(index.data(DueModel::ContactIdRole).toLongLong());
    });
    // The current row changes before the row is selected: follow both.
    auto onCurrentChanged = [this] {
        updateState();
        const auto item = currentItem();
        Q_EMIT currentContactChanged(item ? item->contactId : 0);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, onCurrentChanged);

    m_emptyLabel = new QLabel(tr("You are up to date: nothing is due this week."), this);
    m_emptyLabel->setObjectName(QStringLiteral("dueEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, &DueView::onModelAboutToReset);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &DueView::onModelReset);
    onModelReset();
}

std::optional<DueItem> DueView::currentItem() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return m_model.item(current.row());
}

bool DueView::selectContact(qint64 contactId)
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.item(row).contactId == contactId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void DueView::setMorning(QTime morning)
{
    m_snoozeMenu->setMorning(morning);
}

void DueView::onModelAboutToReset()
{
    const auto item = currentItem();
    m_currentKeyBeforeReset = item ? item->key() : QString();
    m_currentRowBeforeReset = item ? m_table->selectionModel()->currentIndex().row() : -1;
}

void DueView::onModelReset()
{
    // The same item if it is still there, else the one that took its place: working down the list
    // (Done, Done, Snooze...) keeps going without reaching for the mouse.
    int row = m_currentKeyBeforeReset.isEmpty() ? -1 : m_model.rowOf(m_currentKeyBeforeReset);
    if (row < 0 && m_currentRowBeforeReset >= 0 && m_model.rowCount() > 0)
        row = qMin(m_currentRowBeforeReset, m_model.rowCount() - 1);
    if (row >= 0)
        m_table->selectRow(row);

    const int now = m_model.dueNowCount();
    const int later = m_model.rowCount() - now;
    QString summary;
    if (!m_model.error().isEmpty())
        summary = m_model.error();
    else if (now > 0 && later > 0)
        summary = tr("%n due now", nullptr, now) + tr(", %n more this week", nullptr, later);
    else if (now > 0)
        summary = tr("%n due now", nullptr, now);
    else if (later > 0)
        summary = tr("Nothing due now, %n later this week", nullptr, later);
    else
        summary = tr("Nothing due this week");
    m_summary->setText(summary);
    m_stack->setCurrentWidget(m_model.rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_emptyLabel);
    updateState();
}

void DueView::updateState()
{
    const auto item = currentItem();
    m_logButton->setEnabled(item.has_value());
    m_snoozeButton->setEnabled(item.has_value());
    m_snoozeMenu->menuAction()->setEnabled(item.has_value());
    m_skipButton->setEnabled(item && item->kind == DueKind::Cadence);
    m_doneButton->setEnabled(item.has_value());
    m_dismissButton->setEnabled(item.has_value());
}

void DueView::act(const std::function<Status(const DueItem&)>& action, const QString& doneMessage)
{
    const auto item = currentItem();
    if (!item)
        return;
    if (Status status = action(*item); !status) {
        MessageBox::warning(this, tr("Cannot Change Reminder"), status.error());
        return;
    }
    Q_EMIT acted(doneMessage.arg(DueText::title(*item)));
}

void DueView::done()
{
    act([this](const DueItem& item) { return m_actions.done(item); }, tr("Done: %1"));
}

void DueView::dismiss()
{
    act([this](const DueItem& item) { return m_actions.dismiss(item); }, tr("Dismissed: %1"));
}

void DueView::skip()
{
    const auto item = currentItem();
    if (!item || item->kind != DueKind::Cadence)
        return;
    act([this](const DueItem& item) { return m_actions.skip(item); }, tr("Skipped this time: %1"));
}

void DueView::snooze(const QDateTime& until)
{
    const QString when = QLocale().toString(until.toLocalTime(), QLocale::ShortFormat);
    act([this, until](const DueItem& item) { return m_actions.snooze(item, until); },
        tr("Snoozed until %1: %2").arg(when, QStringLiteral("%1")));
}

} // namespace kith
