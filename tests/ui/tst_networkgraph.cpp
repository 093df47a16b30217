// The network view on a real window over a sample network: one node per contact plus you, the links between
// them, colours, filters, zoom and pan, and opening a contact from the picture.

#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "dashboard/HealthService.h"
#include "dashboard/HealthSnapshot.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "main/MainWindow.h"
#include "network/NetworkGraphEdgesItem.h"
#include "network/NetworkGraphLabelItem.h"
#include "network/NetworkGraphNodeItem.h"
#include "network/NetworkGraphPage.h"
#include "network/NetworkGraphView.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/NetworkGraphStore.h"
#include "storage/RelationshipStore.h"
#include "storage/TopicStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QProgressBar>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace kith;

class TestNetworkGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryContactAndYou();
    void nodesAreSizedByStrength();
    void clickSelectsAndDoubleClickOpens();
    void enterOpensTheCurrentContact();
    void colourByHealthWithLegend();
    void filterByCircle();
    void filterByTopic();
    void limitKeepsTheStrongestTies();
    void onlyTheLastFilterIsShown();
    void zoomAndPan();
    void linksFollowChanges();

private:
    void openNetwork();
    void waitForGraph();
    NetworkGraphPage* page() const { return m_window->networkGraphPage(); }
    NetworkGraphView* view() const { return page()->view(); }
    int sceneNodeCount() const;

    QTemporaryDir m_template;
    QString m_templatePath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

} // namespace

void TestNetworkGraph::initTestCase()
{
    // One sample network, copied for each test: generating it is the slow part.
    QVERIFY(m_template.isValid());
    m_templatePath = m_template.filePath(QStringLiteral("sample.sqlite"));
    ManualClock clock(Now);
    auto database = Database::open(m_templatePath);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    auto stats = SampleNetworkGenerator(*database.value(), clock).generate(SampleNetworkOptions{300, 7});
    QVERIFY2(stats.ok(), qPrintable(stats.error()));
    QVERIFY(stats->relationships > 100);
}

void TestNetworkGraph::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("kith.sqlite"));
    QVERIFY(QFile::copy(m_templatePath, path));
    m_clock = std::make_unique<ManualClock>(Now);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kith.conf")));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNetworkGraph::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestNetworkGraph::waitForGraph()
{
    QTRY_VERIFY_WITH_TIMEOUT(view()->graph() && !page()->isBusy(), 30000);
    QTRY_VERIFY(!test::child<QProgressBar>(*page(), QStringLiteral("networkBusyBar"))->isVisible());
    QVERIFY(view()->graph()->error.isEmpty());
    QCOMPARE(view()->graph()->filter, page()->filter());
}

void TestNetworkGraph::openNetwork()
{
    // From the Network menu, as a user would.
    auto* menu = test::child<QMenu>(*m_window, QStringLiteral("networkMenu"));
    QAction* show = m_window->findChild<QAction*>(QStringLiteral("actionShowNetworkGraph"));
    QVERIFY(show);
    QVERIFY(menu->actions().contains(show));
    QVERIFY(!show->shortcut().isEmpty());
    show->trigger();
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), page());
    waitForGraph();
}

int TestNetworkGraph::sceneNodeCount() const
{
    int count = 0;
    const QList<QGraphicsItem*> items = view()->scene()->items();
    for (QGraphicsItem* item : items)
        count += item->type() == NetworkGraphNodeItem::Type ? 1 : 0;
    return count;
}

