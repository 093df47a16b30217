#include "network/EventsView.h"

#include "network/EventAttendeeModel.h"
#include "network/EventListModel.h"
#include "storage/ContactStore.h"
#include "storage/EventStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"
#include "widgets/RecordTableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kith {

EventsView::EventsView(EventStore& events, ContactStore& contacts, ReminderStore& reminders,
                       InteractionStore& interactions, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_events(events)
{
    setObjectName(QStringLiteral("eventsView"));
    m_eventModel = new EventListModel(events, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_eventModel);
    m_proxy->setSortRole(EventListModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_attendeeModel = new EventAttendeeModel(events, clock, this);

    auto* newButton = new QPushButton(tr("&New Event…"), this);
    newButton->setObjectName(QStringLiteral("newEventButton"));
    newButton->setToolTip(tr("Add a meetup, a conference or a party"));
    connect(newButton, &QPushButton::clicked, this, &EventsView::newEventRequested);
    auto* meetButton = new QPushButton(tr("I &Met These People At…"), this);
    meetButton->setObjectName(QStringLiteral("meetPeopleButton"));
    meetButton->setToolTip(tr("Add the people you met at an event, with a follow-up for each"));
    connect(meetButton, &QPushButton::clicked, this, [this] { Q_EMIT meetingRequested(0); });
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editEventButton"));
    m_editButton->setToolTip(tr("Change the chosen event's name, date, place or notes"));
    connect(m_editButton, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(currentEventId()); });
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteEventButton"));
    m_deleteButton->setToolTip(tr("Delete the chosen event and its list (the contacts stay; Edit > Undo brings it "
                                  "back)"));
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(currentEventId()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(meetButton);
    buttons->addStretch();
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);

    // The list of events.
    m_eventTable = new RecordTableView(QAbstractItemView::SingleSelection, this);
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    m_eventTable->setModel(m_proxy);
    m_eventTable->setSortingEnabled(true);
    m_eventTable->sortByColumn(EventListModel::Date, Qt::DescendingOrder);
    QHeaderView* header = m_eventTable->horizontalHeader();
    header->setSectionResizeMode(EventListModel::Name, QHeaderView::Stretch);
    for (int column : {int(EventListModel::Date), int(EventListModel::Kind), int(EventListModel::Met),
                       int(EventListModel::FollowedUp)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventListModel::Place, QHeaderView::Interactive);
    header->resizeSection(EventListModel::Place, 90);
    // The name takes what is left, so that every column stays in view without scrolling sideways.
    m_eventTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The chosen event's page.
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("eventPage"));
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_details = new QLabel(page);
    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_notes = new QLabel(page);
    m_notes->setObjectName(QStringLiteral("eventNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("eventSummary"));
    m_summary->setWordWrap(true);
    m_attendeeTable = new RecordTableView(QAbstractItemView::SingleSelection, page);
    m_attendeeTable->setObjectName(QStringLiteral("attendeeTable"));
    m_attendeeTable->setModel(m_attendeeModel);
    m_attendeeTable->setToolTip(tr("Double-click someone to open them in your contacts"));
    QHeaderView* attendeeHeader = m_attendeeTable->horizontalHeader();
    attendeeHeader->setSectionResizeMode(EventAttendeeModel::Name, QHeaderView::Stretch);
    for (int column :
         {int(EventAttendeeModel::Met), int(EventAttendeeModel::FollowUp), int(EventAttendeeModel::FollowedUp)})
        attendeeHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_attendeeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentContactChanged(currentContactId()); });
    connect(m_attendeeTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(EventAttendeeModel::ContactIdRole).toLongLong())
            Q_EMIT contactActivated(id);
    });
    m_addPeopleButton = new QPushButton(tr("&Add People I Met Here…"), page);
    m_addPeopleButton->setObjectName(QStringLiteral("addPeopleButton"));
    m_addPeopleButton->setToolTip(tr("Add more people you met at this event, with a follow-up for each"));
    connect(m_addPeopleButton, &QPushButton::clicked, this, [this] { Q_EMIT meetingRequested(currentEventId()); });
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(12, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_details);
    pageLayout->addWidget(m_notes);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_attendeeTable, 1);
    auto* pageButtons = new QHBoxLayout;
    pageButtons->addStretch();
    pageButtons->addWidget(m_addPeopleButton);
    pageLayout->addLayout(pageButtons);
    auto* noEvent = new QLabel(tr("Choose an event to see who you met there."), this);
    noEvent->setAlignment(Qt::AlignCenter);
    noEvent->setEnabled(false);
    m_pageStack = new QStackedWidget(this);
    m_pageStack->addWidget(noEvent);
    m_pageStack->addWidget(page);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("eventsSplitter"));
    splitter->addWidget(m_eventTable);
    splitter->addWidget(m_pageStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* empty = new QLabel(
        tr("<p><b>No events yet.</b></p><p>After a meetup, a conference or a party, choose "
           "<b>Network &gt; I Met These People At…</b> (%1): type the names of the people "
           "you met, and Kith adds the new ones to your contacts and reminds you to follow "
           "up.</p>")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M).toString(QKeySequence::NativeText).toHtmlEscaped()),
        this);
    empty->setObjectName(QStringLiteral("eventsEmptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(40);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(m_eventTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showEventPage(currentEventId()); });
    connect(m_eventTable, &QAbstractItemView::doubleClicked, this, [this] { Q_EMIT editRequested(currentEventId()); });

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0); // one reload for a burst of store changes
    connect(m_refreshTimer, &QTimer::timeout, this, &EventsView::refresh);
    connect(&events, &EventStore::eventsChanged, this, &EventsView::scheduleRefresh);
    connect(&contacts, &ContactStore::contactsChanged, this, &EventsView::scheduleRefresh);
    connect(&reminders, &ReminderStore::remindersChanged, this, &EventsView::scheduleRefresh);
    connect(&interactions, &InteractionStore::interactionsChanged, this, &EventsView::scheduleRefresh);
    refresh();
}

