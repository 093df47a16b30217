#include "TestDatabase.h"

#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kith;

namespace {

Contact fullContact()
{
    Contact c;
    c.prefix = QStringLiteral("Countess");
    c.given = QStringLiteral("Augusta");
    c.additional = QStringLiteral("Ada");
    c.family = QStringLiteral("King");
    c.suffix = QStringLiteral("of Lovelace");
    c.displayName = QStringLiteral("Ada Lovelace");
    c.nickname = QStringLiteral("Enchantress of Numbers");
    c.organization = QStringLiteral("Analytical Engines Ltd");
    c.title = QStringLiteral("Analyst");
    c.emails = {{QStringLiteral("home"), QStringLiteral("ada@example.com")},
                {QStringLiteral("work"), QStringLiteral("ada@engines.example")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+44 20 7946 0958")}};
    c.addresses = {{QStringLiteral("home"),
                    {},
                    {},
                    QStringLiteral("12 St James's Square"),
                    QStringLiteral("London"),
                    {},
                    QStringLiteral("SW1Y 4JH"),
                    QStringLiteral("United Kingdom")}};
    c.urls = {{QStringLiteral("blog"), QStringLiteral("https://ada.example.net")}};
    c.socialProfiles = {{QStringLiteral("mastodon"), QStringLiteral("@ada@example.social")}};
    c.birthday = {1815, 12, 10};
    c.anniversary = {0, 7, 8};
    c.circle = QStringLiteral("close");
    c.cadenceDays = 14;
    c.tags = {QStringLiteral("friend"), QStringLiteral("mathematics")};
    c.priority = Priority::High;
    c.closeness = 4;
    c.howMet = QStringLiteral("Through Charles");
    c.whereMet = QStringLiteral("London");
    c.notes = QStringLiteral("Wrote the first program.");
    c.photo = QByteArray("\x89PNG\r\n\x1a\n fake but opaque bytes", 29);
    return c;
}

} // namespace

class TestContactStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addAndGetKeepEveryField()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        QSignalSpy changed(&store, &ContactStore::contactsChanged);
        const Contact original = fullContact();
        auto id = store.add(original);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(changed.count(), 1);
        auto loaded = store.get(*id);
        QVERIFY(loaded.ok());
        Contact expected = original;
        expected.id = *id;
        expected.uid = loaded->uid;
        expected.createdAt = TestDatabase::fixedNow();
        expected.updatedAt = TestDatabase::fixedNow();
        QVERIFY(!loaded->uid.isEmpty());
        QCOMPARE(loaded->tags, (QStringList{QStringLiteral("friend"), QStringLiteral("mathematics")}));
        QCOMPARE(loaded->addresses, expected.addresses);
        QCOMPARE(loaded->emails, expected.emails);
        QVERIFY(loaded.value() == expected);
    }