void TestNetworkGraph::showsEveryContactAndYou()
{
    openNetwork();
    const int contacts = m_window->contactStore().count().value();
    QCOMPARE(contacts, 300);
    // Fewer than the default limit: everyone is drawn, and you.
    QCOMPARE(int(view()->nodeItems().size()), contacts);
    QCOMPARE(sceneNodeCount(), contacts + 1);
    QVERIFY(view()->youItem());
    QVERIFY(view()->youItem()->isYou());
    QVERIFY(view()->youItem()->label() && view()->youItem()->label()->isVisible());
    // Every contact once.
    QSet<qint64> ids;
    for (NetworkGraphNodeItem* node : view()->nodeItems())
        ids.insert(node->contactId());
    QCOMPARE(int(ids.size()), contacts);
    // Every link between two of them is a line.
    RelationshipStore links(*m_database, *m_clock);
    QCOMPARE(view()->edgesItem()->linkCount(), links.count().value());
    // The names of some of the strongest ties are shown at once, not all of them.
    int labelled = 0;
    for (NetworkGraphNodeItem* node : view()->nodeItems())
        labelled += node->label() && node->label()->isVisible() ? 1 : 0;
    QVERIFY2(labelled > 3 && labelled < contacts / 2, qPrintable(QString::number(labelled)));
    // Everything fits in the view, and the status line says what is shown.
    const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
    for (NetworkGraphNodeItem* node : view()->nodeItems())
        QVERIFY(visible.contains(node->scenePos()));
    const QString status = test::child<QLabel>(*page(), QStringLiteral("networkStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("300")), qPrintable(status));
}

void TestNetworkGraph::nodesAreSizedByStrength()
{
    openNetwork();
    const auto graph = view()->graph();
    // Nodes are strongest first: the first is at least as large as the last, and larger than the weakest.
    const NetworkGraphNodeItem* strongest = view()->nodeItems().constFirst();
    const NetworkGraphNodeItem* weakest = view()->nodeItems().constLast();
    QVERIFY(graph->nodes.constFirst().strength > graph->nodes.constLast().strength);
    QVERIFY(strongest->radius() > weakest->radius());
    // The tooltip says who it is and how the tie is doing.
    const QString tip = strongest->toolTip();
    QVERIFY2(tip.contains(graph->nodes.constFirst().name.toHtmlEscaped()), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Tie strength")), qPrintable(tip));
}

void TestNetworkGraph::clickSelectsAndDoubleClickOpens()
{
    openNetwork();
    // A contact away from the middle, where nodes are packed less tightly.
    NetworkGraphNodeItem* node = view()->nodeItems().at(40);
    const qint64 id = node->contactId();
    view()->ensureVisible(node);
    const QPoint at = view()->mapFromScene(node->scenePos());
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(view()->currentContactId(), id);
    QVERIFY(node->isCurrent());
    QVERIFY(node->label()->isVisible());
    // The detail pane beside the graph shows them, and the graph stays.
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), page());
    QVERIFY(m_window->detailPane()->isVisible());
    QCOMPARE(m_window->detailPane()->contactId(), id);
    // A click on the background lets go of them.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(view()->currentContactId(), 0);
    // A double click opens them in the contacts table.
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("contactsTab"));
    QCOMPARE(m_window->currentContactId(), id);
    QCOMPARE(m_window->detailPane()->contactId(), id);
}

void TestNetworkGraph::enterOpensTheCurrentContact()
{
    openNetwork();
    const qint64 id = view()->nodeItems().at(7)->contactId();
    QVERIFY(view()->setCurrentContact(id));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Return);
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("contactsTab"));
    QCOMPARE(m_window->currentContactId(), id);
}

void TestNetworkGraph::colourByHealthWithLegend()
{
    openNetwork();
    auto* legend = test::child<QLabel>(*page(), QStringLiteral("networkLegend"));
    QVERIFY2(legend->text().contains(QStringLiteral("Inner")), qPrintable(legend->text()));
    const auto graph = view()->graph();
    // By circle: two contacts of the same circle share a colour, two of different circles do not.
    QHash<QString, QColor> byCircle;
    for (NetworkGraphNodeItem* node : view()->nodeItems()) {
        const QString circle = graph->nodes.at(node->index()).circleKey;
        if (byCircle.contains(circle))
            QCOMPARE(node->fill(), byCircle.value(circle));
        byCircle.insert(circle, node->fill());
    }
    QVERIFY(byCircle.size() >= 4);
    QSet<QRgb> distinct;
    for (const QColor& c : std::as_const(byCircle))
        distinct.insert(c.rgba());
    QCOMPARE(distinct.size(), byCircle.size());

    auto* color = test::child<QComboBox>(*page(), QStringLiteral("networkColorCombo"));
    color->setCurrentIndex(color->findData(int(NetworkGraphView::ColorMode::Health)));
    QCOMPARE(view()->colorMode(), NetworkGraphView::ColorMode::Health);
    QVERIFY2(legend->text().contains(QStringLiteral("Drifting")), qPrintable(legend->text()));
    for (NetworkGraphNodeItem* node : view()->nodeItems()) {
        const NetworkGraphNode& data = graph->nodes.at(node->index());
        QCOMPARE(node->fill(),
                 NetworkGraphView::nodeColor(data, NetworkGraphView::ColorMode::Health, view()->palette()));
    }
}

