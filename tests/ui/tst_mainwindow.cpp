#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactFilterProxyModel.h"
#include "contacts/ContactTableModel.h"
#include "dashboard/HealthService.h"
#include "domain/ManualClock.h"
#include "import/ImportController.h"
#include "import/ImportPreviewDialog.h"
#include "interactions/LogInteractionDialog.h"
#include "main/MainWindow.h"
#include "network/EventsView.h"
#include "network/IntroductionsView.h"
#include "network/NetworkGraphPage.h"
#include "phone/PhoneNumbers.h"
#include "reminders/DesktopIntegration.h"
#include "reminders/DueModel.h"
#include "reminders/DueView.h"
#include "reminders/ReminderScheduler.h"
#include "settings/Settings.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

using namespace kith;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void titleAndCount();
    void emptyStateOnEmptyDatabase();
    void networkMenuOrder();
    void networkMenuWaitsForContacts();
    void networkMenuShortcuts();
    void addContactThroughDialog();
    void logInteractionShowsInTimeline();
    void searchFiltersTable();
    void deleteAndRestore();
    void deleteKeyOnlyInContactsTable();
    void logInteractionFollowsShownTab();
    void editAndUndo();
    void emptyTrashAsksFirst();
    void addReminderAndMarkDone();
    void windowStateIsSaved();
    void openedDatabaseIsRemembered();
    void newDatabaseIsRemembered();
    void dropOfVcfIsAccepted();
    void trayIconIsVisible();
    void openSampleNetwork();
    void dueFollowUpNotifiesAndOpensContact();
    void doneFromTrayMenuMarksDone();
    void closingKeepsRunningInTray();
    void dueViewSnoozeAndSkip();
    void dueTabAndDashboardSayWhatTheyCount();
    void settingsDialogSavesCadence();
    void phoneRegionReachesContactStore();
    void detailPaneShowsPhonesAsPeopleReadThem();
    void bannerWhenNoTray();
    void followUpPresetAfterLogging();

private:
    qint64 addDueFollowUp(qint64 contactId, const QString& note);
    qint64 addCadenceContact(const QString& given, const QString& family, int daysSinceTouch);
    void createWindow();
    qint64 addContact(const QString& given, const QString& family, const QString& organization = {});
    // The E.164 form stored for the contact's first phone number ("" when it could not be read).
    static QString storedE164(const Database& database, qint64 contactId);
    QStringList tableNames() const;
    QAction* action(const char* objectName) const;
    // Runs `act` on the modal dialog called `objectName` as soon as it is shown; `trigger` opens it.
    void withModal(const QString& objectName, const std::function<void(QWidget*)>& act,
                   const std::function<void()>& trigger);
    // Answers the file dialog that `trigger` opens with `path`, as typed into its file name field; false if it
    // never appeared or did not take the name.
    static bool chooseFile(const QString& path, const std::function<void()>& trigger);
    static void clickOk(QWidget* dialog);
    static void typeInto(QWidget* dialog, const char* editName, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QTableView* m_table = nullptr;
};

void TestMainWindow::init()
{
    // Qt's own file dialog, which a test can answer, even where the desktop offers a native one.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kith.conf")));
    createWindow();
}

void TestMainWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_table = m_window->findChild<QTableView*>(QStringLiteral("contactTable"));
    QVERIFY(m_table);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestMainWindow::addContact(const QString& given, const QString& family, const QString& organization)
{
    Contact contact;
    contact.given = given;
    contact.family = family;
    contact.organization = organization;
    auto id = m_window->contactStore().add(contact);
    if (!id)
        qWarning() << id.error();
    return id ? *id : 0;
}

QString TestMainWindow::storedE164(const Database& database, qint64 contactId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT normalized FROM contact_fields WHERE contact_id = ? AND kind = 'phone' "
                             "ORDER BY position"));
    q.addBindValue(contactId);
    if (!q.exec() || !q.next()) {
        qWarning() << "no phone for contact" << contactId;
        return QStringLiteral("(no phone)");
    }
    return q.value(0).toString();
}

QStringList TestMainWindow::tableNames() const
{
    QStringList names;
    const QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ContactTableModel::Name).data().toString();
    return names;
}

QAction* TestMainWindow::action(const char* objectName) const
{
    auto* found = m_window->findChild<QAction*>(QString::fromLatin1(objectName));
    if (!found)
        qWarning() << "no action" << objectName;
    return found;
}

void TestMainWindow::withModal(const QString& objectName, const std::function<void(QWidget*)>& act,
                               const std::function<void()>& trigger)
{
    const bool handled =
        test::answerModal([&objectName](QWidget* modal) { return modal->objectName() == objectName; }, act, trigger);
    QVERIFY2(handled, qPrintable(QStringLiteral("the dialog %1 never appeared").arg(objectName)));
}

bool TestMainWindow::chooseFile(const QString& path, const std::function<void()>& trigger)
{
    bool accepted = false;
    const bool shown = test::answerModal([](QWidget* modal) { return qobject_cast<QFileDialog*>(modal) != nullptr; },
                                         [&path, &accepted](QWidget* modal) {
                                             // Typed rather than QFileDialog::selectFile(), which leaves the field
                                             // alone once it has the focus (and the dialog then takes nothing).
                                             auto* edit = modal->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                                             if (!edit) {
                                                 modal->close();
                                                 return;
                                             }
                                             edit->setText(path);
                                             QTest::keyClick(edit, Qt::Key_Return);
                                             accepted = !modal->isVisible();
                                             if (!accepted)
                                                 modal->close(); // fail rather than hang
                                         },
                                         trigger);
    return shown && accepted;
}

