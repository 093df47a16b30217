// The health UI on a real window over a sample network: the dashboard's charts, the contacts
// table's health and status columns, the detail pane's breakdown, and circle suggestions.

#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactHealthPanel.h"
#include "contacts/ContactTableModel.h"
#include "dashboard/AttentionModel.h"
#include "dashboard/CircleSuggestionModel.h"
#include "dashboard/DashboardView.h"
#include "dashboard/HealthService.h"
#include "dashboard/HealthThread.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "health/HealthStatus.h"
#include "main/MainWindow.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/HealthStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"
#include "widgets/ChartView.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QXYSeries>

#include <memory>

using namespace kith;

class TestDashboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dashboardChartsHaveSeries();
    void chartSavesAsPng();
    void chartsFollowThePalette();
    void chartTooltipOnHover();
    void dashboardFollowsNewInteraction();
    void healthColumnShowsValuesAndSorts();
    void breakdownInDetailPane();
    void acceptSuggestionChangesCircle();
    void ignoreSuggestionIsRemembered();
    void logFromNeedsAttention();
    void returnOpensContact();
    void healthFollowsNewInteraction();
    void cachedHealthMatchesTheFile();
    void strengthWeightsInPreferences();

private:
    void createWindow();
    void openDashboard();
    void waitForScores();
    QAction* action(const char* objectName) const;
    // Clicks the button a ButtonDelegate draws in this cell.
    static void clickCell(QTableView* table, int row, int column);
    static int pointCount(QAbstractSeries* series);

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

void TestDashboard::initTestCase()
{
    // One sample network, copied for each test: generating it is the slow part.
    QVERIFY(m_template.isValid());
    m_templatePath = m_template.filePath(QStringLiteral("sample.sqlite"));
    ManualClock clock(Now);
    auto database = Database::open(m_templatePath);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    SampleNetworkGenerator generator(*database.value(), clock);
    auto stats = generator.generate(SampleNetworkOptions{300, 7});
    QVERIFY2(stats.ok(), qPrintable(stats.error()));
    QVERIFY(stats->interactions > 1000);
}

void TestDashboard::init()
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
    createWindow();
}

void TestDashboard::createWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings, *m_database, *m_clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboard::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

QAction* TestDashboard::action(const char* objectName) const
{
    return m_window->findChild<QAction*>(QString::fromLatin1(objectName));
}

void TestDashboard::openDashboard()
{
    QAction* show = action("actionShowDashboard");
    QVERIFY(show);
    QVERIFY(show->isEnabled());
    show->trigger();
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), m_window->dashboardView());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->healthService()->snapshot() && m_window->healthService()->snapshot()->hasDashboard, 20000);
    QTRY_VERIFY(!m_window->dashboardView()->findChild<QLabel*>(QStringLiteral("dashboardBusyLabel"))->isVisible());
}

void TestDashboard::waitForScores()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->healthService()->snapshot() && !m_window->healthService()->snapshot()->scores.isEmpty(), 20000);
    QTRY_VERIFY(!m_window->contactModel()->healthScores().isEmpty());
}

void TestDashboard::clickCell(QTableView* table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QRect rect = table->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

int TestDashboard::pointCount(QAbstractSeries* series)
{
    if (auto* xy = qobject_cast<QXYSeries*>(series))
        return int(xy->count());
    if (auto* area = qobject_cast<QAreaSeries*>(series))
        return area->upperSeries() ? int(area->upperSeries()->count()) : 0;
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
        int count = 0;
        const QList<QBarSet*> sets = bars->barSets();
        for (QBarSet* set : sets)
            count += int(set->count());
        return count;
    }
    return 0;
}

