#include "TestDatabase.h"

#include "domain/Interaction.h"
#include "network/IntroductionSuggester.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"
#include "storage/IntroductionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/TopicStore.h"

#include <QTest>

using namespace kith;

namespace {

using Pair = std::pair<QString, QString>; // (first, second): who is looking, who can help

// A small hand-made network whose suggestions are known:
//   Mia needs hiring and can help with pottery; Pat needs pottery and can help with hiring (score 2).
//   Ada and Carl need tax law, Byron can help with it (score 1 each); Ada also wants to write a book, which
//   Wendy can help with (0.5).
// And the pairs that must not come up: Lin needs tax law but is Byron's friend; Ivy needs tax law and was
// introduced to Byron already; Dora needs tax law but the user dismissed Dora and Byron; Tess can help with tax
// law but is in the Trash; Nora can help with tax law but the user has never been in touch with her (no
// interaction, no circle).
struct Network {
    TestDatabase db;
    ContactStore contacts{db.database(), db.clock()};
    TopicStore topics{db.database(), db.clock()};
    InteractionStore interactions{db.database(), db.clock()};
    RelationshipStore links{db.database(), db.clock()};
    ReminderStore reminders{db.database(), db.clock()};
    IntroductionStore introductions{db.database(), db.clock(), reminders, links};
    QHash<QString, qint64> ids;

    qint64 person(const QString& name, const QString& circle = {})
    {
        Contact c;
        c.given = name;
        c.circle = circle;
        const qint64 id = contacts.add(c).value();
        ids.insert(name, id);
        return id;
    }
    void topic(const QString& name, TopicKind kind, const QString& topic)
    {
        QVERIFY(topics.add({ids.value(name), 0, topic, kind, {}}).ok());
    }
    void meet(const QString& name, int times, Channel channel, int everyDays)
    {
        for (int k = 0; k < times; ++k) {
            Interaction i;
            i.occurredAt = TestDatabase::fixedNow().addDays(-1 - k * everyDays);
            i.channel = channel;
            i.initiator = k % 2 ? Initiator::Me : Initiator::Them;
            i.summary = QStringLiteral("Catch-up");
            i.participantIds = {ids.value(name)};
            QVERIFY(interactions.add(i).ok());
        }
    }

    Network()
    {
        person(QStringLiteral("Mia"), QStringLiteral("active"));
        person(QStringLiteral("Pat"), QStringLiteral("active"));
        person(QStringLiteral("Ada"), QStringLiteral("close"));
        person(QStringLiteral("Byron"), QStringLiteral("inner"));
        person(QStringLiteral("Carl")); // in touch through an interaction only
        person(QStringLiteral("Wendy"), QStringLiteral("acquaintance"));
        person(QStringLiteral("Lin"), QStringLiteral("close"));
        person(QStringLiteral("Ivy"), QStringLiteral("close"));
        person(QStringLiteral("Dora"), QStringLiteral("close"));
        person(QStringLiteral("Tess"), QStringLiteral("inner"));
        person(QStringLiteral("Nora"));

        topic(QStringLiteral("Mia"), TopicKind::Need, QStringLiteral("hiring"));
        topic(QStringLiteral("Mia"), TopicKind::Expertise, QStringLiteral("pottery"));
        topic(QStringLiteral("Pat"), TopicKind::Need, QStringLiteral("pottery"));
        topic(QStringLiteral("Pat"), TopicKind::Expertise, QStringLiteral("hiring"));
        for (const char* seeker : {"Ada", "Carl", "Lin", "Ivy", "Dora"})
            topic(QString::fromLatin1(seeker), TopicKind::Need, QStringLiteral("tax law"));
        topic(QStringLiteral("Ada"), TopicKind::Goal, QStringLiteral("write a book"));
        topic(QStringLiteral("Wendy"), TopicKind::Expertise, QStringLiteral("write a book"));
        for (const char* helper : {"Byron", "Tess", "Nora"})
            topic(QString::fromLatin1(helper), TopicKind::Expertise, QStringLiteral("tax law"));
        // Interests and communities are no reason to meet.
        topic(QStringLiteral("Wendy"), TopicKind::Interest, QStringLiteral("chess"));
        topic(QStringLiteral("Byron"), TopicKind::Interest, QStringLiteral("chess"));

        // Ada is a stronger tie than Carl: years of in-person meetings against two recent messages.
        meet(QStringLiteral("Ada"), 30, Channel::InPerson, 40);
        meet(QStringLiteral("Byron"), 30, Channel::InPerson, 40);
        meet(QStringLiteral("Carl"), 2, Channel::Message, 5);

        QVERIFY(links
                    .add({0,
                          ids.value(QStringLiteral("Lin")),
                          ids.value(QStringLiteral("Byron")),
                          RelationshipType::Friend,
                          {},
                          {}})
                    .ok());
        Introduction earlier;
        earlier.firstId = ids.value(QStringLiteral("Byron"));
        earlier.secondId = ids.value(QStringLiteral("Ivy"));
        earlier.introducedOn = TestDatabase::fixedNow().date().addDays(-30);
        earlier.status = IntroductionStatus::Declined;
        QVERIFY(introductions.add(earlier).ok());
        QVERIFY(introductions.dismissSuggestion(ids.value(QStringLiteral("Byron")), ids.value(QStringLiteral("Dora")))
                    .ok());
        QVERIFY(contacts.moveToTrash({ids.value(QStringLiteral("Tess"))}).ok());
    }