void TestMainWindow::clickOk(QWidget* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    if (!ok)
        ok = box->button(QDialogButtonBox::Save);
    QVERIFY(ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestMainWindow::typeInto(QWidget* dialog, const char* editName, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(editName));
    QVERIFY2(edit, editName);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestMainWindow::titleAndCount()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Kith — kith.sqlite"));
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    auto* count = m_window->findChild<QLabel*>(QStringLiteral("contactCountLabel"));
    QVERIFY(count);
    QVERIFY2(count->text().contains(QLatin1String("2")), qPrintable(count->text()));
    // Every action says what it does.
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (QAction* a : actions) {
        if (a->isSeparator() || a->menu() || !a->objectName().startsWith(QLatin1String("action")))
            continue;
        QVERIFY2(!a->toolTip().isEmpty() && a->toolTip() != a->text(), qPrintable(a->objectName()));
    }
}

void TestMainWindow::emptyStateOnEmptyDatabase()
{
    auto* empty = m_window->findChild<QWidget*>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!m_table->isVisible());
    auto* sample = m_window->findChild<QPushButton*>(QStringLiteral("openSampleButton"));
    QVERIFY(sample);
    QVERIFY(sample->isVisible());
    auto* text = empty->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    QVERIFY(text);
    QCOMPARE(text->text(), QStringLiteral("Add a contact, or drop a .vcf or .csv file here"));

    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    QTRY_VERIFY(!empty->isVisible());
    QVERIFY(m_table->isVisible());
    QVERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("searchField"))->isVisible());
}

void TestMainWindow::networkMenuOrder()
{
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("networkMenu"));
    QVERIFY(menu);
    QStringList entries;
    for (const QAction* a : menu->actions())
        entries << (a->isSeparator() ? QStringLiteral("-") : a->objectName());
    // The pages (in the order of their tabs), finding help and links, then recording what happened.
    const QStringList expected{QStringLiteral("actionShowNetworkGraph"),
                               QStringLiteral("actionShowIntroductions"),
                               QStringLiteral("actionShowSocialCapital"),
                               QStringLiteral("actionShowEvents"),
                               QStringLiteral("-"),
                               QStringLiteral("actionWhoCanHelp"),
                               QStringLiteral("actionReviewSuggestedLinks"),
                               QStringLiteral("-"),
                               QStringLiteral("actionNewEvent"),
                               QStringLiteral("actionMetPeople"),
                               QStringLiteral("actionRecordIntroduction"),
                               QStringLiteral("actionLogFavour")};
    QCOMPARE(entries, expected);
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QStringList pages;
    for (int i = 0; i < tabs->count(); ++i)
        pages << tabs->tabText(i);
    QCOMPARE(pages.mid(3), (QStringList{QStringLiteral("Network"), QStringLiteral("Introductions"),
                                        QStringLiteral("Social Capital"), QStringLiteral("Events")}));
    QVERIFY(menu->toolTipsVisible()); // a disabled entry says why
}

void TestMainWindow::networkMenuWaitsForContacts()
{
    const QStringList needContacts{
        QStringLiteral("actionShowNetworkGraph"),  QStringLiteral("actionShowIntroductions"),
        QStringLiteral("actionShowSocialCapital"), QStringLiteral("actionShowEvents"),
        QStringLiteral("actionWhoCanHelp"),        QStringLiteral("actionReviewSuggestedLinks"),
        QStringLiteral("actionNewEvent"),          QStringLiteral("actionLogFavour"),
        QStringLiteral("actionShowDue"),           QStringLiteral("actionShowDashboard"),
        QStringLiteral("actionRecordIntroduction")};
    const QString empty = QStringLiteral("Add a contact first: your network is empty");
    // An empty network: the pages wait behind the empty state, and say so.
    for (const QString& name : needContacts) {
        QAction* a = action(qPrintable(name));
        QVERIFY2(a && !a->isEnabled(), qPrintable(name));
        QCOMPARE(a->toolTip(), empty);
        QCOMPARE(a->statusTip(), empty);
    }
    // Meeting people at an event adds them: it is one way to start.
    QVERIFY(action("actionMetPeople")->isEnabled());
    // Their shortcuts do nothing either (the window is active, as for a user typing in it).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());

    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    for (const QString& name : needContacts) {
        QAction* a = action(qPrintable(name));
        if (name == QLatin1String("actionRecordIntroduction")) {
            QVERIFY(!a->isEnabled());
            QVERIFY2(a->toolTip().startsWith(QLatin1String("Add a second contact first")), qPrintable(a->toolTip()));
        } else {
            QVERIFY2(a->isEnabled(), qPrintable(name));
            QVERIFY2(a->toolTip() != empty && !a->toolTip().isEmpty(), qPrintable(name));
            QCOMPARE(a->statusTip(), a->toolTip());
        }
    }
    QCOMPARE(action("actionShowNetworkGraph")->toolTip(),
             QStringLiteral("You, your contacts and how they know each other, sized by tie strength; click to see a "
                            "contact"));
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QVERIFY(action("actionRecordIntroduction")->isEnabled());
    QCOMPARE(action("actionRecordIntroduction")->toolTip(),
             QStringLiteral("Record that you introduced two people, with a reminder to ask how it went"));
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"))->currentWidget(),
                 static_cast<QWidget*>(m_window->networkGraphPage()));

    // Everyone in the Trash: back to waiting.
    QVERIFY(m_window->contactStore().moveToTrash({ada, alan}).ok());
    for (const QString& name : needContacts)
        QVERIFY2(!action(qPrintable(name))->isEnabled(), qPrintable(name));
}

