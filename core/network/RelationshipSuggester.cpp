#include "network/RelationshipSuggester.h"

#include "storage/NetworkStore.h"
#include "storage/RelationshipStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace kith {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kith::RelationshipSuggester", text);
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

Result<QList<RelationshipSuggestion>> RelationshipSuggester::forContact(qint64 contactId) const
{
    return suggest(contactId, std::numeric_limits<int>::max());
}

Result<QList<RelationshipSuggestion>> RelationshipSuggester::all(int maxColleagues) const
{
    return suggest(0, maxColleagues);
}

Result<QList<RelationshipSuggestion>> RelationshipSuggester::suggest(qint64 onlyContact, int maxColleagues) const
{
    using R = Result<QList<RelationshipSuggestion>>;
    const RelationshipStore& store = m_relationships;
    auto links = store.all();
    if (!links)
        return R::failure(links.error());
    auto rejected = store.rejectedSuggestions();
    if (!rejected)
        return R::failure(rejected.error());
    const NetworkStore network(m_database);
    auto organizations = network.organizations();
    if (!organizations)
        return R::failure(organizations.error());

    QSet<QString> known = *rejected;
    // Children by parent, in id order so that the suggestions come out the same every time.
    QMap<qint64, QList<qint64>> children;
    for (const Relationship& link : std::as_const(*links)) {
        known << RelationshipStore::storedKey(link);
        if (link.type == RelationshipType::Parent)
            children[link.otherId] << link.contactId;
        else if (link.type == RelationshipType::Child)
            children[link.contactId] << link.otherId;
    }
    QList<RelationshipSuggestion> suggestions;
    QSet<QString> suggested;
    const auto offer = [&](qint64 a, qint64 b, RelationshipType type, const QString& reason) {
        if (onlyContact && a != onlyContact && b != onlyContact)
            return;
        if (onlyContact && b == onlyContact)
            std::swap(a, b);
        const Relationship link{0, a, b, type, {}, {}};
        const QString key = RelationshipStore::storedKey(link);
        if (known.contains(key) || suggested.contains(key))
            return;
        suggested << key;
        suggestions << RelationshipSuggestion{link, reason};
    };

    const QList<qint64> parentIds = children.keys();
    auto facts = network.facts(parentIds);
    if (!facts)
        return R::failure(facts.error());
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        QList<qint64> kids = it.value();
        std::sort(kids.begin(), kids.end());
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
                offer(people.at(i).first, people.at(j).first, RelationshipType::Colleague, reason);
            }
        }
    }
    return suggestions;
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
