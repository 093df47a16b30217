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
