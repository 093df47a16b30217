#include "domain/ManualClock.h"
#include "reminders/DesktopIntegration.h"
#include "reminders/SnoozeMenu.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTranslator>

using namespace kith;

// The tray facade on a real tray host (trayer under Xvfb): icon, menu of what is due, notifications.
class TestDesktopIntegration final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trayIconIsShown();
    void menuListsDueItems();
    void doneAndSnoozeFromMenu();
    void notificationForOneItem();
    void notificationForSeveral();
    void snoozeTimes();

private:
    static DueItem followUp(qint64 contactId, const QString& name, const QString& note);
    static QList<QMenu*> dueMenus(const DesktopIntegration& desktop);

    QTranslator m_english;
    ManualClock m_clock{QDateTime(QDate(2025, 6, 4), QTime(10, 0), Qt::UTC)}; // a Wednesday
};

void TestDesktopIntegration::initTestCase()
{
    // Must fail, not skip, without a tray host: reminders depend on it.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 5000);
    // The English plural forms, as the application loads them.
    QVERIFY(m_english.load(QStringLiteral("kith_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

DueItem TestDesktopIntegration::followUp(qint64 contactId, const QString& name, const QString& note)
{
    DueItem item;
    item.kind = DueKind::FollowUp;
    item.contactId = contactId;
    item.reminderId = contactId * 10;
    item.due = QDateTime(QDate(2025, 6, 4), QTime(9, 0), Qt::UTC);
    item.occurrence = item.due.date();
    item.contactName = name;
    item.reason = note;
    item.lastInteraction = QDateTime(QDate(2025, 5, 25), QTime(15, 0), Qt::UTC);
    return item;
}

QList<QMenu*> TestDesktopIntegration::dueMenus(const DesktopIntegration& desktop)
{
    QList<QMenu*> menus;
    for (QAction* action : desktop.menu()->actions()) {
        if (action->menu() && action->objectName() == QLatin1String("trayDueItem"))
            menus << action->menu();
    }
    return menus;
}

void TestDesktopIntegration::trayIconIsShown()
{
    DesktopIntegration desktop(m_clock);
    QVERIFY(desktop.isTrayAvailable());
    QTRY_VERIFY(desktop.isTrayIconVisible());
    QVERIFY(!desktop.trayIcon()->icon().isNull());
    QStringList names;
    for (QAction* action : desktop.menu()->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("trayOpenAction"), QStringLiteral("trayAddContactAction"),
                                 QStringLiteral("trayLogInteractionAction"), QStringLiteral("trayQuitAction")}));
    QSignalSpy log(&desktop, &DesktopIntegration::logInteractionRequested);
    desktop.menu()->findChild<QAction*>(QStringLiteral("trayLogInteractionAction"))->trigger();
    QCOMPARE(log.count(), 1);
}

void TestDesktopIntegration::menuListsDueItems()
{
    DesktopIntegration desktop(m_clock);
    const QImage quietIcon = desktop.trayIcon()->icon().pixmap(22, 22).toImage();
    QVERIFY(!desktop.showsDueIcon());

    QList<DueItem> items;
    for (int i = 1; i <= 10; ++i)
        items << followUp(i, QStringLiteral("Person %1").arg(i), QStringLiteral("Note %1").arg(i));
    desktop.setDueItems(items);
    QVERIFY(desktop.showsDueIcon());
    QVERIFY(desktop.trayIcon()->icon().pixmap(22, 22).toImage() != quietIcon);
    QVERIFY2(desktop.trayIcon()->toolTip().contains(QLatin1String("10 due")),
             qPrintable(desktop.trayIcon()->toolTip()));

    const QList<QMenu*> menus = dueMenus(desktop);
    QCOMPARE(menus.size(), DesktopIntegration::MaxMenuItems);
    QCOMPARE(menus.first()->title(), QStringLiteral("Person 1 — follow up"));
    QStringList entries;
    for (QAction* action : menus.first()->actions())
        entries << action->objectName();
    QCOMPARE(entries, (QStringList{QStringLiteral("trayDoneAction"), QStringLiteral("snoozeMenuAction"),
                                   QStringLiteral("trayOpenContactAction")}));
    QAction* more = desktop.menu()->findChild<QAction*>(QStringLiteral("trayMoreDueAction"));
    QVERIFY(more);
    QVERIFY(desktop.menu()->actions().contains(more));
    QCOMPARE(more->text(), QStringLiteral("And 2 more…"));
    QSignalSpy list(&desktop, &DesktopIntegration::dueListRequested);
    more->trigger();
    QCOMPARE(list.count(), 1);
    // The fixed entries stay below.
    QCOMPARE(desktop.menu()->actions().last()->objectName(), QStringLiteral("trayQuitAction"));

    // Nothing due: back to the plain icon and menu.
    desktop.setDueItems({});
    QVERIFY(!desktop.showsDueIcon());
    QVERIFY(desktop.trayIcon()->icon().pixmap(22, 22).toImage() == quietIcon);
    QTRY_VERIFY(dueMenus(desktop).isEmpty());
    QCOMPARE(desktop.menu()->actions().first()->objectName(), QStringLiteral("trayOpenAction"));
}

void TestDesktopIntegration::doneAndSnoozeFromMenu()
{
    DesktopIntegration desktop(m_clock);
    const DueItem ada = followUp(7, QStringLiteral("Ada Lovelace"), QStringLiteral("Bernoulli numbers"));
    desktop.setDueItems({ada});
    QSignalSpy done(&desktop, &DesktopIntegration::doneRequested);
    QSignalSpy snoozed(&desktop, &DesktopIntegration::snoozeRequested);
    QSignalSpy open(&desktop, &DesktopIntegration::contactRequested);

    QMenu* menu = dueMenus(desktop).value(0);
    QVERIFY(menu);
    menu->findChild<QAction*>(QStringLiteral("trayDoneAction"))->trigger();
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(0).value<DueItem>(), ada);

    menu->findChild<QAction*>(QStringLiteral("snoozeTomorrowAction"))->trigger();
    QCOMPARE(snoozed.count(), 1);
    QCOMPARE(snoozed.at(0).at(0).value<DueItem>(), ada);
    QCOMPARE(snoozed.at(0).at(1).toDateTime(), QDateTime(QDate(2025, 6, 5), QTime(9, 0)).toUTC());

    menu->findChild<QAction*>(QStringLiteral("trayOpenContactAction"))->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), 7);
}

