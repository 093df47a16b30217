#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kith {

class Clock;
class ContactStore;
class ReminderStore;
struct Contact;
struct Reminder;

// Writes the dates and follow-ups of the live network as an iCalendar file (RFC 5545) with libical:
// for other calendar programs to show, not for Kith to read back.
//
// - Birthdays and anniversaries are yearly all-day VEVENTs (UID kith-birthday@<contact uid>,
//   kith-anniversary@<contact uid>). DTSTART is the date itself when its year is known. A date
//   without a year starts in 2000, a leap year and a year every calendar program accepts, and is
//   marked X-KITH-YEAR-UNKNOWN:TRUE so that nobody reads "born in 2000" into it.
// - 29 February recurs as RRULE:FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2, the last day of February: on
//   the 29th in leap years and on the 28th in the others, as Kith's own reminders have it. A plain
//   yearly rule on 29 February would, by RFC 5545, skip three years in four.
// - Open follow-ups (not done, not dismissed) are VTODOs with DUE in UTC (UID
//   kith-reminder-<id>@<contact uid>), the note as DESCRIPTION, and for recurring ones an RRULE
//   (DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL) anchored by DTSTART = DUE. A snoozed one-off is due
//   when its snooze ends; a recurring one keeps its date so that the series stays in step.
// - Contacts in the Trash, and their follow-ups, are left out.
class IcsExporter final {
    Q_DECLARE_TR_FUNCTIONS(IcsExporter)
    Q_DISABLE_COPY_MOVE(IcsExporter)

public:
    // What renderCalendar() made: the file's bytes and how many events and to-dos it holds.
    struct Calendar {
        QByteArray ics;
        int components = 0;
    };

    IcsExporter(const ContactStore& contacts, const ReminderStore& reminders, const Clock& clock);

    // The calendar of every contact not in the Trash and every open follow-up.
    Result<QByteArray> render() const;
    // Writes render()'s calendar to `path` through a temporary file, so that a failure leaves any
    // existing file as it was; returns the number of events and to-dos written.
    Result<int> exportTo(const QString& path) const;

    // The calendar for these contacts and follow-ups, stamped (DTSTAMP) at `stamp`. Trashed contacts,
    // follow-ups that are not open and follow-ups of contacts not given are left out.
    static Result<Calendar> renderCalendar(const QList<Contact>& contacts, const QList<Reminder>& reminders,
                                           const QDateTime& stamp);

private:
    Result<Calendar> build() const;

    const ContactStore& m_contacts;
    const ReminderStore& m_reminders;
    const Clock& m_clock;
};

} // namespace kith
