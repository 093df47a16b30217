// The Social Capital page on a real window over a small database with a known graph: two groups of four (Initech's
// people in the Active circle, a family in the Close circle) joined only through Xena, an acquaintance.

#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "dashboard/HealthService.h"
#include "domain/ManualClock.h"
#include "main/MainWindow.h"
#include "network/SocialCapital.h"
#include "network/SocialCapitalPage.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/RelationshipStore.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kith;

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

} // namespace

class TestSocialCapitalPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void menuActionOpensThePage();
    void pageShowsTheBridgeAndTheClusters();
    void contactNameOpensTheContact();
    void followsContactChanges();
    void followsLinkChanges();
    void emptyNetworkHasAnEmptyState();

private:
    void openDatabase(bool withNetwork);
    void openPage();
    QString body(const char* name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_xena = 0;
};

void TestSocialCapitalPage::init()
{
    openDatabase(true);
}

void TestSocialCapitalPage::openDatabase(bool withNetwork)
{
    m_window.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(Now);
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    ContactStore contacts(*m_database, *m_clock);
    RelationshipStore links(*m_database, *m_clock);
    if (!withNetwork) {
        for (const char* name : {"Ada", "Bea"}) {
            Contact c;
            c.given = QString::fromLatin1(name);
            QVERIFY(contacts.add(c).ok());
        }
    } else {
        const auto person = [&](const char* name, const char* circle, const char* organization) {
            Contact c;
            c.given = QString::fromLatin1(name);
            c.circle = QString::fromLatin1(circle);
            c.organization = QString::fromLatin1(organization);
            return contacts.add(c).value();
        };
        QList<qint64> a, b;
        for (const char* name : {"Ada", "Alan", "Anna", "Amir"})
            a << person(name, "active", "Initech");
        for (const char* name : {"Bea", "Ben", "Bo", "Bruno"})
            b << person(name, "close", "");
        m_xena = person("Xena", "acquaintance", "");
        for (const QList<qint64>& group : {a, b}) {
            for (qsizetype i = 0; i < group.size(); ++i)
                for (qsizetype j = i + 1; j < group.size(); ++j)
                    QVERIFY(links.add({0, group.at(i), group.at(j), RelationshipType::Colleague, {}, {}}).ok());
        }
        QVERIFY(links.add({0, m_xena, a.last(), RelationshipType::Friend, {}, {}}).ok());
        QVERIFY(links.add({0, m_xena, b.last(), RelationshipType::Knows, {}, {}}).ok());
    }
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kith.conf")));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSocialCapitalPage::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestSocialCapitalPage::openPage()
{
    auto* show = m_window->findChild<QAction*>(QStringLiteral("actionShowSocialCapital"));
    QVERIFY(show);
    show->trigger();
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), m_window->socialCapitalPage());
    SocialCapitalPage* page = m_window->socialCapitalPage();
    // Computed in the worker: the busy indicator shows, then the report.
    QTRY_VERIFY_WITH_TIMEOUT(page->capital() && !page->isBusy(), 20000);
    QTRY_VERIFY(!test::child<QProgressBar>(*page, QStringLiteral("socialCapitalBusy"))->isVisible());
}

QString TestSocialCapitalPage::body(const char* name) const
{
    return test::child<QLabel>(*m_window->socialCapitalPage(), QString::fromLatin1(name))->text();
}

void TestSocialCapitalPage::menuActionOpensThePage()
{
    auto* menu = test::child<QMenu>(*m_window, QStringLiteral("networkMenu"));
    auto* show = m_window->findChild<QAction*>(QStringLiteral("actionShowSocialCapital"));
    QVERIFY(menu->actions().contains(show));
    QVERIFY(!show->shortcut().isEmpty());
    QVERIFY(!show->toolTip().isEmpty());
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), show->shortcut());
    QTRY_COMPARE(test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"))->currentWidget(),
                 m_window->socialCapitalPage());
    // The page takes the whole width.
    QVERIFY(!m_window->detailPane()->isVisible());
}