// Each page of the Network menu and each way of recording has a window-wide shortcut (the menu shows it beside the
// entry); no two of the window's shortcuts are the same key.
void TestMainWindow::networkMenuShortcuts()
{
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("networkMenu"));
    QVERIFY(menu);
    const QList<std::pair<QString, QKeySequence>> expected{
        {QStringLiteral("actionShowNetworkGraph"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
        {QStringLiteral("actionShowIntroductions"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I)},
        {QStringLiteral("actionShowSocialCapital"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {QStringLiteral("actionShowEvents"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E)},
        {QStringLiteral("actionWhoCanHelp"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
        {QStringLiteral("actionNewEvent"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {QStringLiteral("actionMetPeople"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {QStringLiteral("actionRecordIntroduction"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_I)},
        {QStringLiteral("actionLogFavour"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}};
    const QList<QAction*> entries = menu->actions();
    for (const auto& [name, shortcut] : expected) {
        const auto found =
            std::find_if(entries.begin(), entries.end(), [&name](const QAction* a) { return a->objectName() == name; });
        QVERIFY2(found != entries.end(), qPrintable(name));
        QCOMPARE((*found)->shortcut(), shortcut);
        QCOMPARE((*found)->shortcutContext(), Qt::WindowShortcut);
    }

    // Shortcuts that only work inside one table (WidgetShortcut) may repeat between tables; no other may.
    QHash<QKeySequence, QString> owners;
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (const QAction* a : actions) {
        if (a->shortcutContext() == Qt::WidgetShortcut)
            continue;
        const QList<QKeySequence> keys = a->shortcuts();
        for (const QKeySequence& key : keys) {
            const QString owner = owners.value(key);
            QVERIFY2(
                owner.isEmpty() || owner == a->objectName(),
                qPrintable(QStringLiteral("%1: %2 and %3")
                               .arg(key.toString(), owner, a->objectName().isEmpty() ? a->text() : a->objectName())));
            owners.insert(key, a->objectName().isEmpty() ? a->text() : a->objectName());
        }
    }
    QVERIFY(owners.size() >= 20); // the walk found the window's actions

    // Ctrl+Alt+E, once there is someone to have met.
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"))->currentWidget(),
                 static_cast<QWidget*>(m_window->eventsView()));
}

void TestMainWindow::addContactThroughDialog()
{
    withModal(
        QStringLiteral("contactEditorDialog"),
        [](QWidget* dialog) {
            typeInto(dialog, "givenEdit", QStringLiteral("Grace"));
            typeInto(dialog, "familyEdit", QStringLiteral("Hopper"));
            typeInto(dialog, "organizationEdit", QStringLiteral("US Navy"));
            clickOk(dialog);
        },
        [this] { action("actionAddContact")->trigger(); });

    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Grace Hopper")});
    QCOMPARE(m_table->model()->index(0, ContactTableModel::Organization).data().toString(), QStringLiteral("US Navy"));
    // It is in the database, selected, and shown in the detail pane.
    auto ids = m_window->contactStore().ids({});
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 1);
    QCOMPARE(m_window->contactStore().get(ids->first())->organization, QStringLiteral("US Navy"));
    QCOMPARE(m_window->selectedContactIds(), QList<qint64>{ids->first()});
    auto* name = m_window->findChild<ContactDetailPane*>(QStringLiteral("contactDetailPane"))
                     ->findChild<QLabel*>(QStringLiteral("nameLabel"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Grace Hopper"));

    // Undo takes the new contact out again.
    action("actionUndo")->trigger();
    QTRY_VERIFY(tableNames().isEmpty());
    QCOMPARE(m_window->contactStore().count().value(), 0);
    action("actionRedo")->trigger();
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Grace Hopper")});
}

void TestMainWindow::logInteractionShowsInTimeline()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 babbage = addContact(QStringLiteral("Charles"), QStringLiteral("Babbage"));
    QVERIFY(m_window->selectContact(ada));
    auto* timeline = m_window->findChild<QListWidget*>(QStringLiteral("timelineList"));
    QVERIFY(timeline);
    QCOMPARE(timeline->count(), 0);

    withModal(
        QStringLiteral("logInteractionDialog"),
        [](QWidget* dialog) {
            typeInto(dialog, "summaryEdit", QStringLiteral("Tea and difference engines"));
            clickOk(dialog);
        },
        [this] { action("actionLogInteraction")->trigger(); });

    QTRY_COMPARE(timeline->count(), 1);
    QVERIFY2(timeline->item(0)->text().contains(QLatin1String("Tea and difference engines")),
             qPrintable(timeline->item(0)->text()));
    auto logged = m_window->interactionStore().forContact(ada);
    QVERIFY(logged.ok());
    QCOMPARE(logged->size(), 1);
    QCOMPARE(logged->first().summary, QStringLiteral("Tea and difference engines"));
    // The table's "last contact" column follows.
    const int row = m_window->contactModel()->rowOf(ada);
    QVERIFY(!m_window->contactModel()->index(row, ContactTableModel::LastInteraction).data().toString().isEmpty());

    // A second interaction with both appears first, naming the other participant.
    Interaction both;
    both.occurredAt = m_clock->now().addDays(1);
    both.summary = QStringLiteral("Demonstration");
    both.participantIds = {ada, babbage};
    QVERIFY(m_window->interactionStore().add(both).ok());
    QTRY_COMPARE(timeline->count(), 2);
    QVERIFY(timeline->item(0)->text().contains(QLatin1String("Demonstration")));
    QVERIFY2(timeline->item(0)->text().contains(QLatin1String("Charles Babbage")),
             qPrintable(timeline->item(0)->text()));
}

void TestMainWindow::searchFiltersTable()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical Society"));
    addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("US Navy"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QTRY_COMPARE(tableNames().size(), 3);

    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QVERIFY(search);
    QCOMPARE(search->placeholderText(), QStringLiteral("Search name, organisation, email, phone, tag, notes"));
    QTest::keyClicks(search, QStringLiteral("hop"));
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Grace Hopper")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("analytical"));
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Ada Lovelace")});
    search->clear();
    QTRY_COMPARE(tableNames().size(), 3);
}

void TestMainWindow::deleteAndRestore()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QTRY_COMPARE(tableNames().size(), 2);

    // Select by clicking the row, delete with the action.
    const QModelIndex adaIndex = m_table->model()->index(0, 0);
    QCOMPARE(adaIndex.data().toString(), QStringLiteral("Ada Lovelace"));
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualRect(adaIndex).center());
    QCOMPARE(m_window->selectedContactIds(), QList<qint64>{ada});
    action("actionDelete")->trigger();
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Alan Turing")});
    QCOMPARE(m_window->contactStore().count(true).value(), 1);

    // Undo brings it back, through the keyboard as a user would.
    QApplication::setActiveWindow(m_window.get());
    m_table->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(tableNames().size(), 2);
    QCOMPARE(m_window->contactStore().count(true).value(), 0);
    action("actionRedo")->trigger();
    QTRY_COMPARE(tableNames().size(), 1);

    // Restore from the Trash view.
    action("actionShowTrash")->trigger();
    QVERIFY(action("actionShowTrash")->isChecked());
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Ada Lovelace")});
    QVERIFY(m_window->selectContact(ada));
    QVERIFY(action("actionRestore")->isEnabled());
    action("actionRestore")->trigger();
    QTRY_VERIFY(tableNames().isEmpty());
    QCOMPARE(m_window->contactStore().count(true).value(), 0);
    // ... which is undoable too.
    action("actionUndo")->trigger();
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Ada Lovelace")});
    action("actionShowTrash")->trigger();
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Alan Turing")});
}

void TestMainWindow::deleteKeyOnlyInContactsTable()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QTRY_COMPARE(tableNames().size(), 2);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->selectContact(ada));
    const auto trashed = [this] {
        return m_window->contactStore().count(true).value();
    };

    // Every other tab: Delete there leaves the contacts table's (hidden) selection alone, and so do the toolbar
    // and the menus, which wait for the table to be shown.
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QWidget* contactsTab = tabs->widget(0);
    for (int i = 1; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QWidget* page = tabs->currentWidget();
        page->setFocus();
        if (QWidget* inside = page->nextInFocusChain(); inside && page->isAncestorOf(inside))
            inside->setFocus();
        QWidget* focused = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focused, Qt::Key_Delete);
        QVERIFY2(trashed() == 0, qPrintable(tabs->tabText(i)));
        QCOMPARE(m_window->selectedContactIds(), QList<qint64>{ada});
        QVERIFY2(!action("actionDelete")->isEnabled(), qPrintable(tabs->tabText(i)));
        QVERIFY2(!action("actionEditContact")->isEnabled(), qPrintable(tabs->tabText(i)));
        QVERIFY2(!action("actionAddReminder")->isEnabled(), qPrintable(tabs->tabText(i)));
    }

    // The contacts tab, typing in the search field: Delete edits the text.
    tabs->setCurrentWidget(contactsTab);
    QVERIFY(action("actionDelete")->isEnabled());
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Ada"));
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Ada Lovelace")});
    QVERIFY(m_window->selectContact(ada));
    search->setFocus();
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QStringLiteral("da"));
    QCOMPARE(trashed(), 0);

    // In the table itself it moves the selected contact to the Trash.
    m_table->setFocus();
    QVERIFY(m_table->hasFocus());
    QTest::keyClick(m_table, Qt::Key_Delete);
    QTRY_COMPARE(trashed(), 1);
    QVERIFY(m_window->contactStore().get(ada).value().deletedAt.isValid());
}

void TestMainWindow::logInteractionFollowsShownTab()
{
    const qint64 ada = addCadenceContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), 45);
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QTRY_COMPARE(tableNames().size(), 2);
    QVERIFY(m_window->selectContact(alan));
    // On the Due tab the detail pane shows Ada, the one due: Log Interaction is with her, not with the table's Alan.
    action("actionShowDue")->trigger();
    QTRY_VERIFY(m_window->dueView()->isVisible());
    QTRY_COMPARE(m_window->dueModel()->rowCount(), 1);
    m_window->dueView()->table()->selectRow(0);
    QTRY_COMPARE(m_window->detailPane()->contactId(), ada);
    QList<qint64> participants;
    withModal(
        QStringLiteral("logInteractionDialog"),
        [&participants](QWidget* dialog) {
            participants = static_cast<LogInteractionDialog*>(dialog)->interaction().participantIds;
            dialog->close();
        },
        [this] { action("actionLogInteraction")->trigger(); });
    QCOMPARE(participants, QList<qint64>{ada});
}

void TestMainWindow::editAndUndo()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Byron"));
    QVERIFY(m_window->selectContact(ada));
    withModal(
        QStringLiteral("contactEditorDialog"),
        [](QWidget* dialog) {
            auto* family = dialog->findChild<QLineEdit*>(QStringLiteral("familyEdit"));
            QVERIFY(family);
            QCOMPARE(family->text(), QStringLiteral("Byron"));
            typeInto(dialog, "familyEdit", QStringLiteral("Lovelace"));
            clickOk(dialog);
        },
        [this] { action("actionEditContact")->trigger(); });
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Ada Lovelace")});
    QCOMPARE(m_window->contactStore().get(ada)->family, QStringLiteral("Lovelace"));
    QCOMPARE(m_window->selectedContactIds(), QList<qint64>{ada});
    // The toolbar button keeps its short label; its tooltip says what would be undone.
    auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    auto* undoButton = qobject_cast<QToolButton*>(bar->widgetForAction(action("actionUndo")));
    QVERIFY(undoButton);
    QCOMPARE(undoButton->text(), QStringLiteral("Undo"));
    QVERIFY2(!m_window->undoStack()->undoText().isEmpty() &&
                 action("actionUndo")->toolTip().contains(m_window->undoStack()->undoText()),
             qPrintable(action("actionUndo")->toolTip()));

    action("actionUndo")->trigger();
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Ada Byron")});
    QCOMPARE(m_window->contactStore().get(ada)->family, QStringLiteral("Byron"));
    action("actionRedo")->trigger();
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Ada Lovelace")});
}