qint64 EventsView::currentEventId() const
{
    const QModelIndex index = m_eventTable->currentIndex();
    return index.isValid() ? index.data(EventListModel::EventIdRole).toLongLong() : 0;
}

qint64 EventsView::currentContactId() const
{
    const QModelIndex index = m_attendeeTable->currentIndex();
    return index.isValid() ? index.data(EventAttendeeModel::ContactIdRole).toLongLong() : 0;
}

bool EventsView::selectEvent(qint64 eventId)
{
    int row = m_eventModel->rowOf(eventId);
    if (row < 0 && m_refreshTimer->isActive()) {
        // Just written (a new event, one put back by undo): the list is due to reload; do it now.
        refresh();
        row = m_eventModel->rowOf(eventId);
    }
    if (row < 0)
        return false;
    // The first column: scrolling to it never pushes the date out of view.
    const QModelIndex index = m_proxy->mapFromSource(m_eventModel->index(row, EventListModel::Date));
    m_eventTable->setCurrentIndex(index);
    m_eventTable->scrollTo(index);
    showEventPage(eventId);
    return true;
}

void EventsView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void EventsView::refresh()
{
    m_refreshTimer->stop();
    const qint64 current = currentEventId();
    m_eventModel->refresh();
    m_stack->setCurrentIndex(m_eventModel->rowCount() == 0 ? 0 : 1);
    if (!current || !selectEvent(current)) {
        // The newest event, so that the page is never blank when there are events.
        const QModelIndex first = m_proxy->index(0, EventListModel::Name);
        if (first.isValid())
            selectEvent(first.data(EventListModel::EventIdRole).toLongLong());
        else
            showEventPage(0);
    }
}

void EventsView::showEventPage(qint64 eventId)
{
    const int row = m_eventModel->rowOf(eventId);
    const EventSummary* summary = m_eventModel->summaryAt(row);
    m_pageStack->setCurrentIndex(summary ? 1 : 0);
    if (m_attendeeModel->eventId() != eventId || !summary)
        m_attendeeModel->setEventId(summary ? eventId : 0);
    else
        m_attendeeModel->refresh();
    updateState();
    if (!summary)
        return;
    const Event& e = summary->event;
    m_title->setText(e.name);
    QStringList details{eventKindLabel(e.kind), QLocale().toString(e.heldOn, QLocale::LongFormat)};
    if (!e.place.isEmpty())
        details << e.place;
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_notes->setText(e.notes);
    m_notes->setVisible(!e.notes.isEmpty());
    QString text;
    const int open = summary->met - summary->followedUp;
    // Whole sentences, one count each; "one person" has sentences of its own, which read right in English
    // before a translation gives the plural forms.
    if (summary->attendees == 0)
        text = tr("Nobody on the list yet: add the people you met here.");
    else if (summary->met == 0)
        text = summary->attendees == 1
                   ? tr("One person on the list; you did not meet them.")
                   : tr("%n people on the list; you did not meet any of them.", nullptr, summary->attendees);
    else if (open <= 0)
        text = summary->met == 1
                   ? tr("You met one person here and have followed up with them.")
                   : tr("You met %n people here and have followed up with everyone.", nullptr, summary->met);
    else
        text = (summary->met == 1 ? tr("You met one person here.")
                                  : tr("You met %n people here.", nullptr, summary->met)) +
               QLatin1Char(' ') + tr("Followed up: %1; still to follow up: %2.").arg(summary->followedUp).arg(open);
    m_summary->setText(text);
}

void EventsView::updateState()
{
    const bool chosen = currentEventId() != 0;
    m_editButton->setEnabled(chosen);
    m_deleteButton->setEnabled(chosen);
    m_addPeopleButton->setEnabled(chosen);
}

} // namespace kith
