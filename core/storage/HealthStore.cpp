#include "storage/HealthStore.h"

#include "domain/Clock.h"
#include "storage/CircleStore.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace kith {

namespace {

// Seconds are shifted so that the packed value stays positive for any date after year -1000.
constexpr qint64 kEpochShift = 100'000'000'000LL;
constexpr qint64 kMaxDuration = 4095;
constexpr qint32 kJulianDayOfEpoch = 2440588; // 1970-01-01

// One integer per interaction (time, channel, initiator, duration), so that a million rows cost one
// value each to read: ((seconds * 8 + channel) * 4 + initiator) * 4096 + minutes. unixepoch() needs
// SQLite 3.38 (Debian 12 has 3.40); it is several times cheaper than strftime('%s') per row.
const QString kPacked = QStringLiteral(
    "((((unixepoch(i.occurred_at) + 100000000000) * 8 + CASE i.channel "
    "WHEN 'in-person' THEN 0 WHEN 'call' THEN 1 WHEN 'video' THEN 2 WHEN 'message' THEN 3 WHEN 'email' THEN 4 "
    "WHEN 'social' THEN 5 ELSE 6 END) * 4 + CASE i.initiator WHEN 'me' THEN 0 WHEN 'them' THEN 1 ELSE 2 END) * 4096 "
    "+ min(coalesce(i.duration_minutes, 0), 4095))");

// Local calendar days from UTC seconds. The zone's offset changes only at its transitions (a few
// a year at most), so they are looked up once and searched, rather than converting every time.
class LocalDays {
public:
    LocalDays()
    {
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        m_before = QDateTime::fromSecsSinceEpoch(0).offsetFromUtc();
        if (zone.hasTransitions()) {
            for (const QTimeZone::OffsetData& t : zone.transitions(from, to)) {
                m_at.push_back(t.atUtc.toSecsSinceEpoch());
                m_offset.push_back(t.offsetFromUtc);
            }
        }
    }

    qint32 day(qint64 utcSeconds) const
    {
        const auto it = std::upper_bound(m_at.cbegin(), m_at.cend(), utcSeconds);
        const qint64 offset = it == m_at.cbegin() ? m_before : m_offset[std::size_t(it - m_at.cbegin() - 1)];
        const qint64 local = utcSeconds + offset;
        const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        return qint32(days) + kJulianDayOfEpoch;
    }

private:
    qint64 m_before = 0;
    std::vector<qint64> m_at; // transition times, rising
    std::vector<int> m_offset;
};

HealthTouch unpack(qint64 interactionId, qint64 packed, const LocalDays& days)
{
    HealthTouch t;
    t.interactionId = interactionId;
    t.durationMinutes = qint32(packed % (kMaxDuration + 1));
    packed /= kMaxDuration + 1;
    t.initiator = static_cast<Initiator>(packed % 4);
    packed /= 4;
    t.channel = static_cast<Channel>(std::min<qint64>(packed % 8, 6));
    packed /= 8;
    t.day = days.day(packed - kEpochShift);
    return t;
}

void sortTouches(QList<HealthTouch>& touches)
{
    std::sort(touches.begin(), touches.end(), [](const HealthTouch& a, const HealthTouch& b) {
        return a.day != b.day ? a.day < b.day : a.interactionId < b.interactionId;
    });
}

} // namespace

HealthStore::HealthStore(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Result<QList<ContactHistory>> HealthStore::contacts(const QString& where, const QVariantList& values) const
{
    using R = Result<QList<ContactHistory>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT c.id, c.sort_name, coalesce(c.circle, ''), c.cadence_days, "
                                              "ci.cadence_days, c.created_at, c.closeness FROM contacts c LEFT JOIN "
                                              "circles ci ON ci.key = c.circle WHERE ") +
                                   where + QStringLiteral(" ORDER BY c.id"),
                               values);
        !s)
        return R::failure(s.error());
    QList<ContactHistory> list;
    while (q.next()) {
        ContactHistory c;
        c.contactId = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.circle = q.value(2).toString();
        if (!q.value(3).isNull()) {
            c.cadenceDays = q.value(3).toInt();
            c.cadenceSource = CadenceSource::Contact;
        } else if (!q.value(4).isNull()) {
            c.cadenceDays = q.value(4).toInt();
            c.cadenceSource = CadenceSource::Circle;
        }
        c.addedDay = qint32(sql::toDateTime(q.value(5)).toLocalTime().date().toJulianDay());
        if (!q.value(6).isNull())
            c.closeness = q.value(6).toInt();
        list << c;
    }
    return list;
}