void TestMainWindow::emptyTrashAsksFirst()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QVERIFY(m_window->selectContact(ada));
    action("actionDelete")->trigger();
    QTRY_COMPARE(m_window->contactStore().count(true).value(), 1);
    QVERIFY(action("actionEmptyTrash")->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    action("actionEmptyTrash")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("cannot be undone")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->contactStore().count(true).value(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionEmptyTrash")->trigger();
    QCOMPARE(m_window->contactStore().count(true).value(), 0);
    QVERIFY(!m_window->contactStore().get(ada).ok());
    QVERIFY(!m_window->undoStack()->canUndo());
    QVERIFY(!action("actionEmptyTrash")->isEnabled());
    QCOMPARE(tableNames(), QStringList{QStringLiteral("Alan Turing")});
}

void TestMainWindow::addReminderAndMarkDone()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    QVERIFY(m_window->selectContact(ada));
    auto* reminders = m_window->findChild<QListWidget*>(QStringLiteral("remindersList"));
    QVERIFY(reminders);
    QCOMPARE(reminders->count(), 0);

    withModal(
        QStringLiteral("reminderDialog"),
        [](QWidget* dialog) {
            auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"));
            QVERIFY(note);
            QTest::keyClicks(note, QStringLiteral("Send her the notes on Bernoulli numbers"));
            clickOk(dialog);
        },
        [this] { action("actionAddReminder")->trigger(); });

    QTRY_COMPARE(reminders->count(), 1);
    auto open = m_window->reminderStore().openForContact(ada);
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().note, QStringLiteral("Send her the notes on Bernoulli numbers"));
    QWidget* row = reminders->itemWidget(reminders->item(0));
    QVERIFY(row);
    auto* text = row->findChild<QLabel*>(QStringLiteral("reminderText"));
    QVERIFY(text && text->text().contains(QLatin1String("Bernoulli")));
    const int tableRow = m_window->contactModel()->rowOf(ada);
    QVERIFY(!m_window->contactModel()->index(tableRow, ContactTableModel::NextReminder).data().toString().isEmpty());

    auto* done = row->findChild<QPushButton*>(QStringLiteral("reminderDoneButton"));
    QVERIFY(done);
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_COMPARE(reminders->count(), 0);
    QVERIFY(m_window->reminderStore().openForContact(ada)->isEmpty());
    QVERIFY(m_window->contactModel()->index(tableRow, ContactTableModel::NextReminder).data().toString().isEmpty());
}

