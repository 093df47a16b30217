#include "storage/ContactStore.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace kith {

namespace {

const QString kContactColumns = QStringLiteral(
    "id, uid, prefix, given, additional, family, suffix, display_name, nickname, organization, title, birthday, "
    "anniversary, circle, cadence_days, priority, how_met, where_met, notes, photo, created_at, updated_at, "
    "deleted_at");

struct FieldKind {
    const char* key;
    QList<LabeledValue> Contact::* member;
};

const FieldKind kFieldKinds[] = {
    {"email", &Contact::emails},
    {"phone", &Contact::phones},
    {"url", &Contact::urls},
    {"social", &Contact::socialProfiles},
};

Contact contactFromRecord(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.uid = q.value(1).toString();
    c.prefix = q.value(2).toString();
    c.given = q.value(3).toString();
    c.additional = q.value(4).toString();
    c.family = q.value(5).toString();
    c.suffix = q.value(6).toString();
    c.displayName = q.value(7).toString();
    c.nickname = q.value(8).toString();
    c.organization = q.value(9).toString();
    c.title = q.value(10).toString();
    c.birthday = PartialDate::fromIsoString(q.value(11).toString()).value_or(PartialDate{});
    c.anniversary = PartialDate::fromIsoString(q.value(12).toString()).value_or(PartialDate{});
    c.circle = q.value(13).toString();
    if (!q.value(14).isNull())
        c.cadenceDays = q.value(14).toInt();
    c.priority = static_cast<Priority>(q.value(15).toInt());
    c.howMet = q.value(16).toString();
    c.whereMet = q.value(17).toString();
    c.notes = q.value(18).toString();
    c.photo = q.value(19).toByteArray();
    c.createdAt = sql::toDateTime(q.value(20));
    c.updatedAt = sql::toDateTime(q.value(21));
    c.deletedAt = sql::toDateTime(q.value(22));
    return c;
}

void bindContact(QSqlQuery& q, const Contact& c)
{
    q.bindValue(QStringLiteral(":prefix"), c.prefix);
    q.bindValue(QStringLiteral(":given"), c.given);
    q.bindValue(QStringLiteral(":additional"), c.additional);
    q.bindValue(QStringLiteral(":family"), c.family);
    q.bindValue(QStringLiteral(":suffix"), c.suffix);
    q.bindValue(QStringLiteral(":display_name"), c.displayName);
    q.bindValue(QStringLiteral(":nickname"), c.nickname);
    q.bindValue(QStringLiteral(":organization"), c.organization);
    q.bindValue(QStringLiteral(":title"), c.title);
    q.bindValue(QStringLiteral(":birthday"), c.birthday.toIsoString());
    q.bindValue(QStringLiteral(":anniversary"), c.anniversary.toIsoString());
    q.bindValue(QStringLiteral(":circle"), sql::nullIfEmpty(c.circle));
    q.bindValue(QStringLiteral(":cadence_days"),
                c.cadenceDays ? QVariant(*c.cadenceDays) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":priority"), static_cast<int>(c.priority));
    q.bindValue(QStringLiteral(":how_met"), c.howMet);
    q.bindValue(QStringLiteral(":where_met"), c.whereMet);
    q.bindValue(QStringLiteral(":notes"), c.notes);
    q.bindValue(QStringLiteral(":photo"), c.photo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : c.photo);
    q.bindValue(QStringLiteral(":sort_name"), c.effectiveName());
}

