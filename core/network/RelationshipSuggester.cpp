#include "network/RelationshipSuggester.h"

#include "domain/Clock.h"
#include "storage/EventStore.h"
#include "storage/NetworkStore.h"
#include "storage/RelationshipStore.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace kith {

namespace {

// Without a translation loaded, as in kith-cli, "event(s)" is written in English: "event" or "events".
QString counted(QString text, int n)
{
    if (text.contains(QLatin1String("(s)")))
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace

RelationshipSuggester::RelationshipSuggester(Database& database, RelationshipStore& relationships)
    : m_database(database)
    , m_relationships(relationships)
{}

QString RelationshipSuggester::normalizedOrganization(const QString& organization)
{
    // Decomposed, so that accents can be dropped ("Zürich" and "Zurich" are one place).
    QString text = organization.normalized(QString::NormalizationForm_KD).toCaseFolded();
    static const QRegularExpression marks(QStringLiteral("\\p{M}"));
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{N}]+"));
    text.remove(marks).replace(punctuation, QStringLiteral(" "));
    static const QSet<QString> legalForms{
        QStringLiteral("ltd"),         QStringLiteral("limited"),
        QStringLiteral("inc"),         QStringLiteral("incorporated"),
        QStringLiteral("llc"),         QStringLiteral("llp"),
        QStringLiteral("plc"),         QStringLiteral("corp"),
        QStringLiteral("corporation"), QStringLiteral("co"),
        QStringLiteral("company"),     QStringLiteral("gmbh"),
        QStringLiteral("ag"),          QStringLiteral("sa"),
        QStringLiteral("sarl"),        QStringLiteral("bv"),
        QStringLiteral("nv"),          QStringLiteral("ev"),
        QStringLiteral("e"),           QStringLiteral("v"),
        QStringLiteral("srl"),         QStringLiteral("spa"),
        QStringLiteral("oy"),          QStringLiteral("ab"),
        QStringLiteral("as"),          QStringLiteral("pty"),
        QStringLiteral("kk"),          QStringLiteral("the"),
    };
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Legal forms only at the end ("Co" in "Co-operative Bank" stays), and never the whole name.
    while (words.size() > 1 && legalForms.contains(words.last()))
        words.removeLast();
    if (!words.isEmpty() && words.first() == QLatin1String("the") && words.size() > 1)
        words.removeFirst();
    return words.join(QLatin1Char(' '));
}

Result<ContactLinkSuggestions> RelationshipSuggester::forContact(qint64 contactId) const
{
    return suggest(contactId, std::numeric_limits<int>::max());
}

Result<QList<RelationshipSuggestion>> RelationshipSuggester::all(int maxColleagues) const
{
    auto found = suggest(0, maxColleagues);
    if (!found)
        return Result<QList<RelationshipSuggestion>>::failure(found.error());
    return found->suggestions;
}

Result<ContactLinkSuggestions> RelationshipSuggester::suggest(qint64 onlyContact, int maxColleagues) const
{
    using R = Result<ContactLinkSuggestions>;
    const RelationshipStore& store = m_relationships;
    // For one contact, its own links and those of its parents are all that can matter; for the whole network,
    // every link.
    QList<Relationship> links;
    if (onlyContact) {
        auto own = store.forContact(onlyContact);
        if (!own)
            return R::failure(own.error());
        links = *own;
        for (const Relationship& link : std::as_const(*own)) {
            if (link.type != RelationshipType::Parent)
                continue;
            auto parents = store.forContact(link.otherId);
            if (!parents)
                return R::failure(parents.error());
            for (const Relationship& parentLink : std::as_const(*parents)) {
                if (parentLink.type == RelationshipType::Child && parentLink.otherId != onlyContact)
                    links << parentLink;
            }
        }
    } else {
        auto every = store.all();
        if (!every)
            return R::failure(every.error());
        links = *every;
    }
    auto rejected = store.rejectedSuggestions();
    if (!rejected)
        return R::failure(rejected.error());
    const NetworkStore network(m_database);
    auto organizations = network.organizations();
    if (!organizations)
        return R::failure(organizations.error());

    QSet<QString> known = *rejected;
    QSet<std::pair<qint64, qint64>> linkedPairs; // low id first, whatever the type
    // Children by parent, in id order so that the suggestions come out the same every time.
    QMap<qint64, QList<qint64>> children;
    for (const Relationship& link : std::as_const(links)) {
        known << RelationshipStore::storedKey(link);
        linkedPairs.insert(std::minmax(link.contactId, link.otherId));
        if (link.type == RelationshipType::Parent)
            children[link.otherId] << link.contactId;
        else if (link.type == RelationshipType::Child)
            children[link.contactId] << link.otherId;
    }
    ContactLinkSuggestions found;
    QList<RelationshipSuggestion>& suggestions = found.suggestions;
    QSet<QString> suggested;
    QSet<std::pair<qint64, qint64>> suggestedPairs;
    const auto isNew = [&](const Relationship& link) {
        const QString key = RelationshipStore::storedKey(link);
        return !known.contains(key) && !suggested.contains(key);
    };
    const auto offer = [&](qint64 a, qint64 b, RelationshipType type, const QString& reason) {
        if (onlyContact && a != onlyContact && b != onlyContact)
            return;
        if (onlyContact && b == onlyContact)
            std::swap(a, b);
        const Relationship link{0, a, b, type, {}, {}};
        if (!isNew(link))
            return;
        suggested << RelationshipStore::storedKey(link);
        suggestedPairs.insert(std::minmax(a, b));
        suggestions << RelationshipSuggestion{link, reason};
    };

    const QList<qint64> parentIds = children.keys();
    auto facts = network.facts(parentIds);
    if (!facts)
        return R::failure(facts.error());
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        QList<qint64> kids = it.value();
        std::sort(kids.begin(), kids.end());
        kids.erase(std::unique(kids.begin(), kids.end()), kids.end());
        const QString reason = tr("Both are children of %1.").arg(facts->value(it.key()).name);
        for (qsizetype i = 0; i < kids.size(); ++i) {
            for (qsizetype j = i + 1; j < kids.size(); ++j)
                offer(kids.at(i), kids.at(j), RelationshipType::Sibling, reason);
        }
    }

