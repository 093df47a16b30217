#include "storage/TopicStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace kith {

namespace {

// Topic names are compared and stored as a user would read them: trimmed, inner spaces collapsed.
QString cleanName(const QString& name)
{
    return name.simplified();
}

} // namespace

TopicStore::TopicStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Status TopicStore::add(const ContactTopic& topic)
{
    return addMany({topic});
}

Status TopicStore::addMany(const QList<ContactTopic>& topics)
{
    if (topics.isEmpty())
        return {};
    const QSqlDatabase db = m_database.connection();
    QSet<qint64> contactIds;
    for (const ContactTopic& t : topics) {
        if (cleanName(t.name).isEmpty())
            return Status::failure(tr("A topic needs a name."));
        contactIds << t.contactId;
    }
    {
        QSqlQuery q(db);
        if (auto s = sql::execWith(q,
                                   QStringLiteral("SELECT id, sort_name, deleted_at IS NOT NULL FROM contacts WHERE id "
                                                  "IN (SELECT value FROM json_each(?))"),
                                   {sql::idListJson(contactIds.values())});
            !s)
            return s;
        QSet<qint64> found;
        while (q.next()) {
            found << q.value(0).toLongLong();
            if (q.value(2).toBool())
                return Status::failure(
                    tr("%1 is in the Trash; restore them before adding topics.").arg(q.value(1).toString()));
        }
        for (qint64 id : std::as_const(contactIds)) {
            if (!found.contains(id))
                return Status::failure(tr("There is no contact with id %1.").arg(id));
        }
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery ensure(db);
    if (auto s = sql::prepare(ensure, QStringLiteral("INSERT INTO topics (name, created_at) VALUES (?, ?) ON "
                                                     "CONFLICT (name) DO NOTHING"));
        !s)
        return s;
    QSqlQuery find(db);
    if (auto s = sql::prepare(find, QStringLiteral("SELECT id FROM topics WHERE name = ?")); !s)
        return s;
    QSqlQuery link(db);
    if (auto s = sql::prepare(link, QStringLiteral("INSERT INTO contact_topics (contact_id, topic_id, kind, detail, "
                                                   "added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        !s)
        return s;
    const QVariant now = sql::fromDateTime(m_clock.now());
    QHash<QString, qint64> topicIds; // by lower-case name: one look-up per name
    for (const ContactTopic& t : topics) {
        const QString name = cleanName(t.name);
        qint64 topicId = topicIds.value(name.toLower());
        if (!topicId) {
            ensure.addBindValue(name);
            ensure.addBindValue(now);
            if (auto s = sql::exec(ensure); !s)
                return s;
            find.addBindValue(name);
            if (auto s = sql::exec(find); !s)
                return s;
            if (!find.next())
                return Status::failure(tr("Cannot store the topic \"%1\".").arg(name));
            topicId = find.value(0).toLongLong();
            find.finish();
            topicIds.insert(name.toLower(), topicId);
        }
        link.addBindValue(t.contactId);
        link.addBindValue(topicId);
        link.addBindValue(topicKindKey(t.kind));
        link.addBindValue(sql::text(t.detail.trimmed()));
        link.addBindValue(now);
        if (auto s = sql::exec(link); !s)
            return s;
        if (link.numRowsAffected() != 1)
            return Status::failure(tr("Contact %1 already has \"%2\" as %3.")
                                       .arg(t.contactId)
                                       .arg(name, topicKindLabel(t.kind).toLower()));
    }
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT topicsChanged(contactIds.values());
    return {};
}

Status TopicStore::remove(qint64 contactId, TopicKind kind, const QString& name)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery q(db);
    if (auto s = sql::execWith(q,
                               QStringLiteral("DELETE FROM contact_topics WHERE contact_id = ? AND kind = ? AND "
                                              "topic_id = (SELECT id FROM topics WHERE name = ?)"),
                               {contactId, topicKindKey(kind), cleanName(name)});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(
            tr("Contact %1 has no \"%2\" as %3.").arg(contactId).arg(cleanName(name), topicKindLabel(kind).toLower()));
    if (auto s = sql::run(db, QStringLiteral("DELETE FROM topics WHERE id NOT IN (SELECT topic_id FROM "
                                             "contact_topics)"));
        !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT topicsChanged({contactId});
    return {};
}

Result<QList<ContactTopic>> TopicStore::forContact(qint64 contactId) const
{
    using R = Result<QList<ContactTopic>>;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT ct.topic_id, t.name, ct.kind, ct.detail FROM contact_topics ct "
                                              "JOIN topics t ON t.id = ct.topic_id WHERE ct.contact_id = ? ORDER BY "
                                              "t.name COLLATE NOCASE"),
                               {contactId});
        !s)
        return R::failure(s.error());
    QList<ContactTopic> topics;
    while (q.next()) {
        ContactTopic t;
        t.contactId = contactId;
        t.topicId = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.kind = topicKindFromKey(q.value(2).toString()).value_or(TopicKind::Interest);
        t.detail = q.value(3).toString();
        topics << t;
    }
    const QList<TopicKind> order = allTopicKinds();
    std::stable_sort(topics.begin(), topics.end(), [&order](const ContactTopic& a, const ContactTopic& b) {
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
    return topics;
}

Result<QList<Topic>> TopicStore::all() const
{
    using R = Result<QList<Topic>>;
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q, QStringLiteral("SELECT id, name FROM topics ORDER BY name COLLATE NOCASE"), {}); !s)
        return R::failure(s.error());
    QList<Topic> topics;
    while (q.next())
        topics << Topic{q.value(0).toLongLong(), q.value(1).toString()};
    return topics;
}

} // namespace kith
