#include "TestDatabase.h"

#include "domain/Contact.h"
#include "domain/Reminder.h"
#include "io/ics/IcsExporter.h"
#include "storage/ContactStore.h"
#include "storage/ReminderStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <libical/ical.h>

#include <memory>

using namespace kith;

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// One VEVENT or VTODO as libical read it back.
struct Parsed {
    QString kind; // "VEVENT" or "VTODO"
    QString summary;
    QString description;
    QDate startDate; // VEVENT: DTSTART (all-day)
    QDate endDate;   // VEVENT: DTEND
    QDateTime due;   // VTODO: DUE (UTC)
    QString rrule;   // as libical writes it, empty when there is none
    bool yearUnknown = false;
    QList<QDate> firstDates; // VEVENT: the first occurrences from 2026 on, expanded by libical
};

QDate toQDate(const icaltimetype& t)
{
    return QDate(t.year, t.month, t.day);
}

QMap<QString, Parsed> parseWithLibical(const QByteArray& ics)
{
    QMap<QString, Parsed> found;
    ComponentPtr calendar(icalparser_parse_string(ics.constData()));
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
        return found;
    for (icalcomponent* c = icalcomponent_get_first_component(calendar.get(), ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar.get(), ICAL_ANY_COMPONENT)) {
        Parsed p;
        const icalcomponent_kind kind = icalcomponent_isa(c);
        p.kind = QString::fromLatin1(icalcomponent_kind_to_string(kind));
        p.summary = QString::fromUtf8(icalcomponent_get_summary(c));
        if (const char* description = icalcomponent_get_description(c))
            p.description = QString::fromUtf8(description);
        icalproperty* rrule = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
        if (rrule) {
            icalrecurrencetype rule = icalproperty_get_rrule(rrule);
            char* text = icalrecurrencetype_as_string_r(&rule);
            p.rrule = QString::fromLatin1(text);
            icalmemory_free_buffer(text);
        }
        for (icalproperty* x = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); x;
             x = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(x), "X-KITH-YEAR-UNKNOWN") == 0)
                p.yearUnknown = qstrcmp(icalproperty_get_x(x), "TRUE") == 0;
        }
        if (kind == ICAL_VEVENT_COMPONENT) {
            const icaltimetype start = icalcomponent_get_dtstart(c);
            if (start.is_date)
                p.startDate = toQDate(start);
            p.endDate = toQDate(icalcomponent_get_dtend(c));
            if (rrule) {
                icalrecur_iterator* it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
                for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next) && it;
                     next = icalrecur_iterator_next(it)) {
                    if (next.year < 2026)
                        continue;
                    p.firstDates << toQDate(next);
                    if (p.firstDates.size() == 3)
                        break;
                }
                icalrecur_iterator_free(it);
            }
        } else if (kind == ICAL_VTODO_COMPONENT) {
            const icaltimetype due = icalcomponent_get_due(c);
            if (!icaltime_is_null_time(due) && icaltime_is_utc(due))
                p.due = QDateTime::fromSecsSinceEpoch(icaltime_as_timet(due), Qt::UTC);
        }
        found.insert(QString::fromUtf8(icalcomponent_get_uid(c)), p);
    }
    return found;
}

Contact person(const QString& given, const QString& family, const QString& birthday, const QString& anniversary = {})
{
    Contact c;
    c.given = given;
    c.family = family;
    c.birthday = PartialDate::fromIsoString(birthday).value();
    c.anniversary = PartialDate::fromIsoString(anniversary).value();
    return c;
}

Reminder followUp(qint64 id, qint64 contactId, const QDateTime& due, const QString& note, Recurrence recurrence = {})
{
    Reminder r;
    r.id = id;
    r.contactId = contactId;
    r.dueAt = due;
    r.note = note;
    r.recurrence = recurrence;
    return r;
}

} // namespace

// The .ics export, read back by libical and by Debian's python3-icalendar, as a calendar program would.
class TestIcsExporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportParsesBackWithLibical();
    void recurrenceRules_data();
    void recurrenceRules();
    void fileFormat();
    void failedExportLeavesFileAlone();
    void pythonIcalendarReadsIt();

