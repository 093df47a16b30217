#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

// kith-cli event add|list|show and favour add|list, run as a user would: the JSON and the text, and bad input,
// which leaves one line on stderr, a non-zero exit and the database as it was.
class tst_EventCommands final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void events();
    void favours();
    void demoHasEventsAndFavours();
    void badInput_data();
    void badInput();

private:
    CliRun cli(const QStringList& args);
    QJsonDocument json(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_db;
};

CliRun tst_EventCommands::cli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KITH_DB"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KITH_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonDocument tst_EventCommands::json(const QStringList& args)
{
    const CliRun run = cli(args + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0 || !run.err.isEmpty())
        qWarning("kith-cli %s: exit %d, %s", qPrintable(args.join(QLatin1Char(' '))), run.exitCode,
                 run.err.constData());
    return QJsonDocument::fromJson(run.out);
}

void tst_EventCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("events.sqlite"));
    // Contact 1, Ada Lovelace; contact 2, Lord Byron.
    QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ada Lovelace")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Lord Byron")}).exitCode, 0);
}

void tst_EventCommands::events()
{
    const CliRun help = cli({QStringLiteral("--help")});
    QVERIFY(help.out.contains("  event ") && help.out.contains("  favour "));

    // A plain event prints its id.
    CliRun run = cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Book club"), QStringLiteral("--on"), QStringLiteral("2026-01-10")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("1"));

    // Ada by id, Byron by name (case aside), Grace new: one event, one new contact, three follow-ups.
    const QJsonObject added = json({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--name"),
                                    QStringLiteral("RustConf"), QStringLiteral("--on"), QStringLiteral("2026-11-12"),
                                    QStringLiteral("--kind"), QStringLiteral("conference"), QStringLiteral("--place"),
                                    QStringLiteral("Portland"), QStringLiteral("--met"), QStringLiteral("1"),
                                    QStringLiteral("--met"), QStringLiteral("lord byron"), QStringLiteral("--met"),
                                    QStringLiteral("Grace Hopper"), QStringLiteral("--follow-up"), QStringLiteral("3")})
                                  .object();
    QCOMPARE(added.value(QStringLiteral("id")).toInt(), 2);
    QCOMPARE(added.value(QStringLiteral("new_contacts")).toArray(), QJsonArray{3});
    QCOMPARE(added.value(QStringLiteral("met")).toArray(), (QJsonArray{1, 2, 3}));
    QCOMPARE(added.value(QStringLiteral("reminders")).toArray().size(), 3);

    const QJsonArray list = json({QStringLiteral("event"), QStringLiteral("list")}).array();
    QCOMPARE(list.size(), 2);
    const QJsonObject newest = list.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("name")).toString(), QStringLiteral("RustConf"));
    QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("conference"));
    QCOMPARE(newest.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-12"));
    QCOMPARE(newest.value(QStringLiteral("place")).toString(), QStringLiteral("Portland"));
    QCOMPARE(newest.value(QStringLiteral("met")).toInt(), 3);
    QCOMPARE(newest.value(QStringLiteral("followed_up")).toInt(), 0);
    QVERIFY(list.at(1).toObject().value(QStringLiteral("place")).isNull());

    // Marking Byron's follow-up done follows him up.
    const QJsonObject shown = json({QStringLiteral("event"), QStringLiteral("show"), QStringLiteral("2")}).object();
    const QJsonArray attendees = shown.value(QStringLiteral("attendees")).toArray();
    QCOMPARE(attendees.size(), 3);
    QJsonObject byron = attendees.at(1).toObject();
    QCOMPARE(byron.value(QStringLiteral("name")).toString(), QStringLiteral("Grace Hopper"));
    byron = attendees.at(2).toObject();
    QCOMPARE(byron.value(QStringLiteral("name")).toString(), QStringLiteral("Lord Byron"));
    QCOMPARE(byron.value(QStringLiteral("met")).toBool(), true);
    QCOMPARE(byron.value(QStringLiteral("followed_up")).toBool(), false);
    const int reminder = byron.value(QStringLiteral("follow_up_reminder_id")).toInt();
    QVERIFY(reminder > 0);
    QCOMPARE(cli({QStringLiteral("done"), QString::number(reminder)}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("event"), QStringLiteral("list")})
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("followed_up"))
                 .toInt(),
             1);

    run = cli({QStringLiteral("event"), QStringLiteral("show"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("RustConf  (#2)\nConference, 2026-11-12, Portland\n"), run.out.constData());
    QVERIFY(run.out.contains("Grace Hopper"));
    run = cli({QStringLiteral("event"), QStringLiteral("list")});
    QVERIFY2(run.out.contains("RustConf") && run.out.contains("Book club"), run.out.constData());
    // The due list has the follow-ups of the two still open.
    const QJsonArray due = json({QStringLiteral("due"), QStringLiteral("--at"), QStringLiteral("2030-01-01")}).array();
    int followUps = 0;
    for (const QJsonValue& item : due)
        followUps += item.toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("RustConf"));
    QCOMPARE(followUps, 2);
}