void TestSocialCapitalPage::pageShowsTheBridgeAndTheClusters()
{
    openPage();
    const SocialCapital* capital = m_window->socialCapitalPage()->capital();
    QCOMPARE(capital->contacts, 9);
    QCOMPARE(capital->clusterCount, 2);
    QCOMPARE(capital->bridges.first().contact.id, m_xena);

    // Xena is the first bridge listed, linked to her page.
    const QString bridges = body("bridgesBody");
    QVERIFY2(bridges.contains(QStringLiteral("kith-contact:%1\">Xena</a>").arg(m_xena)), qPrintable(bridges));
    QVERIFY(bridges.indexOf(QStringLiteral("Xena")) < bridges.indexOf(QStringLiteral("Amir")));
    // She is a weak tie (never contacted) that reaches the other cluster.
    QVERIFY(body("weakTiesBody").contains(QStringLiteral(">Xena</a>")));
    // Both clusters, with what binds them.
    const QString clusters = body("clustersBody");
    QVERIFY2(clusters.contains(QStringLiteral("Cluster 1")) && clusters.contains(QStringLiteral("Cluster 2")),
             qPrintable(clusters));
    QVERIFY(!clusters.contains(QStringLiteral("Cluster 3")));
    QVERIFY(clusters.contains(QStringLiteral("4 of them at Initech")));
    QVERIFY(clusters.contains(QStringLiteral("4 of them in your Close circle")));
    QVERIFY(clusters.contains(QStringLiteral(">Ada</a>")));
    QVERIFY(clusters.contains(QStringLiteral(">Bruno</a>")));
    // Your brokerage over the 8 people of Close and Active: constraint 49/128, effective size 5 of 8.
    const QString brokerage = body("brokerageBody");
    QVERIFY2(brokerage.contains(QStringLiteral("0.383")), qPrintable(brokerage));
    QVERIFY(brokerage.contains(QStringLiteral("5.0 of 8")));
    // Every section says what it means and what to do.
    for (const char* section : {"brokerage", "circles", "clusters", "bridges", "weakTies"}) {
        QVERIFY2(!body(QByteArray(QByteArray(section) + "Meaning").constData()).isEmpty(), section);
        QVERIFY2(body(QByteArray(QByteArray(section) + "Advice").constData()).contains(QStringLiteral("What to do:")),
                 section);
    }
    QVERIFY(body("circlesBody").contains(QStringLiteral("Acquaintance")));
    QVERIFY(test::child<QLabel>(*m_window->socialCapitalPage(), QStringLiteral("socialCapitalSummary"))
                ->text()
                .startsWith(QStringLiteral("9 contacts, 14 links")));
}

void TestSocialCapitalPage::contactNameOpensTheContact()
{
    openPage();
    auto* bridges = test::child<QLabel>(*m_window->socialCapitalPage(), QStringLiteral("bridgesBody"));
    Q_EMIT bridges->linkActivated(QStringLiteral("kith-contact:%1").arg(m_xena));
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("contactsTab"));
    QCOMPARE(m_window->currentContactId(), m_xena);
    QVERIFY(m_window->detailPane()->isVisible());
}

// A new contact in the Inner circle: the page computes again by itself and counts them in your brokerage.
void TestSocialCapitalPage::followsContactChanges()
{
    openPage();
    QCOMPARE(m_window->socialCapitalPage()->capital()->brokerage.alters, 8);
    Contact zed;
    zed.given = QStringLiteral("Zed");
    zed.circle = QStringLiteral("inner");
    QVERIFY(m_window->contactStore().add(zed).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->socialCapitalPage()->capital()->brokerage.alters == 9, 20000);
    QTRY_VERIFY(!m_window->socialCapitalPage()->isBusy());
    QVERIFY(body("brokerageBody").contains(QStringLiteral("of 9")));
}

// A link added through the window's store (as the detail pane adds them): computed again, Xena no longer the only
// way between the groups.
void TestSocialCapitalPage::followsLinkChanges()
{
    openPage();
    const SocialCapital* before = m_window->socialCapitalPage()->capital();
    QCOMPARE(before->links, 14);
    // The contacts were added in order: Ada is 1, Bea is 5.
    QVERIFY(m_window->relationshipStore().add({0, 1, 5, RelationshipType::Friend, {}, {}}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->socialCapitalPage()->capital()->links == 15, 20000);
    QTRY_VERIFY(!m_window->socialCapitalPage()->isBusy());
    QVERIFY(test::child<QLabel>(*m_window->socialCapitalPage(), QStringLiteral("socialCapitalSummary"))
                ->text()
                .startsWith(QStringLiteral("9 contacts, 15 links")));
}

// Contacts but no links between them: nothing to measure, and the page says how to get there.
void TestSocialCapitalPage::emptyNetworkHasAnEmptyState()
{
    openDatabase(false);
    openPage();
    SocialCapitalPage* page = m_window->socialCapitalPage();
    QCOMPARE(page->capital()->contacts, 2);
    QCOMPARE(page->capital()->links, 0);
    auto* empty = test::child<QWidget>(*page, QStringLiteral("socialCapitalEmpty"));
    QVERIFY(empty->isVisibleTo(page));
    QVERIFY(!test::child<QWidget>(*page, QStringLiteral("socialCapitalScroll"))->isVisibleTo(page));
}

QTEST_MAIN(TestSocialCapitalPage)
#include "tst_socialcapitalpage.moc"