void TestDashboard::dashboardChartsHaveSeries()
{
    openDashboard();
    DashboardView* dashboard = m_window->dashboardView();
    // The detail pane makes room for the dashboard.
    QVERIFY(!m_window->detailPane()->isVisible());
    const QList<ChartView*> charts{dashboard->healthChart(), dashboard->circleChart(), dashboard->channelChart()};
    for (ChartView* chart : charts) {
        QVERIFY2(chart->isVisible(), qPrintable(chart->objectName()));
        QVERIFY2(!chart->chart()->title().isEmpty(), qPrintable(chart->objectName()));
        QVERIFY2(chart->emptyText().isEmpty(), qPrintable(chart->objectName()));
        const QList<QAbstractSeries*> series = chart->chart()->series();
        QVERIFY2(!series.isEmpty(), qPrintable(chart->objectName()));
        for (QAbstractSeries* s : series) {
            QVERIFY2(pointCount(s) > 0, qPrintable(chart->objectName() + QLatin1Char(' ') + s->name()));
            QVERIFY2(!s->attachedAxes().isEmpty(), qPrintable(chart->objectName()));
        }
        QVERIFY2(chart->chart()->legend()->isVisible(), qPrintable(chart->objectName()));
    }
    // A year of weekly points, and the average stays a health.
    auto* average = qobject_cast<QXYSeries*>(dashboard->healthChart()->chart()->series().constFirst());
    QVERIFY(average);
    QCOMPARE(average->count(), 53);
    for (const QPointF& point : average->points())
        QVERIFY(point.y() >= 0 && point.y() <= 100);
    // Status by circle: the bars add up to the contacts scored.
    auto* bars = qobject_cast<QAbstractBarSeries*>(dashboard->circleChart()->chart()->series().constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 5);
    double total = 0;
    for (QBarSet* set : bars->barSets())
        total += set->sum();
    QCOMPARE(int(total), m_window->healthService()->snapshot()->dashboard.contacts);
    QVERIFY(dashboard->attentionModel()->rowCount() > 0);
    auto* summary = test::child<QLabel>(*dashboard, QStringLiteral("dashboardSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("Average health: ")), qPrintable(summary->text()));
}

void TestDashboard::chartSavesAsPng()
{
    openDashboard();
    ChartView* chart = m_window->dashboardView()->healthChart();
    const QString path = m_dir->filePath(QStringLiteral("health.png"));
    QVERIFY(chart->saveImage(path));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), chart->size() * chart->devicePixelRatioF());
    // Not a blank picture: the title and the lines are in it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 10);
}

void TestDashboard::chartsFollowThePalette()
{
    openDashboard();
    DashboardView* dashboard = m_window->dashboardView();
    auto lineColor = [dashboard] {
        auto* series = qobject_cast<QXYSeries*>(dashboard->healthChart()->chart()->series().constFirst());
        return series->pen().color();
    };
    const QColor lightLine = lineColor();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
    QTRY_COMPARE(dashboard->healthChart()->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(dashboard->healthChart()->chart()->titleBrush().color(), dark.color(QPalette::WindowText));
    QCOMPARE(dashboard->circleChart()->chart()->legend()->labelColor(), dark.color(QPalette::WindowText));
    // The series are drawn again in the dark palette's lighter shades.
    QVERIFY(lineColor() != lightLine);
    QVERIFY(lineColor().lightnessF() > lightLine.lightnessF());
}

void TestDashboard::chartTooltipOnHover()
{
    openDashboard();
    ChartView* chart = m_window->dashboardView()->healthChart();
    const QRectF plot = chart->chart()->plotArea();
    const QPoint inside = chart->mapFromScene(chart->chart()->mapToScene(plot.center()));
    QTest::mouseMove(chart->viewport(), inside);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QString::number(m_clock->today().year())), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Average health: ")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Due or drifting: ")));

    ChartView* channels = m_window->dashboardView()->channelChart();
    const QPoint middle = channels->mapFromScene(channels->chart()->mapToScene(channels->chart()->plotArea().center()));
    QTest::mouseMove(channels->viewport(), middle);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("Total: ")));
    QVERIFY2(QToolTip::text().contains(QStringLiteral("In person: ")), qPrintable(QToolTip::text()));
    QTest::mouseMove(m_window->dashboardView(), QPoint(2, 2));
}

void TestDashboard::dashboardFollowsNewInteraction()
{
    openDashboard();
    auto lastWeekTotal = [this] {
        int total = 0;
        for (const ChannelWeeklyCounts& channel :
             m_window->healthService()->snapshot()->dashboard.interactionsByChannel)
            total += channel.weeks.constLast().second;
        return total;
    };
    auto chartTop = [this] {
        // The top of the stack in the last week: the sum of every channel drawn.
        const QList<QAbstractSeries*> series = m_window->dashboardView()->channelChart()->chart()->series();
        auto* top = qobject_cast<QAreaSeries*>(series.constLast());
        return top ? top->upperSeries()->points().constLast().y() : -1.0;
    };
    const int before = lastWeekTotal();
    QCOMPARE(chartTop(), double(before));
    Interaction call;
    call.occurredAt = m_clock->now().addSecs(-600);
    call.channel = Channel::Call;
    call.participantIds = {m_window->contactStore().ids({}).value().constFirst()};
    QVERIFY(m_window->interactionStore().add(call).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lastWeekTotal(), before + 1, 20000);
    QTRY_COMPARE(chartTop(), double(before + 1));
}

