#include "io/ics/IcsExporter.h"

#include "domain/Clock.h"
#include "domain/Contact.h"
#include "domain/Reminder.h"
#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"
#include "storage/ReminderStore.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <libical/ical.h>

#include <limits>
#include <memory>

namespace kith {

namespace {

// A year-less date is placed in this year: a leap year, so that 29 February exists in it.
constexpr int YearUnknownStart = 2000;

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype dateValue(const QDate& date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

icaltimetype utcValue(const QDateTime& time)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(time.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// Adds `property` to `component`; false when libical could not make it (out of memory, bad value).
bool add(icalcomponent* component, icalproperty* property)
{
    if (!property)
        return false;
    icalcomponent_add_property(component, property);
    return true;
}

bool addText(icalcomponent* component, icalproperty* (*make)(const char*), const QString& text)
{
    return add(component, make(text.toUtf8().constData()));
}

icalrecurrencetype yearlyRule(const PartialDate& date)
{
    icalrecurrencetype rule;
    icalrecurrencetype_clear(&rule);
    rule.freq = ICAL_YEARLY_RECURRENCE;
    if (date.month == 2 && date.day == 29) {
        rule.by_month[0] = 2;
        rule.by_month[1] = ICAL_RECURRENCE_ARRAY_MAX;
        rule.by_month_day[0] = -1;
        rule.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
    }
    return rule;
}

ComponentPtr dateEvent(const Contact& contact, const PartialDate& date, const QString& kind, const QString& summary,
                       const icaltimetype& stamp)
{
    ComponentPtr event(icalcomponent_new(ICAL_VEVENT_COMPONENT));
    if (!event)
        return {};
    const QDate start(date.hasYear() ? date.year : YearUnknownStart, date.month, date.day);
    icalcomponent* e = event.get();
    bool ok = addText(e, icalproperty_new_uid, QStringLiteral("kith-%1@%2").arg(kind, contact.uid)) &&
              add(e, icalproperty_new_dtstamp(stamp)) && addText(e, icalproperty_new_summary, summary) &&
              add(e, icalproperty_new_dtstart(dateValue(start))) &&
              add(e, icalproperty_new_dtend(dateValue(start.addDays(1)))) &&
              add(e, icalproperty_new_rrule(yearlyRule(date))) &&
              add(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (ok && !date.hasYear()) {
        icalproperty* unknown = icalproperty_new_x("TRUE");
        ok = add(e, unknown);
        if (ok)
            icalproperty_set_x_name(unknown, "X-KITH-YEAR-UNKNOWN");
    }
    if (!ok)
        return {};
    return event;
}

icalrecurrencetype followUpRule(const Recurrence& recurrence)
{
    icalrecurrencetype rule;
    icalrecurrencetype_clear(&rule);
    switch (recurrence.unit) {
    case RecurrenceUnit::None:
        break;
    case RecurrenceUnit::Days:
        rule.freq = ICAL_DAILY_RECURRENCE;
        break;
    case RecurrenceUnit::Weeks:
        rule.freq = ICAL_WEEKLY_RECURRENCE;
        break;
    case RecurrenceUnit::Months:
        rule.freq = ICAL_MONTHLY_RECURRENCE;
        break;
    case RecurrenceUnit::Years:
        rule.freq = ICAL_YEARLY_RECURRENCE;
        break;
    }
    rule.interval = static_cast<short>(qBound(1, recurrence.interval, int(std::numeric_limits<short>::max())));
    return rule;
}

ComponentPtr followUpTodo(const Reminder& reminder, const Contact& contact, const QString& summary,
                          const icaltimetype& stamp)
{
    ComponentPtr todo(icalcomponent_new(ICAL_VTODO_COMPONENT));
    if (!todo)
        return {};
    const bool recurring = reminder.recurrence.isRecurring();
    QDateTime due = reminder.dueAt;
    if (!recurring && reminder.snoozedUntil.isValid() && reminder.snoozedUntil > due)
        due = reminder.snoozedUntil;
    icalcomponent* t = todo.get();
    bool ok =
        addText(t, icalproperty_new_uid, QStringLiteral("kith-reminder-%1@%2").arg(reminder.id).arg(contact.uid)) &&
        add(t, icalproperty_new_dtstamp(stamp)) && addText(t, icalproperty_new_summary, summary) &&
        add(t, icalproperty_new_due(utcValue(due))) && add(t, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
    if (ok && !reminder.note.isEmpty())
        ok = addText(t, icalproperty_new_description, reminder.note);
    // A recurrence is anchored on DTSTART (RFC 5545 3.8.5.3): the series runs from the due date.
    if (ok && recurring)
        ok = add(t, icalproperty_new_dtstart(utcValue(due))) &&
             add(t, icalproperty_new_rrule(followUpRule(reminder.recurrence)));
    if (!ok)
        return {};
    return todo;
}

} // namespace

IcsExporter::IcsExporter(const ContactStore& contacts, const ReminderStore& reminders, const Clock& clock)
    : m_contacts(contacts)
    , m_reminders(reminders)
    , m_clock(clock)
{}

Result<IcsExporter::Calendar> IcsExporter::renderCalendar(const QList<Contact>& contacts,
                                                          const QList<Reminder>& reminders, const QDateTime& stamp)
{
    using R = Result<Calendar>;
    const QString failed = tr("Cannot build the calendar.");
    ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    if (!calendar)
        return R::failure(failed);
    const QString prodId = QStringLiteral("-//Kith//Kith %1//EN").arg(QStringLiteral(KITH_VERSION));
    if (!addText(calendar.get(), icalproperty_new_prodid, prodId) ||
        !add(calendar.get(), icalproperty_new_version("2.0")) ||
        !add(calendar.get(), icalproperty_new_calscale("GREGORIAN")))
        return R::failure(failed);

    const icaltimetype stampValue = utcValue(stamp);
    int components = 0;
    const auto append = [&](ComponentPtr component) {
        if (!component)
            return false;
        icalcomponent_add_component(calendar.get(), component.release());
        ++components;
        return true;
    };

    QHash<qint64, const Contact*> live;
    for (const Contact& contact : contacts) {
        if (!contact.deletedAt.isNull())
            continue;
        live.insert(contact.id, &contact);
        const QString name = contact.effectiveName();
        if (!contact.birthday.isNull() && contact.birthday.isValid() &&
            !append(dateEvent(contact, contact.birthday, QStringLiteral("birthday"), tr("%1's birthday").arg(name),
                              stampValue)))
            return R::failure(failed);
        if (!contact.anniversary.isNull() && contact.anniversary.isValid() &&
            !append(dateEvent(contact, contact.anniversary, QStringLiteral("anniversary"),
                              tr("%1's anniversary").arg(name), stampValue)))
            return R::failure(failed);
    }
    for (const Reminder& reminder : reminders) {
        const Contact* contact = live.value(reminder.contactId);
        if (!contact || !reminder.isOpen() || !reminder.dueAt.isValid())
            continue;
        if (!append(
                followUpTodo(reminder, *contact, tr("Follow up with %1").arg(contact->effectiveName()), stampValue)))
            return R::failure(failed);
    }

    // libical writes the text: CRLF line ends, lines folded at 75 octets, values escaped.
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return R::failure(failed);
    Calendar result{QByteArray(text), components};
    icalmemory_free_buffer(text);
    return result;
}

Result<IcsExporter::Calendar> IcsExporter::build() const
{
    using R = Result<Calendar>;
    const auto ids = m_contacts.ids(ContactQuery{});
    if (!ids)
        return R::failure(ids.error());
    const auto contacts = m_contacts.getMany(*ids);
    if (!contacts)
        return R::failure(contacts.error());
    // Every open follow-up of a live contact is "due by" the end of time; one query for all.
    const auto reminders = m_reminders.dueBy(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
    if (!reminders)
        return R::failure(reminders.error());
    return renderCalendar(*contacts, *reminders, m_clock.now());
}

Result<QByteArray> IcsExporter::render() const
{
    auto calendar = build();
    if (!calendar)
        return Result<QByteArray>::failure(calendar.error());
    return std::move(calendar.value().ics);
}

Result<int> IcsExporter::exportTo(const QString& path) const
{
    using R = Result<int>;
    auto calendar = build();
    if (!calendar)
        return R::failure(calendar.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(calendar->ics) != calendar->ics.size() || !file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return calendar->components;
}

} // namespace kith
