#include "TestDatabase.h"

#include "domain/Interaction.h"
#include "network/WhoCanHelp.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/TopicStore.h"

#include <QTest>

using namespace kith;

namespace {

struct Network {
    TestDatabase db;
    ContactStore contacts{db.database(), db.clock()};
    TopicStore topics{db.database(), db.clock()};
    InteractionStore interactions{db.database(), db.clock()};
    RelationshipStore links{db.database(), db.clock()};

    qint64 person(const QString& given, const QString& circle = {})
    {
        Contact c;
        c.given = given;
        c.family = QStringLiteral("Test");
        c.circle = circle;
        return contacts.add(c).value();
    }
    void talk(qint64 id, const QString& notes, int daysAgo = 10)
    {
        Interaction i;
        i.occurredAt = TestDatabase::fixedNow().addDays(-daysAgo);
        i.channel = Channel::Call;
        i.summary = QStringLiteral("Call");
        i.notes = notes;
        i.participantIds = {id};
        QVERIFY(interactions.add(i).ok());
    }
    QList<qint64> ids(const QString& text)
    {
        auto found = WhoCanHelp(db.database(), db.clock()).search(text);
        if (!found)
            qWarning() << found.error();
        QList<qint64> list;
        for (const HelpMatch& m : found.value())
            list << m.contactId;
        return list;
    }
};

} // namespace