void TestDashboard::healthColumnShowsValuesAndSorts()
{
    waitForScores();
    auto* table = test::child<QTableView>(*m_window, QStringLiteral("contactTable"));
    QAbstractItemModel* model = table->model();
    QVERIFY(model->rowCount() > 0);
    const QStringList statuses{healthStatusName(HealthStatus::Thriving), healthStatusName(HealthStatus::Steady),
                               healthStatusName(HealthStatus::Due), healthStatusName(HealthStatus::Drifting),
                               healthStatusName(HealthStatus::Dormant)};
    for (int row = 0; row < 20; ++row) {
        bool ok = false;
        const int health = model->index(row, ContactTableModel::Health).data().toInt(&ok);
        QVERIFY(ok);
        QVERIFY(health >= 0 && health <= 100);
        QVERIFY(statuses.contains(model->index(row, ContactTableModel::Status).data().toString()));
        QVERIFY(model->index(row, ContactTableModel::Health)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Health")));
    }

    auto readHealth = [model] {
        QList<double> values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, ContactTableModel::Health).data(ContactTableModel::RawValueRole).toDouble();
        return values;
    };
    // A click on the header sorts by health, as the user does it; a second click turns it round.
    QHeaderView* header = table->horizontalHeader();
    const int x =
        header->sectionViewportPosition(ContactTableModel::Health) + header->sectionSize(ContactTableModel::Health) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_window->contactModel()->sortColumn(), int(ContactTableModel::Health));
    QList<double> values = readHealth();
    const Qt::SortOrder first = m_window->contactModel()->sortOrder();
    QList<double> expected = values;
    std::sort(expected.begin(), expected.end());
    if (first == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(values, expected);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(m_window->contactModel()->sortOrder() != first);
    values = readHealth();
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(values, expected);

    // By status: thriving to dormant (or back), every row in its group.
    m_window->contactModel()->sort(ContactTableModel::Status, Qt::AscendingOrder);
    int last = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto status = healthStatusFromKey(
            model->index(row, ContactTableModel::Status).data(ContactTableModel::RawValueRole).toString());
        QVERIFY(status);
        QVERIFY(int(*status) >= last);
        last = int(*status);
    }
}