private:
    QString uidOf(qint64 contactId) const { return m_contacts->get(contactId).value().uid; }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<ReminderStore> m_reminders;
    qint64 m_ada = 0, m_grace = 0, m_leap = 0, m_leapNoYear = 0, m_trashed = 0;
    qint64 m_oneOff = 0, m_weekly = 0, m_monthly = 0, m_done = 0, m_ofTrashed = 0;
};

void TestIcsExporter::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_contacts = std::make_unique<ContactStore>(m_db->database(), m_db->clock());
    m_reminders = std::make_unique<ReminderStore>(m_db->database(), m_db->clock());
    m_ada = m_contacts
                ->add(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("1815-12-10"),
                             QStringLiteral("1835-07-08")))
                .value();
    m_grace =
        m_contacts->add(person(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("--12-09"))).value();
    m_leap =
        m_contacts->add(person(QStringLiteral("Leo"), QStringLiteral("Leap"), QStringLiteral("1996-02-29"))).value();
    m_leapNoYear = m_contacts
                       ->add(person(QStringLiteral("Lena"), QStringLiteral("Schaltjahr"), QStringLiteral("--02-29"),
                                    QStringLiteral("--06-15")))
                       .value();
    m_trashed =
        m_contacts->add(person(QStringLiteral("Tom"), QStringLiteral("Trash"), QStringLiteral("1980-01-01"))).value();
    const QDateTime now = TestDatabase::fixedNow();
    const Reminder oneOff = followUp(0, m_ada, QDateTime(QDate(2026, 4, 1), QTime(9, 30), Qt::UTC),
                                     QStringLiteral("Send the paper; with notes, and the Analytical Engine's plans"));
    const Reminder weekly = followUp(0, m_grace, QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC),
                                     QStringLiteral("Compilers"), {RecurrenceUnit::Weeks, 2});
    const Reminder monthly =
        followUp(0, m_leap, QDateTime(QDate(2026, 3, 31), QTime(17, 15), Qt::UTC), {}, {RecurrenceUnit::Months, 1});
    m_oneOff = m_reminders->add(oneOff).value();
    m_weekly = m_reminders->add(weekly).value();
    m_monthly = m_reminders->add(monthly).value();
    m_done = m_reminders->add(followUp(0, m_ada, now.addDays(2), QStringLiteral("Done already"))).value();
    QVERIFY(m_reminders->markDone(m_done).ok());
    m_ofTrashed = m_reminders->add(followUp(0, m_trashed, now.addDays(3), QStringLiteral("Trashed"))).value();
    QVERIFY(m_contacts->moveToTrash({m_trashed}).ok());
}

void TestIcsExporter::cleanup()
{
    m_reminders.reset();
    m_contacts.reset();
    m_db.reset();
}

