// The Introductions tab on a real window: suggestions computed in the background, Introduce… opening the Record
// dialog filled in, the follow-up reminder it sets seen in the Due list and the detail pane, the status changed
// in place, Dismiss, and Delete with Undo.

#include "GuiTestHelpers.h"
#include "domain/Introduction.h"
#include "domain/ManualClock.h"
#include "domain/Relationship.h"
#include "domain/Topic.h"
#include "main/MainWindow.h"
#include "network/IntroductionContactField.h"
#include "network/IntroductionSuggestionModel.h"
#include "network/IntroductionTableModel.h"
#include "network/IntroductionsView.h"
#include "reminders/DueModel.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/IntroductionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/TopicStore.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace kith;

namespace {

// A Monday morning, so that a follow-up two days on is in this week's Due list.
const QDateTime Now(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);

// A failed check inside a dialog returns early: close the dialog then, so that the test ends rather than hangs.
auto closeIfStillOpen(QWidget* dialog)
{
    return qScopeGuard([dialog] {
        if (dialog->isVisible())
            static_cast<QDialog*>(dialog)->reject();
    });
}

// Types into one of the Record dialog's name fields and picks the best match with Enter, as a user does.
void choose(QWidget* dialog, const QString& field, const QString& typed)
{
    auto* edit = test::child<IntroductionContactField>(*dialog, field);
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestIntroductionsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void introduceSetsFollowUpReminder();
    void recordDialogPicksByName();
    void undoRecordingAcceptedTakesItsLink_data();
    void undoRecordingAcceptedTakesItsLink();
    void statusInPlaceDismissAndUndoDelete();

private:
    qint64 person(const QString& name, const QString& circle);
    void openPage();
    QAction* action(const char* objectName) const;
    static void clickCell(QTableView* table, int row, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ada = 0;
    qint64 m_byron = 0;
    qint64 m_carl = 0;
};

qint64 TestIntroductionsView::person(const QString& name, const QString& circle)
{
    Contact c;
    c.given = name;
    c.circle = circle;
    return ContactStore(*m_database, *m_clock).add(c).value();
}

void TestIntroductionsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(Now);
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    // Ada is looking for tax law, Byron can help with it; Carl is looking for hiring, which nobody offers.
    m_ada = person(QStringLiteral("Ada"), QStringLiteral("close"));
    m_byron = person(QStringLiteral("Byron"), QStringLiteral("inner"));
    m_carl = person(QStringLiteral("Carl"), QStringLiteral("close"));
    TopicStore topics(*m_database, *m_clock);
    QVERIFY(topics
                .addMany({{m_ada, 0, QStringLiteral("tax law"), TopicKind::Need, {}},
                          {m_byron, 0, QStringLiteral("tax law"), TopicKind::Expertise, {}},
                          {m_carl, 0, QStringLiteral("hiring"), TopicKind::Need, {}}})
                .ok());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kith.conf")));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestIntroductionsView::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

QAction* TestIntroductionsView::action(const char* objectName) const
{
    return m_window->findChild<QAction*>(QString::fromLatin1(objectName));
}

void TestIntroductionsView::clickCell(QTableView* table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QRect rect = table->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestIntroductionsView::openPage()
{
    QAction* show = action("actionShowIntroductions");
    QVERIFY(show);
    QVERIFY(!show->shortcut().isEmpty());
    QVERIFY(!show->toolTip().isEmpty());
    show->trigger();
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), m_window->introductionsView());
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Introductions"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->introductionsView()->isComputing() &&
                                 m_window->introductionsView()->suggestionModel()->rowCount() > 0,
                             10000);
}

