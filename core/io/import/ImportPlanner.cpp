#include "io/import/ImportPlanner.h"

#include "io/import/ContactMerger.h"
#include "io/import/ImportFileReader.h"
#include "io/import/ImportReadAhead.h"
#include "phone/PhoneNumbers.h"
#include "storage/CircleStore.h"
#include "storage/CsvMappingStore.h"
#include "storage/Database.h"
#include "storage/ImportMatchSource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace kith {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kith::ImportPlanner", text);
}

constexpr int kProgressEvery = 256;
constexpr int kEstimateAfter = 2000; // records read before the list is sized for the whole import

bool isAsciiText(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// The name people are matched by: the given and family names (else the display name), case-folded, without
// diacritics or punctuation, words sorted so that "Lovelace, Ada" is "Ada Lovelace".
QString nameKeyOf(const QString& given, const QString& family, const QString& displayName)
{
    QString text = given.isEmpty() && family.isEmpty() ? displayName : given + u' ' + family;
    if (text.trimmed().isEmpty())
        return {};
    if (!isAsciiText(text))
        text = text.normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString word;
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber()) {
            word += c.toCaseFolded();
        } else if (c.category() != QChar::Mark_NonSpacing && !word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    std::sort(words.begin(), words.end());
    return words.join(u' ');
}

QString nameKeyOf(const Contact& c)
{
    return nameKeyOf(c.given, c.family, c.displayName);
}

QString comparable(const QString& text)
{
    return text.simplified().toCaseFolded();
}

// What besides the name can tell two people apart: organisation, birthday, cities, websites.
struct NameEvidence {
    QString organization;
    QString birthday;
    QStringList cities;
    QStringList urls;
};

NameEvidence evidenceOf(const Contact& c)
{
    NameEvidence e;
    e.organization = comparable(c.organization);
    e.birthday = c.birthday.toIsoString();
    for (const PostalAddress& a : c.addresses) {
        if (!a.locality.trimmed().isEmpty())
            e.cities.append(comparable(a.locality));
    }
    for (const QList<LabeledValue>* list : {&c.urls, &c.socialProfiles}) {
        for (const LabeledValue& v : *list)
            e.urls.append(ContactMerger::urlKey(v.value));
    }
    return e;
}

// The reason two people with the same name are the same person, or an empty string.
QString sameBeyondName(const NameEvidence& a, const NameEvidence& b)
{
    if (!a.organization.isEmpty() && a.organization == b.organization)
        return QCoreApplication::translate("kith::ImportPlanner", "same name and organization");
    if (!a.birthday.isEmpty() && a.birthday == b.birthday)
        return QCoreApplication::translate("kith::ImportPlanner", "same name and birthday");
    for (const QString& city : a.cities) {
        if (b.cities.contains(city))
            return QCoreApplication::translate("kith::ImportPlanner", "same name and city");
    }
    for (const QString& url : a.urls) {
        if (!url.isEmpty() && b.urls.contains(url))
            return QCoreApplication::translate("kith::ImportPlanner", "same name and website");
    }
    return {};
}

// The keys of the contacts already in the database, loaded once.
struct ExistingKeys {
    QHash<QString, qint64> byUid;
    QSet<QString> trashedUids;
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byPhone;
    QHash<QString, QList<qint64>> byName;
    QHash<qint64, NameEvidence> evidence; // for contacts that have a name key
};

template <typename Map, typename Key, typename Value> void insertFirst(Map& map, const Key& key, const Value& value)
{
    if (!key.isEmpty() && !map.contains(key))
        map.insert(key, value);
}

Status loadExisting(const ImportMatchSource& source, ExistingKeys& keys)
{
    QSet<qint64> live;
    if (auto s = source.forEachContact([&](const ImportMatchSource::ContactRow& row) {
            if (row.trashed) {
                keys.trashedUids.insert(row.uid);
                return;
            }
            live.insert(row.id);
            insertFirst(keys.byUid, row.uid, row.id);
            const QString name = nameKeyOf(row.given, row.family, row.displayName);
            if (!name.isEmpty()) {
                keys.byName[name].append(row.id);
                NameEvidence& e = keys.evidence[row.id];
                e.organization = comparable(row.organization);
                e.birthday = row.birthday;
            }
        });
        !s)
        return s;
    if (auto s = source.forEachField([&](const ImportMatchSource::FieldRow& row) {
            if (!live.contains(row.contactId))
                return;
            if (row.kind == u"email") {
                insertFirst(keys.byEmail, ContactMerger::emailKey(row.value), row.contactId);
            } else if (row.kind == u"phone") {
                insertFirst(keys.byPhone, row.normalized, row.contactId);
            } else if (auto it = keys.evidence.find(row.contactId); it != keys.evidence.end()) {
                it->urls.append(ContactMerger::urlKey(row.value));
            }
        });
        !s)
        return s;
    return source.forEachCity([&](qint64 contactId, const QString& city) {
        if (auto it = keys.evidence.find(contactId); it != keys.evidence.end())
            it->cities.append(comparable(city));
    });
}

// The records of this plan so far, by the same keys, pointing at the first record of each person. The keys are
// held as hashes, not strings: a plan of 50,000 records would otherwise hold a quarter of a million key strings
// while it also holds every record. A hash that matches is checked against the record that had the key, so
// that two keys with the same hash never make two people one.
struct IncomingKey {
    int root = -1;  // the first record of the person
    int owner = -1; // the record that had the key
};

struct IncomingKeys {
    QHash<size_t, IncomingKey> byUid;
    QHash<size_t, IncomingKey> byEmail;
    QHash<size_t, IncomingKey> byPhone;
    QHash<size_t, QList<int>> byName; // every record (not only the first) of that name

    static size_t hashOf(const QString& key) { return qHash(key, size_t(0x6b697468)); }
};

void insertFirst(QHash<size_t, IncomingKey>& map, const QString& key, int root, int owner)
{
    if (key.isEmpty())
        return;
    // A key of another person with the same hash was first: this one is not found later (a missed duplicate,
    // proposed as new), which is safe; the reverse, a wrong merge, cannot happen (see earlierWith).
    const size_t hash = IncomingKeys::hashOf(key);
    if (!map.contains(hash))
        map.insert(hash, IncomingKey{root, owner});
}

struct RecordKeys {
    QString uid;
    QStringList emails;
    QStringList phones; // E.164 only: a number libphonenumber cannot read matches nothing
    QString name;
};

} // namespace

