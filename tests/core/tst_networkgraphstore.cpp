#include "TestDatabase.h"

#include "domain/Topic.h"
#include "storage/ContactStore.h"
#include "storage/NetworkGraphStore.h"
#include "storage/TagStore.h"
#include "storage/TopicStore.h"

#include <QTest>

using namespace kith;

namespace {

qint64 addPerson(ContactStore& contacts, const QString& given, const QString& circle = {}, const QStringList& tags = {})
{
    Contact c;
    c.given = given;
    c.family = QStringLiteral("Example");
    c.circle = circle;
    c.tags = tags;
    return contacts.add(c).value();
}

qint64 tagId(TagStore& tags, const QString& name)
{
    for (const Tag& tag : tags.all().value()) {
        if (tag.name == name)
            return tag.id;
    }
    return 0;
}

} // namespace

class TestNetworkGraphStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contactsWithNameAndCircleWithoutTheTrash()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"), QStringLiteral("inner"));
        const qint64 bob = addPerson(contacts, QStringLiteral("Bob"));
        const qint64 cy = addPerson(contacts, QStringLiteral("Cy"), QStringLiteral("close"));
        QVERIFY(contacts.moveToTrash({bob}).ok());
        const auto list = NetworkGraphStore(db.database()).contacts();
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, ada);
        QVERIFY(list->at(0).name.contains(QStringLiteral("Ada")));
        QCOMPARE(list->at(0).circleKey, QStringLiteral("inner"));
        QCOMPARE(list->at(1).id, cy);
        QCOMPARE(list->at(1).circleKey, QStringLiteral("close"));
    }

    void whoCarriesATag()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        TagStore tags(db.database());
        QVERIFY(tags.add(Tag{0, QStringLiteral("climbing"), {}, false}).ok());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"), {}, {QStringLiteral("climbing")});
        const qint64 bob = addPerson(contacts, QStringLiteral("Bob"), {}, {QStringLiteral("climbing")});
        addPerson(contacts, QStringLiteral("Cy"));
        QVERIFY(contacts.moveToTrash({bob}).ok());
        const qint64 climbing = tagId(tags, QStringLiteral("climbing"));
        QVERIFY(climbing > 0);
        const NetworkGraphStore store(db.database());
        QCOMPARE(store.withTag(climbing).value(), QSet<qint64>{ada});
        QVERIFY(store.withTag(climbing + 1000).value().isEmpty());
    }

    void whoHasATopicInAnyCase()
    {
        TestDatabase db;
        ContactStore contacts(db.database(), db.clock());
        TopicStore topics(db.database(), db.clock());
        const qint64 ada = addPerson(contacts, QStringLiteral("Ada"));
        const qint64 bob = addPerson(contacts, QStringLiteral("Bob"));
        const qint64 cy = addPerson(contacts, QStringLiteral("Cy"));
        QVERIFY(topics.add({ada, 0, QStringLiteral("Tax law"), TopicKind::Expertise, {}}).ok());
        QVERIFY(topics.add({bob, 0, QStringLiteral("tax law"), TopicKind::Need, {}}).ok());
        QVERIFY(topics.add({cy, 0, QStringLiteral("climbing"), TopicKind::Interest, {}}).ok());
        const NetworkGraphStore store(db.database());
        QCOMPARE(store.withTopic(QStringLiteral("TAX  law ")).value(), (QSet<qint64>{ada, bob}));
        QCOMPARE(store.withTopic(QStringLiteral("climbing")).value(), QSet<qint64>{cy});
        QVERIFY(store.withTopic(QStringLiteral("tax")).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkGraphStore)
#include "tst_networkgraphstore.moc"