void TestIntroductionsView::introduceSetsFollowUpReminder()
{
    openPage();
    IntroductionsView* view = m_window->introductionsView();
    IntroductionSuggestionModel* suggestions = view->suggestionModel();
    QCOMPARE(suggestions->rowCount(), 1);
    QCOMPARE(suggestions->index(0, IntroductionSuggestionModel::First).data().toString(), QStringLiteral("Ada"));
    QCOMPARE(suggestions->index(0, IntroductionSuggestionModel::Second).data().toString(), QStringLiteral("Byron"));
    QCOMPARE(suggestions->index(0, IntroductionSuggestionModel::Reason).data().toString(),
             QStringLiteral("Ada is looking for tax law; Byron can help with tax law."));

    auto* table = test::child<QTableView>(*view, QStringLiteral("introductionSuggestionTable"));
    const bool recorded = test::answerModal(
        [](QWidget* modal) { return modal->objectName() == QLatin1String("recordIntroductionDialog"); },
        [](QWidget* dialog) {
            const auto closer = closeIfStillOpen(dialog);
            // Filled in from the suggestion.
            QCOMPARE(test::child<IntroductionContactField>(*dialog, QStringLiteral("firstContactEdit"))->text(),
                     QStringLiteral("Ada"));
            QCOMPARE(test::child<IntroductionContactField>(*dialog, QStringLiteral("secondContactEdit"))->text(),
                     QStringLiteral("Byron"));
            QCOMPARE(test::child<QComboBox>(*dialog, QStringLiteral("topicCombo"))->currentText(),
                     QStringLiteral("tax law"));
            auto* days = test::child<QSpinBox>(*dialog, QStringLiteral("followUpSpin"));
            QCOMPARE(days->value(), 7);
            // Its label leads to it with Alt+F (without a buddy the label would show "&Follow up:").
            const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
            QVERIFY(std::any_of(labels.begin(), labels.end(), [days](const QLabel* l) { return l->buddy() == days; }));
            days->setValue(2);
            auto* box = test::child<QDialogButtonBox>(*dialog, QStringLiteral("buttonBox"));
            QVERIFY(box->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [&] { clickCell(table, 0, IntroductionSuggestionModel::Introduce); });
    QVERIFY(recorded);

    // The introduction is listed with its follow-up, and no longer suggested.
    IntroductionTableModel* made = view->introductionModel();
    QCOMPARE(made->rowCount(), 1);
    QCOMPARE(made->index(0, IntroductionTableModel::Who).data().toString(), QStringLiteral("Ada and Byron"));
    QCOMPARE(made->index(0, IntroductionTableModel::Status).data().toString(), QStringLiteral("Asked"));
    QVERIFY(made->index(0, IntroductionTableModel::FollowUp).data().toString().startsWith(QStringLiteral("Due ")));
    QCOMPARE(suggestions->rowCount(), 0);

    // The reminder: on Ada, in two days at the preferences' reminder time, saying what to do.
    const QList<Reminder> open = m_window->reminderStore().openForContact(m_ada).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().note, QStringLiteral("Ask Ada and Byron how the introduction went"));
    QCOMPARE(open.first().dueAt.toLocalTime().date(), QDate(2026, 12, 2));

    // Seen in the detail pane beside the page (it follows the introduction just recorded)...
    auto* pane = test::child<QListWidget>(*m_window, QStringLiteral("remindersList"));
    const auto paneShows = [pane](const QString& text) {
        const QList<QLabel*> labels = pane->findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (label->text().contains(text))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(paneShows(QStringLiteral("Ask Ada and Byron how the introduction went")));
    // ... and in the Due list, for this week.
    DueModel* due = m_window->dueModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        [due] {
            for (int row = 0; row < due->rowCount(); ++row) {
                if (due->item(row).reason.contains(QStringLiteral("Ask Ada and Byron")))
                    return true;
            }
            return false;
        }(),
        5000);

    // Edit > Undo takes the recording back, follow-up and all; Redo records it again.
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Record Introduction of Ada and Byron"));
    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QTRY_COMPARE(made->rowCount(), 0);
    QVERIFY(m_window->reminderStore().openForContact(m_ada).value().isEmpty());
    m_window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    QTRY_COMPARE(made->rowCount(), 1);
    QCOMPARE(made->index(0, IntroductionTableModel::Who).data().toString(), QStringLiteral("Ada and Byron"));
    const QList<Reminder> again = m_window->reminderStore().openForContact(m_ada).value();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().note, QStringLiteral("Ask Ada and Byron how the introduction went"));
}

