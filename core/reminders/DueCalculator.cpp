#include "reminders/DueCalculator.h"

#include "domain/PartialDate.h"
#include "storage/Database.h"
#include "storage/DueStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <limits>

namespace kith {

namespace {

// A missed-while-closed report looks back at most this far.
constexpr int kMaxWindowDays = 370;

// A date at the reminder time, local wall-clock time, as UTC. A time that does not exist that day
// (skipped by a DST change) falls an hour later, as clocks show it.
QDateTime localMoment(const QDate& date, const QTime& time)
{
    QDateTime moment(date, time, Qt::LocalTime);
    if (!moment.isValid())
        moment = QDateTime(date, time.addSecs(3600), Qt::LocalTime);
    return moment.toUTC();
}

// The alerts of one occurrence, sorted: its own times, with a snooze hiding those before it and
// adding its end as one more.
QList<QDateTime> withSnooze(QList<QDateTime> alerts, const QDateTime& snoozedUntil)
{
    if (snoozedUntil.isValid()) {
        alerts.removeIf([&](const QDateTime& t) { return t < snoozedUntil; });
        alerts.prepend(snoozedUntil);
    }
    std::sort(alerts.begin(), alerts.end());
    alerts.erase(std::unique(alerts.begin(), alerts.end()), alerts.end());
    return alerts;
}

// The alert that makes the item due. In Window mode the latest in (from, to]. In Visible mode, while
// the item is still shown at `reference` (before `visibleEnd`, if any): the latest at or before
// `reference` when it is already due, else the first one up to `to`.
std::optional<QDateTime> pick(const QList<QDateTime>& alerts, const QDateTime& from, const QDateTime& to, bool window,
                              const QDateTime& visibleEnd, const QDateTime& reference)
{
    if (window) {
        std::optional<QDateTime> last;
        for (const QDateTime& t : alerts) {
            if (t <= to)
                last = t;
        }
        return last && (!from.isValid() || *last > from) ? last : std::nullopt;
    }
    if (visibleEnd.isValid() && reference >= visibleEnd)
        return std::nullopt;
    std::optional<QDateTime> dueNow;
    for (const QDateTime& t : alerts) {
        if (t <= reference)
            dueNow = t;
        else if (!dueNow && t <= to)
            return t;
    }
    return dueNow;
}

struct OccurrenceState {
    bool closed = false; // done, dismissed or skipped
    QDateTime snoozedUntil;
};

// The latest action on each occurrence decides its state.
QHash<QString, OccurrenceState> statesOf(const QList<ReminderHistoryEntry>& actions)
{
    QHash<QString, OccurrenceState> states;
    for (const ReminderHistoryEntry& a : actions) {
        OccurrenceState& state =
            states[QString::number(a.contactId) + QLatin1Char(':') + a.occurrence.toString(Qt::ISODate)];
        state.closed = a.action != QLatin1String("snoozed");
        state.snoozedUntil = state.closed ? QDateTime() : a.snoozedUntil;
    }
    return states;
}

QString stateKey(qint64 contactId, const QDate& occurrence)
{
    return QString::number(contactId) + QLatin1Char(':') + occurrence.toString(Qt::ISODate);
}

// A counted phrase ("%n day(s)"): translated with its plural forms where a translation is loaded
// (the GUI loads one), else in English, as kith-cli prints it.
QString counted(const char* text, int n)
{
    QString result = QCoreApplication::translate("QObject", text, nullptr, n);
    if (result.contains(QLatin1String("(s)")))
        result.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return result;
}

QString dateReason(DueKind kind, int daysAhead, int years)
{
    QString text;
    if (kind == DueKind::Birthday) {
        if (daysAhead == 0)
            text = QObject::tr("Birthday today");
        else if (daysAhead > 0)
            text = counted(QT_TRANSLATE_N_NOOP("QObject", "Birthday in %n day(s)"), daysAhead);
        else
            text = counted(QT_TRANSLATE_N_NOOP("QObject", "Birthday %n day(s) ago"), -daysAhead);
        if (years > 0)
            text += QLatin1Char(' ') +
                    (daysAhead < 0 ? QObject::tr("(turned %1)").arg(years) : QObject::tr("(turns %1)").arg(years));
        return text;
    }
    if (daysAhead == 0)
        text = QObject::tr("Anniversary today");
    else if (daysAhead > 0)
        text = counted(QT_TRANSLATE_N_NOOP("QObject", "Anniversary in %n day(s)"), daysAhead);
    else
        text = counted(QT_TRANSLATE_N_NOOP("QObject", "Anniversary %n day(s) ago"), -daysAhead);
    if (years > 0)
        text += QLatin1Char(' ') + counted(QT_TRANSLATE_N_NOOP("QObject", "(%n year(s))"), years);
    return text;
}

// The month-days ("MM-DD") of the dates from `lo` to `hi`; 28 February of a common year also
// stands for 29 February, which falls on it.
QStringList monthDays(const QDate& lo, const QDate& hi)
{
    QStringList days;
    for (QDate d = lo; d <= hi && days.size() < 366; d = d.addDays(1)) {
        days << d.toString(QStringLiteral("MM-dd"));
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            days << QStringLiteral("02-29");
    }
    days.removeDuplicates();
    return days;
}

struct DateOccurrence {
    const DueStore::ContactRow* row = nullptr;
    QDate date;
    int years = 0; // the age or the anniversary's years; 0 when the year is unknown
    QList<QDateTime> alerts;
    QDateTime dayAlert;
    QDateTime visibleEnd;
    QDateTime snoozedUntil;
};

} // namespace

DueCalculator::DueCalculator(Database& database, ReminderPreferences preferences)
    : m_database(database)
    , m_preferences(std::move(preferences))
{}

Result<QList<DueItem>> DueCalculator::dueAt(const QDateTime& at) const
{
    return collect({{}, at.toUTC(), at.toUTC(), Mode::Visible});
}

Result<QList<DueItem>> DueCalculator::dueThrough(const QDateTime& now, const QDateTime& until) const
{
    return collect({{}, std::max(now, until).toUTC(), now.toUTC(), Mode::Visible});
}

Result<QList<DueItem>> DueCalculator::dueBetween(const QDateTime& from, const QDateTime& to) const
{
    if (from.isValid() && from >= to)
        return QList<DueItem>{};
    return collect({from.toUTC(), to.toUTC(), to.toUTC(), Mode::Window});
}

Result<QList<DueItem>> DueCalculator::collect(const Span& span) const
{
    using R = Result<QList<DueItem>>;
    QList<DueItem> items;
    if (auto s = collectCadence(span, items); !s)
        return R::failure(s.error());
    for (DueKind kind : {DueKind::Birthday, DueKind::Anniversary}) {
        if (auto s = collectDates(kind, span, items); !s)
            return R::failure(s.error());
    }
    if (auto s = collectFollowUps(span, items); !s)
        return R::failure(s.error());
    // Most overdue first; among items due at the same time, the more important contact first.
    std::sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (const int byName = a.contactName.localeAwareCompare(b.contactName); byName != 0)
            return byName < 0;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.key() < b.key();
    });
    return items;
}