void tst_EventCommands::favours()
{
    QCOMPARE(cli({QStringLiteral("favour"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--given"),
                  QStringLiteral("Reviewed her notes"), QStringLiteral("--on"), QStringLiteral("2026-10-01")})
                 .out.trimmed(),
             QByteArray("1"));
    QCOMPARE(cli({QStringLiteral("favour"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--given"),
                  QStringLiteral("Fed the cat"), QStringLiteral("--on"), QStringLiteral("2026-10-05")})
                 .exitCode,
             0);
    const QJsonObject added = json({QStringLiteral("favour"), QStringLiteral("add"), QStringLiteral("1"),
                                    QStringLiteral("--received"), QStringLiteral("Lent me a book")})
                                  .object();
    QCOMPARE(added.value(QStringLiteral("id")).toInt(), 3);
    QCOMPARE(cli({QStringLiteral("favour"), QStringLiteral("add"), QStringLiteral("2"), QStringLiteral("--received"),
                  QStringLiteral("A poem")})
                 .exitCode,
             0);

    const QJsonArray adas = json({QStringLiteral("favour"), QStringLiteral("list"), QStringLiteral("1")}).array();
    QCOMPARE(adas.size(), 3);
    const QJsonObject newest = adas.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("what")).toString(), QStringLiteral("Lent me a book"));
    QCOMPARE(newest.value(QStringLiteral("direction")).toString(), QStringLiteral("received"));
    QCOMPARE(newest.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(newest.value(QStringLiteral("contact")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(json({QStringLiteral("favour"), QStringLiteral("list")}).array().size(), 4);

    const CliRun text = cli({QStringLiteral("favour"), QStringLiteral("list"), QStringLiteral("1")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.trimmed().endsWith("You've done 2 favours for Ada Lovelace; Ada Lovelace has done 1 for you."),
             text.out.constData());
}

void tst_EventCommands::demoHasEventsAndFavours()
{
    const QString kept = m_db;
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QJsonObject stats = json({QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("200"),
                                    QStringLiteral("--seed"), QStringLiteral("3")})
                                  .object();
    QCOMPARE(stats.value(QStringLiteral("events")).toInt(), 8);
    QVERIFY(stats.value(QStringLiteral("favours")).toInt() > 0);
    const QJsonArray events = json({QStringLiteral("event"), QStringLiteral("list")}).array();
    QCOMPARE(events.size(), 8);
    QCOMPARE(json({QStringLiteral("favour"), QStringLiteral("list")}).array().size(),
             stats.value(QStringLiteral("favours")).toInt());
    const int first = events.first().toObject().value(QStringLiteral("id")).toInt();
    QVERIFY(json({QStringLiteral("event"), QStringLiteral("show"), QString::number(first)})
                .object()
                .value(QStringLiteral("attendees"))
                .toArray()
                .size() >= 2);
    m_db = kept;
}

void tst_EventCommands::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    using L = QStringList;
    const QString event = QStringLiteral("event");
    const QString favour = QStringLiteral("favour");
    const QString add = QStringLiteral("add");
    const QString name = QStringLiteral("--name");
    const QString on = QStringLiteral("--on");
    const QString met = QStringLiteral("--met");
    const auto row = [](const char* tag, const QStringList& args, int exitCode, const char* mentions) {
        QTest::newRow(tag) << args << exitCode << QString::fromUtf8(mentions);
    };
    row("event without action", L{event}, 2, "add, list or show");
    row("event unknown action", L{event, QStringLiteral("delete")}, 2, "delete");
    row("event add without name", L{event, add, on, QStringLiteral("2026-01-01")}, 2, "--name");
    row("event add without date", L{event, add, name, QStringLiteral("X")}, 2, "--on");
    row("event add bad date", L{event, add, name, QStringLiteral("X"), on, QStringLiteral("2026-02-30")}, 1,
        "2026-02-30");
    row("event add bad kind",
        L{event, add, name, QStringLiteral("X"), on, QStringLiteral("2026-01-01"), QStringLiteral("--kind"),
          QStringLiteral("rave")},
        1, "rave");
    row("event add bad follow-up",
        L{event, add, name, QStringLiteral("X"), on, QStringLiteral("2026-01-01"), met, QStringLiteral("1"),
          QStringLiteral("--follow-up"), QStringLiteral("soon")},
        1, "soon");
    row("event add follow-up without people",
        L{event, add, name, QStringLiteral("X"), on, QStringLiteral("2026-01-01"), QStringLiteral("--follow-up"),
          QStringLiteral("3")},
        2, "--met");
    // Grace would be new, but contact 99 does not exist: no event, no Grace.
    row("event add unknown contact",
        L{event, add, name, QStringLiteral("X"), on, QStringLiteral("2026-01-01"), met, QStringLiteral("Grace"), met,
          QStringLiteral("99")},
        1, "99");
    row("event show unknown", L{event, QStringLiteral("show"), QStringLiteral("99")}, 1, "99");
    row("event show not an id", L{event, QStringLiteral("show"), QStringLiteral("first")}, 1, "first");
    row("event show without id", L{event, QStringLiteral("show")}, 2, "id");
    row("favour without action", L{favour}, 2, "add or list");
    row("favour add without direction", L{favour, add, QStringLiteral("1")}, 2, "--given");
    row("favour add both directions",
        L{favour, add, QStringLiteral("1"), QStringLiteral("--given"), QStringLiteral("a"),
          QStringLiteral("--received"), QStringLiteral("b")},
        2, "--given");
    row("favour add empty", L{favour, add, QStringLiteral("1"), QStringLiteral("--given"), QStringLiteral(" ")}, 1,
        "what");
    row("favour add unknown contact",
        L{favour, add, QStringLiteral("99"), QStringLiteral("--given"), QStringLiteral("a")}, 1, "99");
    row("favour add bad date",
        L{favour, add, QStringLiteral("1"), QStringLiteral("--given"), QStringLiteral("a"), on, QStringLiteral("May")},
        1, "May");
    row("favour list unknown contact", L{favour, QStringLiteral("list"), QStringLiteral("99")}, 1, "99");
}

void tst_EventCommands::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const QByteArray before = fileBytes(m_db);
    QVERIFY(!before.isEmpty());
    const CliRun run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.err.startsWith("kith-cli: "), run.err.constData());
    QVERIFY2(run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QCOMPARE(fileBytes(m_db), before);
}

QTEST_GUILESS_MAIN(tst_EventCommands)
#include "tst_eventcommands.moc"