void TestIcsExporter::exportParsesBackWithLibical()
{
    IcsExporter exporter(*m_contacts, *m_reminders, m_db->clock());
    const QString path = m_db->dirPath() + QStringLiteral("/kith.ics");
    const auto written = exporter.exportTo(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto found = parseWithLibical(file.readAll());

    // 4 birthdays, 2 anniversaries, 3 open follow-ups; nothing of Tom's, nothing done.
    QCOMPARE(*written, 9);
    QCOMPARE(found.size(), 9);

    const Parsed ada = found.value(QStringLiteral("kith-birthday@") + uidOf(m_ada));
    QCOMPARE(ada.kind, QStringLiteral("VEVENT"));
    QCOMPARE(ada.summary, QStringLiteral("Ada Lovelace's birthday"));
    QCOMPARE(ada.startDate, QDate(1815, 12, 10));
    QCOMPARE(ada.endDate, QDate(1815, 12, 11));
    QCOMPARE(ada.rrule, QStringLiteral("FREQ=YEARLY"));
    QVERIFY(!ada.yearUnknown);
    QCOMPARE(ada.firstDates, (QList<QDate>{{2026, 12, 10}, {2027, 12, 10}, {2028, 12, 10}}));

    const Parsed wedding = found.value(QStringLiteral("kith-anniversary@") + uidOf(m_ada));
    QCOMPARE(wedding.summary, QStringLiteral("Ada Lovelace's anniversary"));
    QCOMPARE(wedding.startDate, QDate(1835, 7, 8));
    QCOMPARE(wedding.rrule, QStringLiteral("FREQ=YEARLY"));

    // No year: placed in 2000 and marked as such.
    const Parsed grace = found.value(QStringLiteral("kith-birthday@") + uidOf(m_grace));
    QCOMPARE(grace.summary, QStringLiteral("Grace Hopper's birthday"));
    QCOMPARE(grace.startDate, QDate(2000, 12, 9));
    QVERIFY(grace.yearUnknown);
    QCOMPARE(grace.firstDates, (QList<QDate>{{2026, 12, 9}, {2027, 12, 9}, {2028, 12, 9}}));

    // 29 February: the last day of February every year, 28 February in common years.
    const Parsed leo = found.value(QStringLiteral("kith-birthday@") + uidOf(m_leap));
    QCOMPARE(leo.startDate, QDate(1996, 2, 29));
    QCOMPARE(leo.endDate, QDate(1996, 3, 1));
    QCOMPARE(leo.rrule, QStringLiteral("FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2"));
    QCOMPARE(leo.firstDates, (QList<QDate>{{2026, 2, 28}, {2027, 2, 28}, {2028, 2, 29}}));
    const Parsed lena = found.value(QStringLiteral("kith-birthday@") + uidOf(m_leapNoYear));
    QCOMPARE(lena.startDate, QDate(2000, 2, 29));
    QVERIFY(lena.yearUnknown);
    QCOMPARE(lena.firstDates, (QList<QDate>{{2026, 2, 28}, {2027, 2, 28}, {2028, 2, 29}}));
    const Parsed lenaWedding = found.value(QStringLiteral("kith-anniversary@") + uidOf(m_leapNoYear));
    QCOMPARE(lenaWedding.startDate, QDate(2000, 6, 15));
    QVERIFY(lenaWedding.yearUnknown);

    QVERIFY(!found.contains(QStringLiteral("kith-birthday@") + uidOf(m_trashed)));

    const Parsed oneOff = found.value(QStringLiteral("kith-reminder-%1@%2").arg(m_oneOff).arg(uidOf(m_ada)));
    QCOMPARE(oneOff.kind, QStringLiteral("VTODO"));
    QCOMPARE(oneOff.summary, QStringLiteral("Follow up with Ada Lovelace"));
    QCOMPARE(oneOff.description, QStringLiteral("Send the paper; with notes, and the Analytical Engine's plans"));
    QCOMPARE(oneOff.due, QDateTime(QDate(2026, 4, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(oneOff.rrule, QString());

    // Recurring follow-ups carry their rule, as the store keeps it.
    const QMap<qint64, QString> rules{{m_weekly, QStringLiteral("FREQ=WEEKLY;INTERVAL=2")},
                                      {m_monthly, QStringLiteral("FREQ=MONTHLY")}};
    for (const auto& [id, contact, due] :
         {std::tuple{m_weekly, m_grace, QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC)},
          std::tuple{m_monthly, m_leap, QDateTime(QDate(2026, 3, 31), QTime(17, 15), Qt::UTC)}}) {
        const Parsed todo = found.value(QStringLiteral("kith-reminder-%1@%2").arg(id).arg(uidOf(contact)));
        QCOMPARE(todo.kind, QStringLiteral("VTODO"));
        QCOMPARE(todo.due, due);
        QVERIFY(m_reminders->get(id).value().recurrence.isRecurring());
        QCOMPARE(todo.rrule, rules.value(id));
    }
    QCOMPARE(found.value(QStringLiteral("kith-reminder-%1@%2").arg(m_weekly).arg(uidOf(m_grace))).summary,
             QStringLiteral("Follow up with Grace Hopper"));
    QVERIFY(!found.contains(QStringLiteral("kith-reminder-%1@%2").arg(m_done).arg(uidOf(m_ada))));
    QVERIFY(!found.contains(QStringLiteral("kith-reminder-%1@%2").arg(m_ofTrashed).arg(uidOf(m_trashed))));
}

void TestIcsExporter::recurrenceRules_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QList<QDate>>("occurrences");

    QTest::newRow("one-off") << int(RecurrenceUnit::None) << 1 << QString() << QList<QDate>{};
    QTest::newRow("every 3 days") << int(RecurrenceUnit::Days) << 3 << QStringLiteral("FREQ=DAILY;INTERVAL=3")
                                  << QList<QDate>{{2026, 3, 20}, {2026, 3, 23}, {2026, 3, 26}};
    QTest::newRow("weekly") << int(RecurrenceUnit::Weeks) << 1 << QStringLiteral("FREQ=WEEKLY")
                            << QList<QDate>{{2026, 3, 20}, {2026, 3, 27}, {2026, 4, 3}};
    QTest::newRow("every 2 weeks") << int(RecurrenceUnit::Weeks) << 2 << QStringLiteral("FREQ=WEEKLY;INTERVAL=2")
                                   << QList<QDate>{{2026, 3, 20}, {2026, 4, 3}, {2026, 4, 17}};
    QTest::newRow("monthly") << int(RecurrenceUnit::Months) << 1 << QStringLiteral("FREQ=MONTHLY")
                             << QList<QDate>{{2026, 3, 20}, {2026, 4, 20}, {2026, 5, 20}};
    QTest::newRow("every 6 months") << int(RecurrenceUnit::Months) << 6 << QStringLiteral("FREQ=MONTHLY;INTERVAL=6")
                                    << QList<QDate>{{2026, 3, 20}, {2026, 9, 20}, {2027, 3, 20}};
    QTest::newRow("yearly") << int(RecurrenceUnit::Years) << 1 << QStringLiteral("FREQ=YEARLY")
                            << QList<QDate>{{2026, 3, 20}, {2027, 3, 20}, {2028, 3, 20}};
}

void TestIcsExporter::recurrenceRules()
{
    QFETCH(int, unit);
    QFETCH(int, interval);
    QFETCH(QString, rrule);
    QFETCH(QList<QDate>, occurrences);

    Contact ada = person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QString());
    ada.id = 1;
    ada.uid = QStringLiteral("ada-uid");
    const Reminder reminder = followUp(7, 1, QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC),
                                       QStringLiteral("Call"), {RecurrenceUnit(unit), interval});
    Reminder dismissed = followUp(8, 1, QDateTime(QDate(2026, 3, 21), QTime(8, 0), Qt::UTC), QStringLiteral("No"));
    dismissed.dismissedAt = TestDatabase::fixedNow();

    const auto calendar = IcsExporter::renderCalendar({ada}, {reminder, dismissed}, TestDatabase::fixedNow());
    QVERIFY2(calendar.ok(), qPrintable(calendar.error()));
    QCOMPARE(calendar->components, 1);
    ComponentPtr parsed(icalparser_parse_string(calendar->ics.constData()));
    QVERIFY(parsed);
    QCOMPARE(icalcomponent_count_components(parsed.get(), ICAL_VTODO_COMPONENT), 1);
    icalcomponent* todo = icalcomponent_get_first_component(parsed.get(), ICAL_VTODO_COMPONENT);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(todo)), QStringLiteral("kith-reminder-7@ada-uid"));
    icalproperty* property = icalcomponent_get_first_property(todo, ICAL_RRULE_PROPERTY);
    QCOMPARE(property != nullptr, !rrule.isEmpty());
    if (!property)
        return;
    const icalrecurrencetype rule = icalproperty_get_rrule(property);
    icalrecurrencetype copy = rule;
    char* text = icalrecurrencetype_as_string_r(&copy);
    QCOMPARE(QString::fromLatin1(text), rrule);
    icalmemory_free_buffer(text);
    // The series starts at the due date: DTSTART is there, equal to DUE, as recurrence needs an anchor.
    const icaltimetype start = icalcomponent_get_dtstart(todo);
    QVERIFY(icaltime_compare(start, icalcomponent_get_due(todo)) == 0);
    icalrecur_iterator* it = icalrecur_iterator_new(rule, start);
    QList<QDate> dates;
    for (int i = 0; i < 3; ++i) {
        const icaltimetype next = icalrecur_iterator_next(it);
        dates << QDate(next.year, next.month, next.day);
    }
    icalrecur_iterator_free(it);
    QCOMPARE(dates, occurrences);
}

