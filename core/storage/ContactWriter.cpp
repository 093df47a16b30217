#include "storage/ContactWriter.h"

#include "storage/ContactFieldKinds.h"
#include "storage/SqlUtil.h"

#include <QObject>

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

// The contact columns both statements write, in this order, from position 1: the insert adds uid,
// created_at and updated_at after them, the update updated_at and the id.
constexpr int kContactColumns = 21;
static_assert(std::size(fieldkinds::kAll) == 4, "ContactWriter::m_kindKeys holds one key per field kind");

// The columns stored as written out rather than as kept in Contact, made once per row. The statement reads
// them when it runs, so they must outlive the binding.
struct WrittenOut {
    explicit WrittenOut(const Contact& c)
        : extras(extrasText(c.vcardExtras))
        , sortName(c.effectiveName())
        , birthday(c.birthday.toIsoString())
        , anniversary(c.anniversary.toIsoString())
    {}
    QString extras, sortName, birthday, anniversary;
};

void bindContact(SqliteStatement& q, const Contact& c, const WrittenOut& written)
{
    int at = 1;
    for (const QString* text : {&c.prefix, &c.given, &c.additional, &c.family, &c.suffix, &c.displayName, &c.nickname,
                                &c.organization, &c.title, &written.birthday, &written.anniversary})
        q.bindText(at++, *text);
    q.bindTextOrNull(at++, c.circle.isEmpty() ? QString() : c.circle);
    if (c.cadenceDays)
        q.bindInt(at++, *c.cadenceDays);
    else
        q.bindNull(at++);
    q.bindInt(at++, static_cast<int>(c.priority));
    for (const QString* text : {&c.howMet, &c.whereMet, &c.notes})
        q.bindText(at++, *text);
    q.bindBlobOrNull(at++, c.photo);
    q.bindText(at++, written.sortName);
    q.bindText(at++, written.extras);
    if (c.closeness)
        q.bindInt(at++, *c.closeness);
    else
        q.bindNull(at++);
    Q_ASSERT(at == kContactColumns + 1);
}

} // namespace

ContactWriter::ContactWriter(const QSqlDatabase& db, const QString& phoneRegion)
    : m_db(db)
    , m_phones(phoneRegion)
{
    for (size_t k = 0; k < std::size(fieldkinds::kAll); ++k)
        m_kindKeys[k] = QString::fromLatin1(fieldkinds::kAll[k].key);
}

const QString& ContactWriter::timeText(const QDateTime& now)
{
    if (now != m_lastNow || m_lastNowText.isNull()) {
        m_lastNow = now;
        m_lastNowText = sql::fromDateTime(now).toString();
    }
    return m_lastNowText;
}

