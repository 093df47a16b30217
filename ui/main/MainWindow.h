#pragma once

#include "reminders/DueItem.h"
#include "reminders/ReminderPreferences.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QFrame;
class QTabWidget;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace kith {

class CircleStore;
class Clock;
class ContactDetailPane;
class ContactFilterProxyModel;
class ContactStore;
class ContactTableModel;
class DashboardView;
class Database;
class DesktopIntegration;
class DueModel;
class DueView;
class EventStore;
class EventsView;
class FavourStore;
class HealthService;
class ImportController;
class InteractionStore;
class NetworkGraphPage;
class IntroductionsView;
class ReminderActions;
class ReminderScheduler;
class SocialCapitalPage;
class RelationshipStore;
class RelationshipSuggester;
class TopicStore;
class ReminderStore;
class SampleNetworkThread;
class Settings;
class TagStore;
struct CircleSuggestion;

// The main window: the searchable contacts table, the selected contact's details beside it,
// every action in a menu, the frequent ones on the toolbar, and undo for what can be undone.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `database` must outlive the window, or until the user opens another database.
    MainWindow(Settings& settings, Database& database, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    ContactStore& contactStore() const { return *m_contacts; }
    InteractionStore& interactionStore() const { return *m_interactions; }
    ReminderStore& reminderStore() const { return *m_reminders; }
    TagStore& tagStore() const { return *m_tags; }
    RelationshipStore& relationshipStore() const { return *m_relationships; }
    Database& database() const { return *m_database; }
    ContactTableModel* contactModel() const { return m_model; }
    ContactFilterProxyModel* proxyModel() const { return m_proxy; }
    ContactDetailPane* detailPane() const { return m_detailPane; }
    QUndoStack* undoStack() const { return m_undoStack; }
    DesktopIntegration* desktopIntegration() const { return m_desktop; }
    ReminderScheduler* reminderScheduler() const { return m_scheduler.get(); }
    ReminderActions* reminderActions() const { return m_actions.get(); }
    DueModel* dueModel() const { return m_dueModel; }
    DueView* dueView() const { return m_dueView; }
    HealthService* healthService() const { return m_health; }
    DashboardView* dashboardView() const { return m_dashboardView; }
    SocialCapitalPage* socialCapitalPage() const { return m_socialCapitalPage; }
    ImportController* importController() const { return m_importController; }
    EventStore& eventStore() const { return *m_events; }
    FavourStore& favourStore() const { return *m_favours; }
    EventsView* eventsView() const { return m_eventsView; }
    NetworkGraphPage* networkGraphPage() const { return m_networkGraphPage; }
    IntroductionsView* introductionsView() const { return m_introductionsView; }

    // Selects the contact in the table if it is listed; returns whether it is.
    bool selectContact(qint64 id);
    QList<qint64> selectedContactIds() const;
    qint64 currentContactId() const;

    // Switches to another database file; shows why and keeps the current one on failure.
    bool openDatabase(const QString& path);
    void saveWindowState();

public Q_SLOTS:
    void addContact();
    void editContact();
    void deleteContacts();
    void restoreContacts();
    void emptyTrash();
    void logInteraction();
    void addReminder();
    void manageTags();
    void openSampleNetwork();
    void showAndRaise();
    // Shows the window with this contact selected in the contacts table.
    void showContact(qint64 contactId);
    // View > Due: what is due today and this week.
    void showDue();
    // View > Dashboard: how the whole network is doing.
    void showDashboard();
    // Network > Social Capital: circles, clusters, bridges, weak ties and your brokerage.
    void showSocialCapital();
    void showContacts();
    // Network > Network Graph: you, your contacts and the links between them.
    void showNetworkGraph();
    // Network > Introductions: who to introduce to whom, and the introductions made.
    void showIntroductions();
    void showPreferences();
    // Network > Who Can Help…: searches `query`, or the last search when it is empty.
    void whoCanHelp(const QString& query = QString());
    // Network > Review Suggested Links…: confirm or reject every link Kith suggests.
    void reviewSuggestedLinks();
    // Really quits, even when closing the window only hides it in the tray.
    void quit();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidgets();
    QWidget* createEmptyState();
    void attachDatabase(Database& database);
    void restoreWindowState();
    void rebuildCircleMenu();
    void setShowTrash(bool trash);
    void onSelectionChanged();
    void updateActions();
    void updateCounts();
    void updateCountLabel();
    void updateTitle();
    void newDatabaseDialog();
    void openDatabaseDialog();
    void exportCalendar();
    void exportContacts();
    void showAbout();
    void onSampleNetworkFinished();
    void reloadAfterImport();

    QWidget* createBanner();
    ReminderPreferences reminderPreferences() const;
    void onSettingChanged(int key);
    void updateQuitOnClose();
    bool closesToTray() const;
    void scheduleDueRefresh();
    void refreshDue();
    void onItemsDue(const QList<kith::DueItem>& items);
    void onMissedWhileClosed(const QList<kith::DueItem>& items);
    void showBanner(const QString& title, const QString& text, qint64 contactId);
    void doneFromTray(const DueItem& item);
    void snoozeFromTray(const DueItem& item, const QDateTime& until);
    void logInteractionWith(const QList<qint64>& contactIds);
    void showFollowUpBar(const QList<qint64>& contactIds, const QString& summary);
    void addFollowUp(int days, int months);
    void addCustomFollowUp();
    void saveLastRun();
    void addReminderFor(qint64 contactId);
    void acceptSuggestion(const CircleSuggestion& suggestion);
    // Events and favours (issue 6).
    void createEventsTab(Database& database, ContactStore& contacts, InteractionStore& interactions,
                         ReminderStore& reminders);
    void showEvents(qint64 eventId);
    void newEvent();
    void editEvent(qint64 eventId);
    void deleteEvent(qint64 eventId);
    void recordMeeting(qint64 eventId);
    void logFavour(qint64 contactId);
    void showFavours(qint64 contactId);
    void ignoreSuggestion(const CircleSuggestion& suggestion);

    Settings& m_settings;
    const Clock& m_clock;
    Database* m_database = nullptr;
    std::unique_ptr<Database> m_ownedDatabase; // one the user opened from the File menu
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<InteractionStore> m_interactions;
    std::unique_ptr<ReminderStore> m_reminders;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<CircleStore> m_circles;
    std::unique_ptr<RelationshipStore> m_relationships;
    std::unique_ptr<RelationshipSuggester> m_suggester;
    std::unique_ptr<TopicStore> m_topics;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<FavourStore> m_favours;
    EventsView* m_eventsView = nullptr;

    ContactTableModel* m_model = nullptr;
    ContactFilterProxyModel* m_proxy = nullptr;
    QUndoStack* m_undoStack = nullptr;
    DesktopIntegration* m_desktop = nullptr;
    SampleNetworkThread* m_sampleThread = nullptr;
    ImportController* m_importController = nullptr;

    QStackedWidget* m_centralStack = nullptr;
    QWidget* m_emptyState = nullptr;
    QWidget* m_contentPage = nullptr;
    QLineEdit* m_searchField = nullptr;
    QTimer* m_searchTimer = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    ContactDetailPane* m_detailPane = nullptr;
    QLabel* m_countLabel = nullptr;
    QMenu* m_circleMenu = nullptr;
    QMenu* m_networkMenu = nullptr;
    QActionGroup* m_circleGroup = nullptr;

    std::unique_ptr<ReminderActions> m_actions;
    std::unique_ptr<ReminderScheduler> m_scheduler;
    DueModel* m_dueModel = nullptr;
    DueView* m_dueView = nullptr;
    HealthService* m_health = nullptr;
    DashboardView* m_dashboardView = nullptr;
    SocialCapitalPage* m_socialCapitalPage = nullptr;
    NetworkGraphPage* m_networkGraphPage = nullptr;
    IntroductionsView* m_introductionsView = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_contactsTab = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    qint64 m_bannerContactId = 0;
    QTimer* m_dueRefreshTimer = nullptr;
    QFrame* m_followUpBar = nullptr;
    QLabel* m_followUpLabel = nullptr;
    QTimer* m_followUpTimer = nullptr;
    QList<qint64> m_followUpContacts;
    QString m_followUpSummary;
    bool m_quitting = false;

    QList<qint64> m_selectionBeforeReset;
    qint64 m_currentBeforeReset = 0;
    int m_liveCount = 0;
    int m_trashCount = 0;

    QAction* m_newDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_openSampleAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_showTrashAction = nullptr;
    QAction* m_addContactAction = nullptr;
    QAction* m_editContactAction = nullptr;
    QAction* m_logInteractionAction = nullptr;
    QAction* m_addReminderAction = nullptr;
    QAction* m_manageTagsAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_emptyTrashAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_showDueAction = nullptr;
    QAction* m_showContactsAction = nullptr;
    QAction* m_showDashboardAction = nullptr;
    QAction* m_showSocialCapitalAction = nullptr;
    QAction* m_showNetworkGraphAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_importHistoryAction = nullptr;
    QAction* m_undoImportAction = nullptr;
    QAction* m_whoCanHelpAction = nullptr;
    QAction* m_reviewLinksAction = nullptr;
    QAction* m_showIntroductionsAction = nullptr;
    QAction* m_recordIntroductionAction = nullptr;
    QAction* m_showEventsAction = nullptr;
    QAction* m_newEventAction = nullptr;
    QAction* m_metPeopleAction = nullptr;
    QAction* m_logFavourAction = nullptr;
};

} // namespace kith
