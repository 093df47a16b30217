#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace kith {

class Clock;
class ContactStore;
class EventAttendeeModel;
class EventListModel;
class EventStore;
class InteractionStore;
class ReminderStore;

// The "Events" page: every event, newest first, with how many people you met there and how many you have
// followed up; beside it the chosen event's page with who was there and their follow-ups.
class EventsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsView)

public:
    // Follows the stores: an event, a contact, a reminder or an interaction changed.
    EventsView(EventStore& events, ContactStore& contacts, ReminderStore& reminders, InteractionStore& interactions,
               const Clock& clock, QWidget* parent = nullptr);

    EventListModel* eventModel() const { return m_eventModel; }
    EventAttendeeModel* attendeeModel() const { return m_attendeeModel; }
    QTableView* eventTable() const { return m_eventTable; }
    QTableView* attendeeTable() const { return m_attendeeTable; }
    qint64 currentEventId() const;
    // The person chosen on the event's list, else 0.
    qint64 currentContactId() const;
    bool selectEvent(qint64 eventId);

Q_SIGNALS:
    void newEventRequested();
    // "I met these people at…" for this event (0: a new one).
    void meetingRequested(qint64 eventId);
    void editRequested(qint64 eventId);
    void deleteRequested(qint64 eventId);
    // Double-click on someone who was there: show them in the contacts table.
    void contactActivated(qint64 contactId);
    // The person chosen on the event's list changed (0 when none), for the detail pane.
    void currentContactChanged(qint64 contactId);

private:
    void scheduleRefresh();
    void refresh();
    void showEventPage(qint64 eventId);
    void updateState();

    EventStore& m_events;
    EventListModel* m_eventModel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    EventAttendeeModel* m_attendeeModel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_eventTable = nullptr;
    QTableView* m_attendeeTable = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_addPeopleButton = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

} // namespace kith
