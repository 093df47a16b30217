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

struct Layer {
    int first;
    int last; // 0: no upper bound
};
// Dunbar-style layers by rank: 5, 15, 50, 150 and the rest.
constexpr Layer kLayers[] = {{1, 5}, {6, 15}, {16, 50}, {51, 150}, {151, 0}};
constexpr int kYear = 365;

int layerOf(int rank)
{
    for (int i = 0; i < int(std::size(kLayers)) - 1; ++i) {
        if (rank <= kLayers[i].last)
            return i;
    }
    return int(std::size(kLayers)) - 1;
}

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
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const ContactHistory& contact = *ranked[i].contact;
        const HealthScore& score = *ranked[i].score;
        const int rank = int(i) + 1;
        const int layer = layerOf(rank);
        const int lastYear = daysWithContactSince(contact, t - kYear + 1, t);
        // Nobody seen for a year behaves as dormant, whatever their rank; beyond the 150 the rest are
        // acquaintances.
        int implied = lastYear == 0 ? outermost : std::min(layer, int(std::size(kLayers)) - 2);
        implied = std::min(implied, outermost);
        qsizetype current = -1;
        for (qsizetype c = 0; c < circles.size(); ++c) {
            if (circles[c].key == contact.circle)
                current = c;
        }
        if (current == implied)
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
        s.layerFirstRank = kLayers[layer].first;
        s.layerLastRank = kLayers[layer].last;
        s.contacts = int(ranked.size());
        s.sum = score.sum;
        s.countedLastYear = lastYear;
        s.daysSince = score.daysSince;
        s.neverContacted = score.neverContacted;
        s.ringShift = implied - int(current >= 0 ? current : circles.size());
        result << s;
    }
    std::stable_sort(result.begin(), result.end(), [](const CircleSuggestion& a, const CircleSuggestion& b) {
        return std::abs(a.ringShift) > std::abs(b.ringShift);
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
