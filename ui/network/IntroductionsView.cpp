#include "network/IntroductionsView.h"

#include "dashboard/HealthService.h"
#include "domain/Clock.h"
#include "network/DeleteIntroductionCommand.h"
#include "network/IntroductionDismissCommand.h"
#include "network/IntroductionEditCommand.h"
#include "network/IntroductionStatusDelegate.h"
#include "network/IntroductionSuggestionModel.h"
#include "network/IntroductionSuggestionThread.h"
#include "network/IntroductionTableModel.h"
#include "network/RecordIntroductionDialog.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/IntroductionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/TopicStore.h"
#include "widgets/ButtonDelegate.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordTableView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace kith {

namespace {

constexpr int kSuggestions = 100;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
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

// A context-menu action on the table's current row.
void addRowAction(QTableView* table, const QString& text, const QKeySequence& shortcut,
                  const std::function<void(const QModelIndex&)>& act)
{
    auto* action = new QAction(text, table);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, table, [table, act] {
        const QModelIndex current = table->currentIndex();
        if (current.isValid())
            act(current);
    });
    table->addAction(action);
}

} // namespace

IntroductionsView::IntroductionsView(Database& database, ContactStore& contacts, ReminderStore& reminders,
                                     RelationshipStore& relationships, TopicStore& topics, HealthService* health,
                                     QUndoStack& undoStack, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_contacts(contacts)
    , m_health(health)
    , m_undoStack(undoStack)
    , m_clock(clock)
    , m_relationships(relationships)
    , m_topics(topics)
    , m_introductions(std::make_unique<IntroductionStore>(database, clock, reminders, relationships))
{
    setObjectName(QStringLiteral("introductionsView"));

    // Suggestions.
    m_suggestionModel = new IntroductionSuggestionModel(this);
    m_suggestionTable = new RecordTableView(QAbstractItemView::SingleSelection, this);
    m_suggestionTable->setObjectName(QStringLiteral("introductionSuggestionTable"));
    m_suggestionTable->setModel(m_suggestionModel);
    m_suggestionTable->setMouseTracking(true);
    m_suggestionTable->setTextElideMode(Qt::ElideRight);
    auto* buttons = new ButtonDelegate(m_suggestionTable);
    m_suggestionTable->setItemDelegateForColumn(IntroductionSuggestionModel::Introduce, buttons);
    m_suggestionTable->setItemDelegateForColumn(IntroductionSuggestionModel::Dismiss, buttons);
    connect(buttons, &ButtonDelegate::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == IntroductionSuggestionModel::Introduce)
            introduceSuggestion(index.row());
        else if (index.column() == IntroductionSuggestionModel::Dismiss)
            dismissSuggestion(index.row());
    });
    connect(m_suggestionTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.column() != IntroductionSuggestionModel::Introduce &&
            index.column() != IntroductionSuggestionModel::Dismiss)
            Q_EMIT contactActivated(index.data(IntroductionSuggestionModel::ContactIdRole).toLongLong());
    });
    QHeaderView* header = m_suggestionTable->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics();
    const int nameWidth = metrics.averageCharWidth() * 22;
    header->resizeSection(IntroductionSuggestionModel::First, nameWidth);
    header->resizeSection(IntroductionSuggestionModel::Second, nameWidth);
    header->setSectionResizeMode(IntroductionSuggestionModel::Reason, QHeaderView::Stretch);
    header->resizeSection(IntroductionSuggestionModel::Introduce, metrics.horizontalAdvance(tr("Introduce…")) + 40);
    header->resizeSection(IntroductionSuggestionModel::Dismiss, metrics.horizontalAdvance(tr("Dismiss")) + 40);
    m_suggestionTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    addRowAction(m_suggestionTable, tr("&Introduce…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                 [this](const QModelIndex& index) { introduceSuggestion(index.row()); });
    addRowAction(m_suggestionTable, tr("&Dismiss"), QKeySequence(),
                 [this](const QModelIndex& index) { dismissSuggestion(index.row()); });
    addRowAction(m_suggestionTable, tr("Open &Who Is Looking"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT contactActivated(m_suggestionModel->suggestion(index.row()).firstId);
    });
    addRowAction(m_suggestionTable, tr("Open Who &Can Help"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT contactActivated(m_suggestionModel->suggestion(index.row()).secondId);
    });
    m_suggestionStack = new QStackedWidget(this);
    m_suggestionStack->addWidget(m_suggestionTable);
    m_suggestionStack->addWidget(emptyLabel(tr("No introductions to suggest. Kith suggests two people you are in "
                                               "touch with who do not know each other yet, when one is looking for "
                                               "what the other can help with: add needs and expertise to your "
                                               "contacts' topics."),
                                            m_suggestionStack));
    m_suggestionStatus = new QLabel(this);
    m_suggestionStatus->setObjectName(QStringLiteral("introductionSuggestionStatus"));
    m_suggestionStatus->setEnabled(false);

    // Introductions made.
    m_introductionModel = new IntroductionTableModel(*m_introductions, reminders, this);
    m_introductionTable = new RecordTableView(QAbstractItemView::SingleSelection, this);
    m_introductionTable->setObjectName(QStringLiteral("introductionTable"));
    m_introductionTable->setModel(m_introductionModel);
    m_introductionTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::SelectedClicked);
    m_introductionTable->setItemDelegateForColumn(IntroductionTableModel::Status,
                                                  new IntroductionStatusDelegate(m_introductionTable));
    m_introductionTable->setTextElideMode(Qt::ElideRight);
    QHeaderView* madeHeader = m_introductionTable->horizontalHeader();
    madeHeader->setStretchLastSection(false);
    // Dates and the follow-up as wide as their longest text, so that they are never cut; the reason gets the rest.
    const QString longestDate = QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat);
    madeHeader->resizeSection(IntroductionTableModel::Who, nameWidth * 2);
    madeHeader->setSectionResizeMode(IntroductionTableModel::Why, QHeaderView::Stretch);
    madeHeader->resizeSection(IntroductionTableModel::Date, metrics.horizontalAdvance(longestDate) + 24);
    madeHeader->resizeSection(IntroductionTableModel::Status, metrics.horizontalAdvance(tr("Accepted")) + 48);
    madeHeader->resizeSection(IntroductionTableModel::Outcome, nameWidth + nameWidth / 2);
    madeHeader->resizeSection(IntroductionTableModel::FollowUp,
                              metrics.horizontalAdvance(tr("Due %1").arg(longestDate)) + 24);
    connect(m_introductionTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT contactActivated(index.data(IntroductionTableModel::ContactIdRole).toLongLong());
    });
    connect(m_introductionModel, &IntroductionTableModel::writeFailed, this,
            [this](const QString& error) { MessageBox::warning(this, tr("Cannot Change the Introduction"), error); });
    connect(m_introductionModel, &IntroductionTableModel::edited, this,
            [this](const Introduction& before, const Introduction& after, qint64 linkId) {
                m_undoStack.push(new IntroductionEditCommand(*m_introductions, before, after, linkId, this));
            });
    m_introductionTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    addRowAction(m_introductionTable, tr("Change &Status"), QKeySequence(), [this](const QModelIndex& index) {
        const QModelIndex status = index.siblingAtColumn(IntroductionTableModel::Status);
        m_introductionTable->setCurrentIndex(status);
        m_introductionTable->edit(status);
    });
    addRowAction(m_introductionTable, tr("Edit &Outcome"), QKeySequence(), [this](const QModelIndex& index) {
        const QModelIndex outcome = index.siblingAtColumn(IntroductionTableModel::Outcome);
        m_introductionTable->setCurrentIndex(outcome);
        m_introductionTable->edit(outcome);
    });
    addRowAction(m_introductionTable, tr("Open &First Contact"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT contactActivated(index.data(IntroductionTableModel::FirstIdRole).toLongLong());
    });
    addRowAction(m_introductionTable, tr("Open Se&cond Contact"), QKeySequence(), [this](const QModelIndex& index) {
        Q_EMIT contactActivated(index.data(IntroductionTableModel::SecondIdRole).toLongLong());
    });
    // No Delete key here: the window's Delete (move contacts to the Trash) would make it ambiguous.
    addRowAction(m_introductionTable, tr("&Delete Introduction"), QKeySequence(),
                 [this](const QModelIndex&) { deleteCurrentIntroduction(); });
    m_introductionStack = new QStackedWidget(this);
    m_introductionStack->addWidget(m_introductionTable);
    m_introductionStack->addWidget(emptyLabel(tr("No introductions recorded yet. Use Introduce… on a suggestion, or "
                                                 "Record Introduction…, and Kith reminds you to ask how it went."),
                                              m_introductionStack));

    m_recordButton = new QPushButton(tr("&Record Introduction…"), this);
    m_recordButton->setObjectName(QStringLiteral("recordIntroductionButton"));
    m_recordButton->setToolTip(tr("Record an introduction you made, with a reminder to ask how it went"));
    connect(m_recordButton, &QPushButton::clicked, this, &IntroductionsView::recordIntroduction);
    m_deleteButton = new QPushButton(tr("De&lete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteIntroductionButton"));
    m_deleteButton->setToolTip(
        tr("Delete the selected introduction and its open follow-up (Edit > Undo brings them back)"));
    connect(m_deleteButton, &QPushButton::clicked, this, &IntroductionsView::deleteCurrentIntroduction);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 6, 0, 0);
    auto* topRow = new QHBoxLayout;
    topRow->addWidget(heading(tr("Suggested introductions"), top));
    topRow->addWidget(m_suggestionStatus, 1);
    topLayout->addLayout(topRow);
    topLayout->addWidget(m_suggestionStack, 1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    auto* bottomRow = new QHBoxLayout;
    bottomRow->addWidget(heading(tr("Introductions you made"), bottom));
    bottomRow->addStretch(1);
    bottomRow->addWidget(m_deleteButton);
    bottomRow->addWidget(m_recordButton);
    bottomLayout->addLayout(bottomRow);
    bottomLayout->addWidget(m_introductionStack, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("introductionsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // The detail pane beside follows the current row of either list.
    connect(m_suggestionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_followingMade = false;
        Q_EMIT currentContactChanged(currentContactId());
    });
    connect(m_introductionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_followingMade = true;
        Q_EMIT currentContactChanged(currentContactId());
    });
    connect(m_introductionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntroductionsView::updateButtons);
    const auto updateMade = [this] {
        m_introductionStack->setCurrentIndex(m_introductionModel->rowCount() == 0 ? 1 : 0);
        updateButtons();
    };
    connect(m_introductionModel, &QAbstractItemModel::modelReset, this, updateMade);
    updateMade();

    // What can change the suggestions: introductions and dismissals, contacts (names, circles, the Trash), links,
    // topics, and tie strengths.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &IntroductionsView::refreshSuggestions);
    connect(m_introductions.get(), &IntroductionStore::introductionsChanged, this, &IntroductionsView::markDirty);
    connect(&m_contacts, &ContactStore::contactsChanged, this, &IntroductionsView::markDirty);
    connect(&m_relationships, &RelationshipStore::relationshipsChanged, this, &IntroductionsView::markDirty);
    connect(&m_topics, &TopicStore::topicsChanged, this, &IntroductionsView::markDirty);
    if (m_health) {
        // The first snapshot brings the strengths; later ones move them too little to recompute for.
        connect(m_health, &HealthService::snapshotChanged, this, [this] {
            if (!m_hadStrengths)
                markDirty();
        });
    }
    m_suggestionStatus->setText(tr("Open this page to find suggestions."));
}

