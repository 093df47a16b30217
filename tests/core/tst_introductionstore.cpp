#include "TestDatabase.h"

#include "storage/ContactStore.h"
#include "storage/IntroductionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/TopicStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kith;

namespace {

struct Fixture {
    TestDatabase db;
    ContactStore contacts{db.database(), db.clock()};
    TopicStore topics{db.database(), db.clock()};
    RelationshipStore links{db.database(), db.clock()};
    ReminderStore reminders{db.database(), db.clock()};
    IntroductionStore store{db.database(), db.clock(), reminders, links};
    qint64 ada = person(QStringLiteral("Ada"));
    qint64 byron = person(QStringLiteral("Byron"));
    qint64 grace = person(QStringLiteral("Grace"));

    qint64 person(const QString& name)
    {
        Contact c;
        c.given = name;
        return contacts.add(c).value();
    }
    Introduction intro(qint64 first, qint64 second) const
    {
        Introduction i;
        i.firstId = first;
        i.secondId = second;
        i.reason = QStringLiteral("Ada needs a tax lawyer");
        i.introducedOn = TestDatabase::fixedNow().date().addDays(-2);
        return i;
    }
    int rows(const char* table)
    {
        QSqlQuery q(db.database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        q.next();
        return q.value(0).toInt();
    }
};

} // namespace

class TestIntroductionStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Recording stores the pair low id first, keeps every field, and sets the follow-up reminder on the
    // contact entered first, in the same transaction.
    void addSetsFollowUp()
    {
        Fixture f;
        QVERIFY(f.topics.add({f.grace, 0, QStringLiteral("tax law"), TopicKind::Need, {}}).ok());
        const qint64 topicId = f.topics.all().value().first().id;
        QSignalSpy changed(&f.store, &IntroductionStore::introductionsChanged);
        QSignalSpy reminded(&f.reminders, &ReminderStore::remindersChanged);
        Introduction i = f.intro(f.grace, f.ada);
        i.topicId = topicId;
        i.status = IntroductionStatus::Made;
        i.outcome = QStringLiteral("  Lunch planned  ");
        auto id = f.store.add(i, 10, QTime(8, 30));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reminded.size(), 1);

        const Introduction stored = f.store.get(*id).value();
        QCOMPARE(stored.firstId, f.ada);
        QCOMPARE(stored.secondId, f.grace);
        QCOMPARE(stored.firstName, QStringLiteral("Ada"));
        QCOMPARE(stored.secondName, QStringLiteral("Grace"));
        QCOMPARE(stored.topicId, topicId);
        QCOMPARE(stored.topicName, QStringLiteral("tax law"));
        QCOMPARE(stored.reason, QStringLiteral("Ada needs a tax lawyer"));
        QCOMPARE(stored.introducedOn, i.introducedOn);
        QCOMPARE(stored.status, IntroductionStatus::Made);
        QCOMPARE(stored.outcome, QStringLiteral("Lunch planned"));
        QCOMPARE(stored.createdAt, TestDatabase::fixedNow());

        const Reminder followUp = f.reminders.get(stored.followUpReminderId).value();
        QCOMPARE(followUp.contactId, f.grace);
        QCOMPARE(followUp.note, QStringLiteral("Ask Grace and Ada how the introduction went"));
        QCOMPARE(followUp.dueAt, QDateTime(f.db.clock().today().addDays(10), QTime(8, 30)).toUTC());
        QVERIFY(followUp.isOpen());
        QCOMPARE(f.reminders.openForContact(f.grace).value().size(), 1);