Status DueCalculator::collectCadence(const Span& span, QList<DueItem>& out) const
{
    const QDateTime& from = span.from;
    const QDateTime& to = span.to;
    DueStore store(m_database);
    const auto groups = store.cadenceGroups();
    if (!groups)
        return Status::failure(groups.error());
    if (groups->isEmpty())
        return {};
    // Due when last touched at least a cadence before `to`. Skips and Done on the cadence touch it
    // later still, so they can only remove candidates, which is why they are applied afterwards.
    int longest = 0;
    for (const DueStore::CadenceGroup& group : *groups)
        longest = std::max(longest, group.days);
    const auto rows = store.cadenceTouchedBy(*groups, to);
    if (!rows)
        return Status::failure(rows.error());
    if (rows->isEmpty())
        return {};
    const auto actions = store.cadenceActions(to.addDays(-longest - 1));
    if (!actions)
        return Status::failure(actions.error());
    QHash<qint64, QDateTime> touchedByAction;
    for (const ReminderHistoryEntry& a : *actions) {
        if (a.action == QLatin1String("done") || a.action == QLatin1String("skipped")) {
            QDateTime& t = touchedByAction[a.contactId];
            if (!t.isValid() || a.at > t)
                t = a.at;
        }
    }
    const QHash<QString, OccurrenceState> states = statesOf(*actions);
    const bool window = span.mode == Mode::Window;

    for (const DueStore::ContactRow& row : *rows) {
        // A contact never contacted is due one cadence after it was added: adding someone is the
        // moment the user decided to keep in touch, and counting from the epoch would flood the list.
        QDateTime touch = row.lastInteraction.isValid() ? row.lastInteraction : row.createdAt;
        bool touchedBySkip = false;
        if (const QDateTime t = touchedByAction.value(row.id); t.isValid() && t > touch) {
            touch = t;
            touchedBySkip = true;
        }
        const QDateTime natural = touch.addDays(row.cadenceDays);
        if (natural > to)
            continue;
        const QDate occurrence = natural.date();
        const OccurrenceState state = states.value(stateKey(row.id, occurrence));
        if (state.closed)
            continue;
        const auto due = pick(withSnooze({natural}, state.snoozedUntil), from, to, window, {}, span.reference);
        if (!due)
            continue;
        DueItem item;
        item.kind = DueKind::Cadence;
        item.contactId = row.id;
        item.due = *due;
        item.occurrence = occurrence;
        item.contactName = row.name;
        item.priority = row.priority;
        item.lastInteraction = row.lastInteraction;
        item.snoozedUntil = state.snoozedUntil.isValid() && *due == state.snoozedUntil ? *due : QDateTime();
        const int ago = int(std::max<qint64>(0, touch.daysTo(span.reference)));
        const QString every = counted(QT_TRANSLATE_N_NOOP("QObject", "every %n day(s)"), row.cadenceDays);
        if (touchedBySkip)
            item.reason = counted(QT_TRANSLATE_N_NOOP("QObject", "Last checked %n day(s) ago"), ago) +
                          QStringLiteral("; ") + every;
        else if (row.lastInteraction.isValid())
            item.reason = counted(QT_TRANSLATE_N_NOOP("QObject", "Last talked %n day(s) ago"), ago) +
                          QStringLiteral("; ") + every;
        else
            item.reason = counted(QT_TRANSLATE_N_NOOP("QObject", "Not in touch since added %n day(s) ago"), ago) +
                          QStringLiteral("; ") + every;
        out << item;
    }
    return {};
}

