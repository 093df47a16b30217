#include "TestDatabase.h"

#include "storage/ContactStore.h"
#include "storage/ReminderStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;

class TestReminderStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addDueDoneReopen()
    {
        TestDatabase t;
        ContactStore contacts(t.database(), t.clock());
        ReminderStore store(t.database(), t.clock());
        Contact ada;
        ada.given = QStringLiteral("Ada");
        const qint64 id = contacts.add(ada).value();
        const QDateTime now = TestDatabase::fixedNow();
        QSignalSpy changed(&store, &ReminderStore::remindersChanged);
        const qint64 soon =
            store.add({0, id, now.addDays(1), QStringLiteral("Send the book"), {}, {}, {}, {}, {}}).value();
        const qint64 later =
            store.add({0, id, now.addDays(10), QStringLiteral("Ask about the trip"), {}, {}, {}, {}, {}}).value();
        QCOMPARE(changed.count(), 2);

        QVERIFY(store.dueBy(now).value().isEmpty());
        const QList<Reminder> due = store.dueBy(now.addDays(1)).value();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].id, soon);
        QCOMPARE(due[0].note, QStringLiteral("Send the book"));
        QCOMPARE(store.openForContact(id).value().size(), 2);
        QCOMPARE(store.openForContact(id).value()[1].id, later);

        t.clock().advanceSeconds(86400);
        QVERIFY(store.markDone(soon).ok());
        QCOMPARE(store.get(soon).value().doneAt, now.addDays(1));
        QVERIFY(!store.get(soon).value().isOpen());
        QVERIFY(store.dueBy(now.addDays(30)).value().size() == 1);
        QVERIFY(store.reopen(soon).ok());
        QCOMPARE(store.dueBy(now.addDays(30)).value().size(), 2);
        QVERIFY(store.remove(later).ok());
        QCOMPARE(store.openForContact(id).value().size(), 1);
    }

    void badRemindersWriteNothing()
    {
        TestDatabase t;
        ReminderStore store(t.database(), t.clock());
        auto unknown = store.add({0, 42, TestDatabase::fixedNow(), {}, {}, {}, {}, {}, {}});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("no contact with id 42")));
        auto noDate = store.add({0, 42, {}, {}, {}, {}, {}, {}, {}});
        QVERIFY(!noDate.ok());
        QVERIFY(!store.markDone(7).ok());
        QVERIFY(store.dueBy(TestDatabase::fixedNow().addYears(5)).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReminderStore)
#include "tst_reminderstore.moc"