void TestNetworkGraph::filterByCircle()
{
    openNetwork();
    auto* circle = test::child<QComboBox>(*page(), QStringLiteral("networkCircleCombo"));
    const int inner = circle->findData(QStringLiteral("inner"));
    QVERIFY(inner > 0);
    circle->setCurrentIndex(inner);
    waitForGraph();
    int expected = 0;
    for (const GraphContact& contact : NetworkGraphStore(*m_database).contacts().value())
        expected += contact.circleKey == QStringLiteral("inner") ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(int(view()->nodeItems().size()), expected);
    for (const NetworkGraphNode& node : view()->graph()->nodes)
        QCOMPARE(node.circleKey, QStringLiteral("inner"));
    QCOMPARE(sceneNodeCount(), expected + 1);
}

void TestNetworkGraph::filterByTopic()
{
    openNetwork();
    // The sample's most common topic.
    const auto topics = TopicStore(*m_database, *m_clock).all().value();
    QVERIFY(!topics.isEmpty());
    QString topic;
    QSet<qint64> expected;
    const NetworkGraphStore store(*m_database);
    for (const Topic& t : topics) {
        const QSet<qint64> with = store.withTopic(t.name).value();
        if (with.size() > expected.size()) {
            expected = with;
            topic = t.name;
        }
    }
    auto* field = test::child<QLineEdit>(*page(), QStringLiteral("networkTopicField"));
    // The field completes from the topics there are.
    QVERIFY(field->completer());
    QVERIFY(field->completer()->model()->rowCount() >= int(topics.size()));
    field->setFocus();
    QTest::keyClicks(field, topic.toUpper());
    waitForGraph();
    QSet<qint64> shown;
    for (NetworkGraphNodeItem* node : view()->nodeItems())
        shown.insert(node->contactId());
    QCOMPARE(shown, expected);

    // A topic nobody has: nothing drawn but you, and the view says why.
    field->setText(QStringLiteral("underwater basket weaving"));
    waitForGraph();
    QVERIFY(view()->nodeItems().isEmpty());
    QVERIFY(!view()->message().isEmpty());
}

