#include "TestDatabase.h"

#include "domain/Topic.h"
#include "storage/ContactStore.h"
#include "storage/TopicStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace kith;

namespace {

qint64 addPerson(ContactStore& contacts, const QString& given)
{
    Contact c;
    c.given = given;
    return contacts.add(c).value();
}

int count(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q.next();
    return q.value(0).toInt();
}

// What the who-can-help index holds for a contact: one "kind: name / detail" per topic, in name order.
QStringList indexed(Database& db, qint64 contactId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT s.kind, f.name, f.detail FROM topics_fts f JOIN contact_topic_search_ids s ON "
                             "s.id = f.rowid WHERE s.contact_id = ? ORDER BY f.name, s.kind"));
    q.addBindValue(contactId);
    q.exec();
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1: %2 / %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return rows;
}

} // namespace

class TestTopicStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindKeys()
    {
        for (TopicKind kind : allTopicKinds()) {
            QCOMPARE(topicKindFromKey(topicKindKey(kind)), kind);
            QVERIFY(!topicKindLabel(kind).isEmpty());
        }
        QCOMPARE(topicKindFromKey(QStringLiteral(" Expertise ")), TopicKind::Expertise);
        QCOMPARE(topicKindFromKey(QStringLiteral("hobby")), std::nullopt);
    }

    void entriesAreSharedAndListedByKind()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        TopicStore topics(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"));
        const qint64 grace = addPerson(contacts, QStringLiteral("Grace"));
        QSignalSpy changed(&topics, &TopicStore::topicsChanged);
        QVERIFY(topics.add({ada, 0, QStringLiteral("climbing"), TopicKind::Interest, {}}).ok());
        QVERIFY(topics.add({ada, 0, QStringLiteral(" Tax   law "), TopicKind::Expertise, QStringLiteral("VAT")}).ok());
        QVERIFY(topics.add({grace, 0, QStringLiteral("TAX LAW"), TopicKind::Need, {}}).ok());
        // The same topic may be both an expertise and an interest of one contact.
        QVERIFY(topics.add({ada, 0, QStringLiteral("tax law"), TopicKind::Interest, {}}).ok());
        QCOMPARE(changed.count(), 4);
        QCOMPARE(count(db.database(), QStringLiteral("topics")), 2);
        const QList<ContactTopic> list = topics.forContact(ada).value();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).kind, TopicKind::Expertise);
        QCOMPARE(list.at(0).name, QStringLiteral("Tax law"));
        QCOMPARE(list.at(0).detail, QStringLiteral("VAT"));
        QCOMPARE(list.at(1).name, QStringLiteral("climbing"));
        QCOMPARE(list.at(2).name, QStringLiteral("Tax law"));
        QCOMPARE(list.at(2).topicId, list.at(0).topicId);
        QCOMPARE(topics.forContact(grace).value().first().topicId, list.at(0).topicId);
        QCOMPARE(topics.all().value().size(), 2);
    }

    void badTopicsAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<qint64>("contactId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        // Contact 1 has expertise "tax law"; contact 2 is in the Trash.
        QTest::addRow("unknown contact") << qint64(42) << "chess"
                                         << "There is no contact with id 42.";
        QTest::addRow("empty name") << qint64(1) << "   "
                                    << "A topic needs a name.";
        QTest::addRow("duplicate") << qint64(1) << "Tax Law"
                                   << "already has";
        QTest::addRow("trashed") << qint64(2) << "chess"
                                 << "in the Trash";
    }

    void badTopicsAreRefusedAndWriteNothing()
    {
        QFETCH(qint64, contactId);
        QFETCH(QString, name);
        QFETCH(QString, message);
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        TopicStore topics(db.database(), db.clock());
        QCOMPARE(addPerson(contacts, QStringLiteral("Ada")), 1);
        QCOMPARE(addPerson(contacts, QStringLiteral("Grace")), 2);
        QVERIFY(topics.add({1, 0, QStringLiteral("tax law"), TopicKind::Expertise, {}}).ok());
        QVERIFY(contacts.moveToTrash({2}).ok());
        QSignalSpy changed(&topics, &TopicStore::topicsChanged);
        // A good topic first in the batch: not written either.
        const Status s = topics.addMany({{1, 0, QStringLiteral("rowing"), TopicKind::Interest, {}},
                                         {contactId, 0, name, TopicKind::Expertise, {}}});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(message), qPrintable(s.error()));
        QCOMPARE(count(db.database(), QStringLiteral("contact_topics")), 1);
        QCOMPARE(count(db.database(), QStringLiteral("topics")), 1);
        QCOMPARE(changed.count(), 0);
    }

    void removeTakesUnusedEntriesAlong()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        TopicStore topics(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"));
        const qint64 grace = addPerson(contacts, QStringLiteral("Grace"));
        QVERIFY(topics.add({ada, 0, QStringLiteral("tax law"), TopicKind::Expertise, {}}).ok());
        QVERIFY(topics.add({grace, 0, QStringLiteral("tax law"), TopicKind::Need, {}}).ok());
        QVERIFY(!topics.remove(ada, TopicKind::Need, QStringLiteral("tax law")).ok());
        QVERIFY(topics.remove(ada, TopicKind::Expertise, QStringLiteral("Tax Law")).ok());
        QCOMPARE(count(db.database(), QStringLiteral("topics")), 1);
        QVERIFY(topics.remove(grace, TopicKind::Need, QStringLiteral("tax law")).ok());
        QCOMPARE(count(db.database(), QStringLiteral("topics")), 0);
        QVERIFY(!topics.remove(grace, TopicKind::Need, QStringLiteral("tax law")).ok());
    }

    // The who-can-help index follows every write, whoever makes it.
    void indexFollowsWrites()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        TopicStore topics(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"));
        QVERIFY(indexed(db.database(), ada).isEmpty());
        QVERIFY(topics.add({ada, 0, QStringLiteral("tax law"), TopicKind::Expertise, QStringLiteral("VAT")}).ok());
        QVERIFY(topics.add({ada, 0, QStringLiteral("chess"), TopicKind::Interest, {}}).ok());
        QVERIFY(topics.add({ada, 0, QStringLiteral("tax law"), TopicKind::Need, QStringLiteral("my own")}).ok());
        // One row per topic and kind, not the topics run together.
        QCOMPARE(indexed(db.database(), ada),
                 (QStringList{QStringLiteral("interest: chess / "), QStringLiteral("expertise: tax law / VAT"),
                              QStringLiteral("need: tax law / my own")}));
        QSqlQuery rename(db.database().connection());
        QVERIFY(rename.exec(QStringLiteral("UPDATE topics SET name = 'tax advice' WHERE name = 'tax law'")));
        QCOMPARE(indexed(db.database(), ada),
                 (QStringList{QStringLiteral("interest: chess / "), QStringLiteral("expertise: tax advice / VAT"),
                              QStringLiteral("need: tax advice / my own")}));
        QSqlQuery detail(db.database().connection());
        QVERIFY(
            detail.exec(QStringLiteral("UPDATE contact_topics SET detail = 'VAT returns' WHERE kind = 'expertise'")));
        QCOMPARE(indexed(db.database(), ada).at(1), QStringLiteral("expertise: tax advice / VAT returns"));
        QVERIFY(topics.remove(ada, TopicKind::Interest, QStringLiteral("chess")).ok());
        QCOMPARE(indexed(db.database(), ada).size(), 2);
        QVERIFY(contacts.moveToTrash({ada}).ok());
        QVERIFY(contacts.purge({ada}).ok());
        QVERIFY(indexed(db.database(), ada).isEmpty());
        QCOMPARE(count(db.database(), QStringLiteral("contact_topic_search_ids")), 0);
        QCOMPARE(count(db.database(), QStringLiteral("topics_fts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTopicStore)
#include "tst_topicstore.moc"
