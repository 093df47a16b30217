// The detail pane's Topics section on a real window and database file: adding a topic through the dialog (one
// shared entry for two contacts), the dialog's refusals, grouping by kind, removing with undo, and a topic's name
// asking who else can help with it.

#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactTopicsPanel.h"
#include "domain/ManualClock.h"
#include "main/MainWindow.h"
#include "network/WhoCanHelpDialog.h"
#include "network/WhoCanHelpModel.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/TopicStore.h"

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

class TestContactTopicsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addTopicThroughDialog();
    void sharedEntryIsCompleted();
    void dialogRefusesDuplicate();
    void groupedByKind();
    void removeAndUndo();
    void topicNameAsksWhoCanHelp();

private:
    qint64 addContact(const QString& given, const QString& family);
    ContactTopicsPanel* panel() const;
    void showContact(qint64 id);
    void withDialog(const std::function<void(QWidget*)>& act);
    static void fill(QWidget* dialog, TopicKind kind, const QString& name, const QString& detail = {});
    static QPushButton* okButton(QWidget* dialog);
    QList<ContactTopic> topicsOf(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TopicStore> m_topics; // a second store on the same file, to read and seed what the window shows
    qint64 m_ada = 0;
    qint64 m_grace = 0;
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

void TestContactTopicsPanel::init()
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
    m_topics = std::make_unique<TopicStore>(*m_database, *m_clock);
    m_ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    m_grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"));
    QVERIFY(m_ada && m_grace);
}

void TestContactTopicsPanel::cleanup()
{
    m_topics.reset();
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestContactTopicsPanel::addContact(const QString& given, const QString& family)
{
    Contact contact;
    contact.given = given;
    contact.family = family;
    auto id = m_window->contactStore().add(contact);
    if (!id)
        qWarning() << id.error();
    return id ? *id : 0;
}

ContactTopicsPanel* TestContactTopicsPanel::panel() const
{
    return m_window->detailPane()->topicsPanel();
}

void TestContactTopicsPanel::showContact(qint64 id)
{
    QVERIFY(m_window->selectContact(id));
    QVERIFY(panel());
    QTRY_VERIFY(panel()->isVisible());
    QCOMPARE(panel()->contactId(), id);
}

void TestContactTopicsPanel::withDialog(const std::function<void(QWidget*)>& act)
{
    auto* add = test::child<QPushButton>(*panel(), QStringLiteral("addTopicButton"));
    QVERIFY(add->isEnabled());
    const bool handled =
        test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("topicDialog"); },
                          closing(act), [add] { QTest::mouseClick(add, Qt::LeftButton); });
    QVERIFY2(handled, "the Add Topic dialog never appeared");
}

void TestContactTopicsPanel::fill(QWidget* dialog, TopicKind kind, const QString& name, const QString& detail)
{
    auto* combo = test::child<QComboBox>(*dialog, QStringLiteral("topicKindCombo"));
    combo->setCurrentIndex(combo->findData(int(kind)));
    auto* nameEdit = test::child<QLineEdit>(*dialog, QStringLiteral("topicNameEdit"));
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, name);
    if (!detail.isEmpty())
        QTest::keyClicks(test::child<QLineEdit>(*dialog, QStringLiteral("topicDetailEdit")), detail);
}

