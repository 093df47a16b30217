#include "storage/NetworkStore.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSet>
#include <QSqlQuery>

namespace kith {

namespace {

// An FTS5 column filter over the whole expression: every word must be in that column.
QString inColumn(const QString& column, const QString& matchExpression)
{
    return QStringLiteral("{%1} : (%2)").arg(column, matchExpression);
}

const QString kOpen = QStringLiteral("[");
const QString kClose = QStringLiteral("]");
const QString kEllipsis = QStringLiteral("…");

} // namespace

NetworkStore::NetworkStore(Database& database)
    : m_database(database)
{}

Result<QList<HelpHit>> NetworkStore::helpHits(const QString& matchExpression) const
{
    using R = Result<QList<HelpHit>>;
    if (matchExpression.isEmpty())
        return QList<HelpHit>{};
    struct Source {
        HelpSource source;
        QString text;
        QString match;
    };
    const QString live = QStringLiteral(" JOIN contacts c ON c.id = %1 AND c.deleted_at IS NULL WHERE ");
    const QString topics =
        QStringLiteral("SELECT DISTINCT s.contact_id FROM topics_fts f JOIN contact_topic_search_ids "
                       "s ON s.id = f.rowid") +
        live.arg(QStringLiteral("s.contact_id")) + QStringLiteral("topics_fts MATCH ? AND ");
    const QList<Source> sources{
        {HelpSource::Expertise, topics + QStringLiteral("s.kind = 'expertise'"), matchExpression},
        {HelpSource::Topic, topics + QStringLiteral("s.kind <> 'expertise'"), matchExpression},
        {HelpSource::Work,
         QStringLiteral("SELECT f.rowid FROM contacts_fts f") + live.arg(QStringLiteral("f.rowid")) +
             QStringLiteral("contacts_fts MATCH ?"),
         inColumn(QStringLiteral("organization"), matchExpression)},
        {HelpSource::Notes,
         QStringLiteral("SELECT f.rowid FROM contacts_fts f") + live.arg(QStringLiteral("f.rowid")) +
             QStringLiteral("contacts_fts MATCH ?"),
         inColumn(QStringLiteral("notes"), matchExpression)},
        {HelpSource::Interaction,
         QStringLiteral("SELECT DISTINCT p.contact_id FROM interactions_fts f JOIN interaction_participants p ON "
                        "p.interaction_id = f.rowid") +
             live.arg(QStringLiteral("p.contact_id")) + QStringLiteral("interactions_fts MATCH ?"),
         matchExpression},
    };
    QList<HelpHit> hits;
    const QSqlDatabase db = m_database.connection();
    for (const Source& source : sources) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (auto s = sql::execWith(q, source.text, {source.match}); !s)
            return R::failure(s.error());
        while (q.next())
            hits << HelpHit{q.value(0).toLongLong(), source.source};
    }
    return hits;
}

