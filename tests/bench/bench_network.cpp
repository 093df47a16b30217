// bench_network: using the network over the 10,000-contact sample network (seed 1, about 30,000 links, clock
// at 2026-11-28 12:00 UTC): who can help with X, one contact's links, the suggested links, the network view's layout,
// the social-capital metrics, the suggested introductions. Prints `BENCH <name> <value> <unit>` on stdout, everything
// else on stderr. Never asserts a timing.

#include "BenchReport.h"
#include "BenchSampleNetwork.h"
#include "demo/SampleNetworkGenerator.h"
#include "domain/ManualClock.h"
#include "health/HealthCalculator.h"
#include "network/ContactGraph.h"
#include "network/IntroductionSuggester.h"
#include "network/NetworkLayout.h"
#include "network/RelationshipSuggester.h"
#include "network/SocialCapitalCalculator.h"
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
    // The Social Capital page's worker: contacts, circles and links read, the graph built, clusters, betweenness,
    // constraint and effective size computed by igraph, and mapped back to contacts. Tie strengths come from the
    // health worker's snapshot, as in the window; here from one HealthCalculator run before the timing.
    QHash<qint64, double> strengths;
    {
        QElapsedTimer timer;
        timer.start();
        const auto scores = HealthCalculator(database).scoresAt(clock.today()).value();
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            strengths.insert(it.key(), it->strength);
        bench::note(QStringLiteral("tie strengths for %1 contacts: %2 ms (not counted)")
                        .arg(strengths.size())
                        .arg(bench::elapsedMs(timer), 0, 'f', 0));
    }
    SocialCapital capital;
    bench::report("network_metrics_ms",
                  medianMs(3, [&] { capital = SocialCapitalCalculator(database, clock).compute(strengths).value(); }),
                  "ms");
    bench::reportCount("network_clusters", capital.clusterCount, "clusters");
    bench::note(QStringLiteral("modularity %1; top bridge %2 (betweenness %3, estimated from %4 sources); %5 weak ties "
                               "spanning clusters; brokerage over %6 contacts: constraint %7, effective size %8")
                    .arg(capital.modularity, 0, 'f', 3)
                    .arg(capital.bridges.isEmpty() ? QString() : capital.bridges.first().contact.name)
                    .arg(capital.bridges.isEmpty() ? 0.0 : capital.bridges.first().betweenness, 0, 'f', 0)
                    .arg(capital.betweennessSources)
                    .arg(capital.weakTies.size())
                    .arg(capital.brokerage.alters)
                    .arg(capital.brokerage.constraint, 0, 'f', 4)
                    .arg(capital.brokerage.effectiveSize, 0, 'f', 1));
    // Exact betweenness, for comparison with the sampled one the page uses.
    if (qEnvironmentVariableIsSet("KITH_BENCH_EXACT_BETWEENNESS")) {
        SocialCapitalOptions exact;
        exact.betweennessSources = 0;
        QElapsedTimer timer;
        timer.start();
        const SocialCapital full = SocialCapitalCalculator(database, clock, exact).compute(strengths).value();
        bench::report("network_metrics_exact_ms", bench::elapsedMs(timer), "ms");
        int shared = 0;
        for (const NetworkBridge& b : full.bridges)
            shared += std::any_of(capital.bridges.cbegin(), capital.bridges.cend(),
                                  [&b](const NetworkBridge& s) { return s.contact.id == b.contact.id; });
        bench::note(QStringLiteral("sampled and exact top %1 bridges share %2").arg(full.bridges.size()).arg(shared));
    }
    // Introduction suggestions, the best 50: as `kith-cli intros` asks for them (tie strengths read from the
    // interactions of the contacts in the candidate pairs), and as the Introductions tab does (the strengths
    // are in the window's health snapshot already).
    int introductions = 0;
    bench::report(
        "intro_suggestions_ms",
        medianMs(9, [&] { introductions = int(IntroductionSuggester(database, clock).suggest().value().size()); }),
        "ms");
    IntroductionSuggester::Options cached;
    cached.strengths.emplace();
    const auto scores = HealthCalculator(database).scoresAt(clock.today()).value();
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        cached.strengths->insert(it.key(), it->strength);
    bench::report("intro_suggestions_cached_ms",
                  medianMs(9, [&] { (void)IntroductionSuggester(database, clock).suggest(cached).value(); }), "ms");
    IntroductionSuggester::Options everyone;
    everyone.limit = -1;
    bench::reportCount("intro_suggestions",
                       int(IntroductionSuggester(database, clock).suggest(everyone).value().size()), "suggestions");
    bench::note(QStringLiteral("intro suggestions: %1 shown").arg(introductions));
    return 0;
}