    void updateReplacesMultiValuedFields()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        const qint64 id = store.add(fullContact()).value();
        Contact c = store.get(id).value();
        c.emails = {{QStringLiteral("other"), QStringLiteral("countess@example.org")}};
        c.phones.clear();
        c.phones << LabeledValue{QStringLiteral("work"), QStringLiteral("020 7946 0000")}
                 << LabeledValue{QStringLiteral("home"), QStringLiteral("020 7946 1111")};
        c.tags = {QStringLiteral("mentor")};
        c.addresses.clear();
        c.birthday = {};
        c.closeness = std::nullopt;
        t.clock().advanceSeconds(3600);
        QVERIFY(store.update(c).ok());
        const Contact loaded = store.get(id).value();
        QCOMPARE(loaded.closeness, std::nullopt);
        QCOMPARE(loaded.emails, c.emails);
        QCOMPARE(loaded.phones, c.phones);
        QCOMPARE(loaded.tags, c.tags);
        QVERIFY(loaded.addresses.isEmpty());
        QVERIFY(loaded.birthday.isNull());
        QCOMPARE(loaded.updatedAt, TestDatabase::fixedNow().addSecs(3600));
        QCOMPARE(loaded.createdAt, TestDatabase::fixedNow());
    }

    void invalidContactsChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QStringLiteral("name") << QStringLiteral("needs a name");
        QTest::newRow("unknown circle") << QStringLiteral("circle") << QStringLiteral("no circle");
        QTest::newRow("zero cadence") << QStringLiteral("cadence") << QStringLiteral("at least one day");
        QTest::newRow("30 February") << QStringLiteral("birthday") << QStringLiteral("birthday");
        QTest::newRow("closeness 6") << QStringLiteral("closeness") << QStringLiteral("from 1 to 5");
        QTest::newRow("closeness 0") << QStringLiteral("closeness0") << QStringLiteral("from 1 to 5");
    }

    void invalidContactsChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact c = fullContact();
        if (field == QLatin1String("name"))
            c = Contact{};
        else if (field == QLatin1String("circle"))
            c.circle = QStringLiteral("galaxy");
        else if (field == QLatin1String("cadence"))
            c.cadenceDays = 0;
        else if (field == QLatin1String("closeness"))
            c.closeness = 6;
        else if (field == QLatin1String("closeness0"))
            c.closeness = 0;
        else
            c.birthday = {1990, 2, 30};
        auto id = store.add(c);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(message), qPrintable(id.error()));
        QCOMPARE(store.count().value(), 0);
    }

    void addManyIsAllOrNothing()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        Contact good = fullContact();
        Contact bad;
        auto ids = store.addMany({good, good, bad});
        QVERIFY(!ids.ok());
        QVERIFY(ids.error().startsWith(QStringLiteral("Contact 3")));
        QCOMPARE(store.count().value(), 0);
        QCOMPARE(store.addMany({good, good}).value().size(), 2);
        QCOMPARE(store.count().value(), 2);
    }

    void trashRestoreAndEmpty()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        InteractionStore interactions(t.database(), t.clock());
        ReminderStore reminders(t.database(), t.clock());
        const qint64 ada = store.add(fullContact()).value();
        Contact grace;
        grace.given = QStringLiteral("Grace");
        const qint64 graceId = store.add(grace).value();
        Interaction talk;
        talk.occurredAt = TestDatabase::fixedNow();
        talk.participantIds = {ada};
        QVERIFY(interactions.add(talk).ok());
        QVERIFY(
            reminders.add(Reminder{0, ada, TestDatabase::fixedNow(), QStringLiteral("call"), {}, {}, {}, {}, {}}).ok());

        QVERIFY(store.moveToTrash({ada}).ok());
        QCOMPARE(store.ids({}).value(), QList<qint64>{graceId});
        ContactQuery trash;
        trash.trashed = true;
        QCOMPARE(store.ids(trash).value(), QList<qint64>{ada});
        QCOMPARE(store.get(ada).value().deletedAt, TestDatabase::fixedNow());
        QVERIFY(reminders.dueBy(TestDatabase::fixedNow()).value().isEmpty());
        QVERIFY(!store.moveToTrash({ada}).ok());

        QVERIFY(store.restore({ada}).ok());
        QCOMPARE(store.ids({}).value().size(), 2);
        QCOMPARE(interactions.forContact(ada).value().size(), 1);

        QVERIFY(store.moveToTrash({ada}).ok());
        QVERIFY(store.emptyTrash().ok());
        QVERIFY(!store.get(ada).ok());
        QCOMPARE(store.count(true).value(), 0);
        QSqlQuery q(t.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM interactions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM reminders")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void sortingInSql_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        using K = ContactQuery::SortKey;
        QTest::newRow("name asc") << int(K::Name) << int(Qt::AscendingOrder)
                                  << QStringList{QStringLiteral("Ada"), QStringLiteral("Ben"), QStringLiteral("Cleo")};
        QTest::newRow("name desc") << int(K::Name) << int(Qt::DescendingOrder)
                                   << QStringList{QStringLiteral("Cleo"), QStringLiteral("Ben"), QStringLiteral("Ada")};
        QTest::newRow("organisation, empty last")
            << int(K::Organization) << int(Qt::AscendingOrder)
            << QStringList{QStringLiteral("Cleo"), QStringLiteral("Ada"), QStringLiteral("Ben")};
        QTest::newRow("circle innermost first")
            << int(K::Circle) << int(Qt::AscendingOrder)
            << QStringList{QStringLiteral("Ben"), QStringLiteral("Cleo"), QStringLiteral("Ada")};
        QTest::newRow("last interaction, never last")
            << int(K::LastInteraction) << int(Qt::DescendingOrder)
            << QStringList{QStringLiteral("Cleo"), QStringLiteral("Ada"), QStringLiteral("Ben")};
        QTest::newRow("next reminder") << int(K::NextReminder) << int(Qt::AscendingOrder)
                                       << QStringList{QStringLiteral("Ben"), QStringLiteral("Ada"),
                                                      QStringLiteral("Cleo")};
        QTest::newRow("tags") << int(K::Tags) << int(Qt::AscendingOrder)
                              << QStringList{QStringLiteral("Ada"), QStringLiteral("Cleo"), QStringLiteral("Ben")};
    }

    void sortingInSql()
    {
        QFETCH(int, key);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        InteractionStore interactions(t.database(), t.clock());
        ReminderStore reminders(t.database(), t.clock());
        Contact ada, ben, cleo;
        ada.given = QStringLiteral("Ada");
        ada.organization = QStringLiteral("Zeta");
        ada.circle = QStringLiteral("acquaintance");
        ada.tags = {QStringLiteral("alpha")};
        ben.given = QStringLiteral("Ben");
        ben.circle = QStringLiteral("inner");
        cleo.given = QStringLiteral("Cleo");
        cleo.organization = QStringLiteral("Acme");
        cleo.circle = QStringLiteral("close");
        cleo.tags = {QStringLiteral("beta")};
        const QList<qint64> ids = store.addMany({ada, ben, cleo}).value();
        const QDateTime now = TestDatabase::fixedNow();
        QVERIFY(interactions.add({0, now.addDays(-10), Channel::Call, Initiator::Me, {}, {}, {ids[0]}, {}}).ok());
        QVERIFY(interactions.add({0, now.addDays(-1), Channel::Call, Initiator::Me, {}, {}, {ids[2]}, {}}).ok());
        QVERIFY(reminders.add({0, ids[1], now.addDays(1), {}, {}, {}, {}, {}, {}}).ok());
        QVERIFY(reminders.add({0, ids[0], now.addDays(5), {}, {}, {}, {}, {}, {}}).ok());
        ContactQuery query;
        query.sortKey = static_cast<ContactQuery::SortKey>(key);
        query.order = static_cast<Qt::SortOrder>(order);
        QStringList names;
        for (const ContactSummary& row : store.summaries(store.ids(query).value()).value())
            names << row.name;
        QCOMPARE(names, expected);
    }

    void summariesCarryTableColumns()
    {
        TestDatabase t;
        ContactStore store(t.database(), t.clock());
        InteractionStore interactions(t.database(), t.clock());
        ReminderStore reminders(t.database(), t.clock());
        const qint64 id = store.add(fullContact()).value();
        const QDateTime now = TestDatabase::fixedNow();
        QVERIFY(interactions.add({0, now.addDays(-3), Channel::Video, Initiator::Them, {}, {}, {id}, {}}).ok());
        QVERIFY(reminders.add({0, id, now.addDays(2), {}, {}, {}, {}, {}, {}}).ok());
        const ContactSummary row = store.summaries({id}).value().first();
        QCOMPARE(row.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(row.organization, QStringLiteral("Analytical Engines Ltd"));
        QCOMPARE(row.circle, QStringLiteral("Close"));
        QCOMPARE(row.tags, QStringLiteral("friend, mathematics"));
        QCOMPARE(row.lastInteraction, now.addDays(-3));
        QCOMPARE(row.nextReminder, now.addDays(2));
    }
};

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