    QList<IntroductionSuggestion> suggest(IntroductionSuggester::Options options = {})
    {
        auto found = IntroductionSuggester(db.database(), db.clock()).suggest(options);
        if (!found)
            qWarning() << found.error();
        return found.ok() ? *found : QList<IntroductionSuggestion>{};
    }
    QList<Pair> pairs(IntroductionSuggester::Options options = {})
    {
        QList<Pair> list;
        for (const IntroductionSuggestion& s : suggest(options))
            list << Pair{s.firstName, s.secondName};
        return list;
    }
};

const Pair kMiaPat{QStringLiteral("Mia"), QStringLiteral("Pat")};
const Pair kAdaByron{QStringLiteral("Ada"), QStringLiteral("Byron")};
const Pair kCarlByron{QStringLiteral("Carl"), QStringLiteral("Byron")};
const Pair kAdaWendy{QStringLiteral("Ada"), QStringLiteral("Wendy")};

} // namespace

class TestIntroductionSuggester final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The known answer: mutual help first, then needs by tie strength, then a goal; none of the excluded pairs.
    void knownAnswers()
    {
        Network n;
        QCOMPARE(n.pairs(), (QList<Pair>{kMiaPat, kAdaByron, kCarlByron, kAdaWendy}));
        const QList<IntroductionSuggestion> all = n.suggest();
        QCOMPARE(all.at(0).score, 2.0);
        QCOMPARE(all.at(1).score, 1.0);
        QCOMPARE(all.at(3).score, 0.5);
        QCOMPARE(all.at(1).topicId(), all.at(2).topicId());
        QVERIFY(all.at(1).firstStrength > all.at(2).firstStrength);
        QVERIFY(all.at(2).firstStrength > 0);
        QCOMPARE(all.at(3).secondStrength, 0.0); // Wendy: in a circle, never in touch
    }

    void reasonsSayWhy()
    {
        Network n;
        const QList<IntroductionSuggestion> all = n.suggest();
        QCOMPARE(all.at(0).reason, QStringLiteral("Mia is looking for hiring; Pat can help with hiring. Pat is looking "
                                                  "for pottery; Mia can help with pottery."));
        QCOMPARE(all.at(1).reason, QStringLiteral("Ada is looking for tax law; Byron can help with tax law."));
        QCOMPARE(all.at(3).reason,
                 QStringLiteral("Ada has the goal \u201cwrite a book\u201d; Wendy can help with it."));
        QCOMPARE(all.at(0).matches.size(), 2);
        QCOMPARE(all.at(0).matches.first().seekerKind, TopicKind::Need);
        QCOMPARE(all.at(0).matches.first().topic, QStringLiteral("hiring"));
        QCOMPARE(all.at(3).matches.first().seekerKind, TopicKind::Goal);
    }

    // The caller's tie strengths (the GUI's health cache) decide among equal scores.
    void callerStrengthsRank()
    {
        Network n;
        IntroductionSuggester::Options options;
        options.strengths = QHash<qint64, double>{{n.ids.value(QStringLiteral("Carl")), 80},
                                                  {n.ids.value(QStringLiteral("Ada")), 10},
                                                  {n.ids.value(QStringLiteral("Byron")), 90}};
        QCOMPARE(n.pairs(options), (QList<Pair>{kMiaPat, kCarlByron, kAdaByron, kAdaWendy}));
    }

    void limit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<Pair>>("expected");
        QTest::newRow("none") << 0 << QList<Pair>{};
        QTest::newRow("one") << 1 << QList<Pair>{kMiaPat};
        // The cut falls inside a tie of scores: strength still decides who makes it.
        QTest::newRow("two") << 2 << QList<Pair>{kMiaPat, kAdaByron};
        QTest::newRow("three") << 3 << QList<Pair>{kMiaPat, kAdaByron, kCarlByron};
        QTest::newRow("more than there are") << 10 << QList<Pair>{kMiaPat, kAdaByron, kCarlByron, kAdaWendy};
        QTest::newRow("all") << -1 << QList<Pair>{kMiaPat, kAdaByron, kCarlByron, kAdaWendy};
    }
    void limit()
    {
        QFETCH(int, limit);
        QFETCH(QList<Pair>, expected);
        Network n;
        IntroductionSuggester::Options options;
        options.limit = limit;
        QCOMPARE(n.pairs(options), expected);
    }

    // Each way a pair stops being a suggestion, and undoing it where that can be undone.
    void exclusionsFollowChanges()
    {
        Network n;
        const qint64 ada = n.ids.value(QStringLiteral("Ada"));
        const qint64 byron = n.ids.value(QStringLiteral("Byron"));
        const qint64 carl = n.ids.value(QStringLiteral("Carl"));
        const qint64 mia = n.ids.value(QStringLiteral("Mia"));

        // Linked (any type, either way round).
        QVERIFY(n.links.add({0, byron, ada, RelationshipType::Colleague, {}, {}}).ok());
        QCOMPARE(n.pairs(), (QList<Pair>{kMiaPat, kCarlByron, kAdaWendy}));
        QVERIFY(n.links.remove(byron, ada, RelationshipType::Colleague).ok());
        QCOMPARE(n.pairs(), (QList<Pair>{kMiaPat, kAdaByron, kCarlByron, kAdaWendy}));

        // Dismissed, and the dismissal undone.
        QVERIFY(n.introductions.dismissSuggestion(byron, carl).ok());
        QCOMPARE(n.pairs(), (QList<Pair>{kMiaPat, kAdaByron, kAdaWendy}));
        QVERIFY(n.introductions.undismissSuggestion(carl, byron).ok());
        QCOMPARE(n.pairs(), (QList<Pair>{kMiaPat, kAdaByron, kCarlByron, kAdaWendy}));

        // Introduced.
        Introduction i;
        i.firstId = ada;
        i.secondId = byron;
        i.introducedOn = n.db.clock().today();
        QVERIFY(n.introductions.add(i).ok());
        QCOMPARE(n.pairs(), (QList<Pair>{kMiaPat, kCarlByron, kAdaWendy}));

        // In the Trash, and back.
        QVERIFY(n.contacts.moveToTrash({mia}).ok());
        QCOMPARE(n.pairs(), (QList<Pair>{kCarlByron, kAdaWendy}));
        QVERIFY(n.contacts.restore({mia}).ok());
        QCOMPARE(n.pairs(), (QList<Pair>{kMiaPat, kCarlByron, kAdaWendy}));

        // Someone out of touch comes in touch: Nora, once placed in a circle, can help Carl (and Ada is introduced
        // to Byron already, so Ada and Nora are suggested too).
        Contact nora = n.contacts.get(n.ids.value(QStringLiteral("Nora"))).value();
        nora.circle = QStringLiteral("acquaintance");
        QVERIFY(n.contacts.update(nora).ok());
        const QList<Pair> withNora = n.pairs();
        QVERIFY(withNora.contains(Pair(QStringLiteral("Carl"), QStringLiteral("Nora"))));
        QVERIFY(withNora.contains(Pair(QStringLiteral("Ada"), QStringLiteral("Nora"))));
        // Exclusions are of pairs: Lin is Byron's friend, not Nora's.
        QVERIFY(withNora.contains(Pair(QStringLiteral("Lin"), QStringLiteral("Nora"))));
    }

    void emptyNetwork()
    {
        TestDatabase db;
        auto found = IntroductionSuggester(db.database(), db.clock()).suggest();
        QVERIFY(found.ok());
        QVERIFY(found->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntroductionSuggester)
#include "tst_introductionsuggester.moc"