void TestIcsExporter::fileFormat()
{
    IcsExporter exporter(*m_contacts, *m_reminders, m_db->clock());
    Contact longName = person(QStringLiteral("Bartholomäus-Maximilian Friedrich Wilhelm"),
                              QStringLiteral("von Hohenzollern-Sigmaringen-Überlänge"), QStringLiteral("1990-05-17"));
    QVERIFY(m_contacts->add(longName).ok());
    const auto ics = exporter.render();
    QVERIFY2(ics.ok(), qPrintable(ics.error()));
    QVERIFY(ics->startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics->endsWith("END:VCALENDAR\r\n"));
    QVERIFY(ics->contains("\r\nPRODID:-//Kith//Kith " KITH_VERSION "//EN\r\n"));
    QVERIFY(ics->contains("\r\nVERSION:2.0\r\n"));
    QVERIFY(ics->contains("\r\nDTSTAMP:20260315T120000Z\r\n"));
    QVERIFY(ics->contains("\r\nDTSTART;VALUE=DATE:18151210\r\n"));
    QVERIFY(ics->contains("\r\nX-KITH-YEAR-UNKNOWN:TRUE\r\n"));
    // Every line ends in CRLF and none is longer than 75 octets; folding keeps UTF-8 sequences whole.
    const QList<QByteArray> lines = ics->split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QVERIFY2(lines[i].endsWith('\r'), lines[i].constData());
        QVERIFY2(lines[i].size() - 1 <= 75, lines[i].constData());
    }
    QVERIFY(QString::fromUtf8(*ics).toUtf8() == *ics);
    QVERIFY(QString::fromUtf8(*ics)
                .remove(QStringLiteral("\r\n "))
                .contains(QStringLiteral(
                    "SUMMARY:Bartholomäus-Maximilian Friedrich Wilhelm von Hohenzollern-Sigmaringen-Überlänge's "
                    "birthday\r\n")));
}