Result<QHash<qint64, HelpSnippet>> NetworkStore::snippets(HelpSource source, const QString& matchExpression,
                                                          const QList<qint64>& contactIds) const
{
    using R = Result<QHash<qint64, HelpSnippet>>;
    QHash<qint64, HelpSnippet> found;
    if (contactIds.isEmpty() || matchExpression.isEmpty())
        return found;
    QString text;
    QString match = matchExpression;
    const QString marks = QStringLiteral("'%1', '%2', '%3', 10").arg(kOpen, kClose, kEllipsis);
    switch (source) {
    case HelpSource::Expertise:
    case HelpSource::Topic:
        // Each topic that matched, best first: its name whole, the detail around the words found.
        text = QStringLiteral("SELECT s.contact_id, highlight(topics_fts, 0, '%1', '%2'), snippet(topics_fts, 1, %3), "
                              "NULL FROM topics_fts f JOIN contact_topic_search_ids s ON s.id = f.rowid WHERE "
                              "topics_fts MATCH ? AND s.kind %4 'expertise' ORDER BY f.rank")
                   .arg(kOpen, kClose, marks,
                        source == HelpSource::Expertise ? QStringLiteral("=") : QStringLiteral("<>"));
        break;
    case HelpSource::Work:
    case HelpSource::Notes:
        match = inColumn(source == HelpSource::Work ? QStringLiteral("organization") : QStringLiteral("notes"),
                         matchExpression);
        text = QStringLiteral("SELECT rowid, snippet(contacts_fts, %1, %2), NULL FROM contacts_fts WHERE "
                              "contacts_fts MATCH ?")
                   .arg(source == HelpSource::Work ? 1 : 5)
                   .arg(marks);
        break;
    case HelpSource::Interaction:
        // Newest last, so that the most recent match is the one kept.
        text = QStringLiteral("SELECT p.contact_id, snippet(interactions_fts, 0, %1), i.occurred_at FROM "
                              "interactions_fts f JOIN interaction_participants p ON p.interaction_id = f.rowid JOIN "
                              "interactions i ON i.id = f.rowid WHERE interactions_fts MATCH ? AND p.contact_id IN "
                              "(SELECT value FROM json_each(?)) ORDER BY i.occurred_at")
                   .arg(marks);
        break;
    }
    // FTS5 runs the whole query once per value of a rowid IN list; for the contact sources one run over every
    // match, filtered here, is far cheaper.
    const bool byContact = source == HelpSource::Interaction;
    QVariantList values{match};
    if (byContact)
        values << sql::idListJson(contactIds);
    const QSet<qint64> wanted(contactIds.cbegin(), contactIds.cend());
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q, text, values); !s)
        return R::failure(s.error());
    const bool topics = source == HelpSource::Expertise || source == HelpSource::Topic;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!wanted.contains(id))
            continue;
        if (topics)
            found[id].topics << MatchedTopic{q.value(1).toString().simplified(), q.value(2).toString().simplified()};
        else
            found.insert(id, {q.value(1).toString().simplified(), sql::toDateTime(q.value(2)), {}});
    }
    return found;
}

Result<QHash<qint64, ContactFacts>> NetworkStore::facts(const QList<qint64>& contactIds) const
{
    using R = Result<QHash<qint64, ContactFacts>>;
    QHash<qint64, ContactFacts> facts;
    if (contactIds.isEmpty())
        return facts;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s =
            sql::execWith(q,
                          QStringLiteral("SELECT c.id, c.sort_name, coalesce(c.circle, ''), coalesce(ci.name, ''), "
                                         "coalesce(ci.sort_order, 0), c.title, c.organization, c.how_met, "
                                         "c.where_met, c.last_interaction_at FROM contacts c LEFT JOIN circles ci "
                                         "ON ci.key = c.circle WHERE c.id IN (SELECT value FROM json_each(?))"),
                          {sql::idListJson(contactIds)});
        !s)
        return R::failure(s.error());
    while (q.next()) {
        ContactFacts f;
        f.name = q.value(1).toString();
        f.circleKey = q.value(2).toString();
        f.circleName = q.value(3).toString();
        f.circleOrder = q.value(4).toInt();
        f.title = q.value(5).toString();
        f.organization = q.value(6).toString();
        f.howMet = q.value(7).toString();
        f.whereMet = q.value(8).toString();
        f.lastInteraction = sql::toDateTime(q.value(9));
        facts.insert(q.value(0).toLongLong(), f);
    }
    return facts;
}

Result<QList<std::pair<qint64, QString>>> NetworkStore::organizations() const
{
    using R = Result<QList<std::pair<qint64, QString>>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT id, organization FROM contacts WHERE deleted_at IS NULL AND "
                                              "organization <> '' ORDER BY id"),
                               {});
        !s)
        return R::failure(s.error());
    QList<std::pair<qint64, QString>> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

} // namespace kith