namespace {

// The occurrences of birthdays (or anniversaries) dated from `lo` to `hi`, and those snoozed past
// `snoozedPast`, with their alerts; done, dismissed and skipped ones left out.
Result<QList<DateOccurrence>> dateOccurrences(DueStore& store, DueKind kind, const ReminderPreferences& prefs,
                                              const QDate& lo, const QDate& hi, const QDateTime& snoozedPast,
                                              QList<DueStore::ContactRow>& rowsStorage)
{
    using R = Result<QList<DateOccurrence>>;
    const auto actions = store.dateActions(kind, lo, hi, snoozedPast);
    if (!actions)
        return R::failure(actions.error());
    const QHash<QString, OccurrenceState> states = statesOf(*actions);
    QStringList days = monthDays(lo, hi);
    QHash<qint64, QList<QDate>> snoozed; // occurrences outside [lo, hi] still snoozed
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (!it->snoozedUntil.isValid() || it->snoozedUntil <= snoozedPast)
            continue;
        const qsizetype colon = it.key().indexOf(QLatin1Char(':'));
        const QDate date = QDate::fromString(it.key().mid(colon + 1), Qt::ISODate);
        if (date >= lo && date <= hi)
            continue;
        snoozed[it.key().left(colon).toLongLong()] << date;
        days << monthDays(date, date);
    }
    days.removeDuplicates();
    auto rows = store.datesOn(kind, days);
    if (!rows)
        return R::failure(rows.error());
    rowsStorage = std::move(rows).value();