void TestMainWindow::openedDatabaseIsRemembered()
{
    // Another file with a contact of its own, and a contact here shown in the detail pane.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        auto opened = Database::open(other);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        ContactStore store(*opened.value(), *m_clock);
        Contact grace;
        grace.given = QStringLiteral("Grace");
        grace.family = QStringLiteral("Hopper");
        QVERIFY(store.add(grace).ok());
    }
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    QTRY_VERIFY(m_window->selectContact(ada));
    QCOMPARE(m_window->detailPane()->contactId(), ada);
    // The Introductions tab shown, so that its worker reads the first file while the other one opens.
    m_window->showIntroductions();
    QVERIFY(m_window->introductionsView()->isVisible());

    QAction* open = action("actionOpenDatabase");
    QVERIFY(open && open->isEnabled());
    QVERIFY2(chooseFile(other, [open] { open->trigger(); }), "the Open Database dialog did not take the file");

    QCOMPARE(m_window->windowTitle(), QStringLiteral("Kith — other.sqlite"));
    QCOMPARE(m_window->database().path(), QFileInfo(other).absoluteFilePath());
    m_window->showContacts();
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Grace Hopper")});
    // One detail pane, the new file's: the first file's pane (and the stores it read) are gone.
    const QList<ContactDetailPane*> panes = m_window->findChildren<ContactDetailPane*>();
    QCOMPARE(panes.size(), 1);
    QCOMPARE(panes.first(), m_window->detailPane());
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QCOMPARE(splitter->count(), 2);
    QCOMPARE(splitter->widget(1), m_window->detailPane());
    QTRY_VERIFY(!m_window->introductionsView()->isComputing());

    // The next start opens it (app/main.cpp reads this unless --db or KITH_DB say otherwise).
    QCOMPARE(m_settings->value(Settings::Key::LastDatabase).toString(), other);
    m_window.reset();
    const QString remembered =
        Settings(m_dir->filePath(QStringLiteral("kith.conf"))).value(Settings::Key::LastDatabase).toString();
    QCOMPARE(remembered, other);
    auto reopened = Database::open(remembered);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    m_database = std::move(reopened.value());
    createWindow();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Kith — other.sqlite"));
    QTRY_COMPARE(tableNames(), QStringList{QStringLiteral("Grace Hopper")});
}

void TestMainWindow::newDatabaseIsRemembered()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(!QFileInfo::exists(fresh));
    QAction* create = action("actionNewDatabase");
    QVERIFY(create && create->isEnabled());
    QVERIFY2(chooseFile(fresh, [create] { create->trigger(); }), "the New Database dialog did not take the name");

    QVERIFY(QFileInfo(fresh).isFile());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Kith — fresh.sqlite"));
    QTRY_VERIFY(tableNames().isEmpty());
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
    QCOMPARE(m_window->detailPane()->contactId(), 0);
    QCOMPARE(m_settings->value(Settings::Key::LastDatabase).toString(), fresh);
}

void TestMainWindow::windowStateIsSaved()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    m_window->resize(1100, 700);
    const QList<int> before = splitter->sizes();
    splitter->setSizes({700, 300});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(sizes != before);
    QVERIFY(m_window->close());

    QVERIFY(!m_settings->value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty());
    QVERIFY(!m_settings->value(Settings::Key::MainWindowState).toByteArray().isEmpty());
    QCOMPARE(m_settings->value(Settings::Key::MainSplitterState).toByteArray(), splitter->saveState());
    QVERIFY(!m_settings->value(Settings::Key::ContactTableHeaderState).toByteArray().isEmpty());

    // A new window, as on the next start, comes back the same.
    m_window.reset();
    Settings reread(m_dir->filePath(QStringLiteral("kith.conf")));
    QCOMPARE(reread.value(Settings::Key::MainSplitterState).toByteArray(),
             m_settings->value(Settings::Key::MainSplitterState).toByteArray());
    createWindow();
    auto* again = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QTRY_COMPARE(again->sizes(), sizes);
    QCOMPARE(m_window->size(), QSize(1100, 700));
}

