#include "TestDatabase.h"

#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;

class TestInteractionStore final : public QObject {
    Q_OBJECT

private:
    QList<qint64> addPeople(ContactStore& store, const QStringList& names)
    {
        QList<Contact> people;
        for (const QString& name : names) {
            Contact c;
            c.given = name;
            people << c;
        }
        return store.addMany(people).value();
    }

private Q_SLOTS:
    void timelineIsNewestFirstWithParticipants()
    {
        TestDatabase t;
        ContactStore contacts(t.database(), t.clock());
        InteractionStore store(t.database(), t.clock());
        const QList<qint64> ids = addPeople(contacts, {QStringLiteral("Ada"), QStringLiteral("Ben")});
        const QDateTime now = TestDatabase::fixedNow();
        QSignalSpy changed(&store, &InteractionStore::interactionsChanged);
        const qint64 older = store
                                 .add({0,
                                       now.addDays(-30),
                                       Channel::InPerson,
                                       Initiator::Them,
                                       QStringLiteral("Lunch"),
                                       QStringLiteral("Talked about engines"),
                                       {ids[0]},
                                       90})
                                 .value();
        const qint64 newer = store
                                 .add({0,
                                       now.addDays(-2),
                                       Channel::Event,
                                       Initiator::Mutual,
                                       QStringLiteral("Conference"),
                                       {},
                                       {ids[0], ids[1]},
                                       {}})
                                 .value();
        QCOMPARE(changed.count(), 2);
        const QList<Interaction> timeline = store.forContact(ids[0]).value();
        QCOMPARE(timeline.size(), 2);
        QCOMPARE(timeline[0].id, newer);
        QCOMPARE(timeline[0].participantIds, ids);
        QCOMPARE(timeline[0].channel, Channel::Event);
        QCOMPARE(timeline[1].id, older);
        QCOMPARE(timeline[1].summary, QStringLiteral("Lunch"));
        QCOMPARE(timeline[1].notes, QStringLiteral("Talked about engines"));
        QCOMPARE(timeline[1].initiator, Initiator::Them);
        QCOMPARE(timeline[1].occurredAt, now.addDays(-30));
        QCOMPARE(timeline[1].durationMinutes, std::optional<int>(90));
        QCOMPARE(timeline[0].durationMinutes, std::nullopt);
        QCOMPARE(store.get(older).value().durationMinutes, std::optional<int>(90));
        QCOMPARE(store.forContact(ids[1]).value().size(), 1);
        QCOMPARE(contacts.summaries(ids).value()[0].lastInteraction, now.addDays(-2));
    }

    void updateAndRemoveMoveLastInteraction()
    {
        TestDatabase t;
        ContactStore contacts(t.database(), t.clock());
        InteractionStore store(t.database(), t.clock());
        const QList<qint64> ids = addPeople(contacts, {QStringLiteral("Ada"), QStringLiteral("Ben")});
        const QDateTime now = TestDatabase::fixedNow();
        const qint64 first =
            store.add({0, now.addDays(-10), Channel::Call, Initiator::Me, {}, {}, {ids[0]}, {}}).value();
        const qint64 second =
            store.add({0, now.addDays(-1), Channel::Call, Initiator::Me, {}, {}, {ids[0]}, {}}).value();
        Interaction moved = store.get(second).value();
        moved.participantIds = {ids[1]};
        moved.summary = QStringLiteral("Actually it was Ben");
        QVERIFY(store.update(moved).ok());
        QCOMPARE(store.get(second).value().summary, QStringLiteral("Actually it was Ben"));
        QCOMPARE(contacts.summaries({ids[0]}).value()[0].lastInteraction, now.addDays(-10));
        QCOMPARE(contacts.summaries({ids[1]}).value()[0].lastInteraction, now.addDays(-1));
        QVERIFY(store.remove(first).ok());
        QVERIFY(!contacts.summaries({ids[0]}).value()[0].lastInteraction.isValid());
        QVERIFY(!store.remove(first).ok());
    }

    void invalidInteractionsWriteNothing_data()
    {
        QTest::addColumn<bool>("validDate");
        QTest::addColumn<bool>("withParticipant");
        QTest::addColumn<bool>("unknownParticipant");
        QTest::addColumn<QString>("message");
        QTest::newRow("no date") << false << true << false << QStringLiteral("valid date");
        QTest::newRow("nobody") << true << false << false << QStringLiteral("at least one participant");
        QTest::newRow("unknown person") << true << true << true << QStringLiteral("do not exist");
    }

    void invalidInteractionsWriteNothing()
    {
        QFETCH(bool, validDate);
        QFETCH(bool, withParticipant);
        QFETCH(bool, unknownParticipant);
        QFETCH(QString, message);
        TestDatabase t;
        ContactStore contacts(t.database(), t.clock());
        InteractionStore store(t.database(), t.clock());
        const QList<qint64> ids = addPeople(contacts, {QStringLiteral("Ada")});
        Interaction bad;
        if (validDate)
            bad.occurredAt = TestDatabase::fixedNow();
        if (withParticipant)
            bad.participantIds = {ids[0]};
        if (unknownParticipant)
            bad.participantIds << 999;
        auto added = store.add(bad);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(message), qPrintable(added.error()));
        QVERIFY(store.forContact(ids[0]).value().isEmpty());
    }

    void channelAndInitiatorKeysRoundTrip()
    {
        for (Channel c : allChannels())
            QCOMPARE(channelFromKey(channelKey(c)), std::optional<Channel>(c));
        QCOMPARE(channelFromKey(QStringLiteral("In Person")), std::optional<Channel>(Channel::InPerson));
        QVERIFY(!channelFromKey(QStringLiteral("pigeon")).has_value());
        QCOMPARE(initiatorFromKey(QStringLiteral("THEM")), std::optional<Initiator>(Initiator::Them));
        QVERIFY(!initiatorFromKey(QStringLiteral("nobody")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestInteractionStore)
#include "tst_interactionstore.moc"
