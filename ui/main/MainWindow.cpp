#include "main/MainWindow.h"

#include "contacts/AddContactCommand.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactFilterProxyModel.h"
#include "contacts/ContactTableModel.h"
#include "contacts/EditContactCommand.h"
#include "contacts/ExportContactsDialog.h"
#include "contacts/TagManagerDialog.h"
#include "contacts/TrashContactsCommand.h"
#include "dashboard/DashboardView.h"
#include "dashboard/HealthService.h"
#include "domain/Clock.h"
#include "health/CircleSuggestion.h"
#include "health/HealthStatus.h"
#include "import/ImportController.h"
#include "import/ImportDropFilter.h"
#include "interactions/LogInteractionDialog.h"
#include "io/ics/IcsExporter.h"
#include "main/LogInteractionCommand.h"
#include "main/SampleNetworkThread.h"
#include "main/SettingsDialog.h"
#include "network/EventDeleteCommand.h"
#include "network/EventDialog.h"
#include "network/EventEditCommand.h"
#include "network/EventMeetingCommand.h"
#include "network/EventMeetingDialog.h"
#include "network/EventMetAtLabel.h"
#include "network/EventsView.h"
#include "network/FavourBalancePanel.h"
#include "network/FavourCommand.h"
#include "network/FavourDialog.h"
#include "network/FavourListDialog.h"
#include "network/IntroductionsView.h"
#include "network/MeetingRecorder.h"
#include "network/NetworkGraphPage.h"
#include "network/NetworkGraphView.h"
#include "network/RelationshipSuggester.h"
#include "network/SocialCapitalPage.h"
#include "network/SuggestedLinksDialog.h"
#include "network/WhoCanHelpDialog.h"
#include "phone/PhoneNumbers.h"
#include "reminders/DesktopIntegration.h"
#include "reminders/DueModel.h"
#include "reminders/DueText.h"
#include "reminders/DueView.h"
#include "reminders/ReminderActions.h"
#include "reminders/ReminderDialog.h"
#include "reminders/ReminderScheduler.h"
#include "settings/Settings.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/FavourStore.h"
#include "storage/InteractionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/TagStore.h"
#include "storage/TopicStore.h"
#include "widgets/AboutDialog.h"
#include "widgets/AppResources.h"
#include "widgets/HealthBarDelegate.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordTableView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace kith {

