#include "TestDatabase.h"

#include "demo/SampleNetworkGenerator.h"
#include "network/IntroductionSuggester.h"
#include "network/RelationshipSuggester.h"
#include "network/WhoCanHelp.h"
#include "storage/CircleStore.h"
#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"
#include "storage/EventStore.h"
#include "storage/FavourStore.h"
#include "storage/InteractionStore.h"
#include "storage/IntroductionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/TagStore.h"
#include "storage/TopicStore.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace kith;

class TestSampleNetwork final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fillsEveryCircleAndCategory()
    {
        TestDatabase t;
        SampleNetworkGenerator generator(t.database(), t.clock());
        auto stats = generator.generate({500, 7});
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->contacts, 500);
        QVERIFY(stats->interactions > 500 * 3);
        QVERIFY(stats->reminders > 20);

        ContactStore contacts(t.database(), t.clock());
        const QList<Contact> all = contacts.getMany(contacts.ids({}).value()).value();
        QCOMPARE(all.size(), 500);
        QSet<QString> circles, tags;
        int withBirthday = 0, yearless = 0;
        for (const Contact& c : all) {
            circles.insert(c.circle);
            for (const QString& tag : c.tags)
                tags.insert(tag);
            QVERIFY(!c.emails.isEmpty());
            if (!c.birthday.isNull()) {
                ++withBirthday;
                yearless += c.birthday.hasYear() ? 0 : 1;
            }
        }
        for (const Circle& circle : CircleStore(t.database()).all().value())
            QVERIFY2(circles.contains(circle.key), qPrintable(circle.key));
        for (const char* category : {"family", "friend", "colleague", "classmate", "mentor", "acquaintance"})
            QVERIFY2(tags.contains(QString::fromLatin1(category)), category);
        QVERIFY(withBirthday > 250);
        // Every tag in use has a colour of its own, not the grey of a tag made on the fly.
        for (const Tag& tag : TagStore(t.database()).all().value())
            QVERIFY2(tag.color != QLatin1String("#808080"), qPrintable(tag.name));
        QVERIFY(yearless > 50);

        // Inner-circle people are seen far more often than acquaintances.
        InteractionStore interactions(t.database(), t.clock());
        double innerTotal = 0, innerCount = 0, acqTotal = 0, acqCount = 0;
        for (const Contact& c : all) {
            const int n = interactions.forContact(c.id).value().size();
            if (c.circle == QLatin1String("inner")) {
                innerTotal += n;
                ++innerCount;
            } else if (c.circle == QLatin1String("acquaintance")) {
                acqTotal += n;
                ++acqCount;
            }
        }
        QVERIFY(innerCount > 0 && acqCount > 0);
        QVERIFY(innerTotal / innerCount > 5 * (acqTotal / acqCount));
        ReminderStore reminders(t.database(), t.clock());
        QVERIFY(!reminders.dueBy(TestDatabase::fixedNow()).value().isEmpty());
        // Some follow-ups repeat, some are snoozed.
        int recurring = 0, snoozed = 0;
        for (const Contact& c : all) {
            for (const Reminder& r : reminders.openForContact(c.id).value()) {
                recurring += r.recurrence.isRecurring() ? 1 : 0;
                snoozed += r.snoozedUntil > TestDatabase::fixedNow() ? 1 : 0;
            }
        }
        QVERIFY(recurring > 0);
        QVERIFY(snoozed > 0);
    }

    // About three links per contact, of many types and seen from both sides; topics of every kind; the suggestions
    // and who-can-help have something to find.
    void linksAndTopics()
    {
        TestDatabase t;
        auto stats = SampleNetworkGenerator(t.database(), t.clock()).generate({1000, 5});
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        RelationshipStore links(t.database(), t.clock());
        QCOMPARE(links.count().value(), stats->relationships);
        QVERIFY2(stats->relationships > 2500 && stats->relationships < 3500,
                 qPrintable(QString::number(stats->relationships)));
        QSet<int> types;
        const QList<Relationship> all = links.all().value();
        for (const Relationship& r : all)
            types.insert(int(r.type));
        for (RelationshipType type :
             {RelationshipType::Parent, RelationshipType::Partner, RelationshipType::Sibling, RelationshipType::Friend,
              RelationshipType::Colleague, RelationshipType::Manager, RelationshipType::Mentor,
              RelationshipType::IntroducedBy, RelationshipType::Knows})
            QVERIFY2(types.contains(int(type)), qPrintable(relationshipTypeKey(type)));
        const Relationship some = all.at(all.size() / 2);
        QVERIFY(links.forContact(some.otherId).value().contains(some.mirrored()));

        TopicStore topics(t.database(), t.clock());
        QSet<int> kinds;
        int withTopics = 0;
        ContactStore contacts(t.database(), t.clock());
        for (qint64 id : contacts.ids({}).value()) {
            const QList<ContactTopic> list = topics.forContact(id).value();
            withTopics += list.isEmpty() ? 0 : 1;
            for (const ContactTopic& topic : list)
                kinds.insert(int(topic.kind));
        }
        QCOMPARE(kinds.size(), allTopicKinds().size());
        QVERIFY(withTopics > 400);

        RelationshipStore store(t.database(), t.clock());
        const QList<RelationshipSuggestion> suggestions = RelationshipSuggester(t.database(), store).all().value();
        bool sibling = false;
        for (const RelationshipSuggestion& s : suggestions)
            sibling |= s.link.type == RelationshipType::Sibling;
        QVERIFY(sibling);
        const QList<HelpMatch> helpers = WhoCanHelp(t.database(), t.clock()).search(QStringLiteral("tax law")).value();
        QCOMPARE(helpers.size(), 20);
        QCOMPARE(helpers.first().source, HelpSource::Expertise);
    }

    void sameSeedSameNetwork()
    {
        TestDatabase a, b;
        QVERIFY(SampleNetworkGenerator(a.database(), a.clock()).generate({50, 3}).ok());
        QVERIFY(SampleNetworkGenerator(b.database(), b.clock()).generate({50, 3}).ok());
        ContactStore sa(a.database(), a.clock()), sb(b.database(), b.clock());
        QStringList na, nb;
        for (const ContactSummary& s : sa.summaries(sa.ids({}).value()).value())
            na << s.name + s.organization;
        for (const ContactSummary& s : sb.summaries(sb.ids({}).value()).value())
            nb << s.name + s.organization;
        QCOMPARE(na, nb);
        RelationshipStore la(a.database(), a.clock()), lb(b.database(), b.clock());
        QCOMPARE(la.all().value(), lb.all().value());
        QVERIFY(!la.all().value().isEmpty());
    }

    void densityGivesThatManyInteractions()
    {
        TestDatabase a, b;
        SampleNetworkOptions options;
        options.contacts = 200;
        options.seed = 4;
        options.interactions = 20'000;
        auto stats = SampleNetworkGenerator(a.database(), a.clock()).generate(options);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->interactions, 20'000);
        QVERIFY(SampleNetworkGenerator(b.database(), b.clock()).generate(options).ok());
        const auto dump = [](TestDatabase& t) {
            QStringList rows;
            QSqlQuery q(t.database().connection());
            q.exec(QStringLiteral("SELECT occurred_at, channel, initiator, coalesce(duration_minutes, 0) FROM "
                                  "interactions ORDER BY id"));
            while (q.next())
                rows << q.value(0).toString() + q.value(1).toString() + q.value(2).toString() + q.value(3).toString();
            return rows;
        };
        const QStringList rows = dump(a);
        QCOMPARE(rows.size(), 20'000);
        QCOMPARE(rows, dump(b));
        // Some calls have a duration, some contacts a closeness rating, more of them close in the inner circles.
        QSqlQuery q(a.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM interactions WHERE duration_minutes >= 30")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(closeness), max(closeness) FROM contacts WHERE closeness "
                                      "IS NOT NULL")) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 30);
        QVERIFY(q.value(1).toInt() >= 1 && q.value(2).toInt() <= 5);
        // A network denser than the natural one, as asked: far more than the default for 200 contacts.
        TestDatabase natural;
        const auto plain = SampleNetworkGenerator(natural.database(), natural.clock()).generate({200, 4});
        QVERIFY(plain->interactions < 10'000);
        QVERIFY(!SampleNetworkGenerator(natural.database(), natural.clock()).generate({10, 1, -5}).ok());
    }

    // Events of every kind with the people met there, favours both ways, the same for a seed; the events give
    // "met at the same event" suggestions.
    void eventsAndFavours()
    {
        TestDatabase a, b;
        auto stats = SampleNetworkGenerator(a.database(), a.clock()).generate({1000, 5});
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QVERIFY(SampleNetworkGenerator(b.database(), b.clock()).generate({1000, 5}).ok());
        EventStore ea(a.database(), a.clock()), eb(b.database(), b.clock());
        const QList<EventSummary> events = ea.all().value();
        QCOMPARE(events.size(), stats->events);
        QCOMPARE(events.size(), 40);
        QSet<int> kinds;
        int met = 0, attendees = 0;
        for (const EventSummary& e : events) {
            kinds.insert(int(e.event.kind));
            QVERIFY(e.event.heldOn <= TestDatabase::fixedNow().date());
            QVERIFY(e.attendees >= 2);
            met += e.met;
            attendees += e.attendees;
        }
        QCOMPARE(kinds.size(), allEventKinds().size());
        QVERIFY(met > attendees / 2 && met < attendees);
        QCOMPARE(eb.all().value().size(), events.size());
        QCOMPARE(eb.attendeeIdsByEvent().value(), ea.attendeeIdsByEvent().value());

        FavourStore fa(a.database(), a.clock()), fb(b.database(), b.clock());
        const QList<Favour> favours = fa.all().value();
        QCOMPARE(favours.size(), stats->favours);
        QVERIFY2(favours.size() > 50, qPrintable(QString::number(favours.size())));
        QCOMPARE(fb.all().value(), favours);
        bool given = false, received = false;
        for (const Favour& f : favours) {
            given |= f.direction == FavourDirection::Given;
            received |= f.direction == FavourDirection::Received;
        }
        QVERIFY(given && received);

        RelationshipStore links(a.database(), a.clock());
        bool atEvent = false;
        for (const RelationshipSuggestion& s : RelationshipSuggester(a.database(), links).all().value())
            atEvent |= s.reason.startsWith(QStringLiteral("Both were at"));
        QVERIFY(atEvent);
    }

    void cancellingWritesNothing()
    {
        TestDatabase t;
        SampleNetworkGenerator generator(t.database(), t.clock());
        auto stats = generator.generate({300, 1}, [](int done, int total) { return done < total / 2; });
        QVERIFY(!stats.ok());
        QCOMPARE(ContactStore(t.database(), t.clock()).count().value(), 0);
        QCOMPARE(RelationshipStore(t.database(), t.clock()).count().value(), 0);
    }

    // Introductions taken from the suggestions, of every age: the recent ones wait for their follow-up.
    void introductions()
    {
        TestDatabase t;
        auto stats = SampleNetworkGenerator(t.database(), t.clock()).generate({2000, 3});
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->introductions, 5);
        RelationshipStore links(t.database(), t.clock());
        ReminderStore reminders(t.database(), t.clock());
        const IntroductionStore store(t.database(), t.clock(), reminders, links);
        const QList<Introduction> all = store.all().value();
        QCOMPARE(all.size(), stats->introductions);
        QSet<QString> pairs;
        for (const Introduction& i : all) {
            QVERIFY(!i.reason.isEmpty());
            QVERIFY(i.topicId > 0);
            QVERIFY(i.introducedOn <= t.clock().today());
            pairs << QStringLiteral("%1-%2").arg(i.firstId).arg(i.secondId);
            const bool waiting = i.status == IntroductionStatus::Asked || i.status == IntroductionStatus::Made;
            QCOMPARE(i.followUpReminderId > 0, waiting);
            if (waiting)
                QVERIFY(reminders.get(i.followUpReminderId).value().isOpen());
            else
                QVERIFY(!i.outcome.isEmpty());
        }
        const QList<IntroductionSuggestion> left = IntroductionSuggester(t.database(), t.clock()).suggest().value();
        QVERIFY(left.size() > 10);
        for (const IntroductionSuggestion& s : left)
            QVERIFY(!pairs.contains(
                QStringLiteral("%1-%2").arg(std::min(s.firstId, s.secondId)).arg(std::max(s.firstId, s.secondId))));
    }
};

QTEST_GUILESS_MAIN(TestSampleNetwork)
#include "tst_samplenetwork.moc"
