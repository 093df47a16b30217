#include "domain/PartialDate.h"

#include <QTest>

using namespace kith;

class TestPartialDate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("iso");
        QTest::newRow("full") << QStringLiteral("1815-12-10") << true << QStringLiteral("1815-12-10");
        QTest::newRow("basic format") << QStringLiteral("18151210") << true << QStringLiteral("1815-12-10");
        QTest::newRow("no year") << QStringLiteral("--12-10") << true << QStringLiteral("--12-10");
        QTest::newRow("no year basic") << QStringLiteral("--1210") << true << QStringLiteral("--12-10");
        QTest::newRow("29 Feb without year") << QStringLiteral("--02-29") << true << QStringLiteral("--02-29");
        QTest::newRow("29 Feb in a leap year") << QStringLiteral("2024-02-29") << true << QStringLiteral("2024-02-29");
        QTest::newRow("29 Feb in a common year") << QStringLiteral("2023-02-29") << false << QString();
        QTest::newRow("month 13") << QStringLiteral("2020-13-01") << false << QString();
        QTest::newRow("year zero") << QStringLiteral("0000-01-01") << false << QString();
        QTest::newRow("words") << QStringLiteral("next tuesday") << false << QString();
        QTest::newRow("empty is no date") << QString() << true << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, iso);
        const auto date = PartialDate::fromIsoString(text);
        QCOMPARE(date.has_value(), valid);
        if (valid)
            QCOMPARE(date->toIsoString(), iso);
    }

    void leapDayFallsOnTheLastDayOfFebruary()
    {
        const PartialDate leap{0, 2, 29};
        QCOMPARE(leap.inYear(2025), QDate(2025, 2, 28));
        QCOMPARE(leap.inYear(2028), QDate(2028, 2, 29));
        QCOMPARE((PartialDate{1990, 7, 4}).inYear(2026), QDate(2026, 7, 4));
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