namespace {

constexpr int StatusMessageMs = 8000;
constexpr int FollowUpBarMs = 30000;

QTime timeSetting(const Settings& settings, Settings::Key key)
{
    const QTime time = QTime::fromString(settings.value(key).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime::fromString(Settings::defaultValue(key).toString(), QStringLiteral("HH:mm"));
}

QIcon actionIcon(const char* themeName, const char* fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            QIcon(QStringLiteral(":/icons/") + QString::fromLatin1(fallback) + QStringLiteral(".svg")));
}

// Enables `action`, or disables it with `reason` as its tooltip and status tip; its own tip comes back with it.
void setAvailable(QAction* action, bool available, const QString& reason)
{
    static constexpr char ownTip[] = "kithOwnToolTip";
    if (!action->property(ownTip).isValid())
        action->setProperty(ownTip, action->toolTip());
    const QString tip = available ? action->property(ownTip).toString() : reason;
    action->setEnabled(available);
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

} // namespace

MainWindow::MainWindow(Settings& settings, Database& database, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
{
    initAppResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kith.svg")));
    setAcceptDrops(true);

    m_undoStack = new QUndoStack(this);
    m_importController = new ImportController(this, m_settings, m_clock, this);
    m_proxy = new ContactFilterProxyModel(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(0); // coalesces a burst of keystrokes into one query
    m_dueRefreshTimer = new QTimer(this);
    m_dueRefreshTimer->setSingleShot(true);
    m_dueRefreshTimer->setInterval(0); // one recomputation for a burst of store changes
    connect(m_dueRefreshTimer, &QTimer::timeout, this, [this] {
        if (m_scheduler)
            m_scheduler->rearm();
        refreshDue();
    });

    createActions();
    createCentralWidgets();
    createMenus();
    createToolBar();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("contactCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    m_desktop = new DesktopIntegration(m_clock, this);
    m_desktop->setMorning(timeSetting(m_settings, Settings::Key::DateReminderTime));
    connect(m_desktop, &DesktopIntegration::openRequested, this, &MainWindow::showAndRaise);
    connect(m_desktop, &DesktopIntegration::addContactRequested, this, [this] {
        showAndRaise();
        addContact();
    });
    connect(m_desktop, &DesktopIntegration::logInteractionRequested, this, [this] {
        showAndRaise();
        logInteraction();
    });
    connect(m_desktop, &DesktopIntegration::quitRequested, this, &MainWindow::quit);
    connect(m_desktop, &DesktopIntegration::contactRequested, this, &MainWindow::showContact);
    connect(m_desktop, &DesktopIntegration::dueListRequested, this, [this] {
        showAndRaise();
        showDue();
    });
    connect(m_desktop, &DesktopIntegration::doneRequested, this, &MainWindow::doneFromTray);
    connect(m_desktop, &DesktopIntegration::snoozeRequested, this, &MainWindow::snoozeFromTray);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) { onSettingChanged(int(key)); });

    attachDatabase(database);
    restoreWindowState();
    updateQuitOnClose();

    // Contact files dropped anywhere in the window, even on a child that takes drops of text.
    auto* dropFilter = new ImportDropFilter(this, this);
    qApp->installEventFilter(dropFilter);
    connect(dropFilter, &ImportDropFilter::filesDropped, m_importController, &ImportController::importFiles);
    connect(m_importController, &ImportController::databaseChanged, this, &MainWindow::reloadAfterImport);
    connect(m_importController, &ImportController::busyChanged, this, &MainWindow::updateActions);
    connect(m_importController, &ImportController::message, this, [this](const QString& text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, StatusMessageMs);
    });
    connect(m_importController, &ImportController::lastBatchChanged, this,
            [this](qint64 batchId) { m_undoImportAction->setEnabled(batchId > 0); });

    // Where no tray exists, the banner stands in for it: say so once.
    if (!m_desktop->isTrayAvailable() && !m_settings.value(Settings::Key::TrayUnavailableTold).toBool()) {
        m_settings.setValue(Settings::Key::TrayUnavailableTold, true);
        showBanner(tr("No system tray was found"),
                   tr("Kith shows its reminders here in the window instead, and quits when the window is closed."), 0);
    }
    // What fell due while Kith was not running, then the timer for what comes next: one event-loop
    // turn later, so that the contacts table is painted before the due list is worked out.
    const QDateTime lastRun = QDateTime::fromString(m_settings.value(Settings::Key::LastRun).toString(), Qt::ISODate);
    QTimer::singleShot(0, this, [this, lastRun] {
        m_scheduler->start(lastRun);
        saveLastRun();
    });
}

MainWindow::~MainWindow()
{
    if (m_sampleThread) {
        m_sampleThread->cancel();
        m_sampleThread->wait();
    }
    delete std::exchange(m_importController, nullptr); // stops its workers
    // The views and the undo commands refer to the stores: let them go first.
    m_undoStack->clear();
    m_proxy->disconnect(this);
    m_proxy->setSourceModel(nullptr);
    m_tabs->disconnect(this);
    delete std::exchange(m_networkGraphPage, nullptr);
    delete std::exchange(m_introductionsView, nullptr);
    delete std::exchange(m_dashboardView, nullptr);
    delete std::exchange(m_socialCapitalPage, nullptr);
    delete std::exchange(m_eventsView, nullptr);
    delete std::exchange(m_dueView, nullptr);
    delete std::exchange(m_dueModel, nullptr);
    delete std::exchange(m_detailPane, nullptr);
    delete m_model;
    delete std::exchange(m_health, nullptr);
    m_scheduler.reset();
    m_actions.reset();
}

void MainWindow::createActions()
{
    auto make = [this](QAction*& action, const QString& text, const char* objectName, const QString& toolTip) {
        action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setToolTip(toolTip);
        action->setStatusTip(toolTip);
    };

    make(m_newDatabaseAction, tr("&New Database…"), "actionNewDatabase", tr("Create an empty Kith database file"));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabaseDialog);
    make(m_openDatabaseAction, tr("&Open Database…"), "actionOpenDatabase", tr("Open another Kith database file"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    make(m_openSampleAction, tr("Open &Sample Network"), "actionOpenSample",
         tr("Fill this database with made-up contacts to try Kith out"));
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSampleNetwork);
    make(m_quitAction, tr("&Quit"), "actionQuit", tr("Quit Kith"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setToolTip(tr("Undo the last change"));
    m_undoAction->setIcon(actionIcon("edit-undo", "undo"));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setToolTip(tr("Redo the change undone last"));
    m_redoAction->setIcon(actionIcon("edit-redo", "redo"));

    make(m_findAction, tr("&Find"), "actionFind",
         tr("Search contacts by name, organisation, email, phone, tag or notes"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_centralStack->currentWidget() != m_contentPage)
            return;
        m_tabs->setCurrentWidget(m_contactsTab);
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    make(m_deleteAction, tr("&Delete"), "actionDelete", tr("Move the selected contacts to the Trash"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // The key works in the contacts table only (the action is added to it): not on another tab, nor in a text field.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setIcon(actionIcon("edit-delete", "delete"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteContacts);

    make(m_showTrashAction, tr("Show &Trash"), "actionShowTrash",
         tr("List the contacts in the Trash instead of your network"));
    m_showTrashAction->setCheckable(true);
    m_showTrashAction->setIcon(actionIcon("user-trash", "trash"));
    connect(m_showTrashAction, &QAction::toggled, this, &MainWindow::setShowTrash);

    make(m_addContactAction, tr("&Add Contact…"), "actionAddContact", tr("Add a person to your network"));
    m_addContactAction->setShortcut(QKeySequence::New);
    m_addContactAction->setIcon(actionIcon("contact-new", "add-contact"));
    connect(m_addContactAction, &QAction::triggered, this, &MainWindow::addContact);

    make(m_editContactAction, tr("&Edit Contact…"), "actionEditContact", tr("Edit the selected contact"));
    m_editContactAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_editContactAction->setIcon(actionIcon("document-edit", "edit"));
    connect(m_editContactAction, &QAction::triggered, this, &MainWindow::editContact);

    make(m_logInteractionAction, tr("&Log Interaction…"), "actionLogInteraction",
         tr("Record a call, a meeting or a message with the selected contacts"));
    m_logInteractionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logInteractionAction->setIcon(actionIcon("mail-message-new", "log-interaction"));
    connect(m_logInteractionAction, &QAction::triggered, this, &MainWindow::logInteraction);

    make(m_addReminderAction, tr("Add &Reminder…"), "actionAddReminder",
         tr("Remind yourself to follow up with the selected contact"));
    m_addReminderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_addReminderAction->setIcon(actionIcon("appointment-new", "reminder"));
    connect(m_addReminderAction, &QAction::triggered, this, &MainWindow::addReminder);

    make(m_manageTagsAction, tr("&Manage Tags…"), "actionManageTags",
         tr("Add, rename, recolour or delete the tags you give contacts"));
    connect(m_manageTagsAction, &QAction::triggered, this, &MainWindow::manageTags);

    make(m_restoreAction, tr("Re&store from Trash"), "actionRestore",
         tr("Put the selected contacts back into your network"));
    m_restoreAction->setIcon(actionIcon("edit-undo", "restore"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreContacts);

    make(m_emptyTrashAction, tr("Empty &Trash…"), "actionEmptyTrash", tr("Delete every contact in the Trash for good"));
    connect(m_emptyTrashAction, &QAction::triggered, this, &MainWindow::emptyTrash);

    make(m_preferencesAction, tr("&Preferences…"), "actionPreferences",
         tr("Keep-in-touch cadence per circle, birthday reminders, quiet hours, tray and start at login"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setIcon(actionIcon("preferences-system", "edit"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    make(m_showContactsAction, tr("&Contacts"), "actionShowContacts", tr("Show the table of your contacts"));
    m_showContactsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showContactsAction, &QAction::triggered, this, &MainWindow::showContacts);
    make(m_showDueAction, tr("&Due"), "actionShowDue",
         tr("Who to get in touch with today and this week: cadence, birthdays and follow-ups"));
    m_showDueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_showDueAction->setIcon(actionIcon("appointment-soon", "reminder"));
    connect(m_showDueAction, &QAction::triggered, this, &MainWindow::showDue);
    make(m_showDashboardAction, tr("Dash&board"), "actionShowDashboard",
         tr("How your network is doing: health over time, status by circle, interactions by channel, who needs "
            "attention"));
    m_showDashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_showDashboardAction->setIcon(actionIcon("office-chart-line", "dashboard"));
    connect(m_showDashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    make(m_showSocialCapitalAction, tr("&Social Capital"), "actionShowSocialCapital",
         tr("What your network can do for you: circles, clusters, bridges, weak ties and your brokerage"));
    m_showSocialCapitalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_showSocialCapitalAction, &QAction::triggered, this, &MainWindow::showSocialCapital);
    make(m_showNetworkGraphAction, tr("Network &Graph"), "actionShowNetworkGraph",
         tr("You, your contacts and how they know each other, sized by tie strength; click to see a contact"));
    m_showNetworkGraphAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_showNetworkGraphAction, &QAction::triggered, this, &MainWindow::showNetworkGraph);

    make(m_showIntroductionsAction, tr("&Introductions"), "actionShowIntroductions",
         tr("Who to introduce to whom (one's need, the other's expertise) and the introductions you made"));
    m_showIntroductionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    connect(m_showIntroductionsAction, &QAction::triggered, this, &MainWindow::showIntroductions);
    make(m_recordIntroductionAction, tr("&Record Introduction…"), "actionRecordIntroduction",
         tr("Record that you introduced two people, with a reminder to ask how it went"));
    m_recordIntroductionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_I));
    connect(m_recordIntroductionAction, &QAction::triggered, this, [this] {
        showIntroductions();
        if (m_introductionsView && m_tabs->currentWidget() == m_introductionsView)
            m_introductionsView->recordIntroduction();
    });

    make(m_importAction, tr("&Import Contacts…"), "actionImport",
         tr("Add contacts from vCard (.vcf) or CSV files; you see what will be added or merged first"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, m_importController, &ImportController::chooseFiles);
    make(m_importHistoryAction, tr("Import &History…"), "actionImportHistory",
         tr("Every import with its files and counts; undo an import from here"));
    connect(m_importHistoryAction, &QAction::triggered, m_importController, &ImportController::showHistory);
    make(m_undoImportAction, tr("Undo &Import"), "actionUndoImport",
         tr("Remove the contacts the last import added and restore the ones it merged into"));
    m_undoImportAction->setEnabled(false);
    connect(m_undoImportAction, &QAction::triggered, m_importController, &ImportController::undoLastImport);

    make(m_whoCanHelpAction, tr("&Who Can Help…"), "actionWhoCanHelp",
         tr("Find who in your network can help with something: what they can help with, their topics, work, notes "
            "and your interactions"));
    m_whoCanHelpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_whoCanHelpAction, &QAction::triggered, this, [this] { whoCanHelp(); });
    make(m_reviewLinksAction, tr("Review Suggested &Links…"), "actionReviewSuggestedLinks",
         tr("Links Kith noticed (siblings through a shared parent, colleagues at the same organisation, people at "
            "the same event) to confirm or reject"));
    connect(m_reviewLinksAction, &QAction::triggered, this, &MainWindow::reviewSuggestedLinks);

    make(m_aboutAction, tr("&About Kith"), "actionAbout", tr("Version and licence of Kith"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openDatabaseAction);
    file->addSeparator();
    file->addAction(m_openSampleAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_importHistoryAction);
    file->addSeparator();
    QAction* exportCalendar =
        file->addAction(tr("&Export Reminders and Birthdays…"), this, &MainWindow::exportCalendar);
    exportCalendar->setObjectName(QStringLiteral("actionExportCalendar"));
    exportCalendar->setStatusTip(tr("Save birthdays, anniversaries and open follow-ups as an iCalendar file"));
    QAction* exportContacts = file->addAction(tr("Export &Contacts…"), this, &MainWindow::exportContacts);
    exportContacts->setObjectName(QStringLiteral("actionExportContacts"));
    exportContacts->setStatusTip(tr("Save the selected contacts, everyone or one tag as vCard or CSV"));
    exportContacts->setToolTip(exportContacts->statusTip());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addAction(m_undoImportAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showContactsAction);
    view->addAction(m_showDueAction);
    view->addAction(m_showDashboardAction);
    view->addSeparator();
    view->addAction(m_showTrashAction);
    m_circleMenu = view->addMenu(tr("&Circle"));
    m_circleMenu->setObjectName(QStringLiteral("circleMenu"));
    m_circleMenu->setToolTip(tr("Show only the contacts in one circle"));
    m_circleGroup = new QActionGroup(this);
    m_circleGroup->setExclusive(true);
    connect(m_circleGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_proxy->setCircleFilter(action->data().toString()); });

    QMenu* contact = menuBar()->addMenu(tr("&Contact"));
    contact->setObjectName(QStringLiteral("contactMenu"));
    contact->addAction(m_addContactAction);
    contact->addAction(m_editContactAction);
    contact->addAction(m_deleteAction);
    contact->addSeparator();
    contact->addAction(m_logInteractionAction);
    contact->addAction(m_addReminderAction);
    contact->addSeparator();
    contact->addAction(m_manageTagsAction);
    contact->addSeparator();
    contact->addAction(m_restoreAction);
    contact->addAction(m_emptyTrashAction);

    // Using the network (issue 6): its pages in the order of their tabs, then finding help and links, then
    // recording what happened. Its tooltips show, so that a disabled entry says what it waits for.
    m_networkMenu = menuBar()->addMenu(tr("&Network"));
    m_networkMenu->setObjectName(QStringLiteral("networkMenu"));
    m_networkMenu->setToolTipsVisible(true);
    const auto networkAction = [this](const QString& text, const char* objectName, const QString& toolTip,
                                      const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setToolTip(toolTip);
        action->setStatusTip(toolTip);
        action->setShortcut(shortcut);
        return action;
    };
    m_showEventsAction =
        networkAction(tr("E&vents"), "actionShowEvents", tr("Show your events and whom you met and followed up there"),
                      QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), [this] { showEvents(0); });
    m_newEventAction = networkAction(tr("New &Event…"), "actionNewEvent", tr("Add a meetup, a conference or a party"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { newEvent(); });
    m_metPeopleAction = networkAction(
        tr("I &Met These People At…"), "actionMetPeople",
        tr("Add the people you met at an event, new or already in your contacts, with a follow-up for each"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { recordMeeting(0); });
    m_logFavourAction = networkAction(tr("Log &Favour…"), "actionLogFavour",
                                      tr("Note a favour you did for the selected contact, or one they did for you"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                      [this] { logFavour(m_detailPane ? m_detailPane->contactId() : 0); });
    m_networkMenu->addActions(
        {m_showNetworkGraphAction, m_showIntroductionsAction, m_showSocialCapitalAction, m_showEventsAction});
    m_networkMenu->addSeparator();
    m_networkMenu->addActions({m_whoCanHelpAction, m_reviewLinksAction});
    m_networkMenu->addSeparator();
    m_networkMenu->addActions({m_newEventAction, m_metPeopleAction, m_recordIntroductionAction, m_logFavourAction});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    // Short labels beside the icons so that the bar fits in every language; menus keep the full text.
    m_addContactAction->setIconText(tr("Add"));
    m_editContactAction->setIconText(tr("Edit"));
    m_deleteAction->setIconText(tr("Delete"));
    m_logInteractionAction->setIconText(tr("Log"));
    m_addReminderAction->setIconText(tr("Remind"));
    m_showTrashAction->setIconText(tr("Trash"));
    m_showDueAction->setIconText(tr("Due"));
    m_showDashboardAction->setIconText(tr("Dashboard"));
    m_restoreAction->setIconText(tr("Restore"));
    // The stack names what undo would take back ("Undo Edit Event “Team offsite 2026”"): in the menu, and in
    // the toolbar's tooltip, where the button itself keeps its short label.
    m_undoAction->setIconText(tr("Undo"));
    connect(m_undoStack, &QUndoStack::undoTextChanged, m_undoAction, [this](const QString& text) {
        m_undoAction->setToolTip(text.isEmpty() ? tr("Undo the last change") : m_undoAction->text().remove(u'&'));
    });
    bar->addAction(m_addContactAction);
    bar->addAction(m_editContactAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_logInteractionAction);
    bar->addAction(m_addReminderAction);
    bar->addAction(m_showDueAction);
    bar->addAction(m_showDashboardAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_showTrashAction);
    bar->addAction(m_restoreAction);
}

void MainWindow::createCentralWidgets()
{
    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("centralStack"));

    m_contentPage = new QWidget(m_centralStack);
    m_searchField = new QLineEdit(m_contentPage);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search name, organisation, email, phone, tag, notes"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setToolTip(m_findAction->toolTip());
    m_searchField->addAction(QIcon::fromTheme(QStringLiteral("edit-find"), QIcon(QStringLiteral(":/icons/search.svg"))),
                             QLineEdit::LeadingPosition);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setSearch(m_searchField->text());
    });

    m_table = new RecordTableView(QAbstractItemView::ExtendedSelection, m_contentPage);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setModel(m_proxy);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("contactTableHeader"));
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSortIndicator(ContactTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegateForColumn(ContactTableModel::Health,
                                      new HealthBarDelegate(ContactTableModel::RawValueRole, m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(
        {m_editContactAction, m_logInteractionAction, m_addReminderAction, m_deleteAction, m_restoreAction});
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_showTrashAction->isChecked())
            restoreContacts();
        else
            editContact();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);

    // A reset (new search, rows added or removed) drops the view's selection: carry it over by id.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectionBeforeReset = selectedContactIds();
        m_currentBeforeReset = currentContactId();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_model || m_proxy->sourceModel() != m_model)
            return;
        QItemSelection selection;
        for (qint64 id : std::as_const(m_selectionBeforeReset)) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
            if (index.isValid())
                selection.select(index, index);
        }
        const QModelIndex current = m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_currentBeforeReset), 0));
        if (current.isValid())
            m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        onSelectionChanged();
        updateCountLabel();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCountLabel);

