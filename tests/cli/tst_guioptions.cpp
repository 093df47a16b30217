#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// The GUI binary's --help and --version print and exit without a display: they are what a packager, a
// terminal over ssh or a desktop file check runs.
class TestGuiOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("kith ");
        QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--db <path>");
        QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--hidden");
    }

    void printsWithoutDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        QProcess kith;
        kith.setProcessEnvironment(environment);
        kith.start(QStringLiteral(KITH_GUI_PATH), {option});
        QVERIFY(kith.waitForFinished(30000));
        QCOMPARE(kith.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kith.exitCode(), 0);
        const QString out = QString::fromUtf8(kith.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestGuiOptions)
#include "tst_guioptions.moc"