        QCOMPARE(f.store.all().value().size(), 1);
        QCOMPARE(f.store.forContact(f.ada).value().size(), 1);
        QCOMPARE(f.store.forContact(f.byron).value().size(), 0);
    }

    void noFollowUpForZeroDays()
    {
        Fixture f;
        auto id = f.store.add(f.intro(f.ada, f.byron), 0);
        QVERIFY(id.ok());
        QCOMPARE(f.store.get(*id).value().followUpReminderId, 0);
        QCOMPARE(f.rows("reminders"), 0);
    }

    // Bad input: a clear message, and nothing written (no introduction, no reminder, no signal).
    void badInput_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("error");
        QTest::newRow("same person twice") << 0 << QStringLiteral("two different people");
        QTest::newRow("unknown contact") << 1 << QStringLiteral("no contact with id 99");
        QTest::newRow("trashed contact") << 2 << QStringLiteral("Byron is in the Trash");
        QTest::newRow("no date") << 3 << QStringLiteral("needs the date");
        QTest::newRow("future date") << 4 << QStringLiteral("after today");
        QTest::newRow("unknown topic") << 5 << QStringLiteral("no topic with id 42");
        QTest::newRow("negative follow-up") << 6 << QStringLiteral("0 or more");
        QTest::newRow("already introduced") << 7 << QStringLiteral("already introduced Byron and Ada");
    }
    void badInput()
    {
        QFETCH(int, which);
        QFETCH(QString, error);
        Fixture f;
        if (which == 7)
            QVERIFY(f.store.add(f.intro(f.ada, f.byron), 0).ok());
        const int before = f.rows("introductions");
        Introduction i = f.intro(f.ada, f.byron);
        int days = 7;
        switch (which) {
        case 0:
            i.secondId = f.ada;
            break;
        case 1:
            i.secondId = 99;
            break;
        case 2:
            QVERIFY(f.contacts.moveToTrash({f.byron}).ok());
            break;
        case 3:
            i.introducedOn = {};
            break;
        case 4:
            i.introducedOn = f.db.clock().today().addDays(1);
            break;
        case 5:
            i.topicId = 42;
            break;
        case 6:
            days = -1;
            break;
        case 7:
            std::swap(i.firstId, i.secondId);
            break;
        }
        QSignalSpy changed(&f.store, &IntroductionStore::introductionsChanged);
        QSignalSpy reminded(&f.reminders, &ReminderStore::remindersChanged);
        auto added = f.store.add(i, days);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(error), qPrintable(added.error()));
        QCOMPARE(f.rows("introductions"), before);
        QCOMPARE(f.rows("reminders"), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(reminded.size(), 0);
    }

    // A failure after the reminder was written takes the reminder back with it: one transaction.
    void rollbackTakesTheReminderBack()
    {
        Fixture f;
        // A trigger makes the introduction's own insert fail, after the follow-up reminder went in.
        QSqlQuery q(f.db.database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON introductions BEGIN SELECT "
                                      "RAISE(ABORT, 'refused for the test'); END")));
        auto added = f.store.add(f.intro(f.ada, f.byron));
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(QStringLiteral("refused for the test")), qPrintable(added.error()));
        QCOMPARE(f.rows("reminders"), 0);
        QCOMPARE(f.rows("introductions"), 0);
    }

    void statusAndOutcome()
    {
        Fixture f;
        const qint64 id = f.store.add(f.intro(f.ada, f.byron)).value();
        QSignalSpy changed(&f.store, &IntroductionStore::introductionsChanged);
        QVERIFY(f.store.setStatus(id, IntroductionStatus::Made).ok());
        QVERIFY(f.store.setOutcome(id, QStringLiteral("They met for coffee")).ok());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), (QList<qint64>{f.ada, f.byron}));
        const Introduction i = f.store.get(id).value();
        QCOMPARE(i.status, IntroductionStatus::Made);
        QCOMPARE(i.outcome, QStringLiteral("They met for coffee"));
        QCOMPARE(f.links.count().value(), 0);

        auto bad = f.store.setStatus(12345, IntroductionStatus::Made);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("no introduction with id 12345")));
        Introduction future = i;
        future.introducedOn = f.db.clock().today().addDays(3);
        QVERIFY(!f.store.update(future).ok());
        QCOMPARE(f.store.get(id).value().introducedOn, i.introducedOn);
    }

    // Accepted: the two now know each other, so they are linked as `knows`, once, unless already linked.
    void acceptedLinksThePair()
    {
        Fixture f;
        const qint64 id = f.store.add(f.intro(f.ada, f.byron)).value();
        QSignalSpy linked(&f.links, &RelationshipStore::relationshipsChanged);
        QVERIFY(f.store.setStatus(id, IntroductionStatus::Accepted).ok());
        QCOMPARE(linked.size(), 1);
        const QList<Relationship> adaLinks = f.links.forContact(f.ada).value();
        QCOMPARE(adaLinks.size(), 1);
        QCOMPARE(adaLinks.first().otherId, f.byron);
        QCOMPARE(adaLinks.first().type, RelationshipType::Knows);
        QVERIFY(adaLinks.first().note.startsWith(QStringLiteral("Introduced by you on")));
        // Accepted again (after a change of mind) does not link twice; declining leaves the link.
        QVERIFY(f.store.setStatus(id, IntroductionStatus::Declined).ok());
        QVERIFY(f.store.setStatus(id, IntroductionStatus::Accepted).ok());
        QCOMPARE(f.links.count().value(), 1);

        // A pair already linked (as friends) keeps its own link.
        QVERIFY(f.links.add({0, f.grace, f.ada, RelationshipType::Friend, {}, {}}).ok());
        Introduction accepted = f.intro(f.ada, f.grace);
        accepted.status = IntroductionStatus::Accepted;
        QVERIFY(f.store.add(accepted).ok());
        QCOMPARE(f.links.count().value(), 2);
    }

    // For undo: rewrite() says which link accepting made, and takes it away again in the same write; a link
    // the pair had before is never its to take.
    void rewriteUnlinksWhatItLinked()
    {
        Fixture f;
        const qint64 id = f.store.add(f.intro(f.ada, f.byron)).value();
        const Introduction asked = f.store.get(id).value();
        Introduction accepted = asked;
        accepted.status = IntroductionStatus::Accepted;
        const qint64 linkId = f.store.rewrite(accepted).value();
        QVERIFY(linkId != 0);
        QCOMPARE(f.links.get(linkId).value().type, RelationshipType::Knows);
        QCOMPARE(f.store.rewrite(asked, linkId).value(), 0);
        QCOMPARE(f.store.get(id).value().status, IntroductionStatus::Asked);
        QCOMPARE(f.links.count().value(), 0);
        // A link deleted meanwhile is no error.
        const qint64 again = f.store.rewrite(accepted).value();
        QVERIFY(f.links.remove(again).ok());
        QVERIFY(f.store.rewrite(asked, again).ok());

        // Already friends: accepting links nothing, and undoing it leaves the friendship.
        QVERIFY(f.links.add({0, f.ada, f.byron, RelationshipType::Friend, {}, {}}).ok());
        QCOMPARE(f.store.rewrite(accepted).value(), 0);
        QVERIFY(f.store.rewrite(asked, 0).ok());
        QCOMPARE(f.links.count().value(), 1);

        // A refused write takes nothing away: the link stays with the introduction as it was.
        QVERIFY(f.links.remove(f.links.forContact(f.ada).value().first().id).ok());
        const qint64 made = f.store.rewrite(accepted).value();
        Introduction future = asked;
        future.introducedOn = f.db.clock().today().addDays(3);
        QVERIFY(!f.store.rewrite(future, made).ok());
        QVERIFY(f.links.get(made).ok());
        QCOMPARE(f.store.get(id).value().status, IntroductionStatus::Accepted);
    }

    // For undoing a recording: add() says which link recording it as accepted made, remove() takes that link away
    // with it and recordAgain() (redo) makes it again; a link the pair had before stays throughout.
    void undoAndRedoAddTakeTheLinkItMade()
    {
        Fixture f;
        Introduction accepted = f.intro(f.ada, f.byron);
        accepted.status = IntroductionStatus::Accepted;
        qint64 linkId = -1;
        const qint64 id = f.store.add(accepted, 7, QTime(9, 0), &linkId).value();
        QVERIFY(linkId > 0);
        QCOMPARE(f.links.get(linkId).value().type, RelationshipType::Knows);
        auto removed = f.store.remove(id, linkId);
        QVERIFY(removed.ok());
        QCOMPARE(f.rows("introductions"), 0);
        QCOMPARE(f.rows("reminders"), 0);
        QCOMPARE(f.links.count().value(), 0);
        const qint64 again = f.store.recordAgain(*removed).value();
        QVERIFY(again > 0);
        QCOMPARE(f.links.get(again).value().type, RelationshipType::Knows);
        QCOMPARE(f.store.get(id).value().status, IntroductionStatus::Accepted);
        QCOMPARE(f.rows("reminders"), 1);
        // A delete (no link named) leaves the link, and undoing it (restore) makes none.
        removed = f.store.remove(id);
        QVERIFY(removed.ok());
        QCOMPARE(f.links.count().value(), 1);
        QVERIFY(f.links.remove(again).ok());
        QVERIFY(f.store.restore(*removed).ok());
        QCOMPARE(f.links.count().value(), 0);
        // A link deleted meanwhile is no error.
        QVERIFY(f.store.remove(id, again).ok());

        // Already friends: recording links nothing, undo and redo leave the friendship.
        QVERIFY(f.links.add({0, f.grace, f.ada, RelationshipType::Friend, {}, {}}).ok());
        Introduction friends = f.intro(f.ada, f.grace);
        friends.status = IntroductionStatus::Accepted;
        linkId = -1;
        const qint64 friendsId = f.store.add(friends, 7, QTime(9, 0), &linkId).value();
        QCOMPARE(linkId, 0);
        removed = f.store.remove(friendsId, linkId);
        QVERIFY(removed.ok());
        QCOMPARE(f.store.recordAgain(*removed).value(), 0);
        QCOMPARE(f.links.count().value(), 1);
        QCOMPARE(f.links.forContact(f.ada).value().first().type, RelationshipType::Friend);

        // Not accepted: no link either way.
        linkId = -1;
        const qint64 askedId = f.store.add(f.intro(f.byron, f.grace), 7, QTime(9, 0), &linkId).value();
        QCOMPARE(linkId, 0);
        removed = f.store.remove(askedId);
        QCOMPARE(f.store.recordAgain(*removed).value(), 0);
        QCOMPARE(f.links.count().value(), 1);
    }

    // Delete takes the open follow-up with it; restore (undo) brings both back, the introduction with its id.
    void removeAndRestore()
    {
        Fixture f;
        const qint64 id = f.store.add(f.intro(f.ada, f.byron)).value();
        const Introduction before = f.store.get(id).value();
        auto removed = f.store.remove(id);
        QVERIFY(removed.ok());
        QCOMPARE(removed->introduction, before);
        QVERIFY(removed->followUp.has_value());
        QCOMPARE(f.rows("introductions"), 0);
        QCOMPARE(f.rows("reminders"), 0);

        QVERIFY(f.store.restore(*removed).ok());
        const Introduction back = f.store.get(id).value();
        QCOMPARE(back.firstId, before.firstId);
        QCOMPARE(back.reason, before.reason);
        QCOMPARE(back.createdAt, before.createdAt);
        const Reminder followUp = f.reminders.get(back.followUpReminderId).value();
        QCOMPARE(followUp.note, removed->followUp->note);
        QCOMPARE(followUp.dueAt, removed->followUp->dueAt);
        // Putting it back twice is refused.
        QVERIFY(!f.store.restore(*removed).ok());

        // A follow-up already done stays as history.
        QVERIFY(f.reminders.markDone(back.followUpReminderId).ok());
        auto again = f.store.remove(id);
        QVERIFY(again.ok());
        QVERIFY(!again->followUp.has_value());
        QCOMPARE(f.rows("reminders"), 1);
        QVERIFY(!f.store.remove(id).ok());
    }

    void trashHidesAndPurgeRemoves()
    {
        Fixture f;
        QVERIFY(f.store.add(f.intro(f.ada, f.byron)).ok());
        QVERIFY(f.contacts.moveToTrash({f.byron}).ok());
        QCOMPARE(f.store.all().value().size(), 0);
        QCOMPARE(f.store.count().value(), 1);
        QVERIFY(f.contacts.restore({f.byron}).ok());
        QCOMPARE(f.store.all().value().size(), 1);
        QVERIFY(f.contacts.moveToTrash({f.byron}).ok());
        QVERIFY(f.contacts.purge({f.byron}).ok());
        QCOMPARE(f.store.count().value(), 0);
    }

    void dismissals()
    {
        Fixture f;
        QSignalSpy changed(&f.store, &IntroductionStore::introductionsChanged);
        QVERIFY(f.store.dismissSuggestion(f.byron, f.ada).ok());
        QVERIFY(f.store.dismissSuggestion(f.ada, f.byron).ok()); // once is enough, twice is harmless
        QCOMPARE(f.rows("introduction_suggestions_dismissed"), 1);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!f.store.dismissSuggestion(f.ada, f.ada).ok());
        QVERIFY(!f.store.dismissSuggestion(f.ada, 99).ok());
        QVERIFY(f.store.undismissSuggestion(f.ada, f.byron).ok());
        QCOMPARE(f.rows("introduction_suggestions_dismissed"), 0);
    }

    void statusKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("status");
        QTest::newRow("asked") << QStringLiteral("asked") << int(IntroductionStatus::Asked);
        QTest::newRow("made") << QStringLiteral("made") << int(IntroductionStatus::Made);
        QTest::newRow("accepted") << QStringLiteral(" Accepted ") << int(IntroductionStatus::Accepted);
        QTest::newRow("declined") << QStringLiteral("DECLINED") << int(IntroductionStatus::Declined);
    }
    void statusKeys()
    {
        QFETCH(QString, key);
        QFETCH(int, status);
        const auto parsed = introductionStatusFromKey(key);
        QVERIFY(parsed.has_value());
        QCOMPARE(int(*parsed), status);
        QCOMPARE(introductionStatusKey(*parsed), key.trimmed().toLower());
        QVERIFY(!introductionStatusFromKey(QStringLiteral("maybe")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestIntroductionStore)
#include "tst_introductionstore.moc"