QPushButton* TestContactTopicsPanel::okButton(QWidget* dialog)
{
    return test::child<QDialogButtonBox>(*dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

QList<ContactTopic> TestContactTopicsPanel::topicsOf(qint64 id) const
{
    auto topics = m_topics->forContact(id);
    return topics ? *topics : QList<ContactTopic>();
}

void TestContactTopicsPanel::addTopicThroughDialog()
{
    showContact(m_ada);
    QVERIFY(panel()->topicTexts().isEmpty());
    QVERIFY(test::child<QLabel>(*panel(), QStringLiteral("topicsEmptyLabel"))->isVisible());
    withDialog([](QWidget* dialog) {
        QVERIFY(!okButton(dialog)->isEnabled()); // no name yet
        fill(dialog, TopicKind::Expertise, QStringLiteral("Tax law"), QStringLiteral("did my return in 2024"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QCOMPARE(panel()->topicTexts(), QStringList{QStringLiteral("Can help with: Tax law")});
    const QList<QLabel*> labels = panel()->findChildren<QLabel*>(QStringLiteral("topicLabel"));
    QCOMPARE(labels.size(), 1);
    QVERIFY2(labels.first()->text().contains(QLatin1String("did my return in 2024")),
             qPrintable(labels.first()->text()));
    QCOMPARE(test::child<QLabel>(*panel(), QStringLiteral("topicsTitle"))->text(), QStringLiteral("Topics (1)"));
    // In the file.
    const QList<ContactTopic> stored = topicsOf(m_ada);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().kind, TopicKind::Expertise);
    QCOMPARE(stored.first().name, QStringLiteral("Tax law"));
    QCOMPARE(stored.first().detail, QStringLiteral("did my return in 2024"));

    m_window->undoStack()->undo();
    QTRY_VERIFY(panel()->topicTexts().isEmpty());
    QVERIFY(topicsOf(m_ada).isEmpty());
    m_window->undoStack()->redo();
    QTRY_COMPARE(panel()->topicTexts(), QStringList{QStringLiteral("Can help with: Tax law")});
}

void TestContactTopicsPanel::sharedEntryIsCompleted()
{
    QVERIFY(m_topics->add({m_grace, 0, QStringLiteral("Rock climbing"), TopicKind::Interest, {}}));
    showContact(m_ada);
    withDialog([](QWidget* dialog) {
        // Another spelling of an entry in use: the dialog says it is shared and keeps the entry's spelling.
        fill(dialog, TopicKind::Interest, QStringLiteral("rock CLIMBING"));
        const QString hint = test::child<QLabel>(*dialog, QStringLiteral("topicHintLabel"))->text();
        QVERIFY2(hint.contains(QStringLiteral("“Rock climbing” is already a topic")), qPrintable(hint));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QCOMPARE(panel()->topicTexts(), QStringList{QStringLiteral("Interests: Rock climbing")});
    auto all = m_topics->all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(topicsOf(m_ada).first().topicId, topicsOf(m_grace).first().topicId);
}

void TestContactTopicsPanel::dialogRefusesDuplicate()
{
    QVERIFY(m_topics->add({m_ada, 0, QStringLiteral("Chess"), TopicKind::Interest, {}}));
    showContact(m_ada);
    withDialog([](QWidget* dialog) {
        fill(dialog, TopicKind::Interest, QStringLiteral("chess"));
        auto* problem = test::child<QLabel>(*dialog, QStringLiteral("topicProblemLabel"));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("Ada Lovelace already has “Chess” under Interest."));
        QVERIFY(!okButton(dialog)->isEnabled());
        // As another kind it is a topic of its own.
        auto* combo = test::child<QComboBox>(*dialog, QStringLiteral("topicKindCombo"));
        combo->setCurrentIndex(combo->findData(int(TopicKind::Expertise)));
        QVERIFY(!problem->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        qobject_cast<QDialog*>(dialog)->reject();
    });
    QCOMPARE(topicsOf(m_ada).size(), 1);
}

void TestContactTopicsPanel::groupedByKind()
{
    QVERIFY(m_topics->addMany({
        {m_ada, 0, QStringLiteral("Poetry"), TopicKind::Interest, {}},
        {m_ada, 0, QStringLiteral("Mathematics"), TopicKind::Expertise, {}},
        {m_ada, 0, QStringLiteral("Analytical Engine Fans"), TopicKind::Community, {}},
        {m_ada, 0, QStringLiteral("A publisher"), TopicKind::Need, {}},
        {m_ada, 0, QStringLiteral("Algebra"), TopicKind::Expertise, {}},
    }));
    showContact(m_ada);
    QCOMPARE(panel()->topicTexts(), (QStringList{
                                        QStringLiteral("Can help with: Algebra"),
                                        QStringLiteral("Can help with: Mathematics"),
                                        QStringLiteral("Interests: Poetry"),
                                        QStringLiteral("Looking for: A publisher"),
                                        QStringLiteral("Communities: Analytical Engine Fans"),
                                    }));
    // One heading per kind, in that order.
    QStringList headings;
    const QList<QLabel*> labels = panel()->findChildren<QLabel*>(QStringLiteral("topicGroupLabel"));
    for (const QLabel* label : labels)
        headings << label->text();
    QCOMPARE(headings, (QStringList{QStringLiteral("Can help with"), QStringLiteral("Interests"),
                                    QStringLiteral("Looking for"), QStringLiteral("Communities")}));
}

void TestContactTopicsPanel::removeAndUndo()
{
    QVERIFY(m_topics->addMany({
        {m_ada, 0, QStringLiteral("Mathematics"), TopicKind::Expertise, QStringLiteral("Bernoulli numbers")},
        {m_ada, 0, QStringLiteral("Poetry"), TopicKind::Interest, {}},
    }));
    showContact(m_ada);
    const QList<QToolButton*> removes = panel()->findChildren<QToolButton*>(QStringLiteral("removeTopicButton"));
    QCOMPARE(removes.size(), 2);
    QTest::mouseClick(removes.first(), Qt::LeftButton);
    QTRY_COMPARE(panel()->topicTexts(), QStringList{QStringLiteral("Interests: Poetry")});
    QCOMPARE(topicsOf(m_ada).size(), 1);

    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QTRY_COMPARE(panel()->topicTexts(),
                 (QStringList{QStringLiteral("Can help with: Mathematics"), QStringLiteral("Interests: Poetry")}));
    QCOMPARE(topicsOf(m_ada).first().detail, QStringLiteral("Bernoulli numbers"));
}

void TestContactTopicsPanel::topicNameAsksWhoCanHelp()
{
    QVERIFY(m_topics->add({m_ada, 0, QStringLiteral("Mathematics"), TopicKind::Interest, {}}));
    QVERIFY(m_topics->add({m_grace, 0, QStringLiteral("Mathematics"), TopicKind::Expertise, {}}));
    showContact(m_ada);
    const QList<QLabel*> labels = panel()->findChildren<QLabel*>(QStringLiteral("topicLabel"));
    QCOMPARE(labels.size(), 1);
    QLabel* label = labels.first();
    bool opened = false;
    const bool handled =
        test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("whoCanHelpDialog"); },
                          [&](QWidget* modal) {
                              auto* dialog = qobject_cast<WhoCanHelpDialog*>(modal);
                              QVERIFY(dialog);
                              QCOMPARE(dialog->query(), QStringLiteral("Mathematics"));
                              QVERIFY(dialog->model()->rowCount() >= 2);
                              // Grace can help with it; Ada only likes it.
                              QCOMPARE(dialog->model()->matches().first().contactId, m_grace);
                              opened = true;
                              dialog->reject();
                          },
                          [label] { QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(4, label->height() / 2)); });
    QVERIFY(handled);
    QVERIFY(opened);
}

QTEST_MAIN(TestContactTopicsPanel)
#include "tst_contacttopicspanel.moc"
