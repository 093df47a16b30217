// bench_skeleton: the walking skeleton's figures over a 10,000-contact sample network.
// Prints `BENCH <name> <value> <unit>` on stdout, everything else on stderr. Never asserts a timing.

#include "BenchReport.h"
#include "contacts/ContactTableModel.h"
#include "dashboard/HealthService.h"
#include "dashboard/HealthThread.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "health/HealthCache.h"
#include "health/StrengthWeights.h"
#include "main/MainWindow.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace kith;

namespace {

constexpr int Contacts = 10'000;
constexpr int VisibleRows = 40;

// Asks the model for everything a view shows of these rows: every column's text and colour.
void touchRows(const QAbstractItemModel& model, int first, int count)
{
    const int last = std::min(first + count, model.rowCount());
    for (int row = first; row < last; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            (void)model.data(index, Qt::DisplayRole);
            (void)model.data(index, Qt::ForegroundRole);
        }
    }
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // readAll, not atEnd/readLine: /proc files report a size of 0.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The stores and a table model over one connection, as MainWindow::attachDatabase builds them.
struct ModelStack {
    ModelStack(Database& database, const Clock& clock)
        : contacts(database, clock)
        , interactions(database, clock)
        , reminders(database, clock)
    {}
    std::unique_ptr<ContactTableModel> makeModel(const Clock& clock)
    {
        return std::make_unique<ContactTableModel>(contacts, interactions, reminders, clock);
    }
    ContactStore contacts;
    InteractionStore interactions;
    ReminderStore reminders;
};

// What a user types, one keystroke at a time; the field is cleared between queries.
const QStringList Queries{
    QStringLiteral("alex"),   QStringLiteral("lovelace"), QStringLiteral("colleag"),
    QStringLiteral("+44 20"), QStringLiteral("exam"),
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        bench::note(QStringLiteral("cannot create a temporary folder"));
        return 1;
    }
    const QString dbPath = dir.filePath(QStringLiteral("bench.kith"));
    // A fixed "now", so that the generated history and the overdue colours are the same every run.
    const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));

    // --- Generating the sample network ---------------------------------------------------------
    {
        auto database = Database::open(dbPath);
        if (!database) {
            bench::note(database.error());
            return 1;
        }
        SampleNetworkGenerator generator(*database.value(), clock);
        QElapsedTimer timer;
        timer.start();
        auto stats = generator.generate(SampleNetworkOptions{Contacts, 1});
        const double elapsed = bench::elapsedMs(timer);
        if (!stats) {
            bench::note(stats.error());
            return 1;
        }
        bench::report("demo_generate_10k_ms", elapsed, "ms");
        bench::reportCount("demo_interactions_10k", stats->interactions, "count");
        bench::note(QStringLiteral("generated %1 contacts, %2 interactions, %3 reminders")
                        .arg(stats->contacts)
                        .arg(stats->interactions)
                        .arg(stats->reminders));
    } // the generating connection closes here

    // --- Opening the database to the first page shown -------------------------------------------
    Settings settings(dir.filePath(QStringLiteral("kith.conf")));
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(dbPath);
    if (!opened) {
        bench::note(opened.error());
        return 1;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    MainWindow window(settings, *database, clock);
    window.show();
    QApplication::processEvents();
    auto* table = window.findChild<QTableView*>(QStringLiteral("contactTable"));
    auto* searchField = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    if (!table || !searchField) {
        bench::note(QStringLiteral("contactTable or searchField not found"));
        return 1;
    }
    const bool hasFirstRow = table->model()->index(0, 0).data().isValid();
    const double openElapsed = bench::elapsedMs(openTimer);
    if (!hasFirstRow)
        bench::note(QStringLiteral("warning: the table has no data for row 0 after the first paint"));
    bench::report("open_first_page_ms", openElapsed, "ms");
    // The window works out every contact's health in a worker: the figures below should not share
    // the CPU with it.
    while (window.healthService()->isBusy() || !window.healthService()->snapshot())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    bench::report("open_health_column_ms", bench::elapsedMs(openTimer), "ms");

    // --- The model alone: query, reset, first 50 rows --------------------------------------------
    ModelStack stack(*database, clock);
    {
        QList<double> samples;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto model = stack.makeModel(clock); // the constructor queries the ids and resets
            touchRows(*model, 0, 50);
            samples << bench::elapsedMs(timer);
        }
        bench::report("table_model_first_page_ms", bench::median(samples), "ms");
    }

    // --- Search as you type through the real window --------------------------------------------
    // MainWindow starts a 0 ms single-shot timer on textChanged; its timeout sets the model's
    // search. A keystroke is done when that timer has fired, the events after it (the first paint)
    // have run, and the first visible rows' data is at hand.
    {
        ContactTableModel* model = window.contactModel();
        QAbstractItemModel* viewModel = table->model();
        QList<double> samples;
        QList<double> modelSamples;
        QStringList slowest;
        for (int round = 0; round < 3; ++round) {
            for (const QString& query : Queries) {
                for (int length = 1; length <= query.size(); ++length) {
                    const QString text = query.left(length);
                    QElapsedTimer timer;
                    timer.start();
                    searchField->setText(text);
                    while (model->search() != text)
                        QApplication::processEvents();
                    QApplication::processEvents();
                    touchRows(*viewModel, 0, VisibleRows);
                    const double elapsed = bench::elapsedMs(timer);
                    samples << elapsed;
                    if (round == 0)
                        bench::note(QStringLiteral("keystroke %1: %2 ms, %3 rows")
                                        .arg(text.leftJustified(9))
                                        .arg(elapsed, 0, 'f', 2)
                                        .arg(viewModel->rowCount()));
                }
                searchField->clear();
                while (!model->search().isEmpty())
                    QApplication::processEvents();
                QApplication::processEvents();
            }
        }
        bench::report("search_keystroke_ms", bench::median(samples), "ms");
        bench::report("search_keystroke_p95_ms", bench::percentile(samples, 0.95), "ms");

        // The same keystrokes on a bare model, without the proxy, the view and the window.
        auto bare = stack.makeModel(clock);
        for (int round = 0; round < 3; ++round) {
            for (const QString& query : Queries) {
                for (int length = 1; length <= query.size(); ++length) {
                    QElapsedTimer timer;
                    timer.start();
                    bare->setSearch(query.left(length));
                    touchRows(*bare, 0, VisibleRows);
                    modelSamples << bench::elapsedMs(timer);
                }
                bare->setSearch(QString());
            }
        }
        bench::report("search_keystroke_model_ms", bench::median(modelSamples), "ms");
        bench::report("search_keystroke_model_p95_ms", bench::percentile(modelSamples, 0.95), "ms");
    }

    // --- Scrolling: 40 rows at a random position, pages not yet loaded ----------------------------
    {
        QRandomGenerator random(1);
        QList<double> samples;
        for (int run = 0; run < 25; ++run) {
            auto model = stack.makeModel(clock); // a fresh cache, so each jump loads its page(s)
            const int first = int(random.bounded(model->rowCount() - VisibleRows));
            QElapsedTimer timer;
            timer.start();
            touchRows(*model, first, VisibleRows);
            samples << bench::elapsedMs(timer);
        }
        bench::report("scroll_page_ms", bench::median(samples), "ms");
    }

    // --- Health for the table and the dashboard: what the window's worker computes -------------------
    std::shared_ptr<const HealthSnapshot> snapshot;
    {
        QList<double> scoreSamples;
        QList<double> fullSamples;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            snapshot =
                HealthThread::compute(*database, clock, HealthThread::Request{clock.today(), {}, false, true, {}});
            scoreSamples << bench::elapsedMs(timer);
            timer.restart();
            snapshot =
                HealthThread::compute(*database, clock, HealthThread::Request{clock.today(), {}, true, true, {}});
            fullSamples << bench::elapsedMs(timer);
        }
        if (!snapshot->error.isEmpty())
            bench::note(snapshot->error);
        bench::report("health_scores_worker_ms", bench::median(scoreSamples), "ms");
        bench::report("health_dashboard_worker_ms", bench::median(fullSamples), "ms");
        bench::note(QStringLiteral("%1 contacts scored, %2 circle suggestions")
                        .arg(snapshot->scores.size())
                        .arg(snapshot->suggestions.size()));
    }

    // --- The same after one logged interaction, as the window's worker does it now: its HealthCache
    // holds the network, re-reads the one contact, and scores everything from memory --------------
    {
        HealthCache cache(*database, clock);
        if (auto s = cache.load(); !s)
            bench::note(s.error());
        InteractionStore interactions(*database, clock);
        const QList<qint64> ids = snapshot->scores.keys();
        QRandomGenerator random(3);
        QList<double> scoreSamples;
        QList<double> fullSamples;
        for (int run = 0; run < 5; ++run) {
            for (bool dashboard : {false, true}) {
                Interaction interaction;
                interaction.occurredAt = clock.now().addSecs(-3600);
                interaction.channel = Channel::Call;
                interaction.participantIds = {ids.value(int(random.bounded(int(ids.size()))))};
                if (auto added = interactions.add(interaction); !added)
                    bench::note(added.error());
                HealthThread::Request request{clock.today(), {}, dashboard, false, interaction.participantIds};
                QElapsedTimer timer;
                timer.start();
                auto refreshed = HealthThread::compute(cache, *database, clock, request);
                (dashboard ? fullSamples : scoreSamples) << bench::elapsedMs(timer);
                if (!refreshed->error.isEmpty())
                    bench::note(refreshed->error);
            }
        }
        bench::report("health_scores_one_change_ms", bench::median(scoreSamples), "ms");
        bench::report("health_dashboard_one_change_ms", bench::median(fullSamples), "ms");
    }

    // --- Sorting the table by health, and searching while it is sorted so ----------------------------
    {
        auto model = stack.makeModel(clock);
        model->setHealthScores(snapshot->scores);
        QList<double> sortSamples;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            model->sort(ContactTableModel::Health, run % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            touchRows(*model, 0, VisibleRows);
            sortSamples << bench::elapsedMs(timer);
        }
        bench::report("table_sort_by_health_ms", bench::median(sortSamples), "ms");
        QList<double> searchSamples;
        for (const QString& query : Queries) {
            for (int length = 1; length <= query.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                model->setSearch(query.left(length));
                touchRows(*model, 0, VisibleRows);
                searchSamples << bench::elapsedMs(timer);
            }
            model->setSearch(QString());
        }
        bench::report("search_keystroke_by_health_ms", bench::median(searchSamples), "ms");
        QRandomGenerator random(2);
        QList<double> scrollSamples;
        for (int run = 0; run < 25; ++run) {
            auto fresh = stack.makeModel(clock);
            fresh->setHealthScores(snapshot->scores);
            fresh->sort(ContactTableModel::Health, Qt::AscendingOrder);
            const int first = int(random.bounded(fresh->rowCount() - VisibleRows));
            QElapsedTimer timer;
            timer.start();
            touchRows(*fresh, first, VisibleRows);
            scrollSamples << bench::elapsedMs(timer);
        }
        bench::report("scroll_page_by_health_ms", bench::median(scrollSamples), "ms");
    }

    // --- kith-cli contacts --search, a process per run ---------------------------------------------
    {
        QList<double> samples;
        for (int run = 0; run < 5; ++run) {
            QProcess process;
            process.setProcessChannelMode(QProcess::SeparateChannels);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(KITH_CLI_PATH),
                          {QStringLiteral("--db"), dbPath, QStringLiteral("contacts"), QStringLiteral("--search"),
                           QStringLiteral("lovelace"), QStringLiteral("--json")});
            const bool finished = process.waitForFinished(60'000);
            const double elapsed = bench::elapsedMs(timer);
            if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
                bench::note(
                    QStringLiteral("kith-cli failed: %1").arg(QString::fromUtf8(process.readAllStandardError())));
                break;
            }
            samples << elapsed;
        }
        if (!samples.isEmpty())
            bench::report("cli_contacts_search_ms", bench::median(samples), "ms");
    }

    bench::reportCount("peak_rss_mb", (peakRssKiB() + 512) / 1024, "MB");
    return 0;
}
