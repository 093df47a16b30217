#include "health/CircleSuggester.h"

#include "domain/Clock.h"
#include "health/HealthCalculator.h"
#include "storage/ContactStore.h"
#include "storage/HealthStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace kith {

namespace {

// Dunbar's layers by rank beyond the previous one: 5, then 10, 35 and 100 more (5, 15, 50, 150).
// A layer is as large as the user's own circle where that is larger; the rest of the ranks belong
// to the next-to-outermost circle, and the outermost (dormant) is implied only by a year without
// contact.
constexpr int kDunbar[] = {5, 10, 35, 100};
constexpr int kYear = 365;
// A suggestion is made only this many rings or more from the circle set: one ring is within the
// noise of ranking (the sample network's random rhythms cross one boundary all the time).
constexpr int kClearShift = 2;

int daysWithContactSince(const ContactHistory& contact, qint32 from, qint32 to)
{
    int days = 0;
    qint32 previous = 0;
    for (const HealthTouch& touch : contact.touches) {
        if (touch.day < from || touch.day > to || (days > 0 && touch.day == previous))
            continue;
        previous = touch.day;
        ++days;
    }
    return days;
}

} // namespace

CircleSuggester::CircleSuggester(Database& database)
    : m_database(database)
{}

Result<QList<CircleSuggestion>> CircleSuggester::suggestions(const QDate& at) const
{
    using R = Result<QList<CircleSuggestion>>;
    HealthStore store(m_database, Clock::system());
    auto history = store.load();
    if (!history)
        return R::failure(history.error());
    auto ignored = store.ignoredSuggestions();
    if (!ignored)
        return R::failure(ignored.error());
    const QHash<qint64, HealthScore> scores = HealthCalculator::scoresAt(*history, at, StrengthWeights{});
    return suggest(*history, scores, *ignored, at);
}

QList<CircleSuggestion> CircleSuggester::suggest(const HealthHistory& history, const QHash<qint64, HealthScore>& scores,
                                                 const QSet<QPair<qint64, QString>>& ignored, const QDate& at)
{
    QList<CircleSuggestion> result;
    const QList<Circle>& circles = history.circles;
    if (circles.isEmpty())
        return result;
    const qint32 t = qint32(at.toJulianDay());

    struct Ranked {
        const ContactHistory* contact;
        const HealthScore* score;
    };
    QList<Ranked> ranked;
    ranked.reserve(scores.size());
    for (const ContactHistory& contact : history.contacts) {
        const auto it = scores.constFind(contact.contactId);
        if (it != scores.cend())
            ranked << Ranked{&contact, &*it};
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.score->sum != b.score->sum)
            return a.score->sum > b.score->sum;
        if (a.score->daysSince != b.score->daysSince)
            return a.score->daysSince < b.score->daysSince;
        return a.contact->contactId < b.contact->contactId;
    });

    const int outermost = int(circles.size()) - 1;
    const auto circleIndex = [&circles](const QString& key) {
        for (qsizetype c = 0; c < circles.size(); ++c) {
            if (circles[c].key == key)
                return int(c);
        }
        return -1;
    };
    // The last rank of each layer but the outermost: max(Dunbar's size, the user's circle).
    QList<int> members(circles.size(), 0);
    for (const Ranked& r : std::as_const(ranked)) {
        if (const int c = circleIndex(r.contact->circle); c >= 0)
            ++members[c];
    }
    QList<int> lastRank;
    for (int c = 0, last = 0; c < outermost; ++c) {
        last += std::max(c < int(std::size(kDunbar)) ? kDunbar[c] : 0, members[c]);
        lastRank << last;
    }
    // The layer a rank falls in (the rest: the next-to-outermost), and its first and last rank (0: none).
    const auto layerOf = [&](int rank) {
        for (int c = 0; c < int(lastRank.size()); ++c) {
            if (rank <= lastRank[c])
                return c;
        }
        return std::max(0, outermost - 1);
    };
    const auto firstOf = [&](int layer) {
        return layer == 0 ? 1 : lastRank.value(layer - 1) + 1;
    };
    const auto lastOf = [&](int layer) {
        return layer == int(lastRank.size()) - 1 ? 0 : lastRank.value(layer);
    };

    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const ContactHistory& contact = *ranked[i].contact;
        const HealthScore& score = *ranked[i].score;
        const int rank = int(i) + 1;
        const int layer = outermost == 0 ? 0 : layerOf(rank);
        const int lastYear = daysWithContactSince(contact, t - kYear + 1, t);
        // Nobody seen for a year behaves as dormant, whatever their rank.
        const int implied = lastYear == 0 ? outermost : layer;
        // No circle counts as a ring beyond the outermost.
        const int current = circleIndex(contact.circle);
        const int currentRing = current >= 0 ? current : int(circles.size());
        const int shift = implied - currentRing;
        if (std::abs(shift) < kClearShift)
            continue;
        const Circle& suggested = circles[implied];
        if (ignored.contains({contact.contactId, suggested.key}))
            continue;
        CircleSuggestion s;
        s.contactId = contact.contactId;
        s.name = contact.name;
        s.currentCircle = current >= 0 ? circles[current].key : QString();
        s.currentCircleName = current >= 0 ? circles[current].name : QString();
        s.suggestedCircle = suggested.key;
        s.suggestedCircleName = suggested.name;
        s.rank = rank;
        s.layerFirstRank = firstOf(layer);
        s.layerLastRank = outermost == 0 ? 0 : lastOf(layer);
        s.contacts = int(ranked.size());
        s.sum = score.sum;
        s.countedLastYear = lastYear;
        s.daysSince = score.daysSince;
        s.neverContacted = score.neverContacted;
        s.ringShift = shift;
        // How far the rank lies outside the ranks of the circle set (the outermost circle and no
        // circle: beyond the last layer's last rank).
        const int setFirst =
            currentRing < int(lastRank.size()) ? firstOf(currentRing) : lastRank.value(lastRank.size() - 1) + 1;
        const int setLast = currentRing < int(lastRank.size()) - 1 ? lastRank.value(currentRing) : 0;
        if (rank < setFirst)
            s.margin = setFirst - rank;
        else if (setLast > 0 && rank > setLast)
            s.margin = rank - setLast;
        result << s;
    }
    // The clearest first: the most rings apart, then the farthest outside the circle's ranks, then
    // the longest without contact.
    std::stable_sort(result.begin(), result.end(), [](const CircleSuggestion& a, const CircleSuggestion& b) {
        if (std::abs(a.ringShift) != std::abs(b.ringShift))
            return std::abs(a.ringShift) > std::abs(b.ringShift);
        if (a.margin != b.margin)
            return a.margin > b.margin;
        return a.daysSince > b.daysSince;
    });
    return result;
}

QString CircleSuggester::reason(const CircleSuggestion& s)
{
    if (s.currentCircle.isEmpty())
        return QCoreApplication::translate("kith::CircleSuggester",
                                           "%1 behaves like someone in your %2 circle but is in no circle.")
            .arg(s.name, s.suggestedCircleName);
    return QCoreApplication::translate("kith::CircleSuggester",
                                       "%1 behaves like someone in your %2 circle but is in your %3 circle.")
        .arg(s.name, s.suggestedCircleName, s.currentCircleName);
}

Status CircleSuggester::accept(ContactStore& contacts, const CircleSuggestion& suggestion)
{
    auto contact = contacts.get(suggestion.contactId);
    if (!contact)
        return Status::failure(contact.error());
    Contact changed = *contact;
    changed.circle = suggestion.suggestedCircle;
    return contacts.update(changed);
}

} // namespace kith