void TestMainWindow::dropOfVcfIsAccepted()
{
    const QString vcf = m_dir->filePath(QStringLiteral("friends.vcf"));
    {
        QFile file(vcf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n");
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(vcf)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    // The import begins: its preview opens (tst_importflow walks it).
    QTRY_VERIFY(m_window->importController()->previewDialog());
    m_window->importController()->previewDialog()->reject();
    QTRY_VERIFY(!m_window->importController()->isBusy());

    // Anything else is refused.
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile(text).open(QIODevice::WriteOnly);
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(text)});
    QDragEnterEvent refused(centre, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::trayIconIsVisible()
{
    // Must fail, not skip, without a tray host: reminders depend on it.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 5000);
    DesktopIntegration* desktop = m_window->desktopIntegration();
    QVERIFY(desktop);
    QTRY_VERIFY(desktop->isTrayIconVisible());
    QVERIFY(!desktop->trayIcon()->icon().isNull());
    QVERIFY(desktop->menu()->findChild<QAction*>(QStringLiteral("trayAddContactAction")));

    // "Open Kith" brings the window back.
    m_window->hide();
    desktop->menu()->findChild<QAction*>(QStringLiteral("trayOpenAction"))->trigger();
    QTRY_VERIFY(m_window->isVisible());
}

void TestMainWindow::openSampleNetwork()
{
    m_settings->setValue(Settings::Key::SampleNetworkSize, 25);
    auto* empty = m_window->findChild<QWidget*>(QStringLiteral("emptyState"));
    QVERIFY(empty->isVisible());
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("openSampleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->contactStore().count().value() > 0 && tableNames().size() > 0, 30000);
    QTRY_COMPARE(tableNames().size(), m_window->contactStore().count().value());
    QVERIFY(!empty->isVisible());
    QVERIFY(m_table->isVisible());
    QVERIFY(action("actionOpenSample")->isEnabled()); // the worker is done
    // The sample was written by another connection: the Due tab must still learn what is now due.
    QTRY_VERIFY(m_window->dueModel()->rowCount() > 0);
}

qint64 TestMainWindow::addDueFollowUp(qint64 contactId, const QString& note)
{
    // Due in an hour; then the clock moves two hours on and the scheduler looks again.
    Reminder reminder;
    reminder.contactId = contactId;
    reminder.dueAt = m_clock->now().addSecs(3600);
    reminder.note = note;
    auto id = m_window->reminderStore().add(reminder);
    if (!id)
        qWarning() << id.error();
    m_clock->advanceSeconds(2 * 3600);
    m_window->reminderScheduler()->check();
    return id ? *id : 0;
}

qint64 TestMainWindow::addCadenceContact(const QString& given, const QString& family, int daysSinceTouch)
{
    Contact contact;
    contact.given = given;
    contact.family = family;
    contact.circle = QStringLiteral("close"); // every 30 days
    auto id = m_window->contactStore().add(contact);
    if (!id)
        return 0;
    Interaction coffee;
    coffee.occurredAt = m_clock->now().addDays(-daysSinceTouch);
    coffee.summary = QStringLiteral("Coffee");
    coffee.participantIds = {*id};
    if (auto added = m_window->interactionStore().add(coffee); !added)
        qWarning() << added.error();
    return *id;
}

void TestMainWindow::dueFollowUpNotifiesAndOpensContact()
{
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 5000);
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    QVERIFY(m_window->selectContact(alan));
    DesktopIntegration* desktop = m_window->desktopIntegration();
    QVERIFY(!desktop->showsDueIcon());

    addDueFollowUp(ada, QStringLiteral("Ask about the Analytical Engine"));
    QCOMPARE(desktop->lastNotificationTitle(), QStringLiteral("Ada Lovelace — follow up"));
    QVERIFY2(desktop->lastNotificationText().contains(QLatin1String("Ask about the Analytical Engine")),
             qPrintable(desktop->lastNotificationText()));
    QTRY_VERIFY(desktop->showsDueIcon());

    // Clicking the notification shows the window with Ada selected.
    m_window->hide();
    Q_EMIT desktop->trayIcon()->messageClicked();
    QTRY_VERIFY(m_window->isVisible());
    QCOMPARE(m_window->selectedContactIds(), QList<qint64>{ada});
}

void TestMainWindow::doneFromTrayMenuMarksDone()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 id = addDueFollowUp(ada, QStringLiteral("Send the notes"));
    QVERIFY(id > 0);
    QMenu* adaMenu = nullptr;
    QTRY_VERIFY([&] {
        for (QAction* action : m_window->desktopIntegration()->menu()->actions()) {
            if (action->menu() && action->text() == QStringLiteral("Ada Lovelace — follow up"))
                adaMenu = action->menu();
        }
        return adaMenu != nullptr;
    }());
    QAction* done = adaMenu->findChild<QAction*>(QStringLiteral("trayDoneAction"));
    QVERIFY(done);
    done->trigger();
    auto stored = m_window->reminderStore().get(id);
    QVERIFY(stored.ok());
    QVERIFY(stored->doneAt.isValid());
    QTRY_VERIFY(!m_window->desktopIntegration()->showsDueIcon());
}

void TestMainWindow::closingKeepsRunningInTray()
{
    QVERIFY(m_settings->value(Settings::Key::CloseToTray).toBool());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->close();
    QVERIFY(!m_window->isVisible());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("keeps running")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_settings->value(Settings::Key::CloseToTrayTold).toBool());
    // The application goes on: timers still fire, nothing quit.
    bool fired = false;
    QTimer::singleShot(50, this, [&fired] { fired = true; });
    QTRY_VERIFY(fired);
    QCOMPARE(quitting.count(), 0);
    QVERIFY(m_window->desktopIntegration()->isTrayIconVisible());

    // Said once only.
    m_window->showAndRaise();
    QVERIFY(m_window->isVisible());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QTest::qWait(10);
    m_window->close();
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("noticeBox")));

    // Without close-to-tray, closing is quitting.
    m_settings->setValue(Settings::Key::CloseToTray, false);
    QVERIFY(QApplication::quitOnLastWindowClosed());
    m_settings->setValue(Settings::Key::CloseToTray, true);
    QVERIFY(!QApplication::quitOnLastWindowClosed());
}

void TestMainWindow::dueViewSnoozeAndSkip()
{
    const qint64 ada = addCadenceContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), 45);
    const qint64 alan = addCadenceContact(QStringLiteral("Alan"), QStringLiteral("Turing"), 40);
    action("actionShowDue")->trigger();
    DueView* view = m_window->findChild<DueView*>(QStringLiteral("dueView"));
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    DueModel* model = m_window->dueModel();
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, DueModel::Who).data().toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(model->index(0, DueModel::What).data().toString(), QStringLiteral("Keep in touch"));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("Due (2)"));

    // Skip this time: Ada counts as touched, and leaves the list.
    QVERIFY(view->selectContact(ada));
    QCOMPARE(m_window->detailPane()->contactId(), ada);
    auto* skip = view->findChild<QToolButton*>(QStringLiteral("dueSkipButton"));
    QVERIFY(skip && skip->isEnabled());
    QTest::mouseClick(skip, Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->item(0).contactId, alan);

    // Snooze Alan until tomorrow: gone today, back tomorrow.
    QVERIFY(view->selectContact(alan));
    QAction* tomorrow = view->findChild<QAction*>(QStringLiteral("snoozeTomorrowAction"));
    QVERIFY(tomorrow);
    tomorrow->trigger();
    // Still listed for later this week, but no longer due now.
    QTRY_COMPARE(model->dueNowCount(), 0);
    QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("Due"));
    QVERIFY(!m_window->desktopIntegration()->showsDueIcon());
    m_clock->advanceSeconds(2 * 24 * 3600);
    m_window->reminderScheduler()->check();
    QTRY_COMPARE(model->dueNowCount(), 1);
    QCOMPARE(model->item(0).contactId, alan);
    QCOMPARE(model->item(0).kind, DueKind::Cadence);
}