void TestDesktopIntegration::notificationForOneItem()
{
    DesktopIntegration desktop(m_clock);
    QSignalSpy open(&desktop, &DesktopIntegration::contactRequested);
    QVERIFY(desktop.notifyDue({followUp(7, QStringLiteral("Ada Lovelace"), QStringLiteral("Bernoulli numbers"))}));
    QCOMPARE(desktop.lastNotificationTitle(), QStringLiteral("Ada Lovelace — follow up"));
    const QString text = desktop.lastNotificationText();
    QVERIFY2(text.startsWith(QLatin1String("Bernoulli numbers\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Last interaction:")) && text.contains(QLatin1String("10 days ago")),
             qPrintable(text));

    // Clicking the bubble opens that contact.
    Q_EMIT desktop.trayIcon()->messageClicked();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), 7);
}

void TestDesktopIntegration::notificationForSeveral()
{
    DesktopIntegration desktop(m_clock);
    QSignalSpy list(&desktop, &DesktopIntegration::dueListRequested);
    QSignalSpy open(&desktop, &DesktopIntegration::contactRequested);
    QList<DueItem> items{followUp(1, QStringLiteral("Ada Lovelace"), QString()),
                         followUp(2, QStringLiteral("Alan Turing"), QString()),
                         followUp(3, QStringLiteral("Grace Hopper"), QString())};
    items[1].kind = DueKind::Birthday;
    QVERIFY(desktop.notifyDue(items));
    QCOMPARE(desktop.lastNotificationTitle(), QStringLiteral("3 reminders due"));
    QCOMPARE(desktop.lastNotificationText(),
             QStringLiteral("Ada Lovelace — follow up\nAlan Turing — birthday\nGrace Hopper — follow up"));
    Q_EMIT desktop.trayIcon()->messageClicked();
    QCOMPARE(list.count(), 1);
    QCOMPARE(open.count(), 0);

    QVERIFY(desktop.notifyMissed(items));
    QCOMPARE(desktop.lastNotificationTitle(), QStringLiteral("3 reminders came due while Kith was closed"));
}

void TestDesktopIntegration::snoozeTimes()
{
    const QDateTime wednesday(QDate(2025, 6, 4), QTime(10, 0));
    const QTime nine(9, 0);
    QCOMPARE(SnoozeMenu::until(SnoozeMenu::Choice::OneHour, wednesday, nine), wednesday.addSecs(3600).toUTC());
    QCOMPARE(SnoozeMenu::until(SnoozeMenu::Choice::Tomorrow, wednesday, nine),
             QDateTime(QDate(2025, 6, 5), nine).toUTC());
    QCOMPARE(SnoozeMenu::until(SnoozeMenu::Choice::NextWeek, wednesday, nine),
             QDateTime(QDate(2025, 6, 9), nine).toUTC()); // Monday
    const QDateTime sunday(QDate(2025, 6, 8), QTime(20, 0));
    QCOMPARE(SnoozeMenu::until(SnoozeMenu::Choice::NextWeek, sunday, nine), QDateTime(QDate(2025, 6, 9), nine).toUTC());
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
