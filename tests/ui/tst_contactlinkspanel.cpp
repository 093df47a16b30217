// The detail pane's Relationships section on a real window and database file: adding a link through the
// dialog and reading it from both contacts, opening the other contact, removing with undo, the dialog's refusals,
// and the suggested links with Confirm and Reject.

#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactLinksPanel.h"
#include "domain/ManualClock.h"
#include "main/MainWindow.h"
#include "network/RelationshipSuggester.h"
#include "network/SuggestedLinksDialog.h"
#include "network/SuggestedLinksModel.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/RelationshipStore.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace kith;

class TestContactLinksPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addRelationshipShowsOnBothContacts();
    void nameOpensTheOtherContact();
    void removeAndUndo();
    void dialogRefusesDuplicateAndSelf_data();
    void dialogRefusesDuplicateAndSelf();
    void confirmSuggestedSibling();
    void rejectSuggestedColleague();
    void largeEmployerSaysWhatIsLeftOut();
    void reviewSuggestedLinks();

private:
    qint64 addContact(const QString& given, const QString& family, const QString& organization = {});
    ContactLinksPanel* panel() const;
    void showContact(qint64 id);
    // Opens Add Relationship… from the pane and runs `act` on the dialog.
    void withDialog(const std::function<void(QWidget*)>& act);
    static void chooseContact(QWidget* dialog, const QString& name);
    static void chooseType(QWidget* dialog, RelationshipType type);
    static QPushButton* okButton(QWidget* dialog);
    QList<Relationship> linksOf(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ada = 0;
    qint64 m_byron = 0;
};

namespace {

// `act` on a modal dialog, which is then closed whatever happened, so that a failed check inside `act` cannot
// leave the test waiting on the dialog.
std::function<void(QWidget*)> closing(const std::function<void(QWidget*)>& act)
{
    return [act](QWidget* modal) {
        const auto close = qScopeGuard([modal] {
            if (modal->isVisible())
                qobject_cast<QDialog*>(modal)->reject();
        });
        act(modal);
    };
}

} // namespace

void TestContactLinksPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kith.conf")));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    m_byron = addContact(QStringLiteral("Byron"), QStringLiteral("Lovelace"));
    QVERIFY(m_ada && m_byron);
}

void TestContactLinksPanel::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestContactLinksPanel::addContact(const QString& given, const QString& family, const QString& organization)
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

ContactLinksPanel* TestContactLinksPanel::panel() const
{
    return m_window->detailPane()->linksPanel();
}

void TestContactLinksPanel::showContact(qint64 id)
{
    QVERIFY(m_window->selectContact(id));
    QCOMPARE(m_window->detailPane()->contactId(), id);
    QVERIFY(panel());
    QTRY_VERIFY(panel()->isVisible());
    QCOMPARE(panel()->contactId(), id);
}

void TestContactLinksPanel::withDialog(const std::function<void(QWidget*)>& act)
{
    auto* add = test::child<QPushButton>(*panel(), QStringLiteral("addRelationshipButton"));
    QVERIFY(add->isEnabled());
    const bool handled =
        test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("addRelationshipDialog"); },
                          closing(act), [add] { QTest::mouseClick(add, Qt::LeftButton); });
    QVERIFY2(handled, "the Add Relationship dialog never appeared");
}