void TestDashboard::breakdownInDetailPane()
{
    waitForScores();
    // The contact with the most recent interactions has every part to explain.
    const auto snapshot = m_window->healthService()->snapshot();
    qint64 id = 0;
    for (auto it = snapshot->scores.cbegin(); it != snapshot->scores.cend(); ++it) {
        if (!it->neverContacted && it->daysSince > 3 && (id == 0 || it->health > snapshot->scores.value(id).health))
            id = it.key();
    }
    QVERIFY(id > 0);
    QVERIFY(m_window->selectContact(id));
    ContactHealthPanel* panel = m_window->detailPane()->healthPanel();
    QVERIFY(panel);
    QTRY_COMPARE(panel->contactId(), id);
    QVERIFY(panel->isVisible());
    auto* summary = test::child<QLabel>(*panel, QStringLiteral("healthSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("of the contact you intended")) ||
                 summary->text().contains(QStringLiteral("all the contact you intended")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("last talked")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("-day cadence")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("you started")), qPrintable(summary->text()));
    const HealthScore score = snapshot->scores.value(id);
    auto* numbers = test::child<QLabel>(*panel, QStringLiteral("healthNumbersLabel"));
    QVERIFY2(numbers->text().contains(QString::number(qRound(score.health))), qPrintable(numbers->text()));
    QVERIFY(numbers->text().contains(healthStatusName(score.status)));
    QVERIFY(!test::child<QLabel>(*panel, QStringLiteral("healthStatusLabel"))->text().isEmpty());
    QVERIFY(test::child<QLabel>(*panel, QStringLiteral("healthStrengthLabel"))
                ->text()
                .startsWith(QStringLiteral("Strength")));
    // The contact's chart: a year of health and their interactions marked.
    ChartView* chart = panel->chart();
    QVERIFY(chart->isVisible());
    const QList<QAbstractSeries*> series = chart->chart()->series();
    QCOMPARE(series.size(), 2);
    QVERIFY(pointCount(series.at(0)) > 10);
    QVERIFY(pointCount(series.at(1)) > 0);
}

void TestDashboard::acceptSuggestionChangesCircle()
{
    openDashboard();
    CircleSuggestionModel* model = m_window->dashboardView()->suggestionModel();
    QVERIFY(model->rowCount() > 0);
    auto* tabs = test::child<QTabWidget>(*m_window->dashboardView(), QStringLiteral("dashboardListTabs"));
    tabs->setCurrentIndex(1);
    auto* table = test::child<QTableView>(*m_window->dashboardView(), QStringLiteral("suggestionTable"));
    QTRY_VERIFY(table->isVisible());
    const CircleSuggestion suggestion = model->suggestion(0);
    QVERIFY(suggestion.suggestedCircle != suggestion.currentCircle);
    QCOMPARE(model->index(0, CircleSuggestionModel::Name).data().toString(), suggestion.name);

    clickCell(table, 0, CircleSuggestionModel::Accept);
    QTRY_COMPARE(m_window->contactStore().get(suggestion.contactId)->circle, suggestion.suggestedCircle);
    // Gone from the list at once.
    for (const CircleSuggestion& s : model->suggestions())
        QVERIFY(s.contactId != suggestion.contactId);

    // Undo puts them back.
    m_window->undoStack()->undo();
    QCOMPARE(m_window->contactStore().get(suggestion.contactId)->circle, suggestion.currentCircle);
}

void TestDashboard::ignoreSuggestionIsRemembered()
{
    openDashboard();
    CircleSuggestionModel* model = m_window->dashboardView()->suggestionModel();
    QVERIFY(model->rowCount() > 0);
    test::child<QTabWidget>(*m_window->dashboardView(), QStringLiteral("dashboardListTabs"))->setCurrentIndex(1);
    auto* table = test::child<QTableView>(*m_window->dashboardView(), QStringLiteral("suggestionTable"));
    QTRY_VERIFY(table->isVisible());
    const CircleSuggestion suggestion = model->suggestion(0);
    const int before = model->rowCount();

    clickCell(table, 0, CircleSuggestionModel::Ignore);
    HealthStore store(*m_database, *m_clock);
    QTRY_VERIFY(store.ignoredSuggestions()->contains(qMakePair(suggestion.contactId, suggestion.suggestedCircle)));
    QCOMPARE(m_window->contactStore().get(suggestion.contactId)->circle, suggestion.currentCircle);
    QCOMPARE(model->rowCount(), before - 1);
    // Computed again from the file, it stays away.
    m_window->healthService()->refresh();
    QTRY_VERIFY(!m_window->healthService()->isBusy());
    QVERIFY(!m_window->healthService()->suggestionFor(suggestion.contactId) ||
            m_window->healthService()->suggestionFor(suggestion.contactId)->suggestedCircle !=
                suggestion.suggestedCircle);
}

void TestDashboard::logFromNeedsAttention()
{
    openDashboard();
    AttentionModel* model = m_window->dashboardView()->attentionModel();
    QVERIFY(model->rowCount() > 0);
    auto* table = test::child<QTableView>(*m_window->dashboardView(), QStringLiteral("attentionTable"));
    const qint64 id = model->item(0).contactId;
    const int before = int(m_window->interactionStore().forContact(id)->size());

    const bool handled =
        test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("logInteractionDialog"); },
                          [](QWidget* dialog) {
                              auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
                              QVERIFY(box);
                              QPushButton* ok = box->button(QDialogButtonBox::Ok) ? box->button(QDialogButtonBox::Ok)
                                                                                  : box->button(QDialogButtonBox::Save);
                              QVERIFY(ok);
                              QTest::mouseClick(ok, Qt::LeftButton);
                          },
                          [&] { clickCell(table, 0, AttentionModel::Log); });
    QVERIFY(handled);
    QCOMPARE(int(m_window->interactionStore().forContact(id)->size()), before + 1);

    // The list may have been worked out again meanwhile: whoever is first now.
    QTRY_VERIFY(!m_window->healthService()->isBusy());
    const qint64 remindee = model->item(0).contactId;
    const int openBefore = int(m_window->reminderStore().openForContact(remindee)->size());
    const bool reminded =
        test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("reminderDialog"); },
                          [](QWidget* dialog) {
                              auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
                              QVERIFY(box);
                              QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
                          },
                          [&] { clickCell(table, 0, AttentionModel::Remind); });
    QVERIFY(reminded);
    QCOMPARE(int(m_window->reminderStore().openForContact(remindee)->size()), openBefore + 1);
}

void TestDashboard::returnOpensContact()
{
    openDashboard();
    auto* table = test::child<QTableView>(*m_window->dashboardView(), QStringLiteral("attentionTable"));
    const qint64 id = m_window->dashboardView()->attentionModel()->item(1).contactId;
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, AttentionModel::Name));
    QTest::keyClick(table, Qt::Key_Return);
    auto* tabs = test::child<QTabWidget>(*m_window, QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("contactsTab"));
    QCOMPARE(m_window->currentContactId(), id);
    QVERIFY(m_window->detailPane()->isVisible());
    QTRY_COMPARE(m_window->detailPane()->healthPanel()->contactId(), id);
}