Result<HealthHistory> HealthStore::load() const
{
    using R = Result<HealthHistory>;
    HealthHistory history;
    auto circles = CircleStore(m_database).all();
    if (!circles)
        return R::failure(circles.error());
    history.circles = std::move(circles).value();
    auto people = contacts(QStringLiteral("c.deleted_at IS NULL"), {});
    if (!people)
        return R::failure(people.error());
    history.contacts = std::move(people).value();
    // Contact ids are dense: a table from id to index beats a hash for a million look-ups.
    const qint64 maxId = history.contacts.isEmpty() ? 0 : history.contacts.last().contactId;
    std::vector<qint32> index(std::size_t(maxId + 1), -1);
    for (qsizetype i = 0; i < history.contacts.size(); ++i)
        index[std::size_t(history.contacts[i].contactId)] = qint32(i);

    // One pass over who took part in what, in interaction order: an interaction's participants are
    // consecutive rows, which gives its size without another query.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT p.interaction_id, p.contact_id, ") + kPacked +
                                   QStringLiteral(" FROM interaction_participants p JOIN interactions i ON i.id = "
                                                  "p.interaction_id ORDER BY p.interaction_id, p.contact_id"),
                               {});
        !s)
        return R::failure(s.error());
    const LocalDays days;
    qint64 current = -1;
    HealthTouch touch;
    QList<qsizetype> members; // live participants of the current interaction (indexes)
    qint32 participants = 0;
    const auto flush = [&] {
        if (current < 0 || members.isEmpty())
            return;
        touch.participants = participants;
        for (qsizetype m : std::as_const(members))
            history.contacts[m].touches << touch;
        history.interactions << InteractionStamp{touch.day, touch.channel};
    };
    while (q.next()) {
        const qint64 interactionId = q.value(0).toLongLong();
        if (interactionId != current) {
            flush();
            current = interactionId;
            touch = unpack(interactionId, q.value(2).toLongLong(), days);
            members.clear();
            participants = 0;
        }
        ++participants;
        const qint64 contactId = q.value(1).toLongLong();
        if (contactId >= 0 && contactId <= maxId && index[std::size_t(contactId)] >= 0)
            members << index[std::size_t(contactId)];
    }
    flush();
    for (ContactHistory& c : history.contacts)
        sortTouches(c.touches);
    return history;
}

Result<ContactHistory> HealthStore::loadContact(qint64 contactId) const
{
    using R = Result<ContactHistory>;
    auto found = loadContacts({contactId}, false);
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("There is no contact with id %1.").arg(contactId));
    return found->first();
}

Result<QList<ContactHistory>> HealthStore::loadContacts(const QList<qint64>& contactIds, bool liveOnly) const
{
    using R = Result<QList<ContactHistory>>;
    const QString ids = sql::idListJson(contactIds);
    auto found = contacts(QStringLiteral("c.id IN (SELECT value FROM json_each(?))") +
                              (liveOnly ? QStringLiteral(" AND c.deleted_at IS NULL") : QString()),
                          {ids});
    if (!found || found->isEmpty())
        return found;
    QList<ContactHistory> list = std::move(found).value();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list[i].contactId, i);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q,
                               QStringLiteral("SELECT p.contact_id, i.id, ") + kPacked +
                                   QStringLiteral(", (SELECT count(*) FROM interaction_participants p2 WHERE "
                                                  "p2.interaction_id = i.id) FROM interaction_participants p JOIN "
                                                  "interactions i ON i.id = p.interaction_id WHERE p.contact_id IN "
                                                  "(SELECT value FROM json_each(?))"),
                               {ids});
        !s)
        return R::failure(s.error());
    const LocalDays days;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        HealthTouch touch = unpack(q.value(1).toLongLong(), q.value(2).toLongLong(), days);
        touch.participants = std::max(1, q.value(3).toInt());
        list[*it].touches << touch;
    }
    for (ContactHistory& c : list)
        sortTouches(c.touches);
    return list;
}

Result<QSet<QPair<qint64, QString>>> HealthStore::ignoredSuggestions() const
{
    using R = Result<QSet<QPair<qint64, QString>>>;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto s = sql::execWith(q, QStringLiteral("SELECT contact_id, circle FROM circle_suggestions_ignored"), {}); !s)
        return R::failure(s.error());
    QSet<QPair<qint64, QString>> ignored;
    while (q.next())
        ignored.insert({q.value(0).toLongLong(), q.value(1).toString()});
    return ignored;
}

Status HealthStore::ignoreSuggestion(qint64 contactId, const QString& circle)
{
    QSqlQuery check(m_database.connection());
    if (auto s = sql::execWith(check,
                               QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE id = ?), (SELECT count(*) "
                                              "FROM circles WHERE key = ?)"),
                               {contactId, circle});
        !s)
        return s;
    if (!check.next())
        return Status::failure(tr("Cannot read the contact."));
    if (check.value(0).toInt() == 0)
        return Status::failure(tr("There is no contact with id %1.").arg(contactId));
    if (check.value(1).toInt() == 0)
        return Status::failure(tr("There is no circle called \"%1\".").arg(circle));
    QSqlQuery q(m_database.connection());
    if (auto s = sql::execWith(q,
                               QStringLiteral("INSERT INTO circle_suggestions_ignored (contact_id, circle, ignored_at) "
                                              "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                               {contactId, circle, sql::fromDateTime(m_clock.now())});
        !s)
        return s;
    Q_EMIT ignoredSuggestionsChanged(contactId);
    return {};
}

} // namespace kith
