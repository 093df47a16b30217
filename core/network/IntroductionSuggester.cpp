#include "network/IntroductionSuggester.h"

#include "domain/Clock.h"
#include "health/HealthModel.h"
#include "storage/HealthStore.h"
#include "storage/IntroductionStore.h"
#include "storage/NetworkStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kith {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kith::IntroductionSuggester", text);
}

constexpr double kNeedWeight = 1.0;
constexpr double kGoalWeight = 0.5;
constexpr int kMaxReasons = 3; // matches spelled out in a reason; the rest are counted

// One pair, gathered from its matches before ranking.
struct Pair {
    qint64 lo = 0;
    qint64 hi = 0;
    QList<IntroductionMatch> matches;
    double score = 0;
    double weaker = 0;
    double stronger = 0;
};

QString matchSentence(const IntroductionMatch& m, const QString& seeker, const QString& helper)
{
    if (m.seekerKind == TopicKind::Goal)
        return tr("%1 has the goal \u201c%2\u201d; %3 can help with it.").arg(seeker, m.topic, helper);
    return tr("%1 is looking for %2; %3 can help with %2.").arg(seeker, m.topic, helper);
}

} // namespace

IntroductionSuggester::IntroductionSuggester(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QString IntroductionSuggester::reason(const IntroductionSuggestion& suggestion)
{
    QStringList sentences;
    for (const IntroductionMatch& m : suggestion.matches) {
        if (sentences.size() == kMaxReasons)
            break;
        const bool firstSeeks = m.seekerId == suggestion.firstId;
        sentences << matchSentence(m, firstSeeks ? suggestion.firstName : suggestion.secondName,
                                   firstSeeks ? suggestion.secondName : suggestion.firstName);
    }
    const qsizetype more = suggestion.matches.size() - sentences.size();
    if (more > 0)
        sentences << QCoreApplication::translate("kith::IntroductionSuggester", "And %n more.", nullptr, int(more));
    return sentences.join(QLatin1Char(' '));
}

Result<QList<IntroductionSuggestion>> IntroductionSuggester::suggest(const Options& options) const
{
    using R = Result<QList<IntroductionSuggestion>>;
    // The store's other collaborators are not used by its reads.
    RelationshipStore relationships(m_database, m_clock);
    ReminderStore reminders(m_database, m_clock);
    const IntroductionStore store(m_database, m_clock, reminders, relationships);
    auto matches = store.suggestionMatches();
    if (!matches)
        return R::failure(matches.error());

    // The rows come by seeker and helper, so each pair's matches from one side are adjacent; the other side's
    // come elsewhere, hence the index by pair.
    QHash<std::pair<qint64, qint64>, qsizetype> index;
    QList<Pair> pairs;
    for (const IntroductionMatch& m : std::as_const(*matches)) {
        const std::pair<qint64, qint64> key{std::min(m.seekerId, m.helperId), std::max(m.seekerId, m.helperId)};
        auto found = index.constFind(key);
        if (found == index.cend()) {
            found = index.insert(key, pairs.size());
            pairs.append(Pair{key.first, key.second, {}, 0, 0, 0});
        }
        Pair& p = pairs[*found];
        p.matches << m;
        p.score += m.seekerKind == TopicKind::Goal ? kGoalWeight : kNeedWeight;
    }
    if (pairs.isEmpty())
        return QList<IntroductionSuggestion>{};

    // Only pairs that can still make the cut need tie strengths: those scoring at least as well as the
    // `limit`-th best.
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.score > b.score; });
    qsizetype candidates = pairs.size();
    if (options.limit >= 0 && options.limit < pairs.size()) {
        const double cut = options.limit > 0 ? pairs.at(options.limit - 1).score : pairs.first().score + 1;
        candidates =
            std::partition_point(pairs.cbegin(), pairs.cend(), [cut](const Pair& p) { return p.score >= cut; }) -
            pairs.cbegin();
        pairs.resize(candidates);
    }
    QSet<qint64> people;
    for (const Pair& p : std::as_const(pairs))
        people << p.lo << p.hi;

    QHash<qint64, double> strength;
    if (options.strengths) {
        strength = *options.strengths;
    } else {
        auto histories = HealthStore(m_database, m_clock).loadContacts(people.values(), true);
        if (!histories)
            return R::failure(histories.error());
        const QDate today = m_clock.today();
        for (const ContactHistory& history : std::as_const(*histories)) {
            // Someone never in touch has no tie to measure (HealthModel would still credit reciprocity).
            if (!history.touches.isEmpty())
                strength.insert(history.contactId,
                                HealthModel::breakdown(history, today, options.weights).strength.value);
        }
    }
    for (Pair& p : pairs) {
        const double a = strength.value(p.lo, 0);
        const double b = strength.value(p.hi, 0);
        p.weaker = std::min(a, b);
        p.stronger = std::max(a, b);
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.weaker != b.weaker)
            return a.weaker > b.weaker;
        if (a.stronger != b.stronger)
            return a.stronger > b.stronger;
        return a.lo != b.lo ? a.lo < b.lo : a.hi < b.hi;
    });
    if (options.limit >= 0 && pairs.size() > options.limit)
        pairs.resize(options.limit);

    QList<qint64> shown;
    for (const Pair& p : std::as_const(pairs))
        shown << p.lo << p.hi;
    auto facts = NetworkStore(m_database).facts(shown);
    if (!facts)
        return R::failure(facts.error());
    QList<IntroductionSuggestion> suggestions;
    suggestions.reserve(pairs.size());
    for (Pair& p : pairs) {
        // Needs before goals; among them by topic name, so the best match leads and orients the pair.
        std::stable_sort(p.matches.begin(), p.matches.end(),
                         [](const IntroductionMatch& a, const IntroductionMatch& b) {
                             if (a.seekerKind != b.seekerKind)
                                 return a.seekerKind == TopicKind::Need;
                             return QString::compare(a.topic, b.topic, Qt::CaseInsensitive) < 0;
                         });
        IntroductionSuggestion s;
        s.firstId = p.matches.first().seekerId;
        s.secondId = p.matches.first().helperId;
        s.firstName = facts->value(s.firstId).name;
        s.secondName = facts->value(s.secondId).name;
        s.matches = p.matches;
        s.score = p.score;
        s.firstStrength = strength.value(s.firstId, 0);
        s.secondStrength = strength.value(s.secondId, 0);
        s.reason = reason(s);
        suggestions << s;
    }
    return suggestions;
}

} // namespace kith
