#include "storage/ContactStore.h"

#include "domain/Clock.h"
#include "phone/PhoneNumbers.h"
#include "storage/ContactFieldKinds.h"
#include "storage/ContactWriter.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace kith {

namespace {

const QString kContactColumns = QStringLiteral(
    "id, uid, prefix, given, additional, family, suffix, display_name, nickname, organization, title, birthday, "
    "anniversary, circle, cadence_days, priority, how_met, where_met, notes, photo, created_at, updated_at, "
    "deleted_at, vcard_extras, closeness");

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
    c.vcardExtras = q.value(23).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!q.value(24).isNull())
        c.closeness = q.value(24).toInt();
    return c;
}

QString orderByClause(const ContactQuery& query)
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    QString collation;
    switch (query.sortKey) {
    case ContactQuery::SortKey::Name:
        // sort_name is NOT NULL, so no "IS NULL" term: this exact order is the contacts_by_name index's
        // (its rowid breaks ties), and SQLite walks the index instead of sorting every row on each keystroke.
        return QStringLiteral("c.sort_name COLLATE NOCASE ") + dir + QStringLiteral(", c.id ASC");
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
    , m_phoneRegion(PhoneNumbers::localeRegion())
{}

void ContactStore::setPhoneRegion(const QString& region)
{
    m_phoneRegion = region;
}

void ContactStore::announceChanged(const QList<qint64>& ids)
{
    if (!ids.isEmpty())
        Q_EMIT contactsChanged(ids);
}

Result<QSet<QString>> ContactStore::circleKeys() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT key FROM circles")))
        return Result<QSet<QString>>::failure(tr("Cannot read circles."));
    QSet<QString> keys;
    while (q.next())
        keys.insert(q.value(0).toString());
    return keys;
}

Status ContactStore::validate(const Contact& c, const QSet<QString>& circles) const
{
    if (c.effectiveName().isEmpty())
        return Status::failure(tr("A contact needs a name."));
    if (!c.birthday.isValid())
        return Status::failure(tr("The birthday is not a valid date."));
    if (!c.anniversary.isValid())
        return Status::failure(tr("The anniversary is not a valid date."));
    if (c.cadenceDays && *c.cadenceDays <= 0)
        return Status::failure(tr("The keep-in-touch cadence must be at least one day."));
    if (c.closeness && (*c.closeness < 1 || *c.closeness > 5))
        return Status::failure(tr("The closeness rating must be from 1 to 5."));
    if (!c.circle.isEmpty() && !circles.contains(c.circle))
        return Status::failure(tr("There is no circle called \"%1\".").arg(c.circle));
    return {};
}

Result<qint64> ContactStore::add(Contact contact)
{
    auto ids = addMany({std::move(contact)});
    if (!ids)
        return Result<qint64>::failure(ids.error());
    return ids->first();
}

Result<QList<qint64>> ContactStore::addMany(QList<Contact> contacts)
{
    using R = Result<QList<qint64>>;
    auto circles = circleKeys();
    if (!circles)
        return R::failure(circles.error());
    for (int i = 0; i < contacts.size(); ++i) {
        if (auto s = validate(contacts[i], *circles); !s)
            return R::failure(contacts.size() == 1 ? s.error() : tr("Contact %1: %2").arg(i + 1).arg(s.error()));
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    ContactWriter writer(db, m_phoneRegion);
    if (auto s = writer.prepare(); !s)
        return R::failure(s.error());
    const QDateTime now = m_clock.now();
    QList<qint64> ids;
    ids.reserve(contacts.size());
    for (Contact& contact : contacts) {
        if (contact.uid.isEmpty())
            contact.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto id = writer.insert(contact, now);
        if (!id)
            return R::failure(id.error());
        ids << *id;
    }
    if (auto s = SearchIndex::refresh(db, ids); !s)
        return R::failure(s.error());
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    Q_EMIT contactsChanged(ids);
    return ids;
}

Status ContactStore::update(const Contact& contact)
{
    auto circles = circleKeys();
    if (!circles)
        return Status::failure(circles.error());
    if (auto s = validate(contact, *circles); !s)
        return s;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    ContactWriter writer(db, m_phoneRegion);
    if (auto s = writer.prepare(); !s)
        return s;
    if (auto s = writer.update(contact, m_clock.now()); !s)
        return s;
    if (auto s = SearchIndex::refresh(db, {contact.id}); !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    Q_EMIT contactsChanged({contact.id});
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
    q.setForwardOnly(true); // read once: no cached copy of every row
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
    fields.setForwardOnly(true); // read once: no cached copy of every row
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
        for (const fieldkinds::FieldKind& k : fieldkinds::kAll) {
            if (kind == QLatin1String(k.key))
                ((*it).*(k.member)).append({fields.value(2).toString(), fields.value(3).toString()});
        }
    }

    QSqlQuery addresses(db);
    addresses.setForwardOnly(true); // read once: no cached copy of every row
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
    tags.setForwardOnly(true); // read once: no cached copy of every row
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
    // Text with nothing searchable in it ("+", "--") filters nothing rather than blanking the table.
    const bool searching = !match.isEmpty();
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