    m_splitter = new QSplitter(Qt::Horizontal, m_contentPage);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    // Contacts and Due side by side as tabs; the detail pane beside them follows whichever is shown.
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_contactsTab = new QWidget(m_tabs);
    m_contactsTab->setObjectName(QStringLiteral("contactsTab"));
    m_searchField->setParent(m_contactsTab);
    m_table->setParent(m_contactsTab);
    auto* contactsLayout = new QVBoxLayout(m_contactsTab);
    contactsLayout->setContentsMargins(0, 6, 0, 0);
    contactsLayout->setSpacing(6);
    contactsLayout->addWidget(m_searchField);
    contactsLayout->addWidget(m_table, 1);
    m_tabs->addTab(m_contactsTab, tr("Contacts"));
    m_tabs->setTabToolTip(0, m_showContactsAction->toolTip());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (!m_detailPane)
            return;
        // The dashboard needs the whole width; its lists open contacts in the contacts table.
        m_detailPane->setVisible((!m_dashboardView || m_tabs->currentWidget() != m_dashboardView) &&
                                 (!m_socialCapitalPage || m_tabs->currentWidget() != m_socialCapitalPage));
        if (m_tabs->currentWidget() == m_contactsTab) {
            onSelectionChanged();
        } else if (m_networkGraphPage && m_tabs->currentWidget() == m_networkGraphPage) {
            m_detailPane->setContactId(m_networkGraphPage->currentContactId());
        } else if (m_introductionsView && m_tabs->currentWidget() == m_introductionsView) {
            m_detailPane->setContactId(m_introductionsView->currentContactId());
        } else if (m_dueView) {
            const auto item = m_dueView->currentItem();
            m_detailPane->setContactId(item ? item->contactId : 0);
        }
        updateActions();
    });
    m_splitter->addWidget(m_tabs);

    auto* layout = new QVBoxLayout(m_contentPage);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_splitter, 1);

    m_emptyState = createEmptyState();
    m_centralStack->addWidget(m_contentPage);
    m_centralStack->addWidget(m_emptyState);

    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(createBanner());
    centralLayout->addWidget(m_centralStack, 1);
    setCentralWidget(central);
}