void TestIcsExporter::failedExportLeavesFileAlone()
{
    IcsExporter exporter(*m_contacts, *m_reminders, m_db->clock());
    const QString missing = m_db->dirPath() + QStringLiteral("/no-such-folder/kith.ics");
    const auto failed = exporter.exportTo(missing);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QStringLiteral("no-such-folder")), qPrintable(failed.error()));
    QVERIFY(!QFileInfo::exists(missing));

    // Overwriting replaces the old file whole.
    const QString path = m_db->dirPath() + QStringLiteral("/kith.ics");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer than nothing\n");
    }
    QVERIFY(exporter.exportTo(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exporter.render().value());
}

void TestIcsExporter::pythonIcalendarReadsIt()
{
    // Debian's python3-icalendar is installed for /usr/bin/python3 only.
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(python).isExecutable())
        QSKIP("/usr/bin/python3 is not installed");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
    QVERIFY(probe.waitForFinished(60000));
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("The Python module icalendar (Debian package python3-icalendar) is not installed");

    IcsExporter exporter(*m_contacts, *m_reminders, m_db->clock());
    const QString path = m_db->dirPath() + QStringLiteral("/kith.ics");
    QCOMPARE(exporter.exportTo(path).value(), 9);

    const QString script = QStringLiteral(R"(
import json, sys, icalendar
with open(sys.argv[1], 'rb') as f:
    cal = icalendar.Calendar.from_ical(f.read())
out = {'prodid': str(cal['PRODID']), 'version': str(cal['VERSION']), 'components': []}
for c in cal.walk():
    if c.name not in ('VEVENT', 'VTODO'):
        continue
    when = c.decoded('DTSTART') if c.name == 'VEVENT' else c.decoded('DUE')
    out['components'].append({
        'kind': c.name,
        'uid': str(c['UID']),
        'summary': str(c['SUMMARY']),
        'when': when.isoformat(),
        'rrule': c['RRULE'].to_ical().decode() if 'RRULE' in c else '',
        'year_unknown': str(c.get('X-KITH-YEAR-UNKNOWN', '')),
    })
print(json.dumps(out))
)");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(out.value(QStringLiteral("prodid")).toString(), QStringLiteral("-//Kith//Kith " KITH_VERSION "//EN"));
    QCOMPARE(out.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));

    QMap<QString, QJsonObject> byUid;
    int events = 0;
    int todos = 0;
    for (const QJsonValue& v : out.value(QStringLiteral("components")).toArray()) {
        const QJsonObject c = v.toObject();
        byUid.insert(c.value(QStringLiteral("uid")).toString(), c);
        (c.value(QStringLiteral("kind")).toString() == QLatin1String("VEVENT") ? events : todos)++;
    }
    QCOMPARE(events, 6);
    QCOMPARE(todos, 3);
    QCOMPARE(byUid.size(), 9);

    const QJsonObject ada = byUid.value(QStringLiteral("kith-birthday@") + uidOf(m_ada));
    QCOMPARE(ada.value(QStringLiteral("summary")).toString(), QStringLiteral("Ada Lovelace's birthday"));
    QCOMPARE(ada.value(QStringLiteral("when")).toString(), QStringLiteral("1815-12-10"));
    QCOMPARE(ada.value(QStringLiteral("rrule")).toString(), QStringLiteral("FREQ=YEARLY"));
    QCOMPARE(byUid.value(QStringLiteral("kith-anniversary@") + uidOf(m_ada)).value(QStringLiteral("when")).toString(),
             QStringLiteral("1835-07-08"));
    const QJsonObject grace = byUid.value(QStringLiteral("kith-birthday@") + uidOf(m_grace));
    QCOMPARE(grace.value(QStringLiteral("when")).toString(), QStringLiteral("2000-12-09"));
    QCOMPARE(grace.value(QStringLiteral("year_unknown")).toString(), QStringLiteral("TRUE"));
    const QJsonObject leo = byUid.value(QStringLiteral("kith-birthday@") + uidOf(m_leap));
    QCOMPARE(leo.value(QStringLiteral("when")).toString(), QStringLiteral("1996-02-29"));
    QCOMPARE(leo.value(QStringLiteral("rrule")).toString(), QStringLiteral("FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2"));
    QCOMPARE(
        byUid.value(QStringLiteral("kith-birthday@") + uidOf(m_leapNoYear)).value(QStringLiteral("when")).toString(),
        QStringLiteral("2000-02-29"));
    QVERIFY(!byUid.contains(QStringLiteral("kith-birthday@") + uidOf(m_trashed)));

    const QJsonObject oneOff = byUid.value(QStringLiteral("kith-reminder-%1@%2").arg(m_oneOff).arg(uidOf(m_ada)));
    QCOMPARE(oneOff.value(QStringLiteral("kind")).toString(), QStringLiteral("VTODO"));
    QCOMPARE(oneOff.value(QStringLiteral("summary")).toString(), QStringLiteral("Follow up with Ada Lovelace"));
    QCOMPARE(oneOff.value(QStringLiteral("when")).toString(), QStringLiteral("2026-04-01T09:30:00+00:00"));
    const QJsonObject weekly = byUid.value(QStringLiteral("kith-reminder-%1@%2").arg(m_weekly).arg(uidOf(m_grace)));
    QCOMPARE(weekly.value(QStringLiteral("when")).toString(), QStringLiteral("2026-03-20T08:00:00+00:00"));
    if (m_reminders->get(m_weekly).value().recurrence.isRecurring())
        QCOMPARE(weekly.value(QStringLiteral("rrule")).toString(), QStringLiteral("FREQ=WEEKLY;INTERVAL=2"));
}

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "tst_icsexporter.moc"
