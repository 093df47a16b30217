// The dashboard's list models over what the health core computes for a sample network.

#include "dashboard/AttentionModel.h"
#include "dashboard/CircleSuggestionModel.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "health/CircleSuggester.h"
#include "health/DashboardCalculator.h"
#include "health/HealthCalculator.h"
#include "health/HealthStatus.h"
#include "storage/Database.h"
#include "storage/HealthStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kith;

class TestDashboardModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void attentionRows();
    void attentionEmpty();
    void suggestionRows();
    void suggestionsReplaced();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    DashboardData m_dashboard;
    QList<CircleSuggestion> m_suggestions;
};

void TestDashboardModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    auto opened = Database::open(m_dir.filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    SampleNetworkGenerator generator(*m_database, *m_clock);
    QVERIFY(generator.generate(SampleNetworkOptions{200, 3}).ok());
    auto history = HealthStore(*m_database, *m_clock).load();
    QVERIFY2(history.ok(), qPrintable(history.error()));
    const QDate today = m_clock->today();
    m_dashboard = DashboardCalculator::compute(*history, today);
    m_suggestions = CircleSuggester::suggest(*history, HealthCalculator::scoresAt(*history, today, {}), {}, today);
    QVERIFY(!m_dashboard.needsAttention.isEmpty());
    QVERIFY(!m_suggestions.isEmpty());
}

void TestDashboardModels::cleanupTestCase()
{
    m_database.reset();
}

void TestDashboardModels::attentionRows()
{
    AttentionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems(m_dashboard.needsAttention, 30);
    QCOMPARE(model.rowCount(), int(m_dashboard.needsAttention.size()));
    QCOMPARE(model.columnCount(), int(AttentionModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const AttentionItem& item = m_dashboard.needsAttention.at(row);
        QCOMPARE(model.index(row, AttentionModel::Name).data(AttentionModel::ContactIdRole).toLongLong(),
                 item.contactId);
        QCOMPARE(model.index(row, AttentionModel::Health).data().toInt(), qRound(item.healthNow));
        QCOMPARE(model.index(row, AttentionModel::Health).data(AttentionModel::RawValueRole).toDouble(),
                 item.healthNow);
        QCOMPARE(model.index(row, AttentionModel::Change).data().toString(),
                 QStringLiteral("−%1").arg(qRound(item.drop)));
        QCOMPARE(model.index(row, AttentionModel::Status).data().toString(), healthStatusName(item.status));
        QVERIFY(!model.index(row, AttentionModel::Log).data().toString().isEmpty());
        QVERIFY(!model.index(row, AttentionModel::Remind).data().toString().isEmpty());
        QVERIFY(model.index(row, AttentionModel::Name).data(Qt::ToolTipRole).toString().contains(item.name));
        if (row > 0)
            QVERIFY(item.drop <= m_dashboard.needsAttention.at(row - 1).drop); // biggest fall first
    }
    QCOMPARE(model.headerData(AttentionModel::Change, Qt::Horizontal).toString(), QStringLiteral("30-day change"));
}

void TestDashboardModels::attentionEmpty()
{
    AttentionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems(m_dashboard.needsAttention, 30);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setItems({}, 30);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestDashboardModels::suggestionRows()
{
    CircleSuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSuggestions(m_suggestions);
    QCOMPARE(model.rowCount(), int(m_suggestions.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const CircleSuggestion& s = m_suggestions.at(row);
        QCOMPARE(model.index(row, CircleSuggestionModel::Name).data().toString(), s.name);
        QCOMPARE(model.index(row, CircleSuggestionModel::Current).data().toString(),
                 s.currentCircleName.isEmpty() ? QStringLiteral("No circle") : s.currentCircleName);
        QCOMPARE(model.index(row, CircleSuggestionModel::Suggested).data().toString(), s.suggestedCircleName);
        QCOMPARE(
            model.index(row, CircleSuggestionModel::Suggested).data(CircleSuggestionModel::RawValueRole).toString(),
            s.suggestedCircle);
        QCOMPARE(model.index(row, CircleSuggestionModel::Current).data(CircleSuggestionModel::RawValueRole).toString(),
                 s.currentCircle);
        QVERIFY(model.index(row, CircleSuggestionModel::Accept)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(s.suggestedCircleName));
        // The whole sentence is the row's tooltip.
        QVERIFY(model.index(row, CircleSuggestionModel::Name)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(CircleSuggester::reason(s)));
        QCOMPARE(
            model.index(row, CircleSuggestionModel::Ignore).data(CircleSuggestionModel::ContactIdRole).toLongLong(),
            s.contactId);
        QVERIFY(model.index(row, CircleSuggestionModel::Suggested)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Ranked %1 of %2").arg(s.rank).arg(s.contacts)));
        // A year without contact, not the rank, is what makes someone dormant: the tooltip says so.
        QCOMPARE(model.index(row, CircleSuggestionModel::Suggested)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("no contact in the last year")),
                 s.countedLastYear == 0);
    }
}

void TestDashboardModels::suggestionsReplaced()
{
    CircleSuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSuggestions(m_suggestions);
    QList<CircleSuggestion> fewer = m_suggestions;
    fewer.removeFirst();
    model.setSuggestions(fewer);
    QCOMPARE(model.rowCount(), int(fewer.size()));
    QCOMPARE(model.suggestion(0).contactId, fewer.constFirst().contactId);
}

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
