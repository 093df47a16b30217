#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
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

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

using L = QStringList;

} // namespace

// kith-cli intros (suggested introductions) and intro add / list / status / remove, run as the real binary on
// a database it made itself.
class tst_CliIntros final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suggestionsAsJson();
    void recordAndFollowUp();
    void badInput_data();
    void badInput();

private:
    CliRun cli(const QStringList& args);
    QJsonDocument cliJson(const QStringList& args);
    QString copyOfTemplate(const QString& name);

    QTemporaryDir m_dir;
    QString m_template;
};

CliRun tst_CliIntros::cli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KITH_DB"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KITH_CLI_PATH), args);
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

QJsonDocument tst_CliIntros::cliJson(const QStringList& args)
{
    const CliRun run = cli(args);
    if (run.exitCode != 0 || !run.err.isEmpty()) {
        qWarning("kith-cli %s: exit %d, %s", qPrintable(args.join(QLatin1Char(' '))), run.exitCode,
                 run.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(run.out);
}

QString tst_CliIntros::copyOfTemplate(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_template, path))
        return {};
    return path;
}

void tst_CliIntros::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 1 Ada (close) needs tax law; 2 Byron (inner) can help with tax law; 3 Carl (no circle, never in touch)
    // can help with tax law too; 4 Dora (close) needs tax law but is Byron's friend.
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const L db{QStringLiteral("--db"), m_template};
    const QList<L> setup{
        {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ada"), QStringLiteral("--circle"),
         QStringLiteral("close")},
        {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Byron"), QStringLiteral("--circle"),
         QStringLiteral("inner")},
        {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Carl")},
        {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Dora"), QStringLiteral("--circle"),
         QStringLiteral("close")},
        {QStringLiteral("topic"), QStringLiteral("1"), QStringLiteral("--add"), QStringLiteral("need:tax law")},
        {QStringLiteral("topic"), QStringLiteral("2"), QStringLiteral("--add"), QStringLiteral("expertise:tax law")},
        {QStringLiteral("topic"), QStringLiteral("3"), QStringLiteral("--add"), QStringLiteral("expertise:tax law")},
        {QStringLiteral("topic"), QStringLiteral("4"), QStringLiteral("--add"), QStringLiteral("need:tax law")},
        {QStringLiteral("link"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("--type"),
         QStringLiteral("friend")},
    };
    for (const L& args : setup) {
        const CliRun run = cli(db + args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
}

void tst_CliIntros::suggestionsAsJson()
{
    const QString path = copyOfTemplate(QStringLiteral("suggestions.sqlite"));
    const QJsonArray found =
        cliJson({QStringLiteral("--db"), path, QStringLiteral("intros"), QStringLiteral("--json")}).array();
    // Only Ada and Byron: Carl is not in touch, Dora knows Byron already.
    QCOMPARE(found.size(), 1);
    const QJsonObject s = found.first().toObject();
    QCOMPARE(keysOf(s), (QSet<QString>{QStringLiteral("first_id"), QStringLiteral("first"), QStringLiteral("second_id"),
                                       QStringLiteral("second"), QStringLiteral("topic_id"), QStringLiteral("score"),
                                       QStringLiteral("first_strength"), QStringLiteral("second_strength"),
                                       QStringLiteral("reason"), QStringLiteral("matches")}));
    QCOMPARE(s.value(QStringLiteral("first_id")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("first")).toString(), QStringLiteral("Ada"));
    QCOMPARE(s.value(QStringLiteral("second_id")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("score")).toDouble(), 1.0);
    QCOMPARE(s.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Ada is looking for tax law; Byron can help with tax law."));
    const QJsonObject match = s.value(QStringLiteral("matches")).toArray().first().toObject();
    QCOMPARE(match.value(QStringLiteral("kind")).toString(), QStringLiteral("need"));
    QCOMPARE(match.value(QStringLiteral("topic")).toString(), QStringLiteral("tax law"));
    QCOMPARE(match.value(QStringLiteral("seeker_id")).toInt(), 1);
    QCOMPARE(match.value(QStringLiteral("helper_id")).toInt(), 2);

    // Text: the pair and the reason.
    const CliRun text = cli({QStringLiteral("--db"), path, QStringLiteral("intros")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Ada (#1) and Byron (#2)"), text.out.constData());
    QVERIFY(text.out.contains("can help with tax law"));

    // Logging an interaction with Carl brings him in touch: now Ada and Dora can meet him.
    QCOMPARE(
        cli({QStringLiteral("--db"), path, QStringLiteral("log"), QStringLiteral("3"), QStringLiteral("--channel"),
             QStringLiteral("call"), QStringLiteral("--at"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)})
            .exitCode,
        0);
    QCOMPARE(cliJson({QStringLiteral("--db"), path, QStringLiteral("intros"), QStringLiteral("--json")}).array().size(),
             3);
}

void tst_CliIntros::recordAndFollowUp()
{
    const QString path = copyOfTemplate(QStringLiteral("record.sqlite"));
    const L db{QStringLiteral("--db"), path};
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const QJsonObject added =
        cliJson(db + L{QStringLiteral("intro"), QStringLiteral("add"), QStringLiteral("2"), QStringLiteral("1"),
                       QStringLiteral("--reason"), QStringLiteral("Ada needs a tax lawyer"), QStringLiteral("--topic"),
                       QStringLiteral("Tax Law"), QStringLiteral("--on"), yesterday, QStringLiteral("--follow-up"),
                       QStringLiteral("3"), QStringLiteral("--json")})
            .object();
    QCOMPARE(added.value(QStringLiteral("id")).toInt(), 1);

    const QJsonArray list =
        cliJson(db + L{QStringLiteral("intro"), QStringLiteral("list"), QStringLiteral("--json")}).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject i = list.first().toObject();
    QCOMPARE(i.value(QStringLiteral("first_id")).toInt(), 1); // stored low id first
    QCOMPARE(i.value(QStringLiteral("second")).toString(), QStringLiteral("Byron"));
    QCOMPARE(i.value(QStringLiteral("topic")).toString(), QStringLiteral("tax law"));
    QCOMPARE(i.value(QStringLiteral("reason")).toString(), QStringLiteral("Ada needs a tax lawyer"));
    QCOMPARE(i.value(QStringLiteral("date")).toString(), yesterday);
    QCOMPARE(i.value(QStringLiteral("status")).toString(), QStringLiteral("asked"));
    QVERIFY(i.value(QStringLiteral("outcome")).isNull());
    const int reminderId = i.value(QStringLiteral("follow_up_reminder_id")).toInt();
    QVERIFY(reminderId > 0);

    // The follow-up is due in three days, on Byron (entered first), and says what to do.
    const QString inThreeDays = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    const QJsonArray due = cliJson(db + L{QStringLiteral("due"), QStringLiteral("--at"),
                                          inThreeDays + QStringLiteral("T23:00"), QStringLiteral("--json")})
                               .array();
    bool seen = false;
    for (const QJsonValue& v : due) {
        const QJsonObject item = v.toObject();
        if (item.value(QStringLiteral("reminder_id")).toInt() != reminderId)
            continue;
        seen = true;
        QCOMPARE(item.value(QStringLiteral("contact_id")).toInt(), 2);
        QVERIFY2(item.value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("Ask Byron and Ada how the introduction went")),
                 qPrintable(item.value(QStringLiteral("reason")).toString()));
    }
    QVERIFY(seen);

    // Recorded, so no longer suggested.
    QCOMPARE(cliJson(db + L{QStringLiteral("intros"), QStringLiteral("--json")}).array().size(), 0);

    // Accepted with an outcome: the two are linked as knows.
    const QJsonObject accepted = cliJson(db + L{QStringLiteral("intro"), QStringLiteral("status"), QStringLiteral("1"),
                                                QStringLiteral("accepted"), QStringLiteral("--outcome"),
                                                QStringLiteral("They met"), QStringLiteral("--json")})
                                     .object();
    QCOMPARE(accepted.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(accepted.value(QStringLiteral("outcome")).toString(), QStringLiteral("They met"));
    const QJsonArray links =
        cliJson(db + L{QStringLiteral("links"), QStringLiteral("1"), QStringLiteral("--json")}).array();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("knows"));

    const CliRun text = cli(db + L{QStringLiteral("intro"), QStringLiteral("list")});
    QVERIFY2(text.out.contains("Ada and Byron") && text.out.contains("Accepted"), text.out.constData());

    QCOMPARE(cli(db + L{QStringLiteral("intro"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
    QCOMPARE(cliJson(db + L{QStringLiteral("intro"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(),
             0);
}

void tst_CliIntros::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString intro = QStringLiteral("intro");
    const QString add = QStringLiteral("add");
    QTest::newRow("no action") << L{intro} << 2 << QStringLiteral("needs an action");
    QTest::newRow("unknown action") << L{intro, QStringLiteral("make")} << 2 << QStringLiteral("\"make\"");
    QTest::newRow("one id") << L{intro, add, QStringLiteral("1")} << 2 << QStringLiteral("two contact ids");
    QTest::newRow("same person twice") << L{intro, add, QStringLiteral("1"), QStringLiteral("1")} << 1
                                       << QStringLiteral("two different people");
    QTest::newRow("unknown contact") << L{intro, add, QStringLiteral("1"), QStringLiteral("99")} << 1
                                     << QStringLiteral("no contact with id 99");
    QTest::newRow("not an id") << L{intro, add, QStringLiteral("1"), QStringLiteral("x")} << 1
                               << QStringLiteral("\"x\" is not a contact id");
    QTest::newRow("bad status")
        << L{intro, add, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--status"), QStringLiteral("maybe")}
        << 1 << QStringLiteral("\"maybe\" is not a status");
    QTest::newRow("bad date")
        << L{intro, add, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--on"), QStringLiteral("soon")} << 1
        << QStringLiteral("\"soon\" is not a date");
    QTest::newRow("future date")
        << L{intro, add, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--on"), QStringLiteral("2999-01-01")}
        << 1 << QStringLiteral("after today");
    QTest::newRow("unknown topic") << L{intro,
                                        add,
                                        QStringLiteral("1"),
                                        QStringLiteral("2"),
                                        QStringLiteral("--topic"),
                                        QStringLiteral("knitting")}
                                   << 1 << QStringLiteral("\"knitting\"");
    QTest::newRow("negative follow-up")
        << L{intro, add, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--follow-up"), QStringLiteral("-2")}
        << 1 << QStringLiteral("--follow-up");
    QTest::newRow("status of nothing") << L{intro, QStringLiteral("status"), QStringLiteral("7"),
                                            QStringLiteral("made")}
                                       << 1 << QStringLiteral("no introduction with id 7");
    QTest::newRow("status unknown") << L{intro, QStringLiteral("status"), QStringLiteral("7"), QStringLiteral("done")}
                                    << 1 << QStringLiteral("\"done\" is not a status");
    QTest::newRow("remove nothing") << L{intro, QStringLiteral("remove"), QStringLiteral("7")} << 1
                                    << QStringLiteral("no introduction with id 7");
    QTest::newRow("intros bad limit") << L{QStringLiteral("intros"), QStringLiteral("--limit"), QStringLiteral("0")}
                                      << 1 << QStringLiteral("--limit");
}

// One line on stderr, the exit code, and the database file as it was.
void tst_CliIntros::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const QString path =
        copyOfTemplate(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) +
                       QStringLiteral(".sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileBytes(path);
    const CliRun run = cli(L{QStringLiteral("--db"), path} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.err.startsWith("kith-cli: ") && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(tst_CliIntros)
#include "tst_cliintros.moc"
