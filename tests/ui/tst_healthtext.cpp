#include "contacts/HealthText.h"
#include "health/HealthStatus.h"

#include <QTest>

using namespace kith;

class TestHealthText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void span_data();
    void span();
    void daysAgo_data();
    void daysAgo();
    void summaryAsInTheIssue();
    void summaryWhenAllIntended();
    void summaryNeverContacted();
    void cadenceSource_data();
    void cadenceSource();
    void statusReason_data();
    void statusReason();
    void strengthParts();

private:
    static HealthBreakdown sample();
};

namespace {

// The English plural forms of new strings arrive with the next translation refresh; until then
// Qt shows "45 day(s)". Every count below is 2 or more, where the plural is "days" either way.
QString english(QString text)
{
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

} // namespace

void TestHealthText::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

HealthBreakdown TestHealthText::sample()
{
    // The issue's example: 60% of the intended contact over ~3 months (H = 90 days for c = 30),
    // 45 days since the last, a 30-day cadence, 80% of the conversations started by the user.
    HealthBreakdown b;
    b.contactId = 7;
    b.name = QStringLiteral("Ada Lovelace");
    b.recency.lastDate = QDate(2026, 10, 14);
    b.recency.daysSince = 45;
    b.recency.cadenceDays = 30;
    b.recency.cadenceSource = CadenceSource::Circle;
    b.recency.overdue = 1.5;
    b.recency.value = 0.7071;
    b.frequency.halfLifeDays = 90;
    b.frequency.value = 0.6;
    b.reciprocity.considered = 10;
    b.reciprocity.me = 8;
    b.reciprocity.them = 2;
    b.health = 66.4;
    b.status = HealthStatus::Due;
    b.strength.reciprocity = 0.5;
    b.strength.daysKnown = 3 * 365;
    b.strength.history = 0.6;
    b.strength.depthConsidered = 10;
    b.strength.inPerson = 3;
    b.strength.longCalls = 1;
    b.strength.depth = 0.4;
    b.strength.value = 50;
    return b;
}

void TestHealthText::span_data()
{
    QTest::addColumn<double>("days");
    QTest::addColumn<QString>("text");
    QTest::newRow("ten days") << 10.0 << QStringLiteral("10 days");
    QTest::newRow("three weeks") << 21.0 << QStringLiteral("about 3 weeks");
    QTest::newRow("90 days") << 90.0 << QStringLiteral("about 3 months");
    QTest::newRow("half-life of a year's cadence") << 1095.0 << QStringLiteral("about 3 years");
}

void TestHealthText::span()
{
    QFETCH(double, days);
    QFETCH(QString, text);
    QCOMPARE(english(HealthText::span(days)), text);
}

void TestHealthText::daysAgo_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("text");
    QTest::newRow("today") << 0 << QStringLiteral("today");
    QTest::newRow("yesterday") << 1 << QStringLiteral("yesterday");
    QTest::newRow("45") << 45 << QStringLiteral("45 days ago");
}

void TestHealthText::daysAgo()
{
    QFETCH(int, days);
    QFETCH(QString, text);
    QCOMPARE(english(HealthText::daysAgo(days)), text);
}

void TestHealthText::summaryAsInTheIssue()
{
    QCOMPARE(english(HealthText::summary(sample())),
             QStringLiteral("You've had 60% of the contact you intended over about 3 months; last talked 45 days ago "
                            "against a 30-day cadence; you started 80% of your conversations."));
}

void TestHealthText::summaryWhenAllIntended()
{
    HealthBreakdown b = sample();
    b.frequency.value = 1.0;
    b.reciprocity.me = 3;
    b.reciprocity.them = 3;
    b.reciprocity.mutual = 4; // a mutual one counts half for each side
    QVERIFY(english(HealthText::summary(b)).startsWith(QStringLiteral("You've had all the contact you intended")));
    QVERIFY(english(HealthText::summary(b)).contains(QStringLiteral("you started 50% of your conversations")));
}

void TestHealthText::summaryNeverContacted()
{
    HealthBreakdown b = sample();
    b.recency.neverContacted = true;
    b.recency.daysSince = 12;
    b.reciprocity = ReciprocityPart();
    QCOMPARE(english(HealthText::summary(b)),
             QStringLiteral("You have not been in touch since you added them 12 days ago, against a 30-day cadence."));
}

void TestHealthText::cadenceSource_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("words");
    QTest::newRow("contact") << int(CadenceSource::Contact) << QStringLiteral("against your 30-day cadence for them");
    QTest::newRow("circle") << int(CadenceSource::Circle) << QStringLiteral("against a 30-day cadence");
    QTest::newRow("fallback") << int(CadenceSource::Fallback)
                              << QStringLiteral("against the 30-day cadence Kith assumes without one");
}

void TestHealthText::cadenceSource()
{
    QFETCH(int, source);
    QFETCH(QString, words);
    HealthBreakdown b = sample();
    b.recency.cadenceSource = CadenceSource(source);
    QVERIFY2(english(HealthText::summary(b)).contains(words), qPrintable(HealthText::summary(b)));
}

void TestHealthText::statusReason_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("overdue");
    QTest::addColumn<QString>("text");
    QTest::newRow("thriving") << int(HealthStatus::Thriving) << 0.5
                              << QStringLiteral("Thriving: on cadence, with plenty of contact.");
    QTest::newRow("steady") << int(HealthStatus::Steady) << 0.9 << QStringLiteral("Steady: on cadence.");
    QTest::newRow("due") << int(HealthStatus::Due) << 1.5
                         << QStringLiteral("Due: 1.5 times the cadence has passed since you were last in touch.");
    QTest::newRow("drifting") << int(HealthStatus::Drifting) << 3.2
                              << QStringLiteral("Drifting: 3.2 times the cadence has passed since you were last in "
                                                "touch (drifting after 3).");
}

void TestHealthText::statusReason()
{
    QFETCH(int, status);
    QFETCH(double, overdue);
    QFETCH(QString, text);
    HealthBreakdown b = sample();
    b.status = HealthStatus(status);
    b.recency.overdue = overdue;
    QCOMPARE(english(HealthText::statusReason(b)), text);

    b.status = HealthStatus::Dormant;
    b.recency.daysSince = 400;
    b.statusInputs.medianGapDays = 40;
    b.statusInputs.dormantAfterDays = 320;
    QCOMPARE(english(HealthText::statusReason(b)),
             QStringLiteral("Dormant: 400 days without contact, more than eight times your usual gap of 40 days."));
}

void TestHealthText::strengthParts()
{
    HealthBreakdown b = sample();
    QCOMPARE(english(HealthText::strength(b)),
             QStringLiteral("Strength 50: both reaching out 50%, known for about 3 years (60%), depth 40% (4 of the "
                            "last 10 interactions in person or long calls)."));
    b.strength.closeness = 4;
    QVERIFY(english(HealthText::strength(b)).contains(QStringLiteral("; closeness 4 of 5)")));
    b.strength.depthConsidered = 0;
    QVERIFY(english(HealthText::strength(b)).contains(QStringLiteral("(no interactions yet; closeness 4 of 5)")));
}

QTEST_GUILESS_MAIN(TestHealthText)
#include "tst_healthtext.moc"