IntroductionsView::~IntroductionsView()
{
    if (m_thread)
        m_thread->wait();
}

qint64 IntroductionsView::currentContactId() const
{
    const QModelIndex made = m_introductionTable->currentIndex();
    const QModelIndex suggested = m_suggestionTable->currentIndex();
    if (made.isValid() && (m_followingMade || !suggested.isValid()))
        return made.data(IntroductionTableModel::ContactIdRole).toLongLong();
    return suggested.isValid() ? suggested.data(IntroductionSuggestionModel::ContactIdRole).toLongLong() : 0;
}

void IntroductionsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_refreshTimer->start(0);
}

void IntroductionsView::markDirty()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void IntroductionsView::refreshSuggestions()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    m_dirty = false;
    IntroductionSuggester::Options options;
    options.limit = kSuggestions;
    if (m_health) {
        if (auto snapshot = m_health->snapshot(); snapshot && snapshot->error.isEmpty()) {
            options.weights = snapshot->weights;
            QHash<qint64, double> strengths;
            strengths.reserve(snapshot->scores.size());
            for (auto it = snapshot->scores.cbegin(); it != snapshot->scores.cend(); ++it)
                strengths.insert(it.key(), it->strength);
            options.strengths = std::move(strengths);
            m_hadStrengths = true;
        } else {
            options.weights = m_health->weights();
        }
    }
    m_suggestionStatus->setText(tr("Finding people to introduce…"));
    m_thread = new IntroductionSuggestionThread(m_database.path(), m_clock, options, this);
    connect(m_thread, &QThread::finished, this, &IntroductionsView::onSuggestionsComputed);
    m_thread->start(QThread::LowPriority);
}

