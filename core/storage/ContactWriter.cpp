#include "storage/ContactWriter.h"

#include "storage/ContactFieldKinds.h"
#include "storage/SqlUtil.h"

#include <iterator>

namespace kith {

namespace {

// One content line per line: a line never holds a raw newline (toContentLine() escapes them), but a
// hand-made one might.
QString extrasText(const QStringList& lines)
{
    QString text = lines.join(u'\n');
    if (text.count(u'\n') == lines.size() - 1 || lines.isEmpty())
        return text;
    QStringList clean;
    for (const QString& line : lines)
        clean.append(QString(line).remove(u'\r').replace(u'\n', QStringLiteral("\\n")));
    return clean.join(u'\n');
}

// The contact columns both statements write, in this order, from position 0: the insert adds uid,
// created_at and updated_at after them, the update updated_at and the id. Bound by position: binding by
// name looks every placeholder up again on each of the thousands of rows of an import.
constexpr int kContactColumns = 21;
static_assert(std::size(fieldkinds::kAll) == 4, "ContactWriter::m_kindKeys holds one key per field kind");

void bindContact(QSqlQuery& q, const Contact& c)
{
    const QVariant values[kContactColumns] = {
        sql::text(c.prefix),
        sql::text(c.given),
        sql::text(c.additional),
        sql::text(c.family),
        sql::text(c.suffix),
        sql::text(c.displayName),
        sql::text(c.nickname),
        sql::text(c.organization),
        sql::text(c.title),
        sql::text(c.birthday.toIsoString()),
        sql::text(c.anniversary.toIsoString()),
        sql::nullIfEmpty(c.circle),
        c.cadenceDays ? QVariant(*c.cadenceDays) : QVariant(QMetaType::fromType<int>()),
        static_cast<int>(c.priority),
        sql::text(c.howMet),
        sql::text(c.whereMet),
        sql::text(c.notes),
        c.photo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(c.photo),
        sql::text(c.effectiveName()),
        sql::text(extrasText(c.vcardExtras)),
        c.closeness ? QVariant(*c.closeness) : QVariant(QMetaType::fromType<int>()),
    };
    for (int i = 0; i < kContactColumns; ++i)
        q.bindValue(i, values[i]);
}

} // namespace

ContactWriter::ContactWriter(const QSqlDatabase& db, const QString& phoneRegion)
    : m_db(db)
    , m_phones(phoneRegion)
    , m_insertContact(db)
    , m_updateContact(db)
    , m_insertField(db)
    , m_insertAddress(db)
    , m_ensureTag(db)
    , m_linkTag(db)
    , m_clearFields(db)
    , m_clearAddresses(db)
    , m_clearTags(db)
    , m_emptyText(QString(QLatin1String("")))
{
    for (size_t k = 0; k < std::size(fieldkinds::kAll); ++k)
        m_kindKeys[k] = QString::fromLatin1(fieldkinds::kAll[k].key);
}

const QVariant& ContactWriter::timeText(const QDateTime& now)
{
    if (now != m_lastNow || !m_lastNowText.isValid()) {
        m_lastNow = now;
        m_lastNowText = sql::fromDateTime(now);
    }
    return m_lastNowText;
}

Status ContactWriter::prepare()
{
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_insertContact,
         QStringLiteral("INSERT INTO contacts (prefix, given, additional, family, suffix, display_name, nickname, "
                        "organization, title, birthday, anniversary, circle, cadence_days, priority, how_met, "
                        "where_met, notes, photo, sort_name, vcard_extras, closeness, uid, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_updateContact,
         QStringLiteral("UPDATE contacts SET prefix = ?, given = ?, additional = ?, family = ?, suffix = ?, "
                        "display_name = ?, nickname = ?, organization = ?, title = ?, birthday = ?, anniversary = ?, "
                        "circle = ?, cadence_days = ?, priority = ?, how_met = ?, where_met = ?, notes = ?, photo = "
                        "?, sort_name = ?, vcard_extras = ?, closeness = ?, updated_at = ? WHERE id = ?")},
        {&m_insertField, QStringLiteral("INSERT INTO contact_fields (contact_id, kind, label, value, position, "
                                        "normalized) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_insertAddress, QStringLiteral("INSERT INTO contact_addresses (contact_id, label, po_box, extended, street, "
                                          "locality, region, postal_code, country, position) VALUES (?, ?, ?, ?, ?, ?, "
                                          "?, ?, ?, ?)")},
        {&m_ensureTag, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING")},
        {&m_linkTag, QStringLiteral("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags "
                                    "WHERE name = ?")},
        {&m_clearFields, QStringLiteral("DELETE FROM contact_fields WHERE contact_id = ?")},
        {&m_clearAddresses, QStringLiteral("DELETE FROM contact_addresses WHERE contact_id = ?")},
        {&m_clearTags, QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?")},
    };
    for (const auto& [query, text] : statements) {
        if (auto s = sql::prepare(*query, text); !s)
            return s;
    }
    return {};
}

Result<qint64> ContactWriter::insert(const Contact& contact, const QDateTime& now)
{
    bindContact(m_insertContact, contact);
    const QVariant& nowText = timeText(now);
    m_insertContact.bindValue(kContactColumns, contact.uid);
    m_insertContact.bindValue(kContactColumns + 1, nowText);
    m_insertContact.bindValue(kContactColumns + 2, nowText);
    if (auto s = sql::exec(m_insertContact); !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = m_insertContact.lastInsertId().toLongLong();
    if (auto s = writeFields(id, contact); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status ContactWriter::update(const Contact& contact, const QDateTime& now)
{
    bindContact(m_updateContact, contact);
    m_updateContact.bindValue(kContactColumns, timeText(now));
    m_updateContact.bindValue(kContactColumns + 1, contact.id);
    if (auto s = sql::exec(m_updateContact); !s)
        return s;
    if (m_updateContact.numRowsAffected() != 1)
        return Status::failure(QObject::tr("There is no contact with id %1.").arg(contact.id));
    if (auto s = clearFields(contact.id); !s)
        return s;
    return writeFields(contact.id, contact);
}

Status ContactWriter::clearFields(qint64 id)
{
    for (QSqlQuery* clear : {&m_clearFields, &m_clearAddresses, &m_clearTags}) {
        clear->addBindValue(id);
        if (auto s = sql::exec(*clear); !s)
            return s;
    }
    return {};
}

Status ContactWriter::writeFields(qint64 id, const Contact& contact)
{
    const QVariant contactId(id);
    for (size_t k = 0; k < std::size(fieldkinds::kAll); ++k) {
        const fieldkinds::FieldKind& kind = fieldkinds::kAll[k];
        const QList<LabeledValue>& values = contact.*(kind.member);
        for (int i = 0; i < values.size(); ++i) {
            const QString value = values[i].value.trimmed();
            if (value.isEmpty())
                continue;
            m_insertField.bindValue(0, contactId);
            m_insertField.bindValue(1, m_kindKeys[k]);
            m_insertField.bindValue(2, sql::text(values[i].label));
            m_insertField.bindValue(3, value);
            m_insertField.bindValue(4, i);
            m_insertField.bindValue(5, kind.member == &Contact::phones ? sql::text(m_phones.toE164(values[i].value))
                                                                       : m_emptyText);
            if (auto s = sql::exec(m_insertField); !s)
                return s;
        }
    }
    for (int i = 0; i < contact.addresses.size(); ++i) {
        const PostalAddress& a = contact.addresses[i];
        if (a.isEmpty())
            continue;
        for (const QVariant& v :
             {contactId, sql::text(a.label), sql::text(a.poBox), sql::text(a.extended), sql::text(a.street),
              sql::text(a.locality), sql::text(a.region), sql::text(a.postalCode), sql::text(a.country), QVariant(i)})
            m_insertAddress.addBindValue(v);
        if (auto s = sql::exec(m_insertAddress); !s)
            return s;
    }
    for (const QString& rawTag : contact.tags) {
        const QString tag = rawTag.trimmed();
        if (tag.isEmpty())
            continue;
        m_ensureTag.addBindValue(tag);
        if (auto s = sql::exec(m_ensureTag); !s)
            return s;
        m_linkTag.addBindValue(id);
        m_linkTag.addBindValue(tag);
        if (auto s = sql::exec(m_linkTag); !s)
            return s;
    }
    return {};
}

} // namespace kith
