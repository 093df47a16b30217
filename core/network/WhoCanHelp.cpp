#include "network/WhoCanHelp.h"

#include "domain/Clock.h"
#include "domain/Relationship.h"
#include "health/HealthModel.h"
#include "health/StrengthWeights.h"
#include "storage/HealthStore.h"
#include "storage/RelationshipStore.h"
#include "storage/SearchIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>

namespace kith {

namespace {

constexpr int kMaxLinks = 3;

// How a result relates to someone linked to it, where `type` is what that someone is to the result:
// "Ada's child" (Ada is their parent), "introduced by Grace", "knows Alan".
QString linkPhrase(RelationshipType type, const QString& other)
{
    switch (type) {
    case RelationshipType::Knows:
        return QCoreApplication::translate("kith::WhoCanHelp", "knows %1").arg(other);
    case RelationshipType::IntroducedBy:
        return QCoreApplication::translate("kith::WhoCanHelp", "introduced by %1").arg(other);
    case RelationshipType::Introduced:
        return QCoreApplication::translate("kith::WhoCanHelp", "introduced %1").arg(other);
    default:
        return QCoreApplication::translate("kith::WhoCanHelp", "%1's %2")
            .arg(other, relationshipTypeNoun(inverse(type)));
    }
}

// The topics found, best first, each as itself: "[tax] [law] (VAT for small shops), [tax] returns".
QString topicList(const QList<MatchedTopic>& topics)
{
    QStringList parts;
    for (const MatchedTopic& topic : topics) {
        parts << (topic.detail.isEmpty() ? topic.name
                                         //: A topic found by Who Can Help: its name, then the contact's words on it.
                                         : WhoCanHelp::tr("%1 (%2)").arg(topic.name, topic.detail));
    }
    //: Between the topics found by Who Can Help.
    return parts.join(WhoCanHelp::tr(", "));
}

struct Candidate {
    qint64 contactId = 0;
    QList<HelpSource> sources;
    int closeness = std::numeric_limits<int>::max(); // the circle's order; no circle after every circle
    QDateTime lastInteraction;
    QString name;
};

} // namespace

QString helpSourceLabel(HelpSource source)
{
    switch (source) {
    case HelpSource::Expertise:
        return QCoreApplication::translate("kith::WhoCanHelp", "Can help with");
    case HelpSource::Topic:
        return QCoreApplication::translate("kith::WhoCanHelp", "Topics");
    case HelpSource::Work:
        return QCoreApplication::translate("kith::WhoCanHelp", "Title or organisation");
    case HelpSource::Notes:
        return QCoreApplication::translate("kith::WhoCanHelp", "Notes");
    case HelpSource::Interaction:
        return QCoreApplication::translate("kith::WhoCanHelp", "Interaction");
    }
    return {};
}

QString helpSourceKey(HelpSource source)
{
    switch (source) {
    case HelpSource::Expertise:
        return QStringLiteral("expertise");
    case HelpSource::Topic:
        return QStringLiteral("topic");
    case HelpSource::Work:
        return QStringLiteral("work");
    case HelpSource::Notes:
        return QStringLiteral("notes");
    case HelpSource::Interaction:
        return QStringLiteral("interaction");
    }
    return {};
}

WhoCanHelp::WhoCanHelp(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<QList<HelpMatch>> WhoCanHelp::search(const QString& text, int limit) const
{
    using R = Result<QList<HelpMatch>>;
    const QString match = SearchIndex::matchExpression(text);
    if (match.isEmpty())
        return R::failure(tr("Say what you need help with, for example \"tax law\"."));
    const NetworkStore store(m_database);
    auto hits = store.helpHits(match);
    if (!hits)
        return R::failure(hits.error());

    QHash<qint64, Candidate> byContact;
    for (const HelpHit& hit : std::as_const(*hits)) {
        Candidate& c = byContact[hit.contactId];
        c.contactId = hit.contactId;
        if (!c.sources.contains(hit.source))
            c.sources << hit.source;
    }
    QList<Candidate> candidates = byContact.values();
    for (Candidate& c : candidates)
        std::sort(c.sources.begin(), c.sources.end());
    auto facts = store.facts(byContact.keys());
    if (!facts)
        return R::failure(facts.error());
    for (Candidate& c : candidates) {
        const auto f = facts->constFind(c.contactId);
        if (f == facts->cend())
            continue;
        if (f->circleOrder > 0)
            c.closeness = f->circleOrder;
        c.lastInteraction = f->lastInteraction;
        c.name = f->name;
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.sources.first() != b.sources.first())
            return a.sources.first() < b.sources.first();
        if (a.sources.size() != b.sources.size())
            return a.sources.size() > b.sources.size();
        if (a.closeness != b.closeness)
            return a.closeness < b.closeness;
        if (a.lastInteraction != b.lastInteraction)
            return a.lastInteraction > b.lastInteraction;
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.contactId < b.contactId;
    });
    if (limit >= 0 && candidates.size() > limit)
        candidates.resize(limit);