void IntroductionsView::onSuggestionsComputed()
{
    IntroductionSuggestionThread* thread = std::exchange(m_thread, nullptr);
    thread->deleteLater();
    if (!thread->error().isEmpty()) {
        m_suggestionStatus->setText(tr("Cannot find suggestions: %1").arg(thread->error()));
    } else {
        // Keep the row the user was on, if it is still there.
        const IntroductionSuggestion current = m_suggestionModel->suggestion(m_suggestionTable->currentIndex().row());
        m_suggestionModel->setSuggestions(thread->suggestions());
        const int count = int(thread->suggestions().size());
        m_suggestionStatus->setText(count >= kSuggestions ? tr("(the best %n)", nullptr, count)
                                                          : tr("(%n suggestion(s))", nullptr, count));
        m_suggestionStack->setCurrentIndex(count == 0 ? 1 : 0);
        for (int row = 0; row < count; ++row) {
            const IntroductionSuggestion& s = thread->suggestions().at(row);
            if (current.firstId && s.firstId == current.firstId && s.secondId == current.secondId) {
                m_suggestionTable->setCurrentIndex(m_suggestionModel->index(row, 0));
                break;
            }
        }
    }
    if (std::exchange(m_again, false) || (m_dirty && isVisible()))
        refreshSuggestions();
}