void TestContactLinksPanel::chooseContact(QWidget* dialog, const QString& name)
{
    auto* edit = test::child<QLineEdit>(*dialog, QStringLiteral("relationshipContactEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, name);
}

void TestContactLinksPanel::chooseType(QWidget* dialog, RelationshipType type)
{
    auto* combo = test::child<QComboBox>(*dialog, QStringLiteral("relationshipTypeCombo"));
    const int index = combo->findData(int(type));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

QPushButton* TestContactLinksPanel::okButton(QWidget* dialog)
{
    return test::child<QDialogButtonBox>(*dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

QList<Relationship> TestContactLinksPanel::linksOf(qint64 id) const
{
    auto links = m_window->relationshipStore().forContact(id);
    return links ? *links : QList<Relationship>();
}

void TestContactLinksPanel::addRelationshipShowsOnBothContacts()
{
    showContact(m_ada);
    QVERIFY(panel()->linkTexts().isEmpty());
    QVERIFY(test::child<QLabel>(*panel(), QStringLiteral("relationshipsEmptyLabel"))->isVisible());

    withDialog([](QWidget* dialog) {
        chooseContact(dialog, QStringLiteral("Byron Lovelace"));
        chooseType(dialog, RelationshipType::Parent);
        QTest::keyClicks(test::child<QLineEdit>(*dialog, QStringLiteral("relationshipNoteEdit")),
                         QStringLiteral("Her father, the poet"));
        // The dialog says how the link reads from both sides.
        const QString sentence = test::child<QLabel>(*dialog, QStringLiteral("relationshipSentenceLabel"))->text();
        QVERIFY2(sentence.contains(QLatin1String("Byron Lovelace is Ada Lovelace's parent")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("Ada Lovelace is Byron Lovelace's child")), qPrintable(sentence));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });

    QCOMPARE(panel()->linkTexts(), QStringList{QStringLiteral("Byron Lovelace — parent")});
    const QList<QLabel*> labels = panel()->findChildren<QLabel*>(QStringLiteral("relationshipLabel"));
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first()->toolTip(), QStringLiteral("Her father, the poet"));
    // In the file, read from Byron's side: Ada is his child.
    const QList<Relationship> byronsLinks = linksOf(m_byron);
    QCOMPARE(byronsLinks.size(), 1);
    QCOMPARE(byronsLinks.first().otherId, m_ada);
    QCOMPARE(byronsLinks.first().type, RelationshipType::Child);
    QCOMPARE(byronsLinks.first().note, QStringLiteral("Her father, the poet"));

    showContact(m_byron);
    QCOMPARE(panel()->linkTexts(), QStringList{QStringLiteral("Ada Lovelace — child")});
    QVERIFY(!test::child<QLabel>(*panel(), QStringLiteral("relationshipsEmptyLabel"))->isVisible());
    QCOMPARE(test::child<QLabel>(*panel(), QStringLiteral("relationshipsTitle"))->text(),
             QStringLiteral("Relationships (1)"));

    // Adding is undone like any other change.
    m_window->undoStack()->undo();
    QTRY_VERIFY(panel()->linkTexts().isEmpty());
    QVERIFY(linksOf(m_ada).isEmpty());
}

void TestContactLinksPanel::nameOpensTheOtherContact()
{
    QVERIFY(m_window->relationshipStore().add({0, m_ada, m_byron, RelationshipType::Parent, {}, {}}));
    showContact(m_ada);
    const QList<QLabel*> labels = panel()->findChildren<QLabel*>(QStringLiteral("relationshipLabel"));
    QCOMPARE(labels.size(), 1);
    // The name comes first in the row: a click at its start is a click on the link.
    QLabel* label = labels.first();
    QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(4, label->height() / 2));
    QTRY_COMPARE(m_window->currentContactId(), m_byron);
    QCOMPARE(m_window->detailPane()->contactId(), m_byron);
    QCOMPARE(panel()->linkTexts(), QStringList{QStringLiteral("Ada Lovelace — child")});
}

void TestContactLinksPanel::removeAndUndo()
{
    QVERIFY(
        m_window->relationshipStore().add({0, m_ada, m_byron, RelationshipType::Parent, QStringLiteral("poet"), {}}));
    const qint64 grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"));
    QVERIFY(m_window->relationshipStore().add({0, m_ada, grace, RelationshipType::Mentor, {}, {}}));
    showContact(m_ada);
    QCOMPARE(panel()->linkTexts(),
             (QStringList{QStringLiteral("Byron Lovelace — parent"), QStringLiteral("Grace Hopper — mentor")}));

    const QList<QToolButton*> removes = panel()->findChildren<QToolButton*>(QStringLiteral("removeRelationshipButton"));
    QCOMPARE(removes.size(), 2);
    QTest::mouseClick(removes.first(), Qt::LeftButton);
    QTRY_COMPARE(panel()->linkTexts(), QStringList{QStringLiteral("Grace Hopper — mentor")});
    QVERIFY(linksOf(m_byron).isEmpty());

    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QTRY_COMPARE(panel()->linkTexts(),
                 (QStringList{QStringLiteral("Byron Lovelace — parent"), QStringLiteral("Grace Hopper — mentor")}));
    // Back as it was, note and all, and on Byron's side too.
    const QList<Relationship> byronsLinks = linksOf(m_byron);
    QCOMPARE(byronsLinks.size(), 1);
    QCOMPARE(byronsLinks.first().type, RelationshipType::Child);
    QCOMPARE(byronsLinks.first().note, QStringLiteral("poet"));

    m_window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    QTRY_COMPARE(panel()->linkTexts(), QStringList{QStringLiteral("Grace Hopper — mentor")});
}

void TestContactLinksPanel::dialogRefusesDuplicateAndSelf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("problem");

    QTest::newRow("self") << QStringLiteral("Ada Lovelace") << int(RelationshipType::Friend)
                          << QStringLiteral("Ada Lovelace cannot be linked to themselves.");
    QTest::newRow("duplicate") << QStringLiteral("Byron Lovelace") << int(RelationshipType::Parent)
                               << QStringLiteral("Ada Lovelace is already linked to Byron Lovelace as parent.");
    QTest::newRow("nobody") << QStringLiteral("Charles Babbage") << int(RelationshipType::Friend)
                            << QStringLiteral("No contact matches “Charles Babbage”.");
}

void TestContactLinksPanel::dialogRefusesDuplicateAndSelf()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(QString, problem);
    QVERIFY(m_window->relationshipStore().add({0, m_ada, m_byron, RelationshipType::Parent, {}, {}}));
    showContact(m_ada);
    withDialog([&](QWidget* dialog) {
        chooseContact(dialog, name);
        chooseType(dialog, RelationshipType(type));
        auto* label = test::child<QLabel>(*dialog, QStringLiteral("relationshipProblemLabel"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), problem);
        QVERIFY(!okButton(dialog)->isEnabled());
        // Another type for the same pair is a second link, not a duplicate.
        if (QTest::currentDataTag() == QLatin1String("duplicate")) {
            chooseType(dialog, RelationshipType::Friend);
            QVERIFY(!label->isVisible());
            QVERIFY(okButton(dialog)->isEnabled());
        }
        qobject_cast<QDialog*>(dialog)->reject();
    });
    QCOMPARE(linksOf(m_ada).size(), 1);
}

void TestContactLinksPanel::confirmSuggestedSibling()
{
    const qint64 charlotte = addContact(QStringLiteral("Charlotte"), QStringLiteral("Lovelace"));
    QVERIFY(m_window->relationshipStore().add({0, m_ada, m_byron, RelationshipType::Parent, {}, {}}));
    QVERIFY(m_window->relationshipStore().add({0, charlotte, m_byron, RelationshipType::Parent, {}, {}}));
    showContact(m_ada);
    QCOMPARE(panel()->suggestions().size(), 1);
    auto* frame = test::child<QWidget>(*panel(), QStringLiteral("linkSuggestionsFrame"));
    QVERIFY(frame->isVisible());
    const QString text = test::child<QLabel>(*frame, QStringLiteral("linkSuggestionLabel"))->text();
    QVERIFY2(text.contains(QLatin1String("Charlotte Lovelace")) && text.contains(QLatin1String("sibling")) &&
                 text.contains(QLatin1String("Both are children of Byron Lovelace.")),
             qPrintable(text));

    QTest::mouseClick(test::child<QPushButton>(*frame, QStringLiteral("confirmLinkButton")), Qt::LeftButton);
    QTRY_VERIFY(panel()->linkTexts().contains(QStringLiteral("Charlotte Lovelace — sibling")));
    QVERIFY(panel()->suggestions().isEmpty());
    QTRY_VERIFY(!frame->isVisible());
    const QList<Relationship> charlottesLinks = linksOf(charlotte);
    QCOMPARE(charlottesLinks.size(), 2);

    // Confirming is undone like adding; the suggestion comes back.
    m_window->undoStack()->undo();
    QTRY_VERIFY(!panel()->linkTexts().contains(QStringLiteral("Charlotte Lovelace — sibling")));
    QCOMPARE(panel()->suggestions().size(), 1);
}

void TestContactLinksPanel::rejectSuggestedColleague()
{
    Contact ada = *m_window->contactStore().get(m_ada);
    ada.organization = QStringLiteral("Analytical Engines Ltd");
    QVERIFY(m_window->contactStore().update(ada));
    const qint64 charles =
        addContact(QStringLiteral("Charles"), QStringLiteral("Babbage"), QStringLiteral("Analytical Engines"));
    showContact(m_ada);
    QCOMPARE(panel()->suggestions().size(), 1);
    QCOMPARE(panel()->suggestions().first().link.otherId, charles);
    QCOMPARE(panel()->suggestions().first().link.type, RelationshipType::Colleague);

    auto* frame = test::child<QWidget>(*panel(), QStringLiteral("linkSuggestionsFrame"));
    QTest::mouseClick(test::child<QPushButton>(*frame, QStringLiteral("rejectLinkButton")), Qt::LeftButton);
    QTRY_VERIFY(panel()->suggestions().isEmpty());
    QVERIFY(!frame->isVisible());
    QVERIFY(panel()->linkTexts().isEmpty());
    // Remembered in the file: not suggested from Charles's side either, nor by a new window.
    auto rejected = m_window->relationshipStore().rejectedSuggestions();
    QVERIFY(rejected);
    QCOMPARE(rejected->size(), 1);
    showContact(charles);
    QVERIFY(panel()->suggestions().isEmpty());
}

// At an organisation with many contacts, the pane suggests a few colleagues and says how many it left out.
void TestContactLinksPanel::largeEmployerSaysWhatIsLeftOut()
{
    const int others = RelationshipSuggester::kMaxColleagueSuggestions + 4;
    const qint64 me = addContact(QStringLiteral("Peter"), QStringLiteral("Gibbons"), QStringLiteral("Initech"));
    for (int i = 0; i < others; ++i)
        QVERIFY(addContact(QStringLiteral("Coworker%1").arg(i), QStringLiteral("Test"), QStringLiteral("Initech")));
    showContact(me);
    QCOMPARE(panel()->suggestions().size(), RelationshipSuggester::kMaxColleagueSuggestions);
    auto* frame = test::child<QWidget>(*panel(), QStringLiteral("linkSuggestionsFrame"));
    auto* leftOut = test::child<QLabel>(*frame, QStringLiteral("colleaguesLeftOutLabel"));
    QVERIFY(leftOut->isVisible());
    QVERIFY2(leftOut->text().contains(QStringLiteral("4 more colleague")), qPrintable(leftOut->text()));
    QVERIFY2(leftOut->text().contains(QStringLiteral("Initech")), qPrintable(leftOut->text()));
    // A contact at a small organisation is told nothing of the kind.
    const qint64 solo = addContact(QStringLiteral("Solo"), QStringLiteral("Test"), QStringLiteral("Globex"));
    addContact(QStringLiteral("Duo"), QStringLiteral("Test"), QStringLiteral("Globex"));
    showContact(solo);
    QCOMPARE(panel()->suggestions().size(), 1);
    QVERIFY(frame->findChild<QLabel*>(QStringLiteral("colleaguesLeftOutLabel")) == nullptr);
}

void TestContactLinksPanel::reviewSuggestedLinks()
{
    const qint64 charlotte = addContact(QStringLiteral("Charlotte"), QStringLiteral("Lovelace"));
    const qint64 allegra = addContact(QStringLiteral("Allegra"), QStringLiteral("Byron"));
    QVERIFY(m_window->relationshipStore().addMany({
        {0, m_ada, m_byron, RelationshipType::Parent, {}, {}},
        {0, charlotte, m_byron, RelationshipType::Parent, {}, {}},
        {0, allegra, m_byron, RelationshipType::Parent, {}, {}},
    }));
    showContact(m_ada);
    QCOMPARE(panel()->suggestions().size(), 2);

    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionReviewSuggestedLinks"));
    QVERIFY(action);
    QVERIFY(!action->toolTip().isEmpty());
    const bool handled = test::answerModal(
        [](QWidget* modal) { return modal->objectName() == QLatin1String("suggestedLinksDialog"); },
        closing([this](QWidget* modal) {
            auto* dialog = qobject_cast<SuggestedLinksDialog*>(modal);
            QVERIFY(dialog);
            // Three children of Byron: three sibling pairs.
            QCOMPARE(dialog->model()->rowCount(), 3);
            auto* confirm = test::child<QPushButton>(*dialog, QStringLiteral("confirmSuggestionsButton"));
            auto* reject = test::child<QPushButton>(*dialog, QStringLiteral("rejectSuggestionsButton"));
            QVERIFY(!confirm->isEnabled());
            QTableView* table = dialog->table();
            // The first two rows: confirmed together, one undo step.
            table->selectionModel()->select(table->model()->index(0, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
            table->selectionModel()->select(table->model()->index(1, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
            QVERIFY(confirm->isEnabled());
            QTest::mouseClick(confirm, Qt::LeftButton);
            QCOMPARE(dialog->model()->rowCount(), 1);
            table->selectRow(0);
            QTest::mouseClick(reject, Qt::LeftButton);
            QCOMPARE(dialog->model()->rowCount(), 0);
            QVERIFY(test::child<QLabel>(*dialog, QStringLiteral("suggestedLinksEmptyLabel"))->isVisible());
        }),
        [action] { action->trigger(); });
    QVERIFY(handled);
    int siblings = 0;
    for (qint64 id : {m_ada, charlotte, allegra}) {
        for (const Relationship& link : linksOf(id))
            siblings += link.type == RelationshipType::Sibling ? 1 : 0;
    }
    QCOMPARE(siblings, 4); // two links, each seen from both ends
    QCOMPARE(m_window->relationshipStore().rejectedSuggestions()->size(), 1);
    QVERIFY(panel()->suggestions().isEmpty());

    m_window->undoStack()->undo();
    siblings = 0;
    for (qint64 id : {m_ada, charlotte, allegra}) {
        for (const Relationship& link : linksOf(id))
            siblings += link.type == RelationshipType::Sibling ? 1 : 0;
    }
    QCOMPARE(siblings, 0);
}

QTEST_MAIN(TestContactLinksPanel)
#include "tst_contactlinkspanel.moc"