void TestMainWindow::dueTabAndDashboardSayWhatTheyCount()
{
    // Ada is past her cadence: one reminder, and due by health. Alan, in touch, has a follow-up due: a reminder,
    // but his health is fine. So the Due tab counts 2 reminders and the dashboard 1 person due or drifting.
    addCadenceContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), 45);
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    addDueFollowUp(alan, QStringLiteral("Send the paper"));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    const int due = tabs->indexOf(m_window->dueView());
    QTRY_COMPARE(tabs->tabText(due), QStringLiteral("Due (2)"));
    // (No translator is loaded here: the plural reads "reminder(s)".)
    const QString dueTip = tabs->tabToolTip(due);
    QVERIFY2(dueTip.startsWith(QLatin1String("2 ")) &&
                 dueTip.contains(QLatin1String("due now: keep in touch, birthdays and follow-ups")),
             qPrintable(dueTip));

    action("actionShowDashboard")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->healthService()->snapshot() && m_window->healthService()->snapshot()->hasDashboard, 20000);
    auto* summary = m_window->findChild<QLabel*>(QStringLiteral("dashboardSummaryLabel"));
    QVERIFY(summary);
    QTRY_VERIFY2(summary->text().contains(QLatin1String("Due or drifting by health: 1 (50%)")),
                 qPrintable(summary->text()));
    QVERIFY2(summary->toolTip().contains(QLatin1String("The Due tab counts reminders instead")),
             qPrintable(summary->toolTip()));
}

void TestMainWindow::settingsDialogSavesCadence()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    withModal(
        QStringLiteral("settingsDialog"),
        [](QWidget* dialog) {
            auto* close = dialog->findChild<QSpinBox*>(QStringLiteral("cadenceSpin_close"));
            QVERIFY(close);
            QCOMPARE(close->value(), 30);
            close->setValue(14);
            auto* lead = dialog->findChild<QSpinBox*>(QStringLiteral("birthdayLeadSpin"));
            QVERIFY(lead);
            lead->setValue(5);
            auto* login = dialog->findChild<QCheckBox*>(QStringLiteral("startAtLoginCheck"));
            QVERIFY(login);
            login->setChecked(true);

            // Phone numbers without a country code: the locale's region first, then every region by name.
            auto* region = dialog->findChild<QComboBox*>(QStringLiteral("phoneRegionCombo"));
            QVERIFY(region);
            QCOMPARE(region->currentIndex(), 0);
            QCOMPARE(region->itemData(0).toString(), QString());
            QVERIFY2(region->itemText(0).startsWith(QLatin1String("From the system locale")),
                     qPrintable(region->itemText(0)));
            QVERIFY2(region->count() > 200, qPrintable(QString::number(region->count())));
            for (int i = 3; i < region->count(); ++i) { // after the locale's entry and a separator
                QVERIFY2(region->itemText(i - 1).compare(region->itemText(i), Qt::CaseInsensitive) <= 0,
                         qPrintable(region->itemText(i - 1) + QStringLiteral(" before ") + region->itemText(i)));
            }
            QCOMPARE(region->itemText(region->findData(QStringLiteral("GB"))), QStringLiteral("United Kingdom (+44)"));
            QCOMPARE(region->itemText(region->findData(QStringLiteral("BA"))),
                     QStringLiteral("Bosnia and Herzegovina (+387)"));
            const int germany = region->findText(QStringLiteral("Germany (+49)"));
            QVERIFY(germany > 0);
            QCOMPARE(region->itemData(germany).toString(), QStringLiteral("DE"));
            region->setCurrentIndex(germany);
            clickOk(dialog);
        },
        [this] { action("actionPreferences")->trigger(); });

    CircleStore circles(*m_database);
    auto all = circles.all();
    QVERIFY(all.ok());
    const auto close =
        std::find_if(all->begin(), all->end(), [](const Circle& c) { return c.key == QLatin1String("close"); });
    QVERIFY(close != all->end());
    QCOMPARE(close->cadenceDays, std::optional<int>(14));
    QCOMPARE(m_settings->value(Settings::Key::BirthdayLeadDays).toInt(), 5);
    QVERIFY(m_settings->value(Settings::Key::StartAtLogin).toBool());
    QVERIFY(QFile::exists(config.filePath(QStringLiteral("autostart/kith.desktop"))));
    QCOMPARE(m_settings->value(Settings::Key::PhoneRegion).toString(), QStringLiteral("DE"));
    qunsetenv("XDG_CONFIG_HOME");

    // Shown again, the dialog has it chosen; choosing the locale's stores the empty value.
    withModal(
        QStringLiteral("settingsDialog"),
        [](QWidget* dialog) {
            auto* region = dialog->findChild<QComboBox*>(QStringLiteral("phoneRegionCombo"));
            QVERIFY(region);
            QCOMPARE(region->currentData().toString(), QStringLiteral("DE"));
            region->setCurrentIndex(0);
            clickOk(dialog);
        },
        [this] { action("actionPreferences")->trigger(); });
    QCOMPARE(m_settings->value(Settings::Key::PhoneRegion).toString(), QString());
}

void TestMainWindow::detailPaneShowsPhonesAsPeopleReadThem()
{
    m_window.reset();
    m_settings->setValue(Settings::Key::PhoneRegion, QStringLiteral("DE"));
    createWindow();
    Contact contact;
    contact.given = QStringLiteral("Ada");
    contact.phones = {{QStringLiteral("work"), QStringLiteral("+49301234567")},
                      {QStringLiteral("home"), QStringLiteral("00442079460958")},
                      {QStringLiteral("other"), QStringLiteral("call the porter")}};
    auto ada = m_window->contactStore().add(contact);
    QVERIFY2(ada.ok(), qPrintable(ada.error()));
    QTRY_COMPARE(tableNames().size(), 1);
    QVERIFY(m_window->selectContact(*ada));
    QTRY_COMPARE(m_window->detailPane()->contactId(), *ada);
    QStringList shown;
    for (const QLabel* label : m_window->detailPane()->findChildren<QLabel*>())
        shown << label->text();
    const QString all = shown.join(QLatin1Char('\n'));
    // At home in the national format, abroad in the international one, each dialled in E.164; a number
    // libphonenumber cannot read as written.
    QVERIFY2(all.contains(QStringLiteral("<a href=\"tel:+49301234567\">030 1234567</a>")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("<a href=\"tel:+442079460958\">+44 20 7946 0958</a>")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral(">call the porter</a>")), qPrintable(all));

    // Another region chosen: the pane shows the numbers for it at once.
    m_settings->setValue(Settings::Key::PhoneRegion, QStringLiteral("GB"));
    shown.clear();
    for (const QLabel* label : m_window->detailPane()->findChildren<QLabel*>())
        shown << label->text();
    const QString again = shown.join(QLatin1Char('\n'));
    QVERIFY2(again.contains(QStringLiteral("<a href=\"tel:+442079460958\">020 7946 0958</a>")), qPrintable(again));
    QVERIFY2(again.contains(QStringLiteral("<a href=\"tel:+49301234567\">+49 30 1234567</a>")), qPrintable(again));
}

