#include "storage/ContactWriter.h"

#include "storage/ContactFieldKinds.h"
#include "storage/SqlUtil.h"

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

void bindContact(QSqlQuery& q, const Contact& c)
{
    q.bindValue(QStringLiteral(":prefix"), sql::text(c.prefix));
    q.bindValue(QStringLiteral(":given"), sql::text(c.given));
    q.bindValue(QStringLiteral(":additional"), sql::text(c.additional));
    q.bindValue(QStringLiteral(":family"), sql::text(c.family));
    q.bindValue(QStringLiteral(":suffix"), sql::text(c.suffix));
    q.bindValue(QStringLiteral(":display_name"), sql::text(c.displayName));
    q.bindValue(QStringLiteral(":nickname"), sql::text(c.nickname));
    q.bindValue(QStringLiteral(":organization"), sql::text(c.organization));
    q.bindValue(QStringLiteral(":title"), sql::text(c.title));
    q.bindValue(QStringLiteral(":birthday"), sql::text(c.birthday.toIsoString()));
    q.bindValue(QStringLiteral(":anniversary"), sql::text(c.anniversary.toIsoString()));
    q.bindValue(QStringLiteral(":circle"), sql::nullIfEmpty(c.circle));
    q.bindValue(QStringLiteral(":cadence_days"),
                c.cadenceDays ? QVariant(*c.cadenceDays) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":priority"), static_cast<int>(c.priority));
    q.bindValue(QStringLiteral(":closeness"),
                c.closeness ? QVariant(*c.closeness) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":how_met"), sql::text(c.howMet));
    q.bindValue(QStringLiteral(":where_met"), sql::text(c.whereMet));
    q.bindValue(QStringLiteral(":notes"), sql::text(c.notes));
    q.bindValue(QStringLiteral(":photo"), c.photo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : c.photo);
    q.bindValue(QStringLiteral(":sort_name"), sql::text(c.effectiveName()));
    q.bindValue(QStringLiteral(":vcard_extras"), sql::text(extrasText(c.vcardExtras)));
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
{}

Status ContactWriter::prepare()
{
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_insertContact,
         QStringLiteral(
             "INSERT INTO contacts (uid, prefix, given, additional, family, suffix, display_name, nickname, "
             "organization, title, birthday, anniversary, circle, cadence_days, priority, how_met, where_met, "
             "notes, photo, sort_name, vcard_extras, created_at, updated_at, closeness) VALUES (:uid, :prefix, "
             ":given, :additional, :family, :suffix, :display_name, :nickname, :organization, :title, :birthday, "
             ":anniversary, :circle, :cadence_days, :priority, :how_met, :where_met, :notes, :photo, :sort_name, "
             ":vcard_extras, :now, :now, :closeness)")},
        {&m_updateContact,
         QStringLiteral("UPDATE contacts SET prefix = :prefix, given = :given, additional = :additional, family = "
                        ":family, suffix = :suffix, display_name = :display_name, nickname = :nickname, organization = "
                        ":organization, title = :title, birthday = :birthday, anniversary = :anniversary, circle = "
                        ":circle, cadence_days = :cadence_days, priority = :priority, how_met = :how_met, where_met = "
                        ":where_met, notes = :notes, photo = :photo, sort_name = :sort_name, vcard_extras = "
                        ":vcard_extras, updated_at = :now, closeness = :closeness WHERE id = :id")},
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
    m_insertContact.bindValue(QStringLiteral(":uid"), contact.uid);
    m_insertContact.bindValue(QStringLiteral(":now"), sql::fromDateTime(now));
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
    m_updateContact.bindValue(QStringLiteral(":now"), sql::fromDateTime(now));
    m_updateContact.bindValue(QStringLiteral(":id"), contact.id);
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
    for (const fieldkinds::FieldKind& kind : fieldkinds::kAll) {
        const QList<LabeledValue>& values = contact.*(kind.member);
        for (int i = 0; i < values.size(); ++i) {
            if (values[i].value.trimmed().isEmpty())
                continue;
            m_insertField.addBindValue(id);
            m_insertField.addBindValue(QString::fromLatin1(kind.key));
            m_insertField.addBindValue(sql::text(values[i].label));
            m_insertField.addBindValue(values[i].value.trimmed());
            m_insertField.addBindValue(i);
            m_insertField.addBindValue(kind.member == &Contact::phones ? sql::text(m_phones.toE164(values[i].value))
                                                                       : QVariant(QString(QLatin1String(""))));
            if (auto s = sql::exec(m_insertField); !s)
                return s;
        }
    }
    for (int i = 0; i < contact.addresses.size(); ++i) {
        const PostalAddress& a = contact.addresses[i];
        if (a.isEmpty())
            continue;
        for (const QVariant& v :
             {QVariant(id), sql::text(a.label), sql::text(a.poBox), sql::text(a.extended), sql::text(a.street),
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