void TestIntroductionsView::recordDialogPicksByName()
{
    openPage();
    IntroductionsView* view = m_window->introductionsView();
    QAction* record = action("actionRecordIntroduction");
    QVERIFY(record);
    const bool recorded = test::answerModal(
        [](QWidget* modal) { return modal->objectName() == QLatin1String("recordIntroductionDialog"); },
        [](QWidget* dialog) {
            const auto closer = closeIfStillOpen(dialog);
            auto* first = test::child<IntroductionContactField>(*dialog, QStringLiteral("firstContactEdit"));
            auto* second = test::child<IntroductionContactField>(*dialog, QStringLiteral("secondContactEdit"));
            auto* box = test::child<QDialogButtonBox>(*dialog, QStringLiteral("buttonBox"));
            auto* hint = test::child<QLabel>(*dialog, QStringLiteral("hintLabel"));
            QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
            // Typed and chosen with Enter: the best match.
            QTest::keyClicks(first, QStringLiteral("car"));
            QTest::keyClick(first, Qt::Key_Return);
            QCOMPARE(first->text(), QStringLiteral("Carl"));
            // The same person twice is refused, with why.
            QTest::keyClicks(second, QStringLiteral("carl"));
            QTest::keyClick(second, Qt::Key_Return);
            QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
            QVERIFY2(hint->text().contains(QStringLiteral("two different people")), qPrintable(hint->text()));
            second->clear();
            QTest::keyClicks(second, QStringLiteral("byr"));
            QTest::keyClick(second, Qt::Key_Return);
            QCOMPARE(second->text(), QStringLiteral("Byron"));
            // A topic nobody has is refused too.
            auto* topic = test::child<QComboBox>(*dialog, QStringLiteral("topicCombo"));
            topic->setEditText(QStringLiteral("knitting"));
            QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
            topic->setEditText(QString());
            auto* status = test::child<QComboBox>(*dialog, QStringLiteral("statusCombo"));
            status->setCurrentIndex(status->findText(QStringLiteral("Made")));
            QVERIFY(box->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [&] { record->trigger(); });
    QVERIFY(recorded);
    QCOMPARE(view->introductionModel()->rowCount(), 1);
    const Introduction i = view->introductionStore().all().value().first();
    QCOMPARE((std::pair{i.firstId, i.secondId}), (std::pair{std::min(m_byron, m_carl), std::max(m_byron, m_carl)}));
    QCOMPARE(i.status, IntroductionStatus::Made);
    // The follow-up is on the one entered first, Carl, a week from today.
    const QList<Reminder> open = m_window->reminderStore().openForContact(m_carl).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().note, QStringLiteral("Ask Carl and Byron how the introduction went"));
    QCOMPARE(open.first().dueAt.toLocalTime().date(), QDate(2026, 12, 7));
}

// Recorded as accepted, an introduction links the two as knowing each other; Edit > Undo takes that link back with
// the introduction, Redo makes it again. A link the two had before is never undo's to take.
void TestIntroductionsView::undoRecordingAcceptedTakesItsLink_data()
{
    QTest::addColumn<bool>("alreadyFriends");
    QTest::newRow("not linked before") << false;
    QTest::newRow("friends before") << true;
}

void TestIntroductionsView::undoRecordingAcceptedTakesItsLink()
{
    QFETCH(bool, alreadyFriends);
    RelationshipStore& relationships = m_window->relationshipStore();
    if (alreadyFriends)
        QVERIFY(relationships.add({0, m_carl, m_byron, RelationshipType::Friend, {}, {}}).ok());
    openPage();
    IntroductionsView* view = m_window->introductionsView();
    const bool recorded = test::answerModal(
        [](QWidget* modal) { return modal->objectName() == QLatin1String("recordIntroductionDialog"); },
        [](QWidget* dialog) {
            const auto closer = closeIfStillOpen(dialog);
            choose(dialog, QStringLiteral("firstContactEdit"), QStringLiteral("car"));
            choose(dialog, QStringLiteral("secondContactEdit"), QStringLiteral("byr"));
            auto* status = test::child<QComboBox>(*dialog, QStringLiteral("statusCombo"));
            status->setCurrentIndex(status->findText(QStringLiteral("Accepted")));
            QCOMPARE(status->currentText(), QStringLiteral("Accepted"));
            auto* box = test::child<QDialogButtonBox>(*dialog, QStringLiteral("buttonBox"));
            QVERIFY(box->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [&] { action("actionRecordIntroduction")->trigger(); });
    QVERIFY(recorded);
    QCOMPARE(view->introductionModel()->rowCount(), 1);

    // Carl's links, as "type other" (only Byron's can be there).
    const auto carlsLinks = [&] {
        QStringList links;
        const QList<Relationship> list = relationships.forContact(m_carl).value();
        for (const Relationship& r : list)
            links << relationshipTypeKey(r.type) + QLatin1Char(' ') + QString::number(r.otherId);
        return links;
    };
    const QStringList before{QStringLiteral("friend ") + QString::number(m_byron)};
    const QStringList linked =
        alreadyFriends ? before : QStringList{QStringLiteral("knows ") + QString::number(m_byron)};
    const QStringList undone = alreadyFriends ? before : QStringList{};
    QCOMPARE(carlsLinks(), linked);

    QAction* undo = action("actionUndo");
    QAction* redo = action("actionRedo");
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Record Introduction of Byron and Carl"));
    undo->trigger();
    QTRY_COMPARE(view->introductionModel()->rowCount(), 0);
    QCOMPARE(carlsLinks(), undone);
    redo->trigger();
    QTRY_COMPARE(view->introductionModel()->rowCount(), 1);
    QCOMPARE(view->introductionStore().all().value().first().status, IntroductionStatus::Accepted);
    QCOMPARE(carlsLinks(), linked);
    // The link Redo made is the one the next Undo takes.
    undo->trigger();
    QTRY_COMPARE(view->introductionModel()->rowCount(), 0);
    QCOMPARE(carlsLinks(), undone);
    QVERIFY(m_window->reminderStore().openForContact(m_carl).value().isEmpty());
}

void TestIntroductionsView::statusInPlaceDismissAndUndoDelete()
{
    openPage();
    IntroductionsView* view = m_window->introductionsView();
    Introduction earlier;
    earlier.firstId = m_carl;
    earlier.secondId = m_ada;
    earlier.introducedOn = Now.date().addDays(-3);
    const qint64 id = view->introductionStore().add(earlier).value();
    auto* made = test::child<QTableView>(*view, QStringLiteral("introductionTable"));
    QTRY_COMPARE(made->model()->rowCount(), 1);

    // The status, changed in place with the combo box.
    const QModelIndex status = made->model()->index(0, IntroductionTableModel::Status);
    made->setCurrentIndex(status);
    made->edit(status);
    QComboBox* editor = nullptr;
    QTRY_VERIFY((editor = made->findChild<QComboBox*>(QStringLiteral("introductionStatusEditor"))) != nullptr);
    QTest::keyClick(editor, Qt::Key_Down); // Asked -> Made
    QTRY_COMPARE(view->introductionStore().get(id).value().status, IntroductionStatus::Made);
    QTRY_COMPARE(made->model()->index(0, IntroductionTableModel::Status).data().toString(), QStringLiteral("Made"));
    QVERIFY(view->introductionModel()->setData(view->introductionModel()->index(0, IntroductionTableModel::Status),
                                               QStringLiteral("accepted")));
    RelationshipStore links(*m_database, *m_clock);
    QCOMPARE(links.forContact(m_ada).value().size(), 1); // accepted: Ada and Carl know each other now

    // Dismiss the one suggestion.
    auto* suggestions = test::child<QTableView>(*view, QStringLiteral("introductionSuggestionTable"));
    QCOMPARE(suggestions->model()->rowCount(), 1);
    clickCell(suggestions, 0, IntroductionSuggestionModel::Dismiss);
    QCOMPARE(suggestions->model()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 10000);
    QTest::qWait(400); // the recomputation the dismissal asked for
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 10000);
    QCOMPARE(suggestions->model()->rowCount(), 0);

    // Delete, with its open follow-up, and Undo.
    made->setCurrentIndex(made->model()->index(0, 0));
    QCOMPARE(m_window->reminderStore().openForContact(m_carl).value().size(), 1);
    QTest::mouseClick(test::child<QPushButton>(*view, QStringLiteral("deleteIntroductionButton")), Qt::LeftButton);
    QCOMPARE(made->model()->rowCount(), 0);
    QCOMPARE(m_window->reminderStore().openForContact(m_carl).value().size(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(made->model()->rowCount(), 1);
    QCOMPARE(view->introductionStore().get(id).value().status, IntroductionStatus::Accepted);
    QCOMPARE(m_window->reminderStore().openForContact(m_carl).value().size(), 1);
    m_window->undoStack()->redo();
    QCOMPARE(made->model()->rowCount(), 0);
}

QTEST_MAIN(TestIntroductionsView)
#include "tst_introductionsview.moc"