QString orderByClause(const ContactQuery& query)
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    QString collation;
    switch (query.sortKey) {
    case ContactQuery::SortKey::Name:
        key = QStringLiteral("c.sort_name");
        collation = QStringLiteral(" COLLATE NOCASE");
        break;
    case ContactQuery::SortKey::Organization:
        key = QStringLiteral("nullif(c.organization, '')");
        collation = QStringLiteral(" COLLATE NOCASE");
        break;
    case ContactQuery::SortKey::Circle:
        key = QStringLiteral("(SELECT sort_order FROM circles WHERE key = c.circle)");
        break;
    case ContactQuery::SortKey::Tags:
        key = QStringLiteral("(SELECT min(t.name) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                             "WHERE ct.contact_id = c.id)");
        collation = QStringLiteral(" COLLATE NOCASE");
        break;
    case ContactQuery::SortKey::LastInteraction:
        key = QStringLiteral("c.last_interaction_at");
        break;
    case ContactQuery::SortKey::NextReminder:
        key = QStringLiteral("(SELECT min(due_at) FROM reminders r WHERE r.contact_id = c.id AND r.done_at IS NULL)");
        break;
    }
    // Empty values stay at the bottom whichever way the column is sorted; ties fall back to the name.
    return key + QStringLiteral(" IS NULL, ") + key + collation + QLatin1Char(' ') + dir +
           QStringLiteral(", c.sort_name COLLATE NOCASE ASC, c.id ASC");
}

} // namespace

ContactStore::ContactStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

Status ContactStore::validate(const Contact& c) const
{
    if (c.effectiveName().isEmpty())
        return Status::failure(tr("A contact needs a name."));
    if (!c.birthday.isValid())
        return Status::failure(tr("The birthday is not a valid date."));
    if (!c.anniversary.isValid())
        return Status::failure(tr("The anniversary is not a valid date."));
    if (c.cadenceDays && *c.cadenceDays <= 0)
        return Status::failure(tr("The keep-in-touch cadence must be at least one day."));
    if (!c.circle.isEmpty()) {
        QSqlQuery q(m_database.connection());
        if (auto s = sql::prepare(q, QStringLiteral("SELECT 1 FROM circles WHERE key = ?")); !s)
            return s;
        q.addBindValue(c.circle);
        if (auto s = sql::exec(q); !s)
            return s;
        if (!q.next())
            return Status::failure(tr("There is no circle called \"%1\".").arg(c.circle));
    }
    return {};
}

Result<qint64> ContactStore::add(Contact contact)
{
    if (auto s = validate(contact); !s)
        return Result<qint64>::failure(s.error());
    if (contact.uid.isEmpty())
        contact.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery q(db);
    if (auto s = sql::prepare(q, QStringLiteral(
                                     "INSERT INTO contacts (uid, prefix, given, additional, family, suffix, display_name, "
                                     "nickname, organization, title, birthday, anniversary, circle, cadence_days, priority, "
                                     "how_met, where_met, notes, photo, sort_name, created_at, updated_at) VALUES (:uid, "
                                     ":prefix, :given, :additional, :family, :suffix, :display_name, :nickname, "
                                     ":organization, :title, :birthday, :anniversary, :circle, :cadence_days, :priority, "
                                     ":how_met, :where_met, :notes, :photo, :sort_name, :now, :now)"));
        !s)
        return Result<qint64>::failure(s.error());
    bindContact(q, contact);
    q.bindValue(QStringLiteral(":uid"), contact.uid);
    q.bindValue(QStringLiteral(":now"), sql::fromDateTime(m_clock.now()));
    if (auto s = sql::exec(q); !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = writeFields(id, contact); !s)
        return Result<qint64>::failure(s.error());
    if (auto s = SearchIndex::refresh(db, {id}); !s)
        return Result<qint64>::failure(s.error());
    if (auto s = transaction.commit(); !s)
        return Result<qint64>::failure(s.error());
    Q_EMIT contactsChanged({id});
    return id;
}