QWidget* MainWindow::createBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("dueBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
    palette.setColor(QPalette::WindowText, QColor(0x3a, 0x2e, 0x0b));
    m_banner->setPalette(palette);

    auto* icon = new QLabel(m_banner);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kith-due.svg")).pixmap(28, 28));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("dueBannerText"));
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setWordWrap(true);
    auto* show = new QPushButton(tr("Show"), m_banner);
    show->setObjectName(QStringLiteral("dueBannerShowButton"));
    show->setToolTip(tr("Show what is due"));
    connect(show, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        if (m_bannerContactId > 0)
            showContact(m_bannerContactId);
        else
            showDue();
    });
    auto* close = new QToolButton(m_banner);
    close->setObjectName(QStringLiteral("dueBannerCloseButton"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this message"));
    connect(close, &QToolButton::clicked, m_banner, &QWidget::hide);

    auto* layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(icon);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(show);
    layout->addWidget(close);
    m_banner->hide();
    return m_banner;
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget(m_centralStack);
    page->setObjectName(QStringLiteral("emptyState"));

    auto* icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kith.svg")).pixmap(128, 128));
    icon->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(tr("Your network is empty"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("Add a contact, or drop a .vcf or .csv file here"), page);
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);

    auto* add = new QPushButton(m_addContactAction->icon(), tr("Add contact"), page);
    add->setObjectName(QStringLiteral("emptyAddContactButton"));
    add->setToolTip(m_addContactAction->toolTip());
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &MainWindow::addContact);
    auto* sample = new QPushButton(tr("Open sample network"), page);
    sample->setObjectName(QStringLiteral("openSampleButton"));
    sample->setToolTip(m_openSampleAction->toolTip());
    connect(sample, &QPushButton::clicked, this, &MainWindow::openSampleNetwork);

    auto* import = new QPushButton(tr("Import contacts…"), page);
    import->setObjectName(QStringLiteral("emptyImportButton"));
    import->setToolTip(m_importAction->toolTip());
    connect(import, &QPushButton::clicked, m_importController, &ImportController::chooseFiles);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addSpacing(8);
    buttons->addWidget(import);
    buttons->addSpacing(8);
    buttons->addWidget(sample);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

void MainWindow::attachDatabase(Database& database)
{
    m_undoStack->clear();
    m_database = &database;
    m_importController->setDatabase(database);

    auto contacts = std::make_unique<ContactStore>(database, m_clock);
    contacts->setPhoneRegion(PhoneNumbers::regionFromSettings(m_settings));
    auto interactions = std::make_unique<InteractionStore>(database, m_clock);
    auto reminders = std::make_unique<ReminderStore>(database, m_clock);
    auto tags = std::make_unique<TagStore>(database);
    auto circles = std::make_unique<CircleStore>(database);
    auto relationships = std::make_unique<RelationshipStore>(database, m_clock);
    auto suggester = std::make_unique<RelationshipSuggester>(database, *relationships);
    auto topics = std::make_unique<TopicStore>(database, m_clock);

    auto* model = new ContactTableModel(*contacts, *interactions, *reminders, m_clock, this);
    const QHeaderView* header = m_table->horizontalHeader();
    model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    model->setSearch(m_searchField->text());
    model->setShowTrash(m_showTrashAction->isChecked());
    // No parent yet: a child of the splitter would join it at once, beside the pane it is to replace.
    auto* pane = new ContactDetailPane(*contacts, *interactions, *reminders, *tags, *circles, m_clock);
    auto actions = std::make_unique<ReminderActions>(database, m_clock);
    auto scheduler = std::make_unique<ReminderScheduler>(database, m_clock);
    scheduler->setPreferences(reminderPreferences());
    pane->setReminderActions(actions.get());
    auto* dueModel = new DueModel(database, m_clock, this);
    dueModel->setPreferences(reminderPreferences());
    auto* dueView = new DueView(*dueModel, *actions, m_clock, m_tabs);
    dueView->setMorning(timeSetting(m_settings, Settings::Key::DateReminderTime));
    auto* health = new HealthService(database, m_clock, m_settings, this);
    pane->setHealthService(health);
    pane->setRelationships(*relationships, *suggester, *m_undoStack);
    pane->setTopics(*topics, *m_undoStack);
    auto* dashboardView = new DashboardView(*health, m_tabs);
    auto* socialCapitalPage = new SocialCapitalPage(database, m_clock, *health, m_tabs);
    auto* introductionsView = new IntroductionsView(database, *contacts, *reminders, *relationships, *topics, health,
                                                    *m_undoStack, m_clock, m_tabs);
    introductionsView->setFollowUpTime(timeSetting(m_settings, Settings::Key::DateReminderTime));

    // Views first, then the old stores they refer to.
    ContactTableModel* oldModel = m_model;
    m_model = model;
    m_proxy->setSourceModel(model);
    delete oldModel;
    if (m_detailPane) {
        // The old pane refers to the old stores: it must go, not stay beside the new one.
        m_splitter->replaceWidget(m_splitter->indexOf(m_detailPane), pane);
        delete m_detailPane;
    } else {
        m_splitter->addWidget(pane);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
    }
    m_detailPane = pane;

    // The due page, likewise: the new view first, then the old one and what it referred to.
    const bool dueShown = m_dueView && m_tabs->currentWidget() == m_dueView;
    DueView* oldDueView = std::exchange(m_dueView, dueView);
    DueModel* oldDueModel = std::exchange(m_dueModel, dueModel);
    m_tabs->insertTab(1, dueView, tr("Due"));
    m_tabs->setTabToolTip(1, m_showDueAction->toolTip());
    if (dueShown)
        m_tabs->setCurrentWidget(dueView);
    delete oldDueView;
    delete oldDueModel;

    // And the dashboard, with the health it draws.
    const bool dashboardShown = m_dashboardView && m_tabs->currentWidget() == m_dashboardView;
    DashboardView* oldDashboardView = std::exchange(m_dashboardView, dashboardView);
    HealthService* oldHealth = std::exchange(m_health, health);
    m_tabs->insertTab(2, dashboardView, tr("Dashboard"));
    m_tabs->setTabToolTip(2, m_showDashboardAction->toolTip());
    if (dashboardShown)
        m_tabs->setCurrentWidget(dashboardView);
    // The network graph after it: it reads the health and the window's stores.
    auto* networkGraphPage = new NetworkGraphPage(database, m_clock, *health, *tags, *circles, m_tabs);
    const bool networkShown = m_networkGraphPage && m_tabs->currentWidget() == m_networkGraphPage;
    NetworkGraphPage* oldNetworkGraphPage = std::exchange(m_networkGraphPage, networkGraphPage);
    m_tabs->insertTab(3, networkGraphPage, tr("Network"));
    m_tabs->setTabToolTip(3, m_showNetworkGraphAction->toolTip());
    if (networkShown)
        m_tabs->setCurrentWidget(networkGraphPage);
    delete oldNetworkGraphPage;
    // The introductions page, at the place of the one it replaces (the end the first time).
    const bool introductionsShown = m_introductionsView && m_tabs->currentWidget() == m_introductionsView;
    IntroductionsView* oldIntroductionsView = std::exchange(m_introductionsView, introductionsView);
    const int introductionsIndex = oldIntroductionsView ? m_tabs->indexOf(oldIntroductionsView) : m_tabs->count();
    m_tabs->insertTab(introductionsIndex, introductionsView, tr("Introductions"));
    m_tabs->setTabToolTip(introductionsIndex, m_showIntroductionsAction->toolTip());
    if (introductionsShown)
        m_tabs->setCurrentWidget(introductionsView);
    delete oldIntroductionsView;
    delete oldDashboardView;
    // The social-capital page where it was (else last): it reads the health's tie strengths.
    const bool capitalShown = m_socialCapitalPage && m_tabs->currentWidget() == m_socialCapitalPage;
    const int capitalIndex = m_socialCapitalPage ? m_tabs->indexOf(m_socialCapitalPage) : -1;
    SocialCapitalPage* oldSocialCapitalPage = std::exchange(m_socialCapitalPage, socialCapitalPage);
    const int capitalTab = m_tabs->insertTab(capitalIndex, socialCapitalPage, tr("Social Capital"));
    m_tabs->setTabToolTip(capitalTab, m_showSocialCapitalAction->toolTip());
    if (capitalShown)
        m_tabs->setCurrentWidget(socialCapitalPage);
    delete oldSocialCapitalPage;
    delete oldHealth;
    m_detailPane->setVisible(m_tabs->currentWidget() != m_dashboardView &&
                             m_tabs->currentWidget() != m_socialCapitalPage);
    m_scheduler = std::move(scheduler);
    m_actions = std::move(actions);

    createEventsTab(database, *contacts, *interactions, *reminders);

    m_contacts = std::move(contacts);
    m_interactions = std::move(interactions);
    m_reminders = std::move(reminders);
    m_tags = std::move(tags);
    m_circles = std::move(circles);
    m_suggester = std::move(suggester);
    m_relationships = std::move(relationships);
    m_topics = std::move(topics);

    connect(m_contacts.get(), &ContactStore::contactsChanged, this, &MainWindow::updateCounts);
    connect(m_circles.get(), &CircleStore::circlesChanged, this, &MainWindow::rebuildCircleMenu);
    // A renamed or deleted tag changes the table's tag column (the detail pane follows the store itself).
    connect(m_tags.get(), &TagStore::tagsChanged, m_model, &ContactTableModel::refresh);

    // Anything that can change what is due: recompute the list, re-arm the timer.
    connect(m_contacts.get(), &ContactStore::contactsChanged, this, &MainWindow::scheduleDueRefresh);
    connect(m_interactions.get(), &InteractionStore::interactionsChanged, this, &MainWindow::scheduleDueRefresh);
    connect(m_reminders.get(), &ReminderStore::remindersChanged, this, &MainWindow::scheduleDueRefresh);
    connect(m_circles.get(), &CircleStore::circlesChanged, this, &MainWindow::scheduleDueRefresh);
    connect(m_actions.get(), &ReminderActions::changed, this, [this] {
        // The actions write through their own connection: the table's store announced nothing.
        m_model->refresh();
        m_detailPane->reload();
        scheduleDueRefresh();
    });
    // Health follows what it is computed from; the table shows (and sorts by) every contact's score.
    connect(m_contacts.get(), &ContactStore::contactsChanged, m_health, &HealthService::invalidateContacts);
    connect(m_interactions.get(), &InteractionStore::interactionsChanged, m_health, &HealthService::invalidateContacts);
    connect(m_circles.get(), &CircleStore::circlesChanged, m_health, &HealthService::invalidate);
    connect(m_health, &HealthService::snapshotChanged, m_model, [this] {
        if (auto snapshot = m_health->snapshot(); snapshot && snapshot->error.isEmpty())
            m_model->setHealthScores(snapshot->scores);
    });
    connect(m_dashboardView, &DashboardView::logInteractionRequested, this,
            [this](qint64 contactId) { logInteractionWith({contactId}); });
    connect(m_dashboardView, &DashboardView::reminderRequested, this, &MainWindow::addReminderFor);
    connect(m_dashboardView, &DashboardView::contactActivated, this, &MainWindow::showContact);
    connect(m_dashboardView, &DashboardView::suggestionAccepted, this, &MainWindow::acceptSuggestion);
    connect(m_dashboardView, &DashboardView::suggestionIgnored, this, &MainWindow::ignoreSuggestion);
    connect(m_dashboardView, &DashboardView::imageSaved, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Saved the chart to %1").arg(QDir::toNativeSeparators(path)), StatusMessageMs);
    });
    connect(m_socialCapitalPage, &SocialCapitalPage::contactActivated, this, &MainWindow::showContact);
    connect(m_contacts.get(), &ContactStore::contactsChanged, m_socialCapitalPage, &SocialCapitalPage::invalidate);
    connect(m_circles.get(), &CircleStore::circlesChanged, m_socialCapitalPage, &SocialCapitalPage::invalidate);
    connect(m_relationships.get(), &RelationshipStore::relationshipsChanged, m_socialCapitalPage,
            &SocialCapitalPage::invalidate);
    connect(m_detailPane, &ContactDetailPane::suggestionAccepted, this, &MainWindow::acceptSuggestion);
    connect(m_detailPane, &ContactDetailPane::suggestionIgnored, this, &MainWindow::ignoreSuggestion);
    connect(m_detailPane, &ContactDetailPane::contactActivated, this, &MainWindow::showContact);
    connect(m_detailPane, &ContactDetailPane::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, StatusMessageMs); });
    connect(m_detailPane, &ContactDetailPane::topicActivated, this, &MainWindow::whoCanHelp);
    connect(m_detailPane, &ContactDetailPane::reviewSuggestionsRequested, this, &MainWindow::reviewSuggestedLinks);
    connect(m_scheduler.get(), &ReminderScheduler::itemsDue, this, &MainWindow::onItemsDue);
    connect(m_scheduler.get(), &ReminderScheduler::missedWhileClosed, this, &MainWindow::onMissedWhileClosed);
    connect(m_dueView, &DueView::logInteractionRequested, this,
            [this](qint64 contactId) { logInteractionWith({contactId}); });
    connect(m_dueView, &DueView::currentContactChanged, this, [this](qint64 contactId) {
        if (m_tabs->currentWidget() == m_dueView)
            m_detailPane->setContactId(contactId);
    });
    connect(m_dueView, &DueView::contactActivated, this, &MainWindow::showContact);
    connect(m_networkGraphPage, &NetworkGraphPage::currentContactChanged, this, [this](qint64 contactId) {
        if (m_tabs->currentWidget() == m_networkGraphPage)
            m_detailPane->setContactId(contactId);
    });
    connect(m_networkGraphPage, &NetworkGraphPage::contactActivated, this, &MainWindow::showContact);
    connect(m_contacts.get(), &ContactStore::contactsChanged, m_networkGraphPage, &NetworkGraphPage::invalidate);
    connect(m_relationships.get(), &RelationshipStore::relationshipsChanged, m_networkGraphPage,
            &NetworkGraphPage::invalidate);
    connect(m_topics.get(), &TopicStore::topicsChanged, m_networkGraphPage, &NetworkGraphPage::invalidate);
    connect(m_introductionsView, &IntroductionsView::contactActivated, this, &MainWindow::showContact);
    connect(m_introductionsView, &IntroductionsView::currentContactChanged, this, [this](qint64 contactId) {
        if (m_tabs->currentWidget() == m_introductionsView)
            m_detailPane->setContactId(contactId);
    });
    connect(m_introductionsView, &IntroductionsView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_dueView, &DueView::acted, this,
            [this](const QString& message) { statusBar()->showMessage(message, StatusMessageMs); });

    rebuildCircleMenu();
    updateTitle();
    updateCounts();
    onSelectionChanged();
    scheduleDueRefresh();
    m_health->refresh();
    // Another file: what it missed is not this session's to report.
    if (m_ownedDatabase && &database == m_ownedDatabase.get())
        m_scheduler->start(m_clock.now());
}