Status ContactWriter::prepare()
{
    const std::pair<SqliteStatement*, const char*> statements[] = {
        {&m_insertContact,
         "INSERT INTO contacts (prefix, given, additional, family, suffix, display_name, nickname, organization, "
         "title, birthday, anniversary, circle, cadence_days, priority, how_met, where_met, notes, photo, sort_name, "
         "vcard_extras, closeness, uid, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_updateContact,
         "UPDATE contacts SET prefix = ?, given = ?, additional = ?, family = ?, suffix = ?, display_name = ?, "
         "nickname = ?, organization = ?, title = ?, birthday = ?, anniversary = ?, circle = ?, cadence_days = ?, "
         "priority = ?, how_met = ?, where_met = ?, notes = ?, photo = ?, sort_name = ?, vcard_extras = ?, "
         "closeness = ?, updated_at = ? WHERE id = ?"},
        {&m_insertField,
         "INSERT INTO contact_fields (contact_id, kind, label, value, position, normalized) VALUES (?, ?, ?, ?, ?, ?)"},
        {&m_insertAddress, "INSERT INTO contact_addresses (contact_id, label, po_box, extended, street, locality, "
                           "region, postal_code, country, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_ensureTag, "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"},
        {&m_linkTag, "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"},
        {&m_clearFields, "DELETE FROM contact_fields WHERE contact_id = ?"},
        {&m_clearAddresses, "DELETE FROM contact_addresses WHERE contact_id = ?"},
        {&m_clearTags, "DELETE FROM contact_tags WHERE contact_id = ?"},
    };
    for (const auto& [statement, text] : statements) {
        if (auto s = statement->prepare(m_db, text); !s)
            return s;
    }
    return {};
}

Result<qint64> ContactWriter::insert(const Contact& contact, const QDateTime& now)
{
    const WrittenOut written(contact);
    bindContact(m_insertContact, contact, written);
    const QString& nowText = timeText(now);
    m_insertContact.bindText(kContactColumns + 1, contact.uid);
    m_insertContact.bindText(kContactColumns + 2, nowText);
    m_insertContact.bindText(kContactColumns + 3, nowText);
    if (auto s = m_insertContact.exec(); !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = m_insertContact.lastInsertId();
    if (auto s = writeFields(id, contact); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status ContactWriter::update(const Contact& contact, const QDateTime& now)
{
    const WrittenOut written(contact);
    bindContact(m_updateContact, contact, written);
    m_updateContact.bindText(kContactColumns + 1, timeText(now));
    m_updateContact.bindInt(kContactColumns + 2, contact.id);
    if (auto s = m_updateContact.exec(); !s)
        return s;
    if (m_updateContact.changes() != 1)
        return Status::failure(QObject::tr("There is no contact with id %1.").arg(contact.id));
    if (auto s = clearFields(contact.id); !s)
        return s;
    return writeFields(contact.id, contact);
}

Status ContactWriter::clearFields(qint64 id)
{
    for (SqliteStatement* clear : {&m_clearFields, &m_clearAddresses, &m_clearTags}) {
        clear->bindInt(1, id);
        if (auto s = clear->exec(); !s)
            return s;
    }
    return {};
}

Status ContactWriter::writeFields(qint64 id, const Contact& contact)
{
    for (size_t k = 0; k < std::size(fieldkinds::kAll); ++k) {
        const fieldkinds::FieldKind& kind = fieldkinds::kAll[k];
        const bool isPhone = kind.member == &Contact::phones;
        const QList<LabeledValue>& values = contact.*(kind.member);
        for (int i = 0; i < values.size(); ++i) {
            const QString value = values[i].value.trimmed();
            if (value.isEmpty())
                continue;
            const QString normalized = isPhone ? m_phones.toE164(values[i].value) : QString();
            m_insertField.bindInt(1, id);
            m_insertField.bindText(2, m_kindKeys[k]);
            m_insertField.bindText(3, values[i].label);
            m_insertField.bindText(4, value);
            m_insertField.bindInt(5, i);
            m_insertField.bindText(6, normalized);
            if (auto s = m_insertField.exec(); !s)
                return s;
        }
    }
    for (int i = 0; i < contact.addresses.size(); ++i) {
        const PostalAddress& a = contact.addresses[i];
        if (a.isEmpty())
            continue;
        m_insertAddress.bindInt(1, id);
        int at = 2;
        for (const QString* text :
             {&a.label, &a.poBox, &a.extended, &a.street, &a.locality, &a.region, &a.postalCode, &a.country})
            m_insertAddress.bindText(at++, *text);
        m_insertAddress.bindInt(at, i);
        if (auto s = m_insertAddress.exec(); !s)
            return s;
    }
    for (const QString& rawTag : contact.tags) {
        const QString tag = rawTag.trimmed();
        if (tag.isEmpty())
            continue;
        m_ensureTag.bindText(1, tag);
        if (auto s = m_ensureTag.exec(); !s)
            return s;
        m_linkTag.bindInt(1, id);
        m_linkTag.bindText(2, tag);
        if (auto s = m_linkTag.exec(); !s)
            return s;
    }
    return {};
}

} // namespace kith