int ImportPlan::count(ImportAction action) const
{
    return int(std::count_if(records.cbegin(), records.cend(),
                             [action](const PlannedImport& p) { return p.action == action; }));
}

int ImportPlan::duplicates() const
{
    return int(
        std::count_if(records.cbegin(), records.cend(), [](const PlannedImport& p) { return p.duplicateOf >= 0; }));
}

int ImportPlan::failed() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue& i) { return i.lostRecord; }));
}

ImportPlanner::ImportPlanner(Database& database, ImportOptions options)
    : m_database(database)
    , m_options(std::move(options))
{}

ImportPlanner::~ImportPlanner() = default;

bool ImportPlanner::needsColumnMapping(const QString& file)
{
    ImportFileReader reader(file);
    return reader.open(maxFileBytes()).ok() && reader.isGenericCsv();
}

Result<ImportPlan> ImportPlanner::plan(const QStringList& files, const Progress& progress)
{
    using R = Result<ImportPlan>;
    const QSqlDatabase db = m_database.connection();
    const PhoneNumbers phones(m_options.defaultRegion.isEmpty() ? PhoneNumbers::localeRegion()
                                                                : m_options.defaultRegion);

    ExistingKeys existing;
    const ImportMatchSource source(db);
    if (auto s = loadExisting(source, existing); !s)
        return R::failure(s.error());
    // A file may name a circle this database does not have (a hand-edited X-KITH-CIRCLE): the
    // contact comes in without one rather than failing the whole import.
    const auto circles = CircleStore(m_database).all();
    if (!circles)
        return R::failure(circles.error());
    QSet<QString> circleKeys;
    for (const Circle& circle : *circles)
        circleKeys.insert(circle.key);

    ImportPlan plan;
    plan.files = files;
    plan.defaultRegion = phones.defaultRegion();
    IncomingKeys incoming;
    QHash<int, NameEvidence> incomingEvidence; // for records whose name another record has too

    qint64 total = 0;
    for (const QString& file : files)
        total += QFileInfo(file).size();
    qint64 doneBefore = 0;
    const auto cancelled = [&](qint64 done) {
        return progress && !progress(qMin(done, total), total);
    };
    if (cancelled(0))
        return R::failure(tr("The import was cancelled."));

    for (const QString& file : files) {
        ImportFileReader reader(file, m_options.maxPhotoBytes);
        if (auto s = reader.open(maxFileBytes()); !s) {
            plan.issues.append({file, 0, s.error(), true});
            doneBefore += QFileInfo(file).size();
            continue;
        }
        if (reader.isGenericCsv()) {
            const QString signature = CsvColumnMapping::headerSignature(reader.csvHeader());
            // The one chosen for this file's header, else the one remembered for it; one of another width is
            // never applied.
            const auto fits = [&reader](const CsvColumnMapping& m) {
                return m.columns.size() == reader.csvHeader().size();
            };
            std::optional<CsvColumnMapping> mapping;
            if (const auto chosen = m_options.csvMappings.constFind(signature);
                chosen != m_options.csvMappings.cend() && fits(*chosen)) {
                mapping = *chosen;
            } else {
                auto remembered = CsvMappingStore::find(db, signature);
                if (!remembered)
                    return R::failure(remembered.error());
                if (remembered.value() && fits(*remembered.value()))
                    mapping = *remembered.value();
            }
            if (mapping)
                reader.setCsvMapping(*mapping);
            plan.csvMappings.insert(signature, reader.csvMapping());
        }
        int sinceProgress = 0;
        ImportReadAhead ahead(reader, phones);
        QStringList phoneKeys;
        while (std::optional<ImportRecord> record = ahead.next(plan.issues, phoneKeys)) {
            if (++sinceProgress == kProgressEvery) {
                sinceProgress = 0;
                if (cancelled(doneBefore + ahead.position()))
                    return R::failure(tr("The import was cancelled."));
            }
            const int index = int(plan.records.size());
            if (index == kEstimateAfter && ahead.position() > 0) {
                // Room for every record at once: growing the list by doubling would hold two copies for a moment.
                const double perByte = double(index) / double(doneBefore + ahead.position());
                plan.records.reserve(qsizetype(perByte * double(total) * 1.05) + kEstimateAfter);
            }
            PlannedImport planned;
            planned.record = std::move(*record);
            Contact& contact = planned.record.contact;
            if (!contact.circle.isEmpty() && !circleKeys.contains(contact.circle)) {
                planned.record.warnings.append(
                    tr("line %1: there is no circle \"%2\"; the contact is added without one")
                        .arg(planned.record.line)
                        .arg(contact.circle));
                contact.circle.clear();
            }

            RecordKeys keys;
            keys.uid = contact.uid.trimmed();
            for (const LabeledValue& email : std::as_const(contact.emails))
                keys.emails.append(ContactMerger::emailKey(email.value));
            keys.phones = std::move(phoneKeys);
            keys.name = nameKeyOf(contact);

            // An existing contact: by UID, then email, then phone, then name plus one more field.
            qint64 matched = 0;
            if (!keys.uid.isEmpty()) {
                if (const auto it = existing.byUid.constFind(keys.uid); it != existing.byUid.constEnd()) {
                    matched = *it;
                    planned.matchReason = tr("same UID");
                } else if (existing.trashedUids.contains(keys.uid)) {
                    // A card of a contact now in the Trash: a new contact (the UID must stay unique).
                    contact.uid.clear();
                    keys.uid.clear();
                    planned.record.warnings.append(
                        tr("line %1: the contact with this UID is in the Trash; this one is added as a new contact")
                            .arg(planned.record.line));
                }
            }
            for (qsizetype i = 0; !matched && i < keys.emails.size(); ++i) {
                if (const qint64 id = existing.byEmail.value(keys.emails[i]); id) {
                    matched = id;
                    planned.matchReason = tr("same email %1").arg(contact.emails[i].value.trimmed());
                }
            }
            for (const QString& key : std::as_const(keys.phones)) {
                if (matched)
                    break;
                if (const qint64 id = existing.byPhone.value(key); id) {
                    matched = id;
                    planned.matchReason = tr("same phone %1").arg(phones.international(key));
                }
            }
            std::optional<NameEvidence> evidence;
            if (!matched && !keys.name.isEmpty()) {
                if (const auto it = existing.byName.constFind(keys.name); it != existing.byName.constEnd()) {
                    evidence = evidenceOf(contact);
                    for (qint64 id : *it) {
                        if (QString reason = sameBeyondName(*evidence, existing.evidence.value(id));
                            !reason.isEmpty()) {
                            matched = id;
                            planned.matchReason = reason;
                            break;
                        }
                    }
                }
            }

            // An earlier record of these files: the same keys.
            const auto earlierWith = [&](const QHash<size_t, IncomingKey>& map, const QString& key,
                                         const auto& ownerHasKey) {
                const auto it = map.constFind(IncomingKeys::hashOf(key));
                return it != map.constEnd() && ownerHasKey(plan.records[it->owner].record.contact) ? it->root : -1;
            };
            int earlier = -1;
            QString earlierReason;
            if (!keys.uid.isEmpty()) {
                earlier = earlierWith(incoming.byUid, keys.uid,
                                      [&](const Contact& other) { return other.uid.trimmed() == keys.uid; });
                if (earlier >= 0)
                    earlierReason = tr("same UID");
            }
            for (qsizetype i = 0; earlier < 0 && i < keys.emails.size(); ++i) {
                earlier = earlierWith(incoming.byEmail, keys.emails[i], [&](const Contact& other) {
                    return std::any_of(other.emails.cbegin(), other.emails.cend(), [&](const LabeledValue& email) {
                        return ContactMerger::emailKey(email.value) == keys.emails[i];
                    });
                });
                if (earlier >= 0)
                    earlierReason = tr("same email %1").arg(contact.emails[i].value.trimmed());
            }
            for (qsizetype i = 0; earlier < 0 && i < keys.phones.size(); ++i) {
                earlier = earlierWith(incoming.byPhone, keys.phones[i], [&](const Contact& other) {
                    return std::any_of(other.phones.cbegin(), other.phones.cend(), [&](const LabeledValue& phone) {
                        return phones.toE164(phone.value) == keys.phones[i];
                    });
                });
                if (earlier >= 0)
                    earlierReason = tr("same phone %1").arg(phones.international(keys.phones[i]));
            }
            if (earlier < 0 && !keys.name.isEmpty()) {
                const auto it = incoming.byName.constFind(IncomingKeys::hashOf(keys.name));
                if (it != incoming.byName.constEnd()) {
                    if (!evidence)
                        evidence = evidenceOf(contact);
                    for (int other : *it) {
                        const Contact& otherContact = plan.records[other].record.contact;
                        if (nameKeyOf(otherContact) != keys.name)
                            continue; // another name with the same hash
                        auto known = incomingEvidence.find(other);
                        if (known == incomingEvidence.end())
                            known = incomingEvidence.insert(other, evidenceOf(otherContact));
                        const QString reason = sameBeyondName(*evidence, *known);
                        if (!reason.isEmpty()) {
                            earlier = other;
                            earlierReason = reason;
                            break;
                        }
                    }
                }
            }

            if (earlier >= 0 && (!matched || plan.records[earlier].existingId == matched)) {
                const PlannedImport& first = plan.records[earlier];
                planned.duplicateOf = earlier;
                planned.proposed = ImportAction::Merge;
                planned.existingId = first.existingId;
                planned.matchReason = tr("%1 as %2 line %3")
                                          .arg(earlierReason, QFileInfo(first.record.file).fileName())
                                          .arg(first.record.line);
                if (!first.existingId) {
                    planned.existingName = first.record.contact.effectiveName();
                    planned.conflicts = ContactMerger::conflicts(first.record.contact, contact);
                }
            } else if (matched) {
                planned.proposed = ImportAction::Merge;
                planned.existingId = matched;
            }
            planned.action = planned.proposed;

            // Later records find this person under the first record that had them.
            const int root = planned.duplicateOf >= 0 ? planned.duplicateOf : index;
            insertFirst(incoming.byUid, keys.uid, root, index);
            for (const QString& key : std::as_const(keys.emails))
                insertFirst(incoming.byEmail, key, root, index);
            for (const QString& key : std::as_const(keys.phones))
                insertFirst(incoming.byPhone, key, root, index);
            if (!keys.name.isEmpty() && planned.duplicateOf < 0)
                incoming.byName[IncomingKeys::hashOf(keys.name)].append(index);
            plan.records.append(std::move(planned));
        }
        doneBefore += reader.size();
    }

    // The existing contacts' names and conflicting values, fetched once for every matched contact.
    QList<qint64> matchedIds;
    for (const PlannedImport& p : std::as_const(plan.records)) {
        if (p.existingId)
            matchedIds.append(p.existingId);
    }
    std::sort(matchedIds.begin(), matchedIds.end());
    matchedIds.erase(std::unique(matchedIds.begin(), matchedIds.end()), matchedIds.end());
    auto singles = ImportMatchSource(db).singleValues(matchedIds);
    if (!singles)
        return R::failure(singles.error());
    for (PlannedImport& p : plan.records) {
        if (!p.existingId)
            continue;
        const auto it = singles->constFind(p.existingId);
        if (it == singles->constEnd())
            continue;
        p.existingName = it->effectiveName();
        p.conflicts = ContactMerger::conflicts(*it, p.record.contact);
    }
    if (cancelled(total))
        return R::failure(tr("The import was cancelled."));
    return plan;
}

} // namespace kith