// The Events page with the stores it shows, replacing the previous database's: the new view first, then the
// old one, then the old stores. The detail pane (already the new one) gets "Met at" and the favour balance.
void MainWindow::createEventsTab(Database& database, ContactStore& contacts, InteractionStore& interactions,
                                 ReminderStore& reminders)
{
    auto events = std::make_unique<EventStore>(database, m_clock);
    auto favours = std::make_unique<FavourStore>(database, m_clock);
    auto* view = new EventsView(*events, contacts, reminders, interactions, m_clock, m_tabs);
    m_detailPane->setEventStores(*events, *favours);
    const bool shown = m_eventsView && m_tabs->currentWidget() == m_eventsView;
    const int index = m_eventsView ? m_tabs->indexOf(m_eventsView) : m_tabs->count();
    EventsView* old = std::exchange(m_eventsView, view);
    m_tabs->insertTab(index, view, tr("Events"));
    m_tabs->setTabToolTip(index, tr("Your events and whom you met and followed up there"));
    if (shown)
        m_tabs->setCurrentWidget(view);
    delete old;
    m_events = std::move(events);
    m_favours = std::move(favours);

    connect(view, &EventsView::newEventRequested, this, &MainWindow::newEvent);
    connect(view, &EventsView::meetingRequested, this, &MainWindow::recordMeeting);
    connect(view, &EventsView::editRequested, this, &MainWindow::editEvent);
    connect(view, &EventsView::deleteRequested, this, &MainWindow::deleteEvent);
    connect(view, &EventsView::contactActivated, this, &MainWindow::showContact);
    connect(view, &EventsView::currentContactChanged, this, [this](qint64 contactId) {
        if (m_tabs->currentWidget() == m_eventsView)
            m_detailPane->setContactId(contactId);
    });
    connect(m_tabs, &QTabWidget::currentChanged, view, [this] {
        if (m_tabs->currentWidget() == m_eventsView)
            m_detailPane->setContactId(m_eventsView->currentContactId());
    });
    connect(m_detailPane->metAtLabel(), &EventMetAtLabel::eventActivated, this, &MainWindow::showEvents);
    connect(m_detailPane->favourPanel(), &FavourBalancePanel::logFavourRequested, this, &MainWindow::logFavour);
    connect(m_detailPane->favourPanel(), &FavourBalancePanel::favoursRequested, this, &MainWindow::showFavours);
}

void MainWindow::showEvents(qint64 eventId)
{
    m_tabs->setCurrentWidget(m_eventsView);
    if (eventId)
        m_eventsView->selectEvent(eventId);
}

void MainWindow::newEvent()
{
    EventDialog dialog(m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = m_events->add(dialog.event());
    if (!id) {
        MessageBox::warning(this, tr("Cannot Add the Event"), id.error());
        return;
    }
    if (auto added = m_events->record(*id))
        m_undoStack->push(new EventDeleteCommand(*m_events, *added, this, EventDeleteCommand::Kind::Added));
    showEvents(*id);
    statusBar()->showMessage(
        tr("Added %1. Add the people you met there with \"Add People I Met Here…\".").arg(dialog.event().name),
        StatusMessageMs);
}

void MainWindow::editEvent(qint64 eventId)
{
    auto event = m_events->get(eventId);
    if (!event)
        return;
    EventDialog dialog(m_clock, this);
    dialog.setEvent(*event);
    if (dialog.exec() != QDialog::Accepted || dialog.event() == *event)
        return;
    if (auto s = m_events->update(dialog.event()); !s) {
        MessageBox::warning(this, tr("Cannot Change the Event"), s.error());
        return;
    }
    if (auto after = m_events->get(eventId))
        m_undoStack->push(new EventEditCommand(*m_events, *event, *after, this));
}

void MainWindow::deleteEvent(qint64 eventId)
{
    auto record = m_events->record(eventId);
    if (!record)
        return;
    if (auto s = m_events->remove(eventId); !s) {
        MessageBox::warning(this, tr("Cannot Delete the Event"), s.error());
        return;
    }
    m_undoStack->push(new EventDeleteCommand(*m_events, *record, this));
    statusBar()->showMessage(tr("Deleted %1; Edit > Undo brings it back.").arg(record->event.name), StatusMessageMs);
}

void MainWindow::recordMeeting(qint64 eventId)
{
    MeetingRecorder recorder(*m_database, m_clock, *m_contacts, *m_reminders, *m_events);
    EventMeetingDialog dialog(recorder, *m_events, *m_contacts, m_clock, this);
    if (eventId)
        dialog.setEventId(eventId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MeetingOutcome& outcome = dialog.outcome();
    if (auto recorded = recorder.recorded(outcome))
        m_undoStack->push(
            new EventMeetingCommand(*m_database, m_clock, *m_contacts, *m_reminders, *m_events, *recorded, this));
    showEvents(outcome.eventId);
    const int existing = int(outcome.metContactIds.size() - outcome.newContactIds.size());
    QString message = tr("Recorded %1 new and %2 existing contacts.").arg(outcome.newContactIds.size()).arg(existing);
    if (!outcome.reminderIds.isEmpty())
        message += QLatin1Char(' ') + tr("Follow-ups are in the Due list when they fall due.");
    statusBar()->showMessage(message, StatusMessageMs);
}

void MainWindow::logFavour(qint64 contactId)
{
    FavourDialog dialog(*m_contacts, m_clock, this);
    if (contactId)
        dialog.setContactId(contactId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = m_favours->add(dialog.favour());
    const auto stored = id ? m_favours->get(*id) : Result<Favour>::failure(id.error());
    if (!stored) {
        MessageBox::warning(this, tr("Cannot Log the Favour"), stored.error());
        return;
    }
    m_undoStack->push(new FavourCommand(*m_favours, FavourCommand::Kind::Logged, *stored, this));
    statusBar()->showMessage(tr("Logged the favour \"%1\".").arg(stored->what), StatusMessageMs);
}

void MainWindow::showFavours(qint64 contactId)
{
    auto contact = m_contacts->get(contactId);
    if (!contact)
        return;
    FavourListDialog dialog(*m_favours, contactId, contact->effectiveName(), this);
    connect(&dialog, &FavourListDialog::logFavourRequested, this, &MainWindow::logFavour);
    connect(&dialog, &FavourListDialog::deleteRequested, this, [this](const Favour& favour) {
        if (auto s = m_favours->remove(favour.id); !s) {
            MessageBox::warning(this, tr("Cannot Delete the Favour"), s.error());
            return;
        }
        m_undoStack->push(new FavourCommand(*m_favours, FavourCommand::Kind::Deleted, favour, this));
        statusBar()->showMessage(tr("Deleted the favour \"%1\"; Edit > Undo brings it back.").arg(favour.what),
                                 StatusMessageMs);
    });
    connect(&dialog, &FavourListDialog::editRequested, this, [this, &dialog](const Favour& before) {
        FavourDialog editor(*m_contacts, m_clock, &dialog);
        editor.setFavour(before);
        if (editor.exec() != QDialog::Accepted || editor.favour() == before)
            return;
        const Status s = m_favours->update(editor.favour());
        const auto after = s ? m_favours->get(before.id) : Result<Favour>::failure(s.error());
        if (!after) {
            MessageBox::warning(&dialog, tr("Cannot Change the Favour"), after.error());
            return;
        }
        m_undoStack->push(new FavourCommand(*m_favours, before, *after, this));
    });
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.value(Settings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(QSize(1320, 820).boundedTo(screen()->availableGeometry().size() * 0.9));
    restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    m_tabs->setCurrentIndex(qBound(0, m_settings.value(Settings::Key::MainTabIndex).toInt(), m_tabs->count() - 1));
    const QByteArray splitter = m_settings.value(Settings::Key::MainSplitterState).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({width() * 64 / 100, width() * 36 / 100});
    QHeaderView* header = m_table->horizontalHeader();
    if (header->restoreState(m_settings.value(Settings::Key::ContactTableHeaderState).toByteArray())) {
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    } else {
        // Sections exist only once the model is set, so the first-run widths are given here.
        const QFontMetrics metrics = m_table->fontMetrics();
        auto width = [&metrics](const char* sample) {
            return metrics.horizontalAdvance(QString::fromLatin1(sample)) + 24;
        };
        header->resizeSection(ContactTableModel::Name, width("Alexandra Fitzgerald"));
        header->resizeSection(ContactTableModel::Organization, width("Wide World Importers"));
        header->resizeSection(ContactTableModel::Circle, width("Acquaintance"));
        header->resizeSection(ContactTableModel::Tags, width("colleague, friend"));
        // Headers and status words are measured as shown, so that they fit in German too.
        auto headerWidth = [this, &metrics](int column) {
            return metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        };
        int statusWidth = 0;
        for (HealthStatus status : allHealthStatuses())
            statusWidth = std::max(statusWidth, metrics.horizontalAdvance(healthStatusName(status)) + 24);
        header->resizeSection(ContactTableModel::LastInteraction, headerWidth(ContactTableModel::LastInteraction));
        header->resizeSection(ContactTableModel::NextReminder, headerWidth(ContactTableModel::NextReminder));
        header->resizeSection(ContactTableModel::Health, width("100") + 70);
        header->resizeSection(ContactTableModel::Status, statusWidth + 22); // and the dot
        // How a relationship is doing matters more than its tags: health and status after the circle.
        header->moveSection(header->visualIndex(ContactTableModel::Health),
                            header->visualIndex(ContactTableModel::Circle) + 1);
        header->moveSection(header->visualIndex(ContactTableModel::Status),
                            header->visualIndex(ContactTableModel::Health) + 1);
    }
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::MainSplitterState, m_splitter->saveState());
    m_settings.setValue(Settings::Key::ContactTableHeaderState, m_table->horizontalHeader()->saveState());
    m_settings.setValue(Settings::Key::MainTabIndex, m_tabs->currentIndex());
    m_settings.sync();
}

void MainWindow::rebuildCircleMenu()
{
    const QString active = m_proxy->circleFilter();
    m_circleMenu->clear();
    const QList<QAction*> old = m_circleGroup->actions();
    for (QAction* action : old) {
        m_circleGroup->removeAction(action);
        action->deleteLater();
    }
    auto addChoice = [this, &active](const QString& text, const QString& circleName, const QString& objectName) {
        QAction* action = m_circleMenu->addAction(text);
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setData(circleName);
        action->setChecked(circleName == active);
        action->setToolTip(circleName.isEmpty() ? tr("Show contacts in every circle")
                                                : tr("Show only the contacts in the %1 circle").arg(circleName));
        m_circleGroup->addAction(action);
        return action;
    };
    addChoice(tr("&All Circles"), QString(), QStringLiteral("circleFilterAll"));
    m_circleMenu->addSeparator();
    bool activeExists = active.isEmpty();
    if (auto circles = m_circles->all()) {
        for (const Circle& circle : *circles) {
            addChoice(circle.name, circle.name, QStringLiteral("circleFilter_") + circle.key);
            activeExists = activeExists || circle.name == active;
        }
    }
    if (!activeExists) {
        m_proxy->setCircleFilter(QString());
        m_circleGroup->actions().constFirst()->setChecked(true);
    }
}

void MainWindow::setShowTrash(bool trash)
{
    if (m_showTrashAction->isChecked() != trash) {
        m_showTrashAction->setChecked(trash); // comes back here through toggled()
        return;
    }
    m_deleteAction->setText(trash ? tr("&Delete Permanently…") : tr("&Delete"));
    m_deleteAction->setToolTip(trash ? tr("Delete the selected contacts for good")
                                     : tr("Move the selected contacts to the Trash"));
    m_model->setShowTrash(trash);
    updateCounts();
}

bool MainWindow::selectContact(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QList<qint64> MainWindow::selectedContactIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex& index : rows)
        ids << index.data(ContactTableModel::ContactIdRole).toLongLong();
    return ids;
}

qint64 MainWindow::currentContactId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        return current.data(ContactTableModel::ContactIdRole).toLongLong();
    const QList<qint64> selected = selectedContactIds();
    return selected.isEmpty() ? 0 : selected.constFirst();
}

void MainWindow::onSelectionChanged()
{
    if (m_detailPane)
        m_detailPane->setContactId(currentContactId());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool trash = m_showTrashAction->isChecked();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const bool busy = m_sampleThread != nullptr || (m_importController && m_importController->isBusy());
    // What acts on the table's selection waits while another tab hides it (Log Interaction takes the detail pane's).
    const bool tableShown = m_tabs->currentWidget() == m_contactsTab;
    m_editContactAction->setEnabled(tableShown && !trash && selected == 1);
    m_deleteAction->setEnabled(tableShown && selected > 0);
    m_logInteractionAction->setEnabled(!trash && m_liveCount > 0);
    m_addReminderAction->setEnabled(tableShown && !trash && selected == 1);
    m_restoreAction->setEnabled(tableShown && trash && selected > 0);
    m_emptyTrashAction->setEnabled(m_trashCount > 0);
    m_openSampleAction->setEnabled(!busy);
    m_newDatabaseAction->setEnabled(!busy);
    m_openDatabaseAction->setEnabled(!busy);
    m_importAction->setEnabled(!busy);

    // The pages behind the empty state, and what needs people to work on, wait for the first contact.
    const QString noContacts = tr("Add a contact first: your network is empty");
    for (QAction* action : {m_showDueAction, m_showDashboardAction, m_showNetworkGraphAction, m_showIntroductionsAction,
                            m_showSocialCapitalAction, m_showEventsAction, m_whoCanHelpAction, m_reviewLinksAction,
                            m_newEventAction, m_logFavourAction})
        setAvailable(action, m_liveCount > 0, noContacts);
    setAvailable(m_recordIntroductionAction, m_liveCount > 1,
                 m_liveCount > 0 ? tr("Add a second contact first: an introduction is between two of your contacts")
                                 : noContacts);
}

void MainWindow::updateCounts()
{
    if (!m_contacts)
        return;
    auto live = m_contacts->count(false);
    auto trashed = m_contacts->count(true);
    m_liveCount = live ? *live : 0;
    m_trashCount = trashed ? *trashed : 0;
    updateCountLabel();
}

// Only the shown rows change while searching; the totals come from the last store change.
void MainWindow::updateCountLabel()
{
    if (!m_contacts)
        return;
    const bool trash = m_showTrashAction->isChecked();
    const int shown = m_proxy->rowCount();
    const int total = trash ? m_trashCount : m_liveCount;
    // %Ln and QLocale: "10,000 contacts" (or "10.000 Kontakte"), not "10000".
    const QString shownText = QLocale().toString(shown);
    QString text;
    if (trash)
        text = shown == total ? tr("%Ln contact(s) in the Trash", nullptr, total)
                              : tr("%1 of %Ln contact(s) in the Trash", nullptr, total).arg(shownText);
    else
        text = shown == total ? tr("%Ln contact(s)", nullptr, total)
                              : tr("%1 of %Ln contact(s)", nullptr, total).arg(shownText);
    m_countLabel->setText(text);
    m_showTrashAction->setText(m_trashCount > 0 ? tr("Show &Trash (%1)").arg(m_trashCount) : tr("Show &Trash"));

    const bool empty = !trash && m_liveCount == 0;
    QWidget* page = empty ? m_emptyState : m_contentPage;
    if (m_centralStack->currentWidget() != page) {
        const bool hadFocus = m_searchField->hasFocus();
        m_centralStack->setCurrentWidget(page);
        if (!empty && !hadFocus)
            m_table->setFocus();
    }
    updateActions();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("Kith — %1").arg(QFileInfo(m_database->path()).fileName()));
}

