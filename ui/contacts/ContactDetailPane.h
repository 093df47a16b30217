#pragma once

#include "health/CircleSuggestion.h"

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

namespace kith {

class CircleStore;
class Clock;
class ContactHealthPanel;
class ContactLinksPanel;
class ContactTopicsPanel;
class EventMetAtLabel;
class EventStore;
class FavourBalancePanel;
class FavourStore;
class HealthService;
class ContactStore;
class InteractionStore;
class ReminderActions;
class ReminderStore;
class RelationshipStore;
class RelationshipSuggester;
class TagStore;
class TopicStore;
struct Contact;

// Everything about the selected contact: photo, every field, tags, open reminders (each with a
// Done button) and the interaction timeline, newest first. Follows the stores' change signals.
class ContactDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetailPane)

public:
    ContactDetailPane(ContactStore& contacts, InteractionStore& interactions, ReminderStore& reminders, TagStore& tags,
                      CircleStore& circles, const Clock& clock, QWidget* parent = nullptr);

    // 0 shows the "nothing selected" page.
    void setContactId(qint64 id);
    qint64 contactId() const { return m_contactId; }
    // Done goes through these (a recurring reminder moves on), and the history comes from them.
    void setReminderActions(ReminderActions* actions);
    // Adds the "Relationship health" section (breakdown, chart, circle suggestion).
    void setHealthService(HealthService* health);
    ContactHealthPanel* healthPanel() const { return m_healthPanel; }
    // Adds the "Relationships" section (links from this contact's side, suggested links); its changes go on
    // `undoStack`.
    void setRelationships(RelationshipStore& relationships, RelationshipSuggester& suggester, QUndoStack& undoStack);
    ContactLinksPanel* linksPanel() const { return m_linksPanel; }
    // Adds the "Topics" section (what they can help with, interests, goals, needs, communities).
    void setTopics(TopicStore& topics, QUndoStack& undoStack);
    ContactTopicsPanel* topicsPanel() const { return m_topicsPanel; }
    // Adds "Met at" under the header and the favour balance beside health (after setHealthService()).
    void setEventStores(EventStore& events, FavourStore& favours);
    FavourBalancePanel* favourPanel() const { return m_favourPanel; }
    EventMetAtLabel* metAtLabel() const { return m_metAtLabel; }

Q_SIGNALS:
    // A name in one of the network sections was clicked: show that contact.
    void contactActivated(qint64 contactId);
    // Something for the status bar.
    void message(const QString& text);
    // A topic's name was clicked: who can help with it?
    void topicActivated(const QString& name);
    // Network > Review Suggested Links, from the Relationships section.
    void reviewSuggestionsRequested();
    void suggestionAccepted(const kith::CircleSuggestion& suggestion);
    void suggestionIgnored(const kith::CircleSuggestion& suggestion);

public Q_SLOTS:
    void reload();

private:
    void onContactsTouched(const QList<qint64>& ids);
    void showContact(const Contact& contact);
    void fillHeader(const Contact& contact);
    void fillFields(const Contact& contact);
    void fillTags(const Contact& contact);
    void fillReminders();
    void fillTimeline();
    void fillHistory();
    void markReminderDone(qint64 reminderId);

    ContactStore& m_contacts;
    InteractionStore& m_interactions;
    ReminderStore& m_reminders;
    TagStore& m_tags;
    CircleStore& m_circles;
    const Clock& m_clock;
    qint64 m_contactId = 0;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_photo = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QWidget* m_tagRow = nullptr;
    QHBoxLayout* m_tagLayout = nullptr;
    QWidget* m_fields = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_remindersTitle = nullptr;
    QListWidget* m_remindersList = nullptr;
    ReminderActions* m_actions = nullptr;
    QToolButton* m_historyToggle = nullptr;
    QListWidget* m_historyList = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QLabel* m_healthTitle = nullptr;
    ContactHealthPanel* m_healthPanel = nullptr;
    ContactLinksPanel* m_linksPanel = nullptr;
    ContactTopicsPanel* m_topicsPanel = nullptr;
    EventMetAtLabel* m_metAtLabel = nullptr;
    FavourBalancePanel* m_favourPanel = nullptr;
    QLabel* m_timelineTitle = nullptr;
    QListWidget* m_timelineList = nullptr;
};

} // namespace kith