    // Only the results shown are explained: the matching text of their best source, their links, their strength.
    QMap<HelpSource, QList<qint64>> bySource;
    for (const Candidate& c : std::as_const(candidates))
        bySource[c.sources.first()] << c.contactId;
    QHash<qint64, HelpSnippet> snippets;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        auto found = store.snippets(it.key(), match, it.value());
        if (!found)
            return R::failure(found.error());
        snippets.insert(*found);
    }
    RelationshipStore relationships(m_database, m_clock);
    QHash<qint64, QList<Relationship>> links;
    QList<qint64> others;
    for (const Candidate& c : std::as_const(candidates)) {
        auto forContact = relationships.forContact(c.contactId);
        if (!forContact)
            return R::failure(forContact.error());
        QList<Relationship> list = *forContact;
        if (list.size() > kMaxLinks)
            list.resize(kMaxLinks);
        for (const Relationship& r : std::as_const(list))
            others << r.otherId;
        links.insert(c.contactId, list);
    }
    auto otherFacts = store.facts(others);
    if (!otherFacts)
        return R::failure(otherFacts.error());

    // Tie strength from one read of the shown contacts' interactions.
    QList<qint64> inTouch;
    for (const Candidate& c : std::as_const(candidates)) {
        if (c.lastInteraction.isValid())
            inTouch << c.contactId;
    }
    const QDate today = m_clock.today();
    QHash<qint64, double> strength;
    auto histories = HealthStore(m_database, m_clock).loadContacts(inTouch, false);
    if (!histories)
        return R::failure(histories.error());
    for (const ContactHistory& history : std::as_const(*histories))
        strength.insert(history.contactId, HealthModel::breakdown(history, today, StrengthWeights{}).strength.value);
    const QLocale locale;
    QList<HelpMatch> results;
    results.reserve(candidates.size());
    for (const Candidate& c : std::as_const(candidates)) {
        const ContactFacts f = facts->value(c.contactId);
        HelpMatch m;
        m.contactId = c.contactId;
        m.name = f.name;
        m.source = c.sources.first();
        m.sources = c.sources;
        const HelpSnippet snippet = snippets.value(c.contactId);
        m.matched = snippet.topics.isEmpty() ? snippet.text : topicList(snippet.topics);
        m.matchedAt = snippet.at;
        m.reason = m.matchedAt.isValid()
                       ? tr("%1 on %2: %3")
                             .arg(helpSourceLabel(m.source),
                                  locale.toString(m.matchedAt.toLocalTime().date(), QLocale::ShortFormat), m.matched)
                       : tr("%1: %2").arg(helpSourceLabel(m.source), m.matched);
        m.circleName = f.circleName;
        for (const Relationship& r : links.value(c.contactId))
            m.links << linkPhrase(r.type, otherFacts->value(r.otherId).name);
        m.howMet = f.howMet;
        m.whereMet = f.whereMet;
        m.lastInteraction = f.lastInteraction;
        // Someone never in touch has no tie to measure (HealthModel would still credit reciprocity).
        m.strength = strength.value(c.contactId, 0);

        QStringList parts;
        if (!f.circleName.isEmpty())
            parts << tr("%1 circle").arg(f.circleName);
        if (!m.links.isEmpty())
            parts << m.links.join(QStringLiteral(", "));
        if (!f.howMet.isEmpty())
            parts << (f.whereMet.isEmpty() ? f.howMet : tr("%1 (%2)").arg(f.howMet, f.whereMet));
        if (f.lastInteraction.isValid()) {
            parts << tr("last in touch %1")
                         .arg(locale.toString(f.lastInteraction.toLocalTime().date(), QLocale::ShortFormat));
            parts << tr("tie strength %1/100").arg(qRound(m.strength));
        } else {
            parts << tr("never in touch");
        }
        m.howYouKnow = parts.join(QStringLiteral("; "));
        results << m;
    }
    return results;
}

} // namespace kith