class TestWhoCanHelp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Where the words are found decides the order: expertise, other topics, title or organisation, notes,
    // interactions. Closeness only orders contacts found in the same place.
    void expertiseRanksFirst()
    {
        Network n;
        // Created in reverse of the expected order, and the note-only contact in the closest circle.
        const qint64 tim = n.person(QStringLiteral("Tim"), QStringLiteral("inner"));
        n.talk(tim, QStringLiteral("He talked about tax law for an hour"));
        const qint64 linus = n.person(QStringLiteral("Linus"), QStringLiteral("inner"));
        Contact l = n.contacts.get(linus).value();
        l.notes = QStringLiteral("Knows tax law from his time at the ministry");
        QVERIFY(n.contacts.update(l).ok());
        const qint64 alan = n.person(QStringLiteral("Alan"), QStringLiteral("close"));
        Contact a = n.contacts.get(alan).value();
        a.title = QStringLiteral("Tax law consultant");
        QVERIFY(n.contacts.update(a).ok());
        const qint64 grace = n.person(QStringLiteral("Grace"), QStringLiteral("close"));
        QVERIFY(n.topics.add({grace, 0, QStringLiteral("tax law"), TopicKind::Interest, {}}).ok());
        const qint64 ada = n.person(QStringLiteral("Ada"), QStringLiteral("acquaintance"));
        QVERIFY(n.topics.add({ada, 0, QStringLiteral("tax law"), TopicKind::Expertise, QStringLiteral("VAT")}).ok());
        const qint64 nobody = n.person(QStringLiteral("Nobody"));
        QVERIFY(n.topics.add({nobody, 0, QStringLiteral("knitting"), TopicKind::Expertise, {}}).ok());

        QCOMPARE(n.ids(QStringLiteral("tax law")), (QList<qint64>{ada, grace, alan, linus, tim}));
        // Prefixes, case and accents do not matter.
        QCOMPARE(n.ids(QStringLiteral("TÄX")), (QList<qint64>{ada, grace, alan, linus, tim}));
        // Every word must be found in one place.
        QCOMPARE(n.ids(QStringLiteral("tax knitting")), QList<qint64>{});
        QCOMPARE(n.ids(QStringLiteral("knit")), QList<qint64>{nobody});
    }

    void sameSourceOrdersByCircleThenRecency()
    {
        Network n;
        const qint64 far = n.person(QStringLiteral("Far"), QStringLiteral("acquaintance"));
        const qint64 old = n.person(QStringLiteral("Old"), QStringLiteral("inner"));
        const qint64 recent = n.person(QStringLiteral("Recent"), QStringLiteral("inner"));
        const qint64 both = n.person(QStringLiteral("Both"), QStringLiteral("dormant"));
        for (qint64 id : {far, old, recent, both})
            QVERIFY(n.topics.add({id, 0, QStringLiteral("pottery"), TopicKind::Expertise, {}}).ok());
        n.talk(old, QStringLiteral("hello"), 300);
        n.talk(recent, QStringLiteral("hello"), 3);
        // Found in two places beats found in one.
        QVERIFY(n.topics.add({both, 0, QStringLiteral("pottery"), TopicKind::Goal, {}}).ok());
        QCOMPARE(n.ids(QStringLiteral("pottery")), (QList<qint64>{both, recent, old, far}));
    }

    void resultsExplainThemselves()
    {
        Network n;
        const qint64 ada = n.person(QStringLiteral("Ada"), QStringLiteral("close"));
        const qint64 byron = n.person(QStringLiteral("Byron"));
        Contact a = n.contacts.get(ada).value();
        a.howMet = QStringLiteral("At university");
        a.whereMet = QStringLiteral("London");
        QVERIFY(n.contacts.update(a).ok());
        QVERIFY(n.topics
                    .add({ada, 0, QStringLiteral("analytical engines"), TopicKind::Expertise,
                          QStringLiteral("notes on the engine")})
                    .ok());
        QVERIFY(n.links.add({0, ada, byron, RelationshipType::Parent, {}, {}}).ok());
        n.talk(ada, QStringLiteral("Long talk"), 2);
        auto found = WhoCanHelp(n.db.database(), n.db.clock()).search(QStringLiteral("engine"));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->size(), 1);
        const HelpMatch& m = found->first();
        QCOMPARE(m.name, QStringLiteral("Ada Test"));
        QCOMPARE(m.source, HelpSource::Expertise);
        QVERIFY2(m.reason.startsWith(QStringLiteral("Can help with: ")), qPrintable(m.reason));
        QVERIFY2(m.matched.contains(QStringLiteral("[engines]")), qPrintable(m.matched));
        QVERIFY2(m.matched.contains(QStringLiteral("[engine]")), qPrintable(m.matched));
        QCOMPARE(m.circleName, QStringLiteral("Close"));
        QCOMPARE(m.links, QStringList{QStringLiteral("Byron Test's child")});
        QCOMPARE(m.lastInteraction, TestDatabase::fixedNow().addDays(-2));
        QVERIFY(m.strength > 0);
        QVERIFY2(m.howYouKnow.contains(QStringLiteral("Close circle")), qPrintable(m.howYouKnow));
        QVERIFY2(m.howYouKnow.contains(QStringLiteral("At university (London)")), qPrintable(m.howYouKnow));
        QVERIFY2(m.howYouKnow.contains(QStringLiteral("tie strength")), qPrintable(m.howYouKnow));
    }

    // Each topic is matched and shown as itself: the words searched for must all be in one topic (its name or the
    // contact's detail on it), and the topics found are listed apart, not run together.
    void topicsAreMatchedAndShownOneByOne()
    {
        Network n;
        const qint64 ada = n.person(QStringLiteral("Ada"));
        QVERIFY(n.topics.add({ada, 0, QStringLiteral("machine learning"), TopicKind::Expertise, {}}).ok());
        QVERIFY(
            n.topics
                .add({ada, 0, QStringLiteral("tax law"), TopicKind::Expertise, QStringLiteral("VAT for small shops")})
                .ok());
        const auto matched = [&n](const QString& text) {
            auto found = WhoCanHelp(n.db.database(), n.db.clock()).search(text);
            return found && found->size() == 1 ? found->first().matched : QStringLiteral("(not one match)");
        };
        QCOMPARE(n.ids(QStringLiteral("learning tax")), QList<qint64>{});
        QCOMPARE(n.ids(QStringLiteral("machine law")), QList<qint64>{});
        QCOMPARE(matched(QStringLiteral("machine learning")), QStringLiteral("[machine] [learning]"));
        QCOMPARE(matched(QStringLiteral("tax")), QStringLiteral("[tax] law (VAT for small shops)"));
        // The detail is part of its topic.
        QCOMPARE(matched(QStringLiteral("law small")), QStringLiteral("tax [law] (VAT for [small] shops)"));
        QCOMPARE(matched(QStringLiteral("vat")), QStringLiteral("tax law ([VAT] for small shops)"));
        // Two topics found: both listed, each whole.
        QVERIFY(n.topics.add({ada, 0, QStringLiteral("tax returns"), TopicKind::Expertise, {}}).ok());
        const QString both = matched(QStringLiteral("tax"));
        QVERIFY2(both == QStringLiteral("[tax] returns, [tax] law (VAT for small shops)") ||
                     both == QStringLiteral("[tax] law (VAT for small shops), [tax] returns"),
                 qPrintable(both));
        auto found = WhoCanHelp(n.db.database(), n.db.clock()).search(QStringLiteral("returns"));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->first().reason, QStringLiteral("Can help with: tax [returns]"));
        // Other topics the same way.
        const qint64 grace = n.person(QStringLiteral("Grace"));
        QVERIFY(n.topics.add({grace, 0, QStringLiteral("machine learning"), TopicKind::Interest, {}}).ok());
        QVERIFY(n.topics.add({grace, 0, QStringLiteral("tax law"), TopicKind::Need, {}}).ok());
        QCOMPARE(n.ids(QStringLiteral("learning tax")), QList<qint64>{});
        QCOMPARE(n.ids(QStringLiteral("learning")), (QList<qint64>{ada, grace}));
    }

    void interactionMatchesSayWhen()
    {
        Network n;
        const qint64 ada = n.person(QStringLiteral("Ada"));
        n.talk(ada, QStringLiteral("Asked about sourdough starters"), 40);
        n.talk(ada, QStringLiteral("More sourdough, and rye"), 5);
        auto found = WhoCanHelp(n.db.database(), n.db.clock()).search(QStringLiteral("sourdough"));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().source, HelpSource::Interaction);
        QCOMPARE(found->first().matchedAt, TestDatabase::fixedNow().addDays(-5));
        QVERIFY2(found->first().matched.contains(QStringLiteral("[sourdough], and rye")),
                 qPrintable(found->first().matched));
    }

    void trashedContactsAndEmptyTextAreLeftOut()
    {
        Network n;
        const qint64 ada = n.person(QStringLiteral("Ada"));
        QVERIFY(n.topics.add({ada, 0, QStringLiteral("tax law"), TopicKind::Expertise, {}}).ok());
        QCOMPARE(n.ids(QStringLiteral("tax")), QList<qint64>{ada});
        QVERIFY(n.contacts.moveToTrash({ada}).ok());
        QCOMPARE(n.ids(QStringLiteral("tax")), QList<qint64>{});
        QVERIFY(n.contacts.restore({ada}).ok());
        QCOMPARE(n.ids(QStringLiteral("tax")), QList<qint64>{ada});
        WhoCanHelp who(n.db.database(), n.db.clock());
        for (const QString& text : {QString(), QStringLiteral("  "), QStringLiteral("?! -")}) {
            auto found = who.search(text);
            QVERIFY(!found.ok());
            QVERIFY(found.error().contains(QStringLiteral("need help with")));
        }
        // Quotes and FTS5 operators are words, not syntax.
        QVERIFY(who.search(QStringLiteral("\"tax\" OR NEAR(law")).ok());
    }

    void limitKeepsTheBest()
    {
        Network n;
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i) {
            ids << n.person(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(n.topics
                        .add({ids.last(),
                              0,
                              QStringLiteral("chess"),
                              i < 5 ? TopicKind::Expertise : TopicKind::Interest,
                              {}})
                        .ok());
        }
        auto found = WhoCanHelp(n.db.database(), n.db.clock()).search(QStringLiteral("chess"), 5);
        QCOMPARE(found->size(), 5);
        for (const HelpMatch& m : found.value())
            QCOMPARE(m.source, HelpSource::Expertise);
    }
};

QTEST_GUILESS_MAIN(TestWhoCanHelp)
#include "tst_whocanhelp.moc"
