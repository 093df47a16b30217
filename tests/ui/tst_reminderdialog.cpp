#include "GuiTestHelpers.h"
#include "reminders/ReminderDialog.h"

#include "domain/ManualClock.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace kith;
using kith::test::child;

class TestReminderDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsToTomorrowAtNine();
    void presets_data();
    void presets();
    void presetKeepsChosenTime();
    void noteAndContactName();
    void pastDateIsFlagged();

private:
};

void TestReminderDialog::defaultsToTomorrowAtNine()
{
    const ManualClock clock(QDateTime(QDate(2024, 3, 15), QTime(14, 30)));
    ReminderDialog dialog(clock);
    QCOMPARE(dialog.objectName(), QStringLiteral("reminderDialog"));
    auto* due = child<QDateTimeEdit>(dialog, QStringLiteral("dueEdit"));
    const QDateTime expected(QDate(2024, 3, 16), QTime(9, 0));
    QCOMPARE(due->dateTime(), expected);
    QCOMPARE(dialog.reminder().dueAt, expected.toUTC());
    QCOMPARE(dialog.reminder().dueAt.timeSpec(), Qt::UTC);
    QCOMPARE(dialog.reminder().contactId, 0);
    QVERIFY(child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestReminderDialog::presets_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QDate>("expected");

    const QDateTime midMarch(QDate(2024, 3, 15), QTime(14, 30));
    QTest::newRow("tomorrow") << midMarch << "tomorrowButton" << QDate(2024, 3, 16);
    QTest::newRow("in a week") << midMarch << "weekButton" << QDate(2024, 3, 22);
    QTest::newRow("in a month") << midMarch << "monthButton" << QDate(2024, 4, 15);
    const QDateTime endOfJanuary(QDate(2024, 1, 31), QTime(8, 0));
    QTest::newRow("month from 31 January, leap year") << endOfJanuary << "monthButton" << QDate(2024, 2, 29);
    const QDateTime newYearsEve(QDate(2023, 12, 31), QTime(23, 59));
    QTest::newRow("tomorrow across the year") << newYearsEve << "tomorrowButton" << QDate(2024, 1, 1);
    QTest::newRow("week across the year") << newYearsEve << "weekButton" << QDate(2024, 1, 7);
}

void TestReminderDialog::presets()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, button);
    QFETCH(QDate, expected);

    const ManualClock clock(now);
    ReminderDialog dialog(clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* due = child<QDateTimeEdit>(dialog, QStringLiteral("dueEdit"));
    due->setDate(QDate(2030, 6, 6)); // somewhere else, so that the preset has to move it
    QTest::mouseClick(child<QPushButton>(dialog, button), Qt::LeftButton);
    QCOMPARE(due->date(), expected);
    QCOMPARE(dialog.reminder().dueAt, QDateTime(expected, QTime(9, 0)).toUTC());
}

void TestReminderDialog::presetKeepsChosenTime()
{
    const ManualClock clock(QDateTime(QDate(2024, 3, 15), QTime(14, 30)));
    ReminderDialog dialog(clock);
    auto* due = child<QDateTimeEdit>(dialog, QStringLiteral("dueEdit"));
    due->setTime(QTime(18, 15));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("weekButton")), Qt::LeftButton);
    QCOMPARE(due->dateTime(), QDateTime(QDate(2024, 3, 22), QTime(18, 15)));
}

void TestReminderDialog::noteAndContactName()
{
    const ManualClock clock(QDateTime(QDate(2024, 3, 15), QTime(14, 30)));
    ReminderDialog dialog(clock);
    dialog.setContactName(QStringLiteral("Ada <Lovelace>"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Ada <Lovelace>")));
    auto* label = child<QLabel>(dialog, QStringLiteral("contactLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Ada &lt;Lovelace&gt;")));

    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("noteEdit")),
                     QStringLiteral("Ask how the interview went"));
    QCOMPARE(dialog.reminder().note, QStringLiteral("Ask how the interview went"));
}

void TestReminderDialog::pastDateIsFlagged()
{
    const ManualClock clock(QDateTime(QDate(2024, 3, 15), QTime(14, 30)));
    ReminderDialog dialog(clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* past = child<QLabel>(dialog, QStringLiteral("pastLabel"));
    QVERIFY(!past->isVisible());
    child<QDateTimeEdit>(dialog, QStringLiteral("dueEdit"))->setDate(QDate(2024, 3, 1));
    QVERIFY(past->isVisible());
}

QTEST_MAIN(TestReminderDialog)
#include "tst_reminderdialog.moc"