void TestNetworkGraph::limitKeepsTheStrongestTies()
{
    openNetwork();
    auto* limit = test::child<QComboBox>(*page(), QStringLiteral("networkLimitCombo"));
    QCOMPARE(limit->currentData().toInt(), 2000);
    limit->setCurrentIndex(limit->findData(100));
    waitForGraph();
    QCOMPARE(int(view()->nodeItems().size()), 100);
    QCOMPARE(view()->graph()->matching, 300);
    // Nobody left out has a stronger tie than anybody shown.
    const auto scores = m_window->healthService()->snapshot()->scores;
    double weakestShown = 100;
    QSet<qint64> shown;
    for (const NetworkGraphNode& node : view()->graph()->nodes) {
        weakestShown = std::min(weakestShown, node.strength);
        shown.insert(node.contactId);
    }
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (!shown.contains(it.key()))
            QVERIFY(it->strength <= weakestShown);
    }
    const QString status = test::child<QLabel>(*page(), QStringLiteral("networkStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("100")) && status.contains(QStringLiteral("300")), qPrintable(status));
}

void TestNetworkGraph::onlyTheLastFilterIsShown()
{
    openNetwork();
    // Three changes in a row, each starting a layout: only the last one's picture is drawn.
    auto* circle = test::child<QComboBox>(*page(), QStringLiteral("networkCircleCombo"));
    auto* limit = test::child<QComboBox>(*page(), QStringLiteral("networkLimitCombo"));
    circle->setCurrentIndex(circle->findData(QStringLiteral("close")));
    limit->setCurrentIndex(limit->findData(250));
    circle->setCurrentIndex(circle->findData(QStringLiteral("active")));
    QVERIFY(page()->isBusy());
    waitForGraph();
    QCOMPARE(view()->graph()->filter.circleKey, QStringLiteral("active"));
    QCOMPARE(view()->graph()->filter.limit, 250);
    // And no older one arrives afterwards.
    QTest::qWait(300);
    QCOMPARE(view()->graph()->filter.circleKey, QStringLiteral("active"));
    for (const NetworkGraphNode& node : view()->graph()->nodes)
        QCOMPARE(node.circleKey, QStringLiteral("active"));
}

void TestNetworkGraph::zoomAndPan()
{
    openNetwork();
    const qreal fitted = view()->zoom();
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Plus);
    QVERIFY(view()->zoom() > fitted * 1.1);
    // The wheel zooms around the cursor: the point under it stays put.
    const QPoint cursor = view()->viewport()->rect().center() + QPoint(120, 60);
    QTest::mouseMove(view()->viewport(), cursor);
    const QPointF before = view()->mapToScene(cursor);
    QWheelEvent wheel(cursor, view()->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view()->viewport(), &wheel);
    QVERIFY(view()->zoom() > fitted * 1.3);
    QVERIFY2(QLineF(view()->mapToScene(cursor), before).length() < 2,
             qPrintable(QStringLiteral("%1,%2 -> %3,%4")
                            .arg(before.x())
                            .arg(before.y())
                            .arg(view()->mapToScene(cursor).x())
                            .arg(view()->mapToScene(cursor).y())));
    // More names once zoomed in.
    int labelled = 0;
    for (NetworkGraphNodeItem* node : view()->nodeItems())
        labelled += node->label()->isVisible() ? 1 : 0;
    QVERIFY(labelled > 5);
    // Dragging pans.
    const int h = view()->horizontalScrollBar()->value();
    const QPoint start = view()->viewport()->rect().center();
    QMouseEvent press(QEvent::MouseButtonPress, start, view()->viewport()->mapToGlobal(start), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view()->viewport(), &press);
    for (int step = 1; step <= 10; ++step) {
        const QPoint p = start + QPoint(-15 * step, 0);
        QMouseEvent move(QEvent::MouseMove, p, view()->viewport()->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view()->viewport(), &move);
    }
    const QPoint end = start + QPoint(-150, 0);
    QMouseEvent release(QEvent::MouseButtonRelease, end, view()->viewport()->mapToGlobal(end), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view()->viewport(), &release);
    QVERIFY2(view()->horizontalScrollBar()->value() > h + 100,
             qPrintable(QStringLiteral("%1 -> %2").arg(h).arg(view()->horizontalScrollBar()->value())));
    // A drag is not a click: nobody became current.
    QCOMPARE(view()->currentContactId(), 0);
    // 0 fits the whole network again; - zooms out.
    QTest::keyClick(view(), Qt::Key_0);
    QVERIFY(qAbs(view()->zoom() - fitted) < fitted * 0.05);
    QTest::keyClick(view(), Qt::Key_Minus);
    QVERIFY(view()->zoom() < fitted);
}

void TestNetworkGraph::linksFollowChanges()
{
    openNetwork();
    const int links = view()->edgesItem()->linkCount();
    // Two contacts not yet linked.
    const QList<NetworkGraphNodeItem*> nodes = view()->nodeItems();
    const auto graph = view()->graph();
    int a = 0, b = 0;
    for (int i = 1; i < nodes.size() && b == 0; ++i) {
        if (!graph->links.contains(std::pair<int, int>(0, i)))
            b = i;
    }
    QVERIFY(b > 0);
    m_window->showContacts();
    Relationship link;
    link.contactId = graph->nodes.at(a).contactId;
    link.otherId = graph->nodes.at(b).contactId;
    link.type = RelationshipType::Friend;
    QVERIFY(RelationshipStore(*m_database, *m_clock).add(link).ok());
    m_window->showNetworkGraph();
    QTRY_VERIFY_WITH_TIMEOUT(view()->edgesItem() && view()->edgesItem()->linkCount() == links + 1, 30000);
    QVERIFY(view()->graph()->relaidOut);
    QCOMPARE(int(view()->nodeItems().size()), 300);

    // Through the window's store, the picture follows while it is shown.
    QVERIFY(m_window->relationshipStore().remove(link.contactId, link.otherId, RelationshipType::Friend).ok());
    QTRY_VERIFY_WITH_TIMEOUT(view()->edgesItem() && view()->edgesItem()->linkCount() == links, 30000);
}

QTEST_MAIN(TestNetworkGraph)
#include "tst_networkgraph.moc"