void IntroductionsView::recordIntroduction()
{
    openRecordDialog(0, 0, 0, QString());
}

void IntroductionsView::introduceSuggestion(int row)
{
    const IntroductionSuggestion s = m_suggestionModel->suggestion(row);
    if (!s.firstId)
        return;
    openRecordDialog(s.firstId, s.secondId, s.topicId(), s.reason);
}

void IntroductionsView::openRecordDialog(qint64 firstId, qint64 secondId, qint64 topicId, const QString& reason)
{
    RecordIntroductionDialog dialog(*m_introductions, m_contacts, m_topics, m_clock, this);
    dialog.setFollowUpTime(m_followUpTime);
    if (firstId)
        dialog.setPair(firstId, secondId);
    if (topicId)
        dialog.setTopic(topicId);
    if (!reason.isEmpty())
        dialog.setReason(reason);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto recorded = m_introductions->get(dialog.introductionId());
    if (!recorded)
        return;
    RemovedIntroduction made;
    made.introduction = *recorded;
    m_undoStack.push(new DeleteIntroductionCommand(*m_introductions, made, this,
                                                   DeleteIntroductionCommand::Kind::Recorded, dialog.linkId()));
    m_suggestionModel->removePair(recorded->firstId, recorded->secondId);
    const int row = m_introductionModel->rowOf(recorded->id);
    if (row >= 0)
        m_introductionTable->setCurrentIndex(m_introductionModel->index(row, 0));
    QString message = tr("Recorded the introduction of %1 and %2.").arg(recorded->firstName, recorded->secondName);
    const QDateTime due = m_introductionModel->index(row, IntroductionTableModel::FollowUp)
                              .data(IntroductionTableModel::RawValueRole)
                              .toDateTime();
    if (due.isValid())
        message += QLatin1Char(' ') + tr("You will be reminded to ask how it went on %1.")
                                          .arg(QLocale().toString(due.toLocalTime().date(), QLocale::ShortFormat));
    Q_EMIT statusMessage(message);
}

void IntroductionsView::dismissSuggestion(int row)
{
    const IntroductionSuggestion s = m_suggestionModel->suggestion(row);
    if (!s.firstId)
        return;
    if (auto st = m_introductions->dismissSuggestion(s.firstId, s.secondId); !st) {
        MessageBox::warning(this, tr("Cannot Dismiss the Suggestion"), st.error());
        return;
    }
    m_suggestionModel->removePair(s.firstId, s.secondId);
    m_undoStack.push(
        new IntroductionDismissCommand(*m_introductions, s.firstId, s.secondId, s.firstName, s.secondName, this));
    Q_EMIT statusMessage(tr("Kith will not suggest introducing %1 and %2 again.").arg(s.firstName, s.secondName));
}

void IntroductionsView::deleteCurrentIntroduction()
{
    const QModelIndex current = m_introductionTable->currentIndex();
    if (!current.isValid())
        return;
    auto removed = m_introductions->remove(current.data(IntroductionTableModel::IntroductionIdRole).toLongLong());
    if (!removed) {
        MessageBox::warning(this, tr("Cannot Delete the Introduction"), removed.error());
        return;
    }
    m_undoStack.push(new DeleteIntroductionCommand(*m_introductions, *removed, this));
    Q_EMIT statusMessage(tr("Deleted the introduction of %1 and %2 (Undo brings it back).")
                             .arg(removed->introduction.firstName, removed->introduction.secondName));
}

void IntroductionsView::updateButtons()
{
    m_deleteButton->setEnabled(m_introductionTable->currentIndex().isValid());
}

} // namespace kith
