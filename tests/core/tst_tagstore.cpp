#include "TestDatabase.h"

#include "storage/CircleStore.h"
#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"
#include "storage/TagStore.h"

#include <QTest>

using namespace kith;

class TestTagStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void categoriesAreSeeded()
    {
        TestDatabase t;
        TagStore tags(t.database());
        QStringList categories;
        for (const Tag& tag : tags.all().value()) {
            if (tag.isCategory)
                categories << tag.name;
        }
        QCOMPARE(categories,
                 (QStringList{QStringLiteral("acquaintance"), QStringLiteral("classmate"), QStringLiteral("colleague"),
                              QStringLiteral("family"), QStringLiteral("friend"), QStringLiteral("mentor")}));
    }

    void userTagsWithColoursAndRenameReindexes()
    {
        TestDatabase t;
        TagStore tags(t.database());
        ContactStore contacts(t.database(), t.clock());
        const qint64 tagId = tags.add({0, QStringLiteral("climbing"), QStringLiteral("#3a7bd5"), false}).value();
        QVERIFY(!tags.add({0, QStringLiteral("Climbing"), {}, false}).ok());
        QVERIFY(!tags.add({0, QStringLiteral("red"), QStringLiteral("red"), false}).ok());
        Contact ada;
        ada.given = QStringLiteral("Ada");
        ada.tags = {QStringLiteral("climbing")};
        const qint64 id = contacts.add(ada).value();
        QVERIFY(tags.update({tagId, QStringLiteral("bouldering"), QStringLiteral("#00aa00"), false}).ok());
        ContactQuery query;
        query.search = QStringLiteral("boulder");
        QCOMPARE(contacts.ids(query).value(), QList<qint64>{id});
        query.search = QStringLiteral("climbing");
        QVERIFY(contacts.ids(query).value().isEmpty());
        QCOMPARE(contacts.get(id).value().tags, QStringList{QStringLiteral("bouldering")});
        QVERIFY(tags.remove(tagId).ok());
        QVERIFY(contacts.get(id).value().tags.isEmpty());
    }

    void usageCountsIncludeTrashedContacts()
    {
        TestDatabase t;
        TagStore tags(t.database());
        ContactStore contacts(t.database(), t.clock());
        QVERIFY(tags.usageCounts().value().isEmpty());
        const qint64 climbing = tags.add({0, QStringLiteral("climbing"), QStringLiteral("#3a7bd5"), false}).value();
        const qint64 unused = tags.add({0, QStringLiteral("chess"), QStringLiteral("#aa0000"), false}).value();
        qint64 family = 0;
        for (const Tag& tag : tags.all().value()) {
            if (tag.name == QStringLiteral("family"))
                family = tag.id;
        }
        QVERIFY(family != 0);
        auto addContact = [&contacts](const QString& given, const QStringList& tagNames) {
            Contact contact;
            contact.given = given;
            contact.tags = tagNames;
            return contacts.add(contact).value();
        };
        addContact(QStringLiteral("Ada"), {QStringLiteral("climbing"), QStringLiteral("family")});
        addContact(QStringLiteral("Grace"), {QStringLiteral("climbing")});
        const qint64 alan = addContact(QStringLiteral("Alan"), {QStringLiteral("Climbing")});
        QVERIFY(contacts.moveToTrash({alan}).ok());

        const QHash<qint64, int> counts = tags.usageCounts().value();
        QCOMPARE(counts.value(climbing), 3);
        QCOMPARE(counts.value(family), 1);
        QVERIFY(!counts.contains(unused));
        QVERIFY(tags.remove(climbing).ok());
        QVERIFY(!tags.usageCounts().value().contains(climbing));
    }

    void circlesHaveDefaultCadence()
    {
        TestDatabase t;
        CircleStore circles(t.database());
        const QList<Circle> all = circles.all().value();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all[0].key, QStringLiteral("inner"));
        QCOMPARE(all[0].cadenceDays, std::optional<int>(7));
        QCOMPARE(all[4].key, QStringLiteral("dormant"));
        QVERIFY(!all[4].cadenceDays.has_value());
        QVERIFY(circles.setCadence(QStringLiteral("close"), 21).ok());
        QCOMPARE(circles.all().value()[1].cadenceDays, std::optional<int>(21));
        QVERIFY(!circles.setCadence(QStringLiteral("close"), 0).ok());
        QVERIFY(!circles.setCadence(QStringLiteral("nowhere"), 3).ok());
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