Status ContactStore::update(const Contact& contact)
{
    if (auto s = validate(contact); !s)
        return s;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery q(db);
    if (auto s = sql::prepare(
            q, QStringLiteral("UPDATE contacts SET prefix = :prefix, given = :given, additional = :additional, "
                              "family = :family, suffix = :suffix, display_name = :display_name, nickname = :nickname, "
                              "organization = :organization, title = :title, birthday = :birthday, anniversary = "
                              ":anniversary, circle = :circle, cadence_days = :cadence_days, priority = :priority, "
                              "how_met = :how_met, where_met = :where_met, notes = :notes, photo = :photo, sort_name = "
                              ":sort_name, updated_at = :now WHERE id = :id"));
        !s)
        return s;
    bindContact(q, contact);
    q.bindValue(QStringLiteral(":now"), sql::fromDateTime(m_clock.now()));
    q.bindValue(QStringLiteral(":id"), contact.id);
    if (auto s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no contact with id %1.").arg(contact.id));
    for (const QString& table : {QStringLiteral("contact_fields"), QStringLiteral("contact_addresses"),
                                 QStringLiteral("contact_tags")}) {
        QSqlQuery clear(db);
        if (auto s = sql::prepare(clear, QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(table)); !s)
            return s;
        clear.addBindValue(contact.id);
        if (auto s = sql::exec(clear); !s)
            return s;
    }
    if (auto s = writeFields(contact.id, contact); !s)
        return s;
    if (auto s = SearchIndex::refresh(db, {contact.id}); !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT contactsChanged({contact.id});
    return {};
}

Status ContactStore::writeFields(qint64 id, const Contact& contact)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery field(db);
    if (auto s = sql::prepare(field, QStringLiteral("INSERT INTO contact_fields (contact_id, kind, label, value, "
                                                    "position) VALUES (?, ?, ?, ?, ?)"));
        !s)
        return s;
    for (const FieldKind& kind : kFieldKinds) {
        const QList<LabeledValue>& values = contact.*(kind.member);
        for (int i = 0; i < values.size(); ++i) {
            if (values[i].value.trimmed().isEmpty())
                continue;
            field.addBindValue(id);
            field.addBindValue(QString::fromLatin1(kind.key));
            field.addBindValue(values[i].label);
            field.addBindValue(values[i].value.trimmed());
            field.addBindValue(i);
            if (auto s = sql::exec(field); !s)
                return s;
        }
    }
    QSqlQuery address(db);
    if (auto s = sql::prepare(address, QStringLiteral("INSERT INTO contact_addresses (contact_id, label, po_box, "
                                                      "extended, street, locality, region, postal_code, country, "
                                                      "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    for (int i = 0; i < contact.addresses.size(); ++i) {
        const PostalAddress& a = contact.addresses[i];
        if (a.isEmpty())
            continue;
        for (const QVariant& v : {QVariant(id), QVariant(a.label), QVariant(a.poBox), QVariant(a.extended),
                                  QVariant(a.street), QVariant(a.locality), QVariant(a.region),
                                  QVariant(a.postalCode), QVariant(a.country), QVariant(i)})
            address.addBindValue(v);
        if (auto s = sql::exec(address); !s)
            return s;
    }
    QSqlQuery ensureTag(db);
    if (auto s = sql::prepare(ensureTag, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
        !s)
        return s;
    QSqlQuery linkTag(db);
    if (auto s = sql::prepare(linkTag, QStringLiteral("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT "
                                                      "?, id FROM tags WHERE name = ?"));
        !s)
        return s;
    for (const QString& rawTag : contact.tags) {
        const QString tag = rawTag.trimmed();
        if (tag.isEmpty())
            continue;
        ensureTag.addBindValue(tag);
        if (auto s = sql::exec(ensureTag); !s)
            return s;
        linkTag.addBindValue(id);
        linkTag.addBindValue(tag);
        if (auto s = sql::exec(linkTag); !s)
            return s;
    }
    return {};
}

Result<Contact> ContactStore::get(qint64 id) const
{
    auto many = getMany({id});
    if (!many)
        return Result<Contact>::failure(many.error());
    if (many->isEmpty())
        return Result<Contact>::failure(tr("There is no contact with id %1.").arg(id));
    return many->first();
}

Result<QList<Contact>> ContactStore::getMany(const QList<qint64>& ids) const
{
    using R = Result<QList<Contact>>;
    const QSqlDatabase db = m_database.connection();
    const QString idJson = sql::idListJson(ids);
    QSqlQuery q(db);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT %1 FROM contacts WHERE id IN (SELECT value FROM json_each(?))")
                                     .arg(kContactColumns));
        !s)
        return R::failure(s.error());
    q.addBindValue(idJson);
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QHash<qint64, Contact> byId;
    while (q.next()) {
        Contact c = contactFromRecord(q);
        byId.insert(c.id, std::move(c));
    }

    QSqlQuery fields(db);
    if (auto s = sql::prepare(fields, QStringLiteral("SELECT contact_id, kind, label, value FROM contact_fields WHERE "
                                                     "contact_id IN (SELECT value FROM json_each(?)) ORDER BY "
                                                     "contact_id, kind, position, id"));
        !s)
        return R::failure(s.error());
    fields.addBindValue(idJson);
    if (auto s = sql::exec(fields); !s)
        return R::failure(s.error());
    while (fields.next()) {
        auto it = byId.find(fields.value(0).toLongLong());
        if (it == byId.end())
            continue;
        const QString kind = fields.value(1).toString();
        for (const FieldKind& k : kFieldKinds) {
            if (kind == QLatin1String(k.key))
                ((*it).*(k.member)).append({fields.value(2).toString(), fields.value(3).toString()});
        }
    }

    QSqlQuery addresses(db);
    if (auto s = sql::prepare(addresses, QStringLiteral("SELECT contact_id, label, po_box, extended, street, locality, "
                                                        "region, postal_code, country FROM contact_addresses WHERE "
                                                        "contact_id IN (SELECT value FROM json_each(?)) ORDER BY "
                                                        "contact_id, position, id"));
        !s)
        return R::failure(s.error());
    addresses.addBindValue(idJson);
    if (auto s = sql::exec(addresses); !s)
        return R::failure(s.error());
    while (addresses.next()) {
        auto it = byId.find(addresses.value(0).toLongLong());
        if (it == byId.end())
            continue;
        it->addresses.append({addresses.value(1).toString(), addresses.value(2).toString(),
                              addresses.value(3).toString(), addresses.value(4).toString(),
                              addresses.value(5).toString(), addresses.value(6).toString(),
                              addresses.value(7).toString(), addresses.value(8).toString()});
    }

    QSqlQuery tags(db);
    if (auto s = sql::prepare(tags, QStringLiteral("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON "
                                                   "t.id = ct.tag_id WHERE ct.contact_id IN (SELECT value FROM "
                                                   "json_each(?)) ORDER BY ct.contact_id, t.name COLLATE NOCASE"));
        !s)
        return R::failure(s.error());
    tags.addBindValue(idJson);
    if (auto s = sql::exec(tags); !s)
        return R::failure(s.error());
    while (tags.next()) {
        auto it = byId.find(tags.value(0).toLongLong());
        if (it != byId.end())
            it->tags << tags.value(1).toString();
    }

    QList<Contact> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            result << *it;
    }
    return result;
}

Status ContactStore::setTrashed(const QList<qint64>& ids, bool trashed)
{
    if (ids.isEmpty())
        return {};
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery q(db);
    const QString text = trashed ? QStringLiteral("UPDATE contacts SET deleted_at = ? WHERE deleted_at IS NULL AND id "
                                                  "IN (SELECT value FROM json_each(?))")
                                 : QStringLiteral("UPDATE contacts SET deleted_at = NULL WHERE deleted_at IS NOT NULL "
                                                  "AND id IN (SELECT value FROM json_each(?))");
    if (auto s = sql::prepare(q, text); !s)
        return s;
    if (trashed)
        q.addBindValue(sql::fromDateTime(m_clock.now()));
    q.addBindValue(sql::idListJson(ids));
    if (auto s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != ids.size())
        return Status::failure(trashed ? tr("Some of these contacts do not exist or are already in the Trash.")
                                       : tr("Some of these contacts are not in the Trash."));
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT contactsChanged(ids);
    return {};
}

Status ContactStore::moveToTrash(const QList<qint64>& ids)
{
    return setTrashed(ids, true);
}

Status ContactStore::restore(const QList<qint64>& ids)
{
    return setTrashed(ids, false);
}

Status ContactStore::purge(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return {};
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString idJson = sql::idListJson(ids);
    const QStringList statements{
        QStringLiteral("DELETE FROM contacts_fts WHERE rowid IN (SELECT value FROM json_each(?))"),
        QStringLiteral("DELETE FROM contacts WHERE id IN (SELECT value FROM json_each(?))"),
    };
    for (const QString& text : statements) {
        QSqlQuery q(db);
        if (auto s = sql::prepare(q, text); !s)
            return s;
        q.addBindValue(idJson);
        if (auto s = sql::exec(q); !s)
            return s;
    }
    // Interactions left without anyone go with their last participant.
    if (auto s = sql::run(db, QStringLiteral("DELETE FROM interactions WHERE id NOT IN (SELECT interaction_id FROM "
                                             "interaction_participants)"));
        !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT contactsChanged(ids);
    return {};
}

Status ContactStore::emptyTrash()
{
    ContactQuery query;
    query.trashed = true;
    auto trashed = ids(query);
    if (!trashed)
        return Status::failure(trashed.error());
    return purge(*trashed);
}

Result<QList<qint64>> ContactStore::ids(const ContactQuery& query) const
{
    using R = Result<QList<qint64>>;
    QString text = QStringLiteral("SELECT c.id FROM contacts c WHERE c.deleted_at IS %1 NULL")
                       .arg(query.trashed ? QStringLiteral("NOT") : QString());
    const QString match = SearchIndex::matchExpression(query.search);
    const bool searching = !query.search.trimmed().isEmpty();
    if (searching && match.isEmpty())
        return QList<qint64>{};
    if (searching)
        text += QStringLiteral(" AND c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)");
    text += QStringLiteral(" ORDER BY ") + orderByClause(query);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, text); !s)
        return R::failure(s.error());
    if (searching)
        q.addBindValue(match);
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QList<qint64> result;
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

Result<QList<ContactSummary>> ContactStore::summaries(const QList<qint64>& ids) const
{
    using R = Result<QList<ContactSummary>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(
            q, QStringLiteral(
                   "SELECT c.id, c.sort_name, c.organization, ci.name, "
                   "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = "
                   "ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.name COLLATE NOCASE)), c.last_interaction_at, "
                   "(SELECT min(due_at) FROM reminders r WHERE r.contact_id = c.id AND r.done_at IS NULL) "
                   "FROM contacts c LEFT JOIN circles ci ON ci.key = c.circle WHERE c.id IN (SELECT value FROM "
                   "json_each(?))"));
        !s)
        return R::failure(s.error());
    q.addBindValue(sql::idListJson(ids));
    if (auto s = sql::exec(q); !s)
        return R::failure(s.error());
    QHash<qint64, ContactSummary> byId;
    while (q.next()) {
        ContactSummary row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.organization = q.value(2).toString();
        row.circle = q.value(3).toString();
        row.tags = q.value(4).toString();
        row.lastInteraction = sql::toDateTime(q.value(5));
        row.nextReminder = sql::toDateTime(q.value(6));
        byId.insert(row.id, row);
    }
    QList<ContactSummary> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            result << *it;
    }
    return result;
}

Result<int> ContactStore::count(bool trashed) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS %1 NULL")
                    .arg(trashed ? QStringLiteral("NOT") : QString())) ||
        !q.next())
        return Result<int>::failure(tr("Cannot count contacts."));
    return q.value(0).toInt();
}

Result<qint64> ContactStore::idForUid(const QString& uid) const
{
    QSqlQuery q(m_database.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT id FROM contacts WHERE uid = ?")); !s)
        return Result<qint64>::failure(s.error());
    q.addBindValue(uid);
    if (auto s = sql::exec(q); !s)
        return Result<qint64>::failure(s.error());
    if (!q.next())
        return Result<qint64>::failure(tr("There is no contact with uid %1.").arg(uid));
    return q.value(0).toLongLong();
}

} // namespace kith