void MainWindow::addContact()
{
    auto circles = m_circles->all();
    auto tags = m_tags->all();
    ContactEditorDialog dialog(circles ? *circles : QList<Circle>(), tags ? *tags : QList<Tag>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_contacts->add(dialog.contact());
    if (!id) {
        MessageBox::warning(this, tr("Cannot Add Contact"), id.error());
        return;
    }
    auto added = m_contacts->get(*id);
    if (added)
        m_undoStack->push(new AddContactCommand(*m_contacts, *added, this));
    // Show the new contact, even if the Trash, a search or a circle filter would hide it.
    setShowTrash(false);
    if (m_model->rowOf(*id) < 0 && !m_searchField->text().isEmpty()) {
        m_searchField->clear();
        m_model->setSearch(QString());
    }
    if (!selectContact(*id)) {
        m_proxy->setCircleFilter(QString());
        m_circleGroup->actions().constFirst()->setChecked(true);
        selectContact(*id);
    }
    statusBar()->showMessage(tr("Added %1").arg(added ? added->effectiveName() : QString()), StatusMessageMs);
}

void MainWindow::editContact()
{
    const qint64 id = currentContactId();
    auto before = m_contacts->get(id);
    if (!before)
        return;
    auto circles = m_circles->all();
    auto tags = m_tags->all();
    ContactEditorDialog dialog(circles ? *circles : QList<Circle>(), tags ? *tags : QList<Tag>(), this);
    dialog.setContact(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Contact edited = dialog.contact();
    if (edited == *before)
        return;
    if (Status status = m_contacts->update(edited); !status) {
        MessageBox::warning(this, tr("Cannot Save Contact"), status.error());
        return;
    }
    auto after = m_contacts->get(id);
    m_undoStack->push(new EditContactCommand(*m_contacts, *before, after ? *after : edited, this));
    selectContact(id);
}

void MainWindow::deleteContacts()
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    if (m_showTrashAction->isChecked()) {
        const auto answer = MessageBox::question(
            this, tr("Delete Permanently"),
            tr("Delete %n contact(s) for good, with their interactions and reminders?\n\nThis cannot be undone.",
               nullptr, int(ids.size())));
        if (answer != QMessageBox::Yes)
            return;
        if (Status status = m_contacts->purge(ids); !status) {
            MessageBox::warning(this, tr("Cannot Delete"), status.error());
            return;
        }
        // Undo steps may refer to these contacts: they can no longer be undone.
        m_undoStack->clear();
        return;
    }
    auto contacts = m_contacts->getMany(ids);
    if (!contacts) {
        MessageBox::warning(this, tr("Cannot Delete"), contacts.error());
        return;
    }
    QStringList uids;
    for (const Contact& contact : *contacts)
        uids << contact.uid;
    if (Status status = m_contacts->moveToTrash(ids); !status) {
        MessageBox::warning(this, tr("Cannot Delete"), status.error());
        return;
    }
    m_undoStack->push(new TrashContactsCommand(*m_contacts, TrashContactsCommand::Direction::ToTrash, uids, this));
    statusBar()->showMessage(tr("Moved %n contact(s) to the Trash. Undo brings them back.", nullptr, int(ids.size())),
                             StatusMessageMs);
}

void MainWindow::restoreContacts()
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty() || !m_showTrashAction->isChecked())
        return;
    auto contacts = m_contacts->getMany(ids);
    if (!contacts) {
        MessageBox::warning(this, tr("Cannot Restore"), contacts.error());
        return;
    }
    QStringList uids;
    for (const Contact& contact : *contacts)
        uids << contact.uid;
    if (Status status = m_contacts->restore(ids); !status) {
        MessageBox::warning(this, tr("Cannot Restore"), status.error());
        return;
    }
    m_undoStack->push(new TrashContactsCommand(*m_contacts, TrashContactsCommand::Direction::FromTrash, uids, this));
    statusBar()->showMessage(tr("Restored %n contact(s).", nullptr, int(ids.size())), StatusMessageMs);
}

void MainWindow::emptyTrash()
{
    if (m_trashCount == 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Empty Trash"),
        tr("Delete the %n contact(s) in the Trash for good, with their interactions and reminders?\n\n"
           "This cannot be undone.",
           nullptr, m_trashCount));
    if (answer != QMessageBox::Yes)
        return;
    if (Status status = m_contacts->emptyTrash(); !status) {
        MessageBox::warning(this, tr("Cannot Empty Trash"), status.error());
        return;
    }
    m_undoStack->clear();
    statusBar()->showMessage(tr("The Trash is empty."), StatusMessageMs);
}

void MainWindow::logInteraction()
{
    // With the person shown beside another tab, not the contacts table's hidden selection.
    if (m_tabs->currentWidget() != m_contactsTab) {
        const qint64 shown = m_detailPane && !m_detailPane->isHidden() ? m_detailPane->contactId() : 0;
        logInteractionWith(shown > 0 ? QList<qint64>{shown} : QList<qint64>());
        return;
    }
    logInteractionWith(selectedContactIds());
}

void MainWindow::logInteractionWith(const QList<qint64>& contactIds)
{
    LogInteractionDialog dialog(*m_contacts, m_clock, this);
    dialog.setParticipants(contactIds);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Interaction interaction = dialog.interaction();
    auto id = m_interactions->add(interaction);
    if (!id) {
        MessageBox::warning(this, tr("Cannot Log Interaction"), id.error());
        return;
    }
    interaction.id = *id;
    m_undoStack->push(new LogInteractionCommand(*m_interactions, interaction, this));
    showFollowUpBar(interaction.participantIds, interaction.summary);
}

void MainWindow::addReminder()
{
    addReminderFor(currentContactId());
}