    // Many contacts share a date: convert each local date and time once.
    QHash<QDate, QDateTime> alertTimes, dayEnds;
    auto alertAt = [&](const QDate& date) {
        auto it = alertTimes.find(date);
        if (it == alertTimes.end())
            it = alertTimes.insert(date, localMoment(date, prefs.dateReminderTime));
        return *it;
    };
    auto endOf = [&](const QDate& date) {
        auto it = dayEnds.find(date);
        if (it == dayEnds.end())
            it = dayEnds.insert(date, localMoment(date.addDays(1), QTime(0, 0)));
        return *it;
    };
    QList<DateOccurrence> result;
    for (const DueStore::ContactRow& row : rowsStorage) {
        const auto partial = PartialDate::fromIsoString(row.date);
        if (!partial || partial->isNull())
            continue;
        QList<QDate> dates;
        for (int year = lo.year(); year <= hi.year(); ++year) {
            const QDate d = partial->inYear(year);
            if (d >= lo && d <= hi)
                dates << d;
        }
        for (const QDate& d : snoozed.value(row.id)) {
            if (partial->inYear(d.year()) == d)
                dates << d;
        }
        for (const QDate& date : std::as_const(dates)) {
            if (partial->hasYear() && date.year() < partial->year)
                continue;
            const OccurrenceState state = states.value(stateKey(row.id, date));
            if (state.closed)
                continue;
            DateOccurrence o;
            o.row = &row;
            o.date = date;
            o.years = partial->hasYear() ? date.year() - partial->year : 0;
            o.dayAlert = alertAt(date);
            QList<QDateTime> alerts{o.dayAlert};
            if (prefs.birthdayLeadDays > 0)
                alerts << alertAt(date.addDays(-prefs.birthdayLeadDays));
            o.snoozedUntil = state.snoozedUntil;
            o.alerts = withSnooze(alerts, state.snoozedUntil);
            // Shown until the day is over, or the day the snooze ends.
            o.visibleEnd = endOf(date);
            if (state.snoozedUntil.isValid())
                o.visibleEnd = std::max(o.visibleEnd, endOf(state.snoozedUntil.toLocalTime().date()));
            result << o;
        }
    }
    return result;
}

} // namespace

Status DueCalculator::collectDates(DueKind kind, const Span& span, QList<DueItem>& out) const
{
    const QDateTime& from = span.from;
    const QDateTime& to = span.to;
    const bool window = span.mode == Mode::Window;
    const QDate toDate = to.toLocalTime().date();
    const QDate referenceDate = span.reference.toLocalTime().date();
    // The list keeps a date shown until the day after it.
    QDate lo = referenceDate.addDays(-1);
    if (window && from.isValid())
        lo = std::max(from.toLocalTime().date().addDays(-1), toDate.addDays(-kMaxWindowDays));
    else if (window)
        lo = toDate.addDays(-kMaxWindowDays);
    const QDate hi = toDate.addDays(std::max(0, m_preferences.birthdayLeadDays) + 1);
    // Snoozes that may still matter: ending after the window's start (or, for the list, since yesterday).
    const QDateTime snoozedPast = window && from.isValid() ? from : localMoment(lo, QTime(0, 0));
    DueStore store(m_database);
    QList<DueStore::ContactRow> rows;
    const auto occurrences = dateOccurrences(store, kind, m_preferences, lo, hi, snoozedPast, rows);
    if (!occurrences)
        return Status::failure(occurrences.error());
    for (const DateOccurrence& o : *occurrences) {
        const auto due = pick(o.alerts, from, to, window, o.visibleEnd, span.reference);
        if (!due)
            continue;
        DueItem item;
        item.kind = kind;
        item.contactId = o.row->id;
        item.due = *due;
        item.occurrence = o.date;
        item.contactName = o.row->name;
        item.priority = o.row->priority;
        item.lastInteraction = o.row->lastInteraction;
        item.ahead = *due < o.dayAlert;
        item.snoozedUntil = o.snoozedUntil.isValid() && *due == o.snoozedUntil ? *due : QDateTime();
        item.reason = dateReason(kind, int(referenceDate.daysTo(o.date)), o.years);
        out << item;
    }
    return {};
}

Status DueCalculator::collectFollowUps(const Span& span, QList<DueItem>& out) const
{
    const QDateTime& from = span.from;
    const QDateTime& to = span.to;
    const auto rows = DueStore(m_database).followUpsDueBy(to);
    if (!rows)
        return Status::failure(rows.error());
    const bool window = span.mode == Mode::Window;
    for (const DueStore::FollowUpRow& row : *rows) {
        const Reminder& r = row.reminder;
        const auto due = pick(withSnooze({r.dueAt}, r.snoozedUntil), from, to, window, {}, span.reference);
        if (!due)
            continue;
        DueItem item;
        item.kind = DueKind::FollowUp;
        item.contactId = r.contactId;
        item.reminderId = r.id;
        item.due = *due;
        item.occurrence = r.dueAt.toUTC().date();
        item.contactName = row.name;
        item.priority = row.priority;
        item.lastInteraction = row.lastInteraction;
        item.snoozedUntil = r.snoozedUntil.isValid() && *due == r.snoozedUntil ? *due : QDateTime();
        item.reason = r.note.isEmpty() ? QObject::tr("Follow up") : r.note;
        out << item;
    }
    return {};
}

