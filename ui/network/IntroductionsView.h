#pragma once

#include <QTime>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace kith {

class Clock;
class ContactStore;
class Database;
class HealthService;
class IntroductionStore;
class IntroductionSuggestionModel;
class IntroductionSuggestionThread;
class IntroductionTableModel;
class RelationshipStore;
class ReminderStore;
class TopicStore;

// The Introductions tab: who you could introduce to whom (one's need meeting the other's expertise, with why;
// Introduce… and Dismiss on each), and the introductions you made (who, why, when, status and outcome, both
// editable in place, and the follow-up reminder), with Record Introduction… and an undoable Delete.
// Suggestions are computed in a worker thread, with the tie strengths of the window's health snapshot, whenever
// the page is shown after a change.
class IntroductionsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntroductionsView)

public:
    // The stores are the window's, so that the Due list and the detail pane hear of the follow-ups and links, and
    // this page of topic and link changes made elsewhere; `health` may be null (strengths are then read from the
    // interactions).
    IntroductionsView(Database& database, ContactStore& contacts, ReminderStore& reminders,
                      RelationshipStore& relationships, TopicStore& topics, HealthService* health,
                      QUndoStack& undoStack, const Clock& clock, QWidget* parent = nullptr);
    ~IntroductionsView() override;

    IntroductionStore& introductionStore() const { return *m_introductions; }
    IntroductionSuggestionModel* suggestionModel() const { return m_suggestionModel; }
    IntroductionTableModel* introductionModel() const { return m_introductionModel; }
    bool isComputing() const { return m_thread != nullptr; }
    // The contact of the current row of whichever list has focus, or 0.
    qint64 currentContactId() const;
    void setFollowUpTime(QTime time) { m_followUpTime = time; }

public Q_SLOTS:
    // Opens the Record Introduction dialog, empty.
    void recordIntroduction();
    // Opens it filled in from the suggestion in `row`.
    void introduceSuggestion(int row);
    void dismissSuggestion(int row);
    // Deletes the current introduction (undoable).
    void deleteCurrentIntroduction();
    // Computes the suggestions again now (or once the computation under way is done).
    void refreshSuggestions();

Q_SIGNALS:
    void contactActivated(qint64 contactId);
    void currentContactChanged(qint64 contactId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markDirty();
    void onSuggestionsComputed();
    void openRecordDialog(qint64 firstId, qint64 secondId, qint64 topicId, const QString& reason);
    void updateButtons();

    Database& m_database;
    ContactStore& m_contacts;
    HealthService* m_health;
    QUndoStack& m_undoStack;
    const Clock& m_clock;
    RelationshipStore& m_relationships;
    TopicStore& m_topics;
    std::unique_ptr<IntroductionStore> m_introductions;
    QTime m_followUpTime{9, 0};

    IntroductionSuggestionModel* m_suggestionModel = nullptr;
    IntroductionTableModel* m_introductionModel = nullptr;
    QTableView* m_suggestionTable = nullptr;
    QTableView* m_introductionTable = nullptr;
    QStackedWidget* m_suggestionStack = nullptr;
    QStackedWidget* m_introductionStack = nullptr;
    QLabel* m_suggestionStatus = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QTimer* m_refreshTimer = nullptr;
    IntroductionSuggestionThread* m_thread = nullptr;
    bool m_dirty = true;
    bool m_again = false;
    bool m_followingMade = false; // the detail pane follows the introductions made, not the suggestions
    bool m_hadStrengths = false;  // the last computation had the health snapshot's strengths
};

} // namespace kith