void TestDashboard::healthFollowsNewInteraction()
{
    waitForScores();
    // A contact long out of touch: logging a meeting today lifts their health in the table.
    const auto snapshot = m_window->healthService()->snapshot();
    qint64 id = 0;
    for (auto it = snapshot->scores.cbegin(); it != snapshot->scores.cend(); ++it) {
        if (it->health < 40 && (id == 0 || it.key() < id))
            id = it.key();
    }
    QVERIFY(id > 0);
    const double before = snapshot->scores.value(id).health;
    Interaction meeting;
    meeting.occurredAt = m_clock->now().addSecs(-3600);
    meeting.channel = Channel::InPerson;
    meeting.participantIds = {id};
    QVERIFY(m_window->interactionStore().add(meeting).ok());
    ContactTableModel* model = m_window->contactModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->index(model->rowOf(id), ContactTableModel::Health).data(ContactTableModel::RawValueRole).toDouble() >
            before,
        20000);
}

// The worker keeps the network in memory and re-reads only the contacts the stores name: after a
// group meeting, a contact sent to the Trash and one moved to another circle, its snapshot is what
// reading the whole file gives.
void TestDashboard::cachedHealthMatchesTheFile()
{
    openDashboard();
    HealthService* health = m_window->healthService();
    const int before = int(health->snapshot()->scores.size());
    const QList<qint64> ids = m_window->contactStore().ids({}).value();
    QVERIFY(ids.size() > 4);
    Interaction meeting;
    meeting.occurredAt = m_clock->now().addSecs(-3600);
    meeting.channel = Channel::Event;
    meeting.participantIds = {ids[0], ids[1]};
    QVERIFY(m_window->interactionStore().add(meeting).ok());
    QVERIFY(m_window->contactStore().moveToTrash({ids[2]}).ok());
    Contact moved = m_window->contactStore().get(ids[3]).value();
    moved.circle = moved.circle == QLatin1String("dormant") ? QStringLiteral("inner") : QStringLiteral("dormant");
    QVERIFY(m_window->contactStore().update(moved).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!health->isBusy() && !health->snapshot()->scores.contains(ids[2]), 20000);
    QTRY_VERIFY(!health->isBusy());

    const auto cached = health->snapshot();
    const auto fromFile = HealthThread::compute(*m_database, *m_clock,
                                                HealthThread::Request{cached->date, cached->weights, true, true, {}});
    QVERIFY(fromFile->error.isEmpty());
    QCOMPARE(cached->scores.size(), before - 1);
    QCOMPARE(cached->scores.size(), fromFile->scores.size());
    for (auto it = fromFile->scores.cbegin(); it != fromFile->scores.cend(); ++it) {
        QVERIFY(cached->scores.contains(it.key()));
        QCOMPARE(cached->scores[it.key()].health, it->health);
        QCOMPARE(cached->scores[it.key()].strength, it->strength);
        QCOMPARE(cached->scores[it.key()].status, it->status);
    }
    QCOMPARE(cached->suggestions.size(), fromFile->suggestions.size());
    for (int i = 0; i < int(cached->suggestions.size()); ++i) {
        QCOMPARE(cached->suggestions[i].contactId, fromFile->suggestions[i].contactId);
        QCOMPARE(cached->suggestions[i].suggestedCircle, fromFile->suggestions[i].suggestedCircle);
    }
    QVERIFY(cached->hasDashboard);
    QCOMPARE(cached->dashboard.interactionsByChannel.size(), fromFile->dashboard.interactionsByChannel.size());
    for (int c = 0; c < int(cached->dashboard.interactionsByChannel.size()); ++c)
        QCOMPARE(cached->dashboard.interactionsByChannel[c].weeks, fromFile->dashboard.interactionsByChannel[c].weeks);
}

void TestDashboard::strengthWeightsInPreferences()
{
    waitForScores();
    const bool handled =
        test::answerModal([](QWidget* modal) { return modal->objectName() == QLatin1String("settingsDialog"); },
                          [](QWidget* dialog) {
                              auto* spin = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("depthWeightSpin"));
                              QVERIFY(spin);
                              spin->setValue(3.0);
                              auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
                              QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
                          },
                          [this] { action("actionPreferences")->trigger(); });
    QVERIFY(handled);
    QCOMPARE(m_settings->value(Settings::Key::StrengthDepthWeight).toDouble(), 3.0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->healthService()->snapshot()->weights.depth == 3.0, 20000);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
