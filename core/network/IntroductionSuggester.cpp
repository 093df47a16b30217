#include "network/IntroductionSuggester.h"

#include "domain/Clock.h"
#include "health/HealthModel.h"
#include "storage/HealthStore.h"
#include "storage/IntroductionStore.h"
#include "storage/NetworkStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"

#include <QSet>

#include <algorithm>

namespace kith {

namespace {

constexpr double kNeedWeight = 1.0;
constexpr double kGoalWeight = 0.5;
constexpr int kMaxReasons = 3; // matches spelled out in a reason; the rest are counted

// One candidate pair, low id first, as it is ranked.
struct Pair {
    qint64 lo = 0;
    qint64 hi = 0;
    double score = 0;
    double weaker = 0;
    double stronger = 0;
};

bool ranksBefore(const Pair& a, const Pair& b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.weaker != b.weaker)
        return a.weaker > b.weaker;
    if (a.stronger != b.stronger)
        return a.stronger > b.stronger;
    return a.lo != b.lo ? a.lo < b.lo : a.hi < b.hi;
}

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

QString matchSentence(const IntroductionMatch& m, const QString& seeker, const QString& helper)
{
    if (m.seekerKind == TopicKind::Goal)
        return IntroductionSuggester::tr("%1 has the goal \u201c%2\u201d; %3 can help with it.")
            .arg(seeker, m.topic, helper);
    return IntroductionSuggester::tr("%1 is looking for %2; %3 can help with %2.").arg(seeker, m.topic, helper);
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
        sentences << tr("And %n more.", nullptr, int(more));
    return sentences.join(QLatin1Char(' '));
}

Result<QList<IntroductionSuggestion>> IntroductionSuggester::suggest(const Options& options) const
{
    using R = Result<QList<IntroductionSuggestion>>;
    // The store's other collaborators are not used by its reads.
    RelationshipStore relationships(m_database, m_clock);
    ReminderStore reminders(m_database, m_clock);
    const IntroductionStore store(m_database, m_clock, reminders, relationships);
    auto rows = store.suggestionTopics();
    if (!rows)
        return R::failure(rows.error());

    // By topic (the rows come sorted by topic): who seeks it (need or goal) and who can help with it. Topics
    // nobody seeks, or nobody can help with, drop out here.
    struct Seeker {
        qint64 id;
        TopicKind kind;
    };
    QHash<qint64, QList<std::pair<qint64, TopicKind>>> topicsOf; // for spelling out the matches shown
    QSet<qint64> people;
    QHash<quint64, double> scores;
    const QList<IntroductionTopicRow>& all = *rows;
    for (qsizetype from = 0; from < all.size();) {
        qsizetype to = from;
        QList<Seeker> seekers;
        QList<qint64> helpers;
        for (; to < all.size() && all.at(to).topicId == all.at(from).topicId; ++to) {
            const IntroductionTopicRow& r = all.at(to);
            if (r.kind == TopicKind::Expertise)
                helpers << r.contactId;
            else
                seekers << Seeker{r.contactId, r.kind};
        }
        if (!seekers.isEmpty() && !helpers.isEmpty()) {
            for (qsizetype k = from; k < to; ++k) {
                topicsOf[all.at(k).contactId] << std::pair{all.at(k).topicId, all.at(k).kind};
                people << all.at(k).contactId;
            }
            for (const Seeker& seeker : std::as_const(seekers)) {
                const double weight = seeker.kind == TopicKind::Goal ? kGoalWeight : kNeedWeight;
                for (qint64 helper : std::as_const(helpers)) {
                    if (helper != seeker.id)
                        scores[pairKey(seeker.id, helper)] += weight;
                }
            }
        }
        from = to;
    }
    if (scores.isEmpty() || options.limit == 0)
        return QList<IntroductionSuggestion>{};

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
    QList<Pair> pairs;
    pairs.reserve(scores.size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const qint64 lo = qint64(it.key() >> 32);
        const qint64 hi = qint64(it.key() & 0xFFFFFFFFu);
        const double a = strength.value(lo, 0);
        const double b = strength.value(hi, 0);
        pairs.append(Pair{lo, hi, it.value(), std::min(a, b), std::max(a, b)});
    }

    // Best first; whether a pair is excluded (linked, introduced, dismissed) is asked only of the pairs that
    // would be shown, a batch at a time, since most pairs are not and only `limit` are needed.
    const qsizetype wanted = options.limit < 0 ? pairs.size() : std::min<qsizetype>(options.limit, pairs.size());
    QList<Pair> chosen;
    qsizetype sorted = 0;
    while (chosen.size() < wanted && sorted < pairs.size()) {
        const qsizetype batch = std::min<qsizetype>(pairs.size() - sorted, std::max<qsizetype>(64, 2 * wanted));
        std::partial_sort(pairs.begin() + sorted, pairs.begin() + sorted + batch, pairs.end(), ranksBefore);
        QList<std::pair<qint64, qint64>> asked;
        asked.reserve(batch);
        for (qsizetype k = sorted; k < sorted + batch; ++k)
            asked << std::pair{pairs.at(k).lo, pairs.at(k).hi};
        auto excluded = store.excludedPairs(asked);
        if (!excluded)
            return R::failure(excluded.error());
        for (qsizetype k = 0; k < batch && chosen.size() < wanted; ++k) {
            if (!excluded->at(k))
                chosen << pairs.at(sorted + k);
        }
        sorted += batch;
    }

    QList<qint64> shown;
    QList<qint64> shownTopics;
    for (const Pair& p : std::as_const(chosen)) {
        shown << p.lo << p.hi;
        for (const auto& [topic, kind] : topicsOf.value(p.lo))
            shownTopics << topic;
    }
    auto facts = NetworkStore(m_database).facts(shown);
    if (!facts)
        return R::failure(facts.error());
    auto topicNames = store.topicNames(shownTopics);
    if (!topicNames)
        return R::failure(topicNames.error());
    QList<IntroductionSuggestion> suggestions;
    suggestions.reserve(chosen.size());
    for (const Pair& p : std::as_const(chosen)) {
        // The matches between the two, both ways round.
        QList<IntroductionMatch> matches;
        const auto spell = [&](qint64 seeker, qint64 helper) {
            const auto& helperTopics = topicsOf.value(helper);
            for (const auto& [topic, kind] : topicsOf.value(seeker)) {
                if (kind == TopicKind::Expertise)
                    continue;
                if (helperTopics.contains(std::pair{topic, TopicKind::Expertise}))
                    matches << IntroductionMatch{seeker, helper, topic, topicNames->value(topic), kind};
            }
        };
        spell(p.lo, p.hi);
        spell(p.hi, p.lo);
        // Needs before goals; among them by topic name, so the best match leads and orients the pair.
        std::sort(matches.begin(), matches.end(), [](const IntroductionMatch& a, const IntroductionMatch& b) {
            if (a.seekerKind != b.seekerKind)
                return a.seekerKind == TopicKind::Need;
            const int byName = QString::compare(a.topic, b.topic, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.seekerId < b.seekerId;
        });
        IntroductionSuggestion s;
        s.firstId = matches.first().seekerId;
        s.secondId = matches.first().helperId;
        s.firstName = facts->value(s.firstId).name;
        s.secondName = facts->value(s.secondId).name;
        s.matches = matches;
        s.score = p.score;
        s.firstStrength = strength.value(s.firstId, 0);
        s.secondStrength = strength.value(s.secondId, 0);
        s.reason = reason(s);
        suggestions << s;
    }
    return suggestions;
}

} // namespace kith