Result<std::optional<QDateTime>> DueCalculator::nextDueAfter(const QDateTime& after) const
{
    using R = Result<std::optional<QDateTime>>;
    const QDateTime utc = after.toUTC();
    std::optional<QDateTime> next;
    auto consider = [&](const std::optional<QDateTime>& t) {
        if (t && (!next || *t < *next))
            next = t;
    };
    const auto followUp = DueStore(m_database).nextFollowUpAfter(utc);
    if (!followUp)
        return R::failure(followUp.error());
    consider(*followUp);
    const auto cadence = nextCadenceAfter(utc);
    if (!cadence)
        return R::failure(cadence.error());
    consider(*cadence);
    for (DueKind kind : {DueKind::Birthday, DueKind::Anniversary}) {
        const auto date = nextDateAfter(kind, utc);
        if (!date)
            return R::failure(date.error());
        consider(*date);
    }
    return next;
}

// May answer early (a touch that a later Skip superseded), never late: an early wake-up finds
// nothing new and sleeps again.
Result<std::optional<QDateTime>> DueCalculator::nextCadenceAfter(const QDateTime& after) const
{
    using R = Result<std::optional<QDateTime>>;
    DueStore store(m_database);
    const auto groups = store.cadenceGroups();
    if (!groups)
        return R::failure(groups.error());
    if (groups->isEmpty())
        return std::optional<QDateTime>{};
    int longest = 0;
    int shortest = std::numeric_limits<int>::max();
    for (const DueStore::CadenceGroup& group : *groups) {
        longest = std::max(longest, group.days);
        shortest = std::min(shortest, group.days);
    }
    const auto dues = store.nextCadenceDues(*groups, after);
    if (!dues)
        return R::failure(dues.error());
    std::optional<QDateTime> next;
    auto consider = [&](const QDateTime& t) {
        if (t > after && (!next || t < *next))
            next = t;
    };
    for (const QDateTime& due : *dues)
        consider(due);
    const auto actions = store.cadenceActions(after.addDays(-longest - 1));
    if (!actions)
        return R::failure(actions.error());
    for (const ReminderHistoryEntry& a : *actions) {
        if (a.action == QLatin1String("snoozed"))
            consider(a.snoozedUntil);
        else if (a.action == QLatin1String("done") || a.action == QLatin1String("skipped")) {
            // The skip's own cadence is not known here; the shortest gives an early, safe answer.
            consider(a.at.addDays(shortest));
        }
    }
    return next;
}

Result<std::optional<QDateTime>> DueCalculator::nextDateAfter(DueKind kind, const QDateTime& after) const
{
    using R = Result<std::optional<QDateTime>>;
    DueStore store(m_database);
    const QDate afterDate = after.toLocalTime().date();
    const int lead = std::max(0, m_preferences.birthdayLeadDays);
    // Look a week ahead first (with thousands of contacts there is nearly always a date in it), then further.
    for (int span : {7, 35, 370}) {
        QList<DueStore::ContactRow> rows;
        const QDate lo = afterDate.addDays(-1);
        const QDate hi = afterDate.addDays(lead + span);
        const auto occurrences = dateOccurrences(store, kind, m_preferences, lo, hi, after, rows);
        if (!occurrences)
            return R::failure(occurrences.error());
        std::optional<QDateTime> next;
        for (const DateOccurrence& o : *occurrences) {
            for (const QDateTime& t : o.alerts) {
                if (t > after && (!next || t < *next))
                    next = t;
            }
        }
        // Every alert dated up to afterDate + span was seen; a later one may hide beyond the range.
        if (next && next->toLocalTime().date() <= afterDate.addDays(span))
            return next;
        if (span == 370)
            return next;
    }
    return std::optional<QDateTime>{};
}

} // namespace kith