void MainWindow::addReminderFor(qint64 id)
{
    auto contact = m_contacts->get(id);
    if (!contact)
        return;
    ReminderDialog dialog(m_clock, this);
    dialog.setContactName(contact->effectiveName());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Reminder reminder = dialog.reminder();
    reminder.contactId = id;
    if (auto added = m_reminders->add(reminder); !added) {
        MessageBox::warning(this, tr("Cannot Add Reminder"), added.error());
        return;
    }
    statusBar()->showMessage(tr("Reminder added for %1.").arg(contact->effectiveName()), StatusMessageMs);
}

void MainWindow::manageTags()
{
    // Undoing an older contact edit after a rename or delete would bring the old tag back, so
    // tag changes end the undo history, as emptying the Trash does.
    bool tagsChanged = false;
    const QMetaObject::Connection watch =
        connect(m_tags.get(), &TagStore::tagsChanged, this, [&tagsChanged] { tagsChanged = true; });
    TagManagerDialog dialog(*m_tags, this);
    dialog.exec();
    disconnect(watch);
    if (tagsChanged)
        m_undoStack->clear();
}

void MainWindow::openSampleNetwork()
{
    if (m_sampleThread)
        return;
    SampleNetworkOptions options;
    options.contacts = qMax(1, m_settings.value(Settings::Key::SampleNetworkSize).toInt());
    if (m_liveCount + m_trashCount > 0) {
        const auto answer =
            MessageBox::question(this, tr("Open Sample Network"),
                                 tr("This database already holds contacts. Add %n made-up sample contact(s) to it?",
                                    nullptr, options.contacts));
        if (answer != QMessageBox::Yes)
            return;
        // Another seed, so that the new people do not collide with an earlier sample.
        options.seed = QRandomGenerator::global()->generate();
    }

    m_sampleThread = new SampleNetworkThread(m_database->path(), options, m_clock, this);
    auto* progress = new QProgressDialog(tr("Creating a sample network…"), tr("Cancel"), 0, options.contacts, this);
    progress->setObjectName(QStringLiteral("sampleProgressDialog"));
    progress->setWindowTitle(tr("Open Sample Network"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    SampleNetworkThread* thread = m_sampleThread;
    connect(progress, &QProgressDialog::canceled, thread, [thread] { thread->cancel(); });
    connect(thread, &SampleNetworkThread::progressChanged, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(qMin(done, total));
    });
    connect(thread, &QThread::finished, progress, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, &MainWindow::onSampleNetworkFinished);
    statusBar()->showMessage(tr("Creating a sample network…"));
    updateActions();
    thread->start();
}

void MainWindow::onSampleNetworkFinished()
{
    SampleNetworkThread* thread = std::exchange(m_sampleThread, nullptr);
    if (!thread)
        return;
    thread->wait();
    // The rows were written through another connection: the stores here announced nothing.
    m_model->refresh();
    m_detailPane->reload();
    rebuildCircleMenu();
    updateCounts();
    scheduleDueRefresh();
    m_health->refresh();
    if (thread->succeeded()) {
        statusBar()->showMessage(tr("Added a sample network of %n contact(s).", nullptr, thread->stats().contacts),
                                 StatusMessageMs);
        if (!selectContact(currentContactId()) && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    } else if (thread->wasCancelled()) {
        statusBar()->showMessage(tr("The sample network was not created."), StatusMessageMs);
    } else {
        statusBar()->clearMessage();
        MessageBox::warning(this, tr("Cannot Create Sample Network"), thread->error());
    }
    thread->deleteLater();
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

bool MainWindow::openDatabase(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened) {
        MessageBox::critical(this, tr("Cannot Open Database"), opened.error());
        return false;
    }
    std::unique_ptr<Database> previous = std::move(m_ownedDatabase);
    m_ownedDatabase = std::move(opened.value());
    attachDatabase(*m_ownedDatabase);
    previous.reset(); // only now that no store uses it
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), StatusMessageMs);
    return true;
}

void MainWindow::newDatabaseDialog()
{
    const QString folder = QFileInfo(m_database->path()).absolutePath();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Database"), folder + QStringLiteral("/kith.sqlite"),
                                     tr("Kith databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New Database"),
                            tr("%1 already exists. Choose another name, or use Open Database to open it.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openDatabase(path))
        m_settings.setValue(Settings::Key::LastDatabase, path);
}

void MainWindow::openDatabaseDialog()
{
    const QString folder = QFileInfo(m_database->path()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), folder, tr("Kith databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty() && openDatabase(path))
        m_settings.setValue(Settings::Key::LastDatabase, path);
}

void MainWindow::exportCalendar()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Reminders and Birthdays"), folder + QStringLiteral("/kith.ics"),
                                     tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    const IcsExporter exporter(*m_contacts, *m_reminders, m_clock);
    const auto written = exporter.exportTo(path);
    if (!written) {
        MessageBox::warning(this, tr("Cannot Export"), written.error());
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n calendar item(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)),
        StatusMessageMs);
}

void MainWindow::exportContacts()
{
    ExportContactsDialog dialog(*m_contacts, *m_tags, selectedContactIds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Exported %n contact(s) to %1.", nullptr, dialog.exportedCount())
                                 .arg(QDir::toNativeSeparators(dialog.exportedPath())),
                             StatusMessageMs);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    if (!m_quitting && closesToTray()) {
        // Only hidden: reminders keep coming from the tray (quitOnLastWindowClosed is off).
        QMainWindow::closeEvent(event);
        if (!m_settings.value(Settings::Key::CloseToTrayTold).toBool()) {
            m_settings.setValue(Settings::Key::CloseToTrayTold, true);
            MessageBox::notice(this, tr("Kith Keeps Running"),
                               tr("Kith keeps running in the system tray, so that reminders still pop up.\n\n"
                                  "To quit, choose Quit in the tray icon's menu or in the File menu. You can "
                                  "change this in Edit > Preferences."));
        }
        return;
    }
    if (m_sampleThread) {
        m_sampleThread->cancel();
        m_sampleThread->wait();
    }
    saveLastRun();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!ImportController::importableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!ImportController::importableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

// The drop filter takes drops first; this is for a window without one.
void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = ImportController::importableFiles(event->mimeData());
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    QTimer::singleShot(0, m_importController, [this, files] { m_importController->importFiles(files); });
}

void MainWindow::reloadAfterImport()
{
    // The import wrote through another connection (or the batch store): the stores announced nothing.
    // Undo steps may refer to contacts the import merged into or removed.
    m_undoStack->clear();
    m_model->refresh();
    m_detailPane->reload();
    rebuildCircleMenu();
    updateCounts();
    scheduleDueRefresh();
    m_health->refresh();
}

void MainWindow::quit()
{
    m_quitting = true;
    if (!close()) {
        m_quitting = false;
        return;
    }
    QCoreApplication::quit();
}

bool MainWindow::closesToTray() const
{
    return m_settings.value(Settings::Key::CloseToTray).toBool() && m_desktop->isTrayAvailable();
}

void MainWindow::updateQuitOnClose()
{
    QApplication::setQuitOnLastWindowClosed(!closesToTray());
}

void MainWindow::saveLastRun()
{
    m_settings.setValue(Settings::Key::LastRun, m_clock.now().toUTC().toString(Qt::ISODate));
    m_settings.sync();
}

ReminderPreferences MainWindow::reminderPreferences() const
{
    ReminderPreferences preferences;
    preferences.birthdayLeadDays = m_settings.value(Settings::Key::BirthdayLeadDays).toInt();
    preferences.dateReminderTime = timeSetting(m_settings, Settings::Key::DateReminderTime);
    preferences.quietHoursEnabled = m_settings.value(Settings::Key::QuietHoursEnabled).toBool();
    preferences.quietStart = timeSetting(m_settings, Settings::Key::QuietHoursStart);
    preferences.quietEnd = timeSetting(m_settings, Settings::Key::QuietHoursEnd);
    return preferences;
}

void MainWindow::onSettingChanged(int key)
{
    switch (Settings::Key(key)) {
    case Settings::Key::CloseToTray:
        updateQuitOnClose();
        break;
    case Settings::Key::PhoneRegion:
        if (m_contacts)
            m_contacts->setPhoneRegion(PhoneNumbers::regionFromSettings(m_settings));
        // The numbers shown are formatted for the region.
        if (m_detailPane)
            m_detailPane->reload();
        break;
    case Settings::Key::BirthdayLeadDays:
    case Settings::Key::DateReminderTime:
    case Settings::Key::QuietHoursEnabled:
    case Settings::Key::QuietHoursStart:
    case Settings::Key::QuietHoursEnd: {
        const ReminderPreferences preferences = reminderPreferences();
        const QTime morning = timeSetting(m_settings, Settings::Key::DateReminderTime);
        m_desktop->setMorning(morning);
        if (m_dueView)
            m_dueView->setMorning(morning);
        if (m_introductionsView)
            m_introductionsView->setFollowUpTime(morning);
        if (m_dueModel)
            m_dueModel->setPreferences(preferences);
        if (m_scheduler)
            m_scheduler->setPreferences(preferences);
        scheduleDueRefresh();
        break;
    }
    default:
        break;
    }
}

void MainWindow::scheduleDueRefresh()
{
    m_dueRefreshTimer->start();
}

void MainWindow::refreshDue()
{
    if (!m_dueModel)
        return;
    m_dueModel->refresh();
    const QList<DueItem> now = m_dueModel->dueNow();
    m_desktop->setDueItems(now);
    const int index = m_tabs->indexOf(m_dueView);
    if (index >= 0) {
        m_tabs->setTabText(index, now.isEmpty() ? tr("Due") : tr("Due (%1)").arg(now.size()));
        // Not the dashboard's "due or drifting", which counts people by their health: say what this number is.
        m_tabs->setTabToolTip(index, tr("%n reminder(s) due now: keep in touch, birthdays and follow-ups.\n"
                                        "Snoozed ones are left out; one person can have several.",
                                        nullptr, int(now.size())));
    }
    m_showDueAction->setText(now.isEmpty() ? tr("&Due") : tr("&Due (%1)").arg(now.size()));
}