    QMap<QString, QList<std::pair<qint64, QString>>> byOrganization;
    QHash<QString, QString> normalized; // many contacts share an employer: normalise each spelling once
    for (const auto& [id, organization] : std::as_const(*organizations)) {
        auto cached = normalized.constFind(organization);
        if (cached == normalized.cend())
            cached = normalized.insert(organization, normalizedOrganization(organization));
        const QString& key = *cached;
        if (!key.isEmpty())
            byOrganization[key].append({id, organization});
    }
    for (auto it = byOrganization.cbegin(); it != byOrganization.cend(); ++it) {
        const auto& people = it.value();
        if (people.size() < 2)
            continue;
        if (!onlyContact && people.size() > maxColleagues)
            continue;
        QString name = people.first().second.trimmed();
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1); // "Initech, Inc." ends the sentence once
        const QString reason = tr("Both work at %1.").arg(name);
        for (qsizetype i = 0; i < people.size(); ++i) {
            if (onlyContact && people.at(i).first != onlyContact)
                continue;
            for (qsizetype j = 0; j < people.size(); ++j) {
                if (j == i || (!onlyContact && j < i))
                    continue;
                if (onlyContact && found.colleaguesSuggested == kMaxColleagueSuggestions) {
                    // Counted, not listed: only those that would have been suggested.
                    if (isNew({0, onlyContact, people.at(j).first, RelationshipType::Colleague, {}, {}}))
                        ++found.colleaguesLeftOut;
                    continue;
                }
                const qsizetype before = suggestions.size();
                offer(people.at(i).first, people.at(j).first, RelationshipType::Colleague, reason);
                if (onlyContact && suggestions.size() > before)
                    ++found.colleaguesSuggested;
            }
            if (onlyContact && found.colleaguesLeftOut > 0)
                found.organization = people.at(i).second.trimmed();
        }
    }

    // People at the same (not too large) event, by the pair: the events they shared, in id order.
    const EventStore eventStore(m_database, Clock::system());
    auto attendance = eventStore.attendeeIdsByEvent();
    if (!attendance)
        return R::failure(attendance.error());
    QList<std::pair<qint64, qint64>> pairs;
    QHash<std::pair<qint64, qint64>, QList<qint64>> sharedEvents;
    for (auto it = attendance->cbegin(); it != attendance->cend(); ++it) {
        const QList<qint64>& people = it.value(); // in id order
        if (people.size() < 2 || people.size() > kMaxEventAttendees)
            continue;
        if (onlyContact && !people.contains(onlyContact))
            continue;
        for (qsizetype i = 0; i < people.size(); ++i) {
            for (qsizetype j = i + 1; j < people.size(); ++j) {
                const std::pair<qint64, qint64> pair{people.at(i), people.at(j)};
                if (onlyContact && pair.first != onlyContact && pair.second != onlyContact)
                    continue;
                if (linkedPairs.contains(pair) || suggestedPairs.contains(pair))
                    continue;
                auto& events = sharedEvents[pair];
                if (events.isEmpty())
                    pairs << pair;
                events << it.key();
            }
        }
    }
    // The first event of each pair names it: for one contact those few are read one by one, for the network
    // all at once.
    QHash<qint64, Event> eventsById;
    if (onlyContact) {
        for (const auto& pair : std::as_const(pairs)) {
            const qint64 id = sharedEvents.value(pair).first();
            if (eventsById.contains(id))
                continue;
            auto event = eventStore.get(id);
            if (!event)
                return R::failure(event.error());
            eventsById.insert(id, *event);
        }
    } else if (!pairs.isEmpty()) {
        auto events = eventStore.all();
        if (!events)
            return R::failure(events.error());
        for (const EventSummary& e : std::as_const(*events))
            eventsById.insert(e.event.id, e.event);
    }
    const QLocale locale;
    for (const auto& pair : std::as_const(pairs)) {
        const QList<qint64>& events = sharedEvents.value(pair);
        const Event& first = eventsById[events.first()];
        const int others = int(events.size() - 1);
        const QString reason =
            others == 0
                ? tr("Both were at %1 on %2.").arg(first.name, locale.toString(first.heldOn, QLocale::LongFormat))
                : counted(tr("Both were at %1 and %n other event(s).", nullptr, others), others).arg(first.name);
        offer(pair.first, pair.second, RelationshipType::Knows, reason);
    }
    return found;
}

Result<qint64> RelationshipSuggester::confirm(const RelationshipSuggestion& suggestion)
{
    return m_relationships.add(suggestion.link);
}

Status RelationshipSuggester::reject(const RelationshipSuggestion& suggestion)
{
    return m_relationships.rejectSuggestion(suggestion.link);
}

} // namespace kith