void TestMainWindow::phoneRegionReachesContactStore()
{
    // The tests run under the C locale, which names no region: without the setting, a number without a
    // country code has no E.164 form.
    QVERIFY2(PhoneNumbers::localeRegion().isEmpty(), "run under LC_ALL=C.UTF-8, as ctest does");
    Contact contact;
    contact.given = QStringLiteral("Ada");
    contact.phones = {{QStringLiteral("work"), QStringLiteral("030 1234567")}};
    auto ada = m_window->contactStore().add(contact);
    QVERIFY2(ada.ok(), qPrintable(ada.error()));
    QCOMPARE(storedE164(*m_database, *ada), QString());

    // Chosen before the window opens: its store reads numbers in Germany.
    m_window.reset();
    m_settings->setValue(Settings::Key::PhoneRegion, QStringLiteral("DE"));
    createWindow();
    contact.given = QStringLiteral("Alan");
    auto alan = m_window->contactStore().add(contact);
    QVERIFY2(alan.ok(), qPrintable(alan.error()));
    QCOMPARE(storedE164(*m_database, *alan), QStringLiteral("+49301234567"));

    // Chosen in Preferences: applies at once, to the next edit.
    withModal(
        QStringLiteral("settingsDialog"),
        [](QWidget* dialog) {
            auto* region = dialog->findChild<QComboBox*>(QStringLiteral("phoneRegionCombo"));
            QVERIFY(region);
            region->setCurrentIndex(region->findData(QStringLiteral("FR")));
            QCOMPARE(region->currentText(), QStringLiteral("France (+33)"));
            clickOk(dialog);
        },
        [this] { action("actionPreferences")->trigger(); });
    QCOMPARE(m_settings->value(Settings::Key::PhoneRegion).toString(), QStringLiteral("FR"));
    auto stored = m_window->contactStore().get(*alan);
    QVERIFY(stored.ok());
    Contact edited = *stored;
    edited.phones = {{QStringLiteral("work"), QStringLiteral("01 42 68 53 00")}};
    QVERIFY(m_window->contactStore().update(edited).ok());
    QCOMPARE(storedE164(*m_database, *alan), QStringLiteral("+33142685300"));

    // And to the store of a database opened later (File > New).
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY2(chooseFile(fresh, [this] { action("actionNewDatabase")->trigger(); }),
             "the New Database dialog did not take the name");
    QCOMPARE(m_window->database().path(), fresh);
    contact.given = QStringLiteral("Grace");
    contact.phones = {{QStringLiteral("home"), QStringLiteral("01 42 68 53 00")}};
    auto grace = m_window->contactStore().add(contact);
    QVERIFY2(grace.ok(), qPrintable(grace.error()));
    QCOMPARE(storedE164(m_window->database(), *grace), QStringLiteral("+33142685300"));
}

void TestMainWindow::bannerWhenNoTray()
{
    m_window.reset();
    DesktopIntegration::setTrayAvailableForTesting(false);
    auto restore = qScopeGuard([] { DesktopIntegration::setTrayAvailableForTesting(std::nullopt); });
    createWindow();
    auto* banner = m_window->findChild<QFrame*>(QStringLiteral("dueBanner"));
    QVERIFY(banner);
    // Said once: no tray, so the window stands in, and closing quits.
    QTRY_VERIFY(banner->isVisible());
    auto* text = banner->findChild<QLabel*>(QStringLiteral("dueBannerText"));
    QVERIFY2(text->text().contains(QLatin1String("No system tray")), qPrintable(text->text()));
    QVERIFY(m_settings->value(Settings::Key::TrayUnavailableTold).toBool());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QTest::mouseClick(banner->findChild<QToolButton*>(QStringLiteral("dueBannerCloseButton")), Qt::LeftButton);
    QVERIFY(!banner->isVisible());

    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    addDueFollowUp(ada, QStringLiteral("Ask about the Analytical Engine"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(text->text().contains(QStringLiteral("Ada Lovelace — follow up")), qPrintable(text->text()));
    QVERIFY(text->text().contains(QLatin1String("Analytical Engine")));
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("dueBannerShowButton")), Qt::LeftButton);
    QCOMPARE(m_window->selectedContactIds(), QList<qint64>{ada});

    // A second start does not say it again.
    m_window.reset();
    createWindow();
    QVERIFY(!m_window->findChild<QFrame*>(QStringLiteral("dueBanner"))->isVisible());
}

void TestMainWindow::followUpPresetAfterLogging()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    QVERIFY(m_window->selectContact(ada));
    withModal(
        QStringLiteral("logInteractionDialog"),
        [](QWidget* dialog) {
            typeInto(dialog, "summaryEdit", QStringLiteral("Lunch"));
            clickOk(dialog);
        },
        [this] { action("actionLogInteraction")->trigger(); });
    auto* bar = m_window->findChild<QFrame*>(QStringLiteral("followUpBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->findChild<QLabel*>(QStringLiteral("followUpLabel"))->text().contains(QLatin1String("Ada Lovelace")));
    QTest::mouseClick(bar->findChild<QToolButton*>(QStringLiteral("followUpWeekButton")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    auto open = m_window->reminderStore().openForContact(ada);
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().dueAt.toLocalTime().date(), m_clock->today().addDays(7));
    QCOMPARE(open->first().note, QStringLiteral("Follow up: Lunch"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