void MainWindow::onItemsDue(const QList<DueItem>& items)
{
    m_dueRefreshTimer->stop();
    refreshDue();
    if (items.isEmpty())
        return;
    if (!m_desktop->notifyDue(items))
        showBanner(m_desktop->dueTitle(items), m_desktop->dueText(items),
                   items.size() == 1 ? items.constFirst().contactId : 0);
    saveLastRun();
}

void MainWindow::onMissedWhileClosed(const QList<DueItem>& items)
{
    if (items.isEmpty())
        return;
    if (!m_desktop->notifyMissed(items))
        showBanner(m_desktop->missedTitle(items), DueText::list(items, 5),
                   items.size() == 1 ? items.constFirst().contactId : 0);
}

void MainWindow::showBanner(const QString& title, const QString& text, qint64 contactId)
{
    m_bannerContactId = contactId;
    QString html = QStringLiteral("<b>") + title.toHtmlEscaped() + QStringLiteral("</b>");
    if (!text.isEmpty())
        html += QStringLiteral("<br>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_bannerText->setText(html);
    m_banner->show();
}

void MainWindow::doneFromTray(const DueItem& item)
{
    if (Status status = m_actions->done(item); !status) {
        MessageBox::warning(isVisible() ? this : nullptr, tr("Cannot Change Reminder"), status.error());
        return;
    }
    statusBar()->showMessage(tr("Done: %1").arg(DueText::title(item)), StatusMessageMs);
}

void MainWindow::snoozeFromTray(const DueItem& item, const QDateTime& until)
{
    if (Status status = m_actions->snooze(item, until); !status) {
        MessageBox::warning(isVisible() ? this : nullptr, tr("Cannot Change Reminder"), status.error());
        return;
    }
    statusBar()->showMessage(
        tr("Snoozed until %1: %2")
            .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat), DueText::title(item)),
        StatusMessageMs);
}

void MainWindow::showContact(qint64 contactId)
{
    showAndRaise();
    if (m_centralStack->currentWidget() != m_contentPage)
        return;
    m_tabs->setCurrentWidget(m_contactsTab);
    if (selectContact(contactId))
        return;
    // Hidden by the Trash view, a search or a circle filter: show everyone.
    setShowTrash(false);
    if (!m_searchField->text().isEmpty()) {
        m_searchField->clear();
        m_model->setSearch(QString());
    }
    if (!selectContact(contactId)) {
        m_proxy->setCircleFilter(QString());
        m_circleGroup->actions().constFirst()->setChecked(true);
        selectContact(contactId);
    }
}

void MainWindow::showDue()
{
    if (m_centralStack->currentWidget() != m_contentPage)
        return;
    m_tabs->setCurrentWidget(m_dueView);
    m_dueView->table()->setFocus();
    if (!m_dueView->currentItem() && m_dueModel->rowCount() > 0)
        m_dueView->table()->selectRow(0);
}

void MainWindow::showIntroductions()
{
    if (m_centralStack->currentWidget() != m_contentPage || !m_introductionsView)
        return;
    m_tabs->setCurrentWidget(m_introductionsView);
}

void MainWindow::showDashboard()
{
    if (m_centralStack->currentWidget() != m_contentPage)
        return;
    m_tabs->setCurrentWidget(m_dashboardView);
}

void MainWindow::showSocialCapital()
{
    if (m_centralStack->currentWidget() != m_contentPage)
        return;
    m_tabs->setCurrentWidget(m_socialCapitalPage);
}

void MainWindow::acceptSuggestion(const CircleSuggestion& suggestion)
{
    auto before = m_contacts->get(suggestion.contactId);
    if (!before) {
        MessageBox::warning(this, tr("Cannot Change Circle"), before.error());
        return;
    }
    Contact edited = *before;
    edited.circle = suggestion.suggestedCircle;
    if (Status status = m_contacts->update(edited); !status) {
        MessageBox::warning(this, tr("Cannot Change Circle"), status.error());
        return;
    }
    auto after = m_contacts->get(suggestion.contactId);
    m_undoStack->push(new EditContactCommand(*m_contacts, *before, after ? *after : edited, this));
    m_health->dropSuggestion(suggestion.contactId);
    statusBar()->showMessage(tr("Moved %1 to the %2 circle. Undo puts them back.")
                                 .arg(before->effectiveName(), suggestion.suggestedCircleName),
                             StatusMessageMs);
}

void MainWindow::ignoreSuggestion(const CircleSuggestion& suggestion)
{
    if (Status status = m_health->ignoreSuggestion(suggestion); !status) {
        MessageBox::warning(this, tr("Cannot Ignore Suggestion"), status.error());
        return;
    }
    statusBar()->showMessage(tr("%1 stays in their circle; Kith will not suggest %2 again.")
                                 .arg(suggestion.name, suggestion.suggestedCircleName),
                             StatusMessageMs);
}

void MainWindow::showContacts()
{
    m_tabs->setCurrentWidget(m_contactsTab);
    m_table->setFocus();
}

void MainWindow::reviewSuggestedLinks()
{
    SuggestedLinksDialog dialog(*m_suggester, *m_relationships, *m_contacts, *m_undoStack, this);
    dialog.exec();
    if (!dialog.lastMessage().isEmpty())
        statusBar()->showMessage(dialog.lastMessage(), StatusMessageMs);
}

void MainWindow::whoCanHelp(const QString& query)
{
    WhoCanHelpDialog dialog(*m_database, m_clock, m_settings, this);
    if (!query.isEmpty())
        dialog.search(query);
    qint64 chosen = 0;
    connect(&dialog, &WhoCanHelpDialog::contactActivated, this, [&chosen](qint64 id) { chosen = id; });
    dialog.exec();
    if (chosen > 0)
        showContact(chosen);
}

void MainWindow::showNetworkGraph()
{
    if (m_centralStack->currentWidget() != m_contentPage)
        return;
    m_tabs->setCurrentWidget(m_networkGraphPage);
    m_networkGraphPage->view()->setFocus();
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(m_settings, *m_circles, this);
    dialog.exec();
}

void MainWindow::showFollowUpBar(const QList<qint64>& contactIds, const QString& summary)
{
    if (!m_followUpBar) {
        m_followUpBar = new QFrame(this);
        m_followUpBar->setObjectName(QStringLiteral("followUpBar"));
        m_followUpLabel = new QLabel(m_followUpBar);
        m_followUpLabel->setObjectName(QStringLiteral("followUpLabel"));
        auto* layout = new QHBoxLayout(m_followUpBar);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        layout->addWidget(m_followUpLabel);
        auto addButton = [this, layout](const char* objectName, const QString& text, const QString& toolTip) {
            auto* button = new QToolButton(m_followUpBar);
            button->setObjectName(QString::fromLatin1(objectName));
            button->setText(text);
            button->setToolTip(toolTip);
            layout->addWidget(button);
            return button;
        };
        connect(addButton("followUpWeekButton", tr("In 1 week"), tr("Remind me to follow up in a week")),
                &QToolButton::clicked, this, [this] { addFollowUp(7, 0); });
        connect(addButton("followUpMonthButton", tr("In 1 month"), tr("Remind me to follow up in a month")),
                &QToolButton::clicked, this, [this] { addFollowUp(0, 1); });
        connect(addButton("followUpCustomButton", tr("Custom…"), tr("Choose when, what and how often")),
                &QToolButton::clicked, this, &MainWindow::addCustomFollowUp);
        QToolButton* close = addButton("followUpCloseButton", QStringLiteral("✕"), tr("No follow-up"));
        close->setAutoRaise(true);
        connect(close, &QToolButton::clicked, m_followUpBar, &QWidget::hide);
        statusBar()->addWidget(m_followUpBar);
        m_followUpTimer = new QTimer(this);
        m_followUpTimer->setSingleShot(true);
        m_followUpTimer->setInterval(FollowUpBarMs);
        connect(m_followUpTimer, &QTimer::timeout, m_followUpBar, &QWidget::hide);
    }
    m_followUpContacts = contactIds;
    m_followUpSummary = summary;
    QString who;
    if (contactIds.size() == 1) {
        if (auto contact = m_contacts->get(contactIds.constFirst()))
            who = contact->effectiveName();
    }
    m_followUpLabel->setText(who.isEmpty()
                                 ? tr("Interaction logged. Follow up with %n people:", nullptr, int(contactIds.size()))
                                 : tr("Interaction logged. Follow up with %1:").arg(who));
    statusBar()->clearMessage();
    m_followUpBar->show();
    m_followUpTimer->start();
}

void MainWindow::addFollowUp(int days, int months)
{
    m_followUpBar->hide();
    const QTime morning = timeSetting(m_settings, Settings::Key::DateReminderTime);
    const QDate date = m_clock.today().addDays(days).addMonths(months);
    QList<Reminder> reminders;
    for (qint64 id : std::as_const(m_followUpContacts)) {
        Reminder reminder;
        reminder.contactId = id;
        reminder.dueAt = QDateTime(date, morning).toUTC();
        reminder.note = m_followUpSummary.isEmpty() ? tr("Follow up") : tr("Follow up: %1").arg(m_followUpSummary);
        reminders << reminder;
    }
    if (auto added = m_reminders->addMany(reminders); !added) {
        MessageBox::warning(this, tr("Cannot Add Reminder"), added.error());
        return;
    }
    statusBar()->showMessage(tr("Follow-up on %1 added.").arg(QLocale().toString(date, QLocale::ShortFormat)),
                             StatusMessageMs);
}

void MainWindow::addCustomFollowUp()
{
    m_followUpBar->hide();
    ReminderDialog dialog(m_clock, this);
    if (m_followUpContacts.size() == 1) {
        if (auto contact = m_contacts->get(m_followUpContacts.constFirst()))
            dialog.setContactName(contact->effectiveName());
    }
    dialog.setNote(m_followUpSummary.isEmpty() ? tr("Follow up") : tr("Follow up: %1").arg(m_followUpSummary));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Reminder> reminders;
    for (qint64 id : std::as_const(m_followUpContacts)) {
        Reminder reminder = dialog.reminder();
        reminder.contactId = id;
        reminders << reminder;
    }
    if (auto added = m_reminders->addMany(reminders); !added) {
        MessageBox::warning(this, tr("Cannot Add Reminder"), added.error());
        return;
    }
    statusBar()->showMessage(tr("Follow-up added."), StatusMessageMs);
}

} // namespace kith
