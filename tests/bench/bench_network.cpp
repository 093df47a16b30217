// bench_network: using the network over the 10,000-contact sample network (seed 1, about 30,000 links, clock
// at 2026-11-28 12:00 UTC): who can help with X, one contact's links, the suggested links, the network view's layout.
// Prints `BENCH <name> <value> <unit>` on stdout, everything else on stderr. Never asserts a timing.

#include "BenchReport.h"
#include "BenchSampleNetwork.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "health/HealthCalculator.h"
#include "network/ContactGraph.h"
#include "network/NetworkLayout.h"
#include "network/RelationshipSuggester.h"
#include "network/WhoCanHelp.h"
#include "storage/Database.h"
#include "storage/RelationshipStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace kith;

namespace {

constexpr int Contacts = 10'000;

template <typename F> double medianMs(int runs, F&& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << bench::elapsedMs(timer);
    }
    return bench::median(times);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // KITH_BENCH_NETWORK_DB=PATH: the network is generated into PATH when it does not exist, and reused when it
    // does (a second run then measures a database that was closed and checkpointed, as after a restart).
    const QString path = qEnvironmentVariableIsSet("KITH_BENCH_NETWORK_DB")
                             ? qEnvironmentVariable("KITH_BENCH_NETWORK_DB")
                             : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = QFileInfo::exists(path);
    const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    if (!reuse && !bench::generateSampleNetwork(path, {Contacts, 1}, clock, "demo_generate_network_ms"))
        return 1;
    // A new connection, as the application has after start-up.
    auto opened = Database::open(path);
    if (!opened) {
        bench::note(opened.error());
        return 1;
    }
    Database& database = *opened.value();
    RelationshipStore relationships(database, clock);
    bench::reportCount("network_links", relationships.count().value(), "links");

    // Rare and common words, expertise and notes, organisations and interaction summaries.
    const QStringList questions{
        QStringLiteral("tax law"),     QStringLiteral("machine learning"), QStringLiteral("startups"),
        QStringLiteral("negotiating"), QStringLiteral("Initech"),          QStringLiteral("climbing"),
        QStringLiteral("a new job"),   QStringLiteral("coffee"),           QStringLiteral("grant writing"),
        QStringLiteral("Berlin"),
    };
    const WhoCanHelp who(database, clock);
    QList<double> perQuestion;
    for (const QString& question : questions) {
        int found = 0;
        perQuestion << medianMs(15, [&] { found = int(who.search(question).value().size()); });
        bench::note(QStringLiteral("who-can-help \"%1\": %2 results, median %3 ms")
                        .arg(question)
                        .arg(found)
                        .arg(perQuestion.last(), 0, 'f', 2));
    }
    bench::report("who_can_help_ms", bench::median(perQuestion), "ms");
    bench::report("who_can_help_worst_ms", *std::max_element(perQuestion.cbegin(), perQuestion.cend()), "ms");

    bench::report("links_for_contact_ms", medianMs(50, [&] { (void)relationships.forContact(4242).value(); }), "ms");
    int suggestions = 0;
    bench::report(
        "relationship_suggestions_all_ms",
        medianMs(5, [&] { suggestions = int(RelationshipSuggester(database, relationships).all().value().size()); }),
        "ms");
    bench::reportCount("relationship_suggestions", suggestions, "suggestions");
    bench::report("relationship_suggestions_one_ms",
                  medianMs(20, [&] { (void)RelationshipSuggester(database, relationships).forContact(4242).value(); }),
                  "ms");

    // The network view's layout: the 2,000 strongest ties with the links between them, you in the centre
    // (what ui/network/NetworkGraphThread lays out by default).
    {
        auto scores = HealthCalculator(database, StrengthWeights{}).scoresAt(clock.today());
        auto links = relationships.all();
        if (!scores || !links) {
            bench::note(scores ? links.error() : scores.error());
            return 1;
        }
        QList<HealthScore> ranked = scores->values();
        std::sort(ranked.begin(), ranked.end(), [](const HealthScore& a, const HealthScore& b) {
            return a.strength != b.strength ? a.strength > b.strength : a.contactId < b.contactId;
        });
        ranked.resize(std::min<qsizetype>(ranked.size(), 2000));
        QList<qint64> ids;
        NetworkLayoutOptions options;
        for (const HealthScore& score : ranked) {
            ids << score.contactId;
            options.centrePull << NetworkLayout::centrePullFor(score.strength);
        }
        QList<std::pair<qint64, qint64>> pairs;
        for (const Relationship& link : *links)
            pairs.append({link.contactId, link.otherId});
        const ContactGraph graph(ids, pairs);
        bench::note(QStringLiteral("network layout: %1 contacts, %2 links between them")
                        .arg(graph.vertexCount())
                        .arg(graph.edgeCount()));
        bench::report("network_layout_2000_ms", medianMs(3, [&] { (void)NetworkLayout::compute(graph, options); }),
                      "ms");
    }
    return 0;
}
