#include "demo/SampleNetworkGenerator.h"

#include "domain/Clock.h"
#include "domain/Contact.h"
#include "domain/Event.h"
#include "domain/Favour.h"
#include "domain/Interaction.h"
#include "domain/Introduction.h"
#include "domain/Relationship.h"
#include "domain/Reminder.h"
#include "domain/Topic.h"
#include "network/IntroductionSuggester.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/FavourStore.h"
#include "storage/InteractionStore.h"
#include "storage/IntroductionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/ReminderStore.h"
#include "storage/TagStore.h"
#include "storage/TopicStore.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace kith {

namespace {

// Names from several cultures and scripts, so that sorting, search and fonts meet real variety.
const char* const kGivenNames[] = {
    "Ada",     "Alan",   "Grace",  "Linus",     "Margaret",  "Tim",     "Barbara", "Edsger", "Frances", "Donald",
    "Radia",   "Ken",    "Sophie", "Hedy",      "Katherine", "Dennis",  "Lena",    "Marco",  "Giulia",  "Lukas",
    "Emma",    "Noah",   "Amara",  "Kwame",     "Chiamaka",  "Tunde",   "Priya",   "Arjun",  "Ananya",  "Rahul",
    "Mei",     "Wei",    "Yuki",   "Haruto",    "Sakura",    "Min-jun", "Ji-woo",  "Fatima", "Omar",    "Layla",
    "Youssef", "Sofía",  "Mateo",  "Valentina", "Santiago",  "Camila",  "Lucas",   "Olga",   "Dmitri",  "Anya",
    "Søren",   "Ingrid", "Björn",  "Élodie",    "Théo",      "Zoë",     "Chloé",   "Niamh",  "Seán",    "Aoife",
    "Tomás",   "Inês",   "João",   "Kaito",     "Ravi",      "Nadia",   "Leila",   "Hamza",  "Zara",    "Ibrahim",
};
const char* const kFamilyNames[] = {
    "Lovelace", "Turing",  "Hopper",   "Torvalds",  "Hamilton",  "Berners-Lee", "Liskov",   "Dijkstra", "Allen",
    "Knuth",    "Perlman", "Thompson", "Wilson",    "Lamarr",    "Johnson",     "Ritchie",  "Schmidt",  "Rossi",
    "Bianchi",  "Müller",  "Meyer",    "Okafor",    "Mensah",    "Adeyemi",     "Balogun",  "Sharma",   "Patel",
    "Iyer",     "Gupta",   "Chen",     "Wang",      "Tanaka",    "Sato",        "Suzuki",   "Kim",      "Park",
    "Haddad",   "Khalil",  "Mansour",  "García",    "Fernández", "López",       "Martínez", "Silva",    "Ivanova",
    "Petrov",   "Sokolov", "Jensen",   "Lindqvist", "Andersson", "Dubois",      "Lefèvre",  "Moreau",   "O'Brien",
    "Murphy",   "Kelly",   "Costa",    "Santos",    "Nakamura",  "Nair",        "Rahman",   "Hussain",  "Ali",
};
// A few people written in their own scripts.
const char* const kNativeNames[][2] = {
    {"伟", "王"},          {"美玲", "陈"},        {"陽翔", "佐藤"},          {"さくら", "高橋"},
    {"Дмитрий", "Иванов"}, {"Ольга", "Смирнова"}, {"Νίκος", "Παπαδόπουλος"}, {"ليلى", "حداد"},
    {"민준", "김"},        {"प्रिया", "शर्मा"},
};
const char* const kOrganizations[] = {
    "Analytical Engines Ltd",
    "Northwind Traders",
    "Contoso",
    "Fabrikam",
    "Initech",
    "Globex",
    "Umbrella Health",
    "Acme Robotics",
    "Blue Yonder Airlines",
    "Wide World Importers",
    "Tailspin Toys",
    "City Hospital",
    "University of Edinburgh",
    "ETH Zürich",
    "Lagos Business School",
    "Tata Consultancy",
    "Kyoto Research",
    "Mercado Libre",
    "Spotify",
    "Red Cross",
    "Public Library",
    "Studio Ghibli Fans e.V.",
    "Open Source Guild",
};
const char* const kTitles[] = {
    "Engineer",   "Product Manager", "Designer",   "Doctor",    "Teacher", "Researcher", "Founder",
    "Nurse",      "Lawyer",          "Accountant", "Architect", "Student", "Consultant", "Chef",
    "Journalist", "Data Scientist",  "Professor",
};
const char* const kCities[] = {
    "London", "Berlin",    "Lagos",  "Mumbai", "Tokyo",  "Seoul",  "São Paulo", "Mexico City",   "Toronto", "Nairobi",
    "Paris",  "Stockholm", "Dublin", "Lisbon", "Beirut", "Moscow", "Sydney",    "San Francisco", "Kyoto",   "Zürich",
};
const char* const kCountries[] = {
    "United Kingdom", "Germany", "Nigeria",   "India",         "Japan",  "South Korea", "Brazil",
    "Mexico",         "Canada",  "Kenya",     "France",        "Sweden", "Ireland",     "Portugal",
    "Lebanon",        "Russia",  "Australia", "United States", "Japan",  "Switzerland",
};
const char* const kStreets[] = {"High Street", "Station Road",   "Main Street", "Church Lane", "Park Avenue",
                                "Mill Road",   "Rue de la Paix", "Hauptstraße", "Calle Mayor", "Rua Augusta"};
struct InterestTag {
    const char* name;
    const char* color;
};
const InterestTag kInterests[] = {
    {"climbing", "#c0392b"},    {"book club", "#8e44ad"}, {"running", "#27ae60"}, {"chess", "#2c3e50"},
    {"photography", "#d35400"}, {"startups", "#2980b9"},  {"music", "#e84393"},   {"cooking", "#f39c12"},
    {"football", "#16a085"},    {"gardening", "#6ab04c"},
};
const char* const kHowMet[] = {
    "At university", "Through work",     "At a conference", "Neighbours",   "Through a friend", "At the climbing gym",
    "School",        "Online community", "At a wedding",    "Volunteering", "Family",
};
const char* const kNotes[] = {
    "Loves hiking; ask about the Alps trip.",
    "Has two kids, Sam and Noor.",
    "Vegetarian. Prefers tea to coffee.",
    "Wants to move into product management.",
    "Great at negotiating contracts.",
    "Knows everyone in the Berlin startup scene.",
    "Training for a marathon.",
    "Learning Japanese.",
};
template <typename T, std::size_t N> const T& pick(QRandomGenerator& rng, const T (&items)[N])
{
    return items[rng.bounded(static_cast<quint32>(N))];
}

// What people say they did, by how they did it.
const char* const kInPersonSummaries[] = {
    "Coffee catch-up", "Lunch", "Dinner at theirs", "Drinks after work", "Walk in the park", "Helped with the move"};
const char* const kCallSummaries[] = {"Quick call", "Long call about the new job", "Birthday wishes",
                                      "Asked for advice", "Planned the trip"};
const char* const kWrittenSummaries[] = {"Shared an article", "Checked in", "Congratulated them on the promotion",
                                         "Birthday wishes", "Sent photos from the weekend"};
const char* const kEventSummaries[] = {"Conference", "Wedding", "Meetup", "Birthday party", "Alumni evening"};

QString summaryFor(QRandomGenerator& rng, Channel channel)
{
    switch (channel) {
    case Channel::InPerson:
        return QString::fromUtf8(pick(rng, kInPersonSummaries));
    case Channel::Call:
    case Channel::Video:
        return QString::fromUtf8(pick(rng, kCallSummaries));
    case Channel::Event:
        return QString::fromUtf8(pick(rng, kEventSummaries));
    case Channel::Message:
    case Channel::Email:
    case Channel::Social:
        break;
    }
    return QString::fromUtf8(pick(rng, kWrittenSummaries));
}
const char* const kReminderNotes[] = {
    "Send the book recommendation",  "Ask how the interview went", "Introduce to Grace",
    "Return the borrowed camera",    "Check in after the surgery", "Send photos from the trip",
    "Follow up on the project idea",
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

struct CircleProfile {
    const char* key;
    double share;        // of all contacts
    double meanGapDays;  // typical time between interactions
    double driftChance;  // chance they stopped being in touch at some point
    const char* tags[3]; // likely categories
};

const CircleProfile kCircles[] = {
    {"inner", 0.02, 6, 0.05, {"family", "friend", nullptr}},
    {"close", 0.08, 25, 0.10, {"friend", "family", "mentor"}},
    {"active", 0.25, 75, 0.20, {"colleague", "friend", "classmate"}},
    {"acquaintance", 0.45, 300, 0.30, {"acquaintance", "colleague", "classmate"}},
    {"dormant", 0.20, 500, 0.90, {"classmate", "acquaintance", "colleague"}},
};

const CircleProfile& circleFor(QRandomGenerator& rng)
{
    double roll = rng.generateDouble();
    for (const CircleProfile& profile : kCircles) {
        roll -= profile.share;
        if (roll <= 0)
            return profile;
    }
    return kCircles[std::size(kCircles) - 1];
}

Channel channelFor(QRandomGenerator& rng, const QString& circle)
{
    const double roll = rng.generateDouble();
    if (circle == QLatin1String("inner") || circle == QLatin1String("close")) {
        if (roll < 0.40)
            return Channel::InPerson;
        if (roll < 0.60)
            return Channel::Message;
        if (roll < 0.80)
            return Channel::Call;
        if (roll < 0.90)
            return Channel::Video;
        return Channel::Event;
    }
    if (roll < 0.20)
        return Channel::InPerson;
    if (roll < 0.45)
        return Channel::Email;
    if (roll < 0.65)
        return Channel::Message;
    if (roll < 0.75)
        return Channel::Call;
    if (roll < 0.85)
        return Channel::Social;
    if (roll < 0.92)
        return Channel::Video;
    return Channel::Event;
}

QString phoneFor(QRandomGenerator& rng, int variant)
{
    switch (variant % 4) {
    case 0:
        return QStringLiteral("+44 20 7946 %1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    case 1:
        return QStringLiteral("(555) 01%1-%2").arg(rng.bounded(10)).arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    case 2:
        return QStringLiteral("+49 30 %1 %2").arg(rng.bounded(100, 999)).arg(rng.bounded(1000, 9999));
    default:
        return QStringLiteral("+81 3-%1-%2").arg(rng.bounded(1000, 9999)).arg(rng.bounded(1000, 9999));
    }
}

QString asciiSlug(const QString& name)
{
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c.toLower();
    }
    return slug;
}

// What people in each line of work can help with, for the sample's expertise topics.
struct TitleExpertise {
    const char* title;
    const char* topics[3];
};
const TitleExpertise kExpertise[] = {
    {"Engineer", {"C++", "distributed systems", "embedded systems"}},
    {"Product Manager", {"product strategy", "user research", "roadmaps"}},
    {"Designer", {"user interface design", "typography", "branding"}},
    {"Doctor", {"cardiology", "general practice", "sports medicine"}},
    {"Teacher", {"mathematics teaching", "school admissions", "languages"}},
    {"Researcher", {"statistics", "grant writing", "machine learning"}},
    {"Founder", {"fundraising", "startups", "hiring"}},
    {"Nurse", {"paediatric care", "first aid", "elderly care"}},
    {"Lawyer", {"tax law", "contract law", "employment law"}},
    {"Accountant", {"tax returns", "bookkeeping", "tax law"}},
    {"Architect", {"building permits", "renovation", "urban planning"}},
    {"Student", {"study abroad", "scholarships", "internships"}},
    {"Consultant", {"negotiation", "strategy", "public speaking"}},
    {"Chef", {"catering", "restaurant business", "vegetarian cooking"}},
    {"Journalist", {"press releases", "interviews", "fact checking"}},
    {"Data Scientist", {"machine learning", "statistics", "data visualisation"}},
    {"Professor", {"grant writing", "PhD applications", "peer review"}},
};
const char* const kNeeds[] = {"a new job",      "a flat in Berlin", "tax law",         "a mentor", "fundraising",
                              "a good dentist", "startups",         "public speaking", "hiring"};
const char* const kGoals[] = {"run a marathon", "learn Japanese", "move into product management", "write a book",
                              "start a company"};
const char* const kCommunities[] = {"Hacker News",         "r/AskHistorians", "Open Source Guild forum",
                                    "local climbing club", "Toastmasters",    "Women in Tech"};
const char* const kTopicInterests[] = {"climbing",  "chess",    "photography", "jazz",
                                       "gardening", "football", "board games", "cycling"};

// About three links per contact, each once: families by family name (parents, partners, siblings left for the
// suggestions to find), colleagues and managers at one organisation, friends, mentors and introductions.
QList<Relationship> sampleLinks(QRandomGenerator& rng, const QList<Contact>& contacts, const QList<qint64>& ids)
{
    constexpr int kHousehold = 4;
    const int total = static_cast<int>(contacts.size());
    QList<Relationship> links;
    QSet<QString> seen;
    const auto link = [&](int a, int b, RelationshipType type) {
        if (a == b)
            return;
        Relationship r{0, ids.at(a), ids.at(b), type, {}, {}};
        // One link per pair, whatever its type, as most people record it.
        const qint64 lo = std::min(r.contactId, r.otherId);
        const qint64 hi = std::max(r.contactId, r.otherId);
        if (seen.contains(QStringLiteral("%1-%2").arg(lo).arg(hi)))
            return;
        seen << QStringLiteral("%1-%2").arg(lo).arg(hi);
        links << r;
    };
    QHash<QString, QList<int>> byFamily;
    QHash<QString, QList<int>> byOrganization;
    for (int i = 0; i < total; ++i) {
        if (contacts.at(i).tags.contains(QStringLiteral("family")))
            byFamily[contacts.at(i).family] << i;
        if (!contacts.at(i).organization.isEmpty())
            byOrganization[contacts.at(i).organization] << i;
    }
    for (int i = 0; i < total; ++i) {
        const Contact& c = contacts.at(i);
        if (c.tags.contains(QStringLiteral("family"))) {
            // Households of up to four people of one family name; the first is the parent of most of the
            // others or their partner, and some siblings are linked directly.
            const QList<int>& family = byFamily.value(c.family);
            const int position = static_cast<int>(family.indexOf(i));
            const int first = position - position % kHousehold;
            const int size = std::min(kHousehold, static_cast<int>(family.size()) - first);
            if (position != first) {
                const int roll = rng.bounded(100);
                if (roll < 60)
                    link(i, family.at(first), RelationshipType::Parent);
                else if (roll < 75)
                    link(i, family.at(first), RelationshipType::Partner);
                else
                    link(i, family.at(first + rng.bounded(size)), RelationshipType::Sibling);
            }
        }
        if (const QList<int>& colleagues = byOrganization.value(c.organization); colleagues.size() > 1) {
            const int other = colleagues.at(rng.bounded(static_cast<int>(colleagues.size())));
            link(i, other, rng.bounded(100) < 15 ? RelationshipType::Manager : RelationshipType::Colleague);
        }
        const int others = 2 + rng.bounded(2);
        for (int k = 0; k < others; ++k) {
            const int other = rng.bounded(total);
            const int roll = rng.bounded(100);
            const RelationshipType type = roll < 35   ? RelationshipType::Friend
                                          : roll < 85 ? RelationshipType::Knows
                                          : roll < 93 ? RelationshipType::Mentor
                                                      : RelationshipType::IntroducedBy;
            link(i, other, type);
        }
    }
    return links;
}

// Expertise from each contact's line of work, some interests, needs, goals and communities.
QList<ContactTopic> sampleTopics(QRandomGenerator& rng, const QList<Contact>& contacts, const QList<qint64>& ids)
{
    QList<ContactTopic> topics;
    QSet<QString> seen;
    const auto add = [&](int i, TopicKind kind, const QString& name, const QString& detail = {}) {
        const QString key = QStringLiteral("%1 %2 %3").arg(i).arg(int(kind)).arg(name);
        if (seen.contains(key))
            return;
        seen << key;
        topics << ContactTopic{ids.at(i), 0, name, kind, detail};
    };
    for (int i = 0; i < contacts.size(); ++i) {
        const Contact& c = contacts.at(i);
        for (const TitleExpertise& e : kExpertise) {
            if (c.title == QLatin1String(e.title) && rng.bounded(100) < 70) {
                add(i, TopicKind::Expertise, text(e.topics[rng.bounded(3)]),
                    rng.bounded(100) < 30 ? QStringLiteral("at %1").arg(c.organization) : QString());
                if (rng.bounded(100) < 30)
                    add(i, TopicKind::Expertise, text(e.topics[rng.bounded(3)]));
            }
        }
        if (rng.bounded(100) < 35)
            add(i, TopicKind::Interest, text(pick(rng, kTopicInterests)));
        if (rng.bounded(100) < 12)
            add(i, TopicKind::Need, text(pick(rng, kNeeds)));
        if (rng.bounded(100) < 10)
            add(i, TopicKind::Goal, text(pick(rng, kGoals)));
        if (rng.bounded(100) < 8)
            add(i, TopicKind::Community, text(pick(rng, kCommunities)));
    }
    return topics;
}

// Events of every kind over the last three years, about one per 25 contacts, with the people met there; a
// few conferences are larger than the "met at the same event" suggestions take.
struct SampleEvent {
    Event event;
    QList<EventAttendee> attendees;
};

QList<SampleEvent> sampleEvents(QRandomGenerator& rng, const QList<Contact>& contacts, const QList<qint64>& ids,
                                const QDate& today)
{
    struct EventTemplate {
        EventKind kind;
        const char* name;
        int fewest;
        int most;
    };
    static const EventTemplate kTemplates[] = {
        {EventKind::Meetup, "Rust Meetup", 3, 12},     {EventKind::Meetup, "Python User Group", 3, 12},
        {EventKind::Meetup, "Product Tank", 3, 10},    {EventKind::Meetup, "Women in Tech breakfast", 3, 9},
        {EventKind::Conference, "FOSDEM", 5, 30},      {EventKind::Conference, "PyCon", 5, 25},
        {EventKind::Conference, "Web Summit", 6, 40},  {EventKind::Conference, "Data Council", 4, 16},
        {EventKind::Party, "Birthday party", 4, 15},   {EventKind::Party, "Housewarming", 3, 10},
        {EventKind::Party, "New Year's party", 5, 18}, {EventKind::Other, "Charity run", 2, 8},
        {EventKind::Other, "Book club", 2, 7},         {EventKind::Other, "Wedding", 6, 20},
    };
    static const char* const kEventNotes[] = {"", "", "Great talks; follow up on the hiring question.",
                                              "Loud venue, but good people.", "Bring business cards next time."};
    const int total = static_cast<int>(contacts.size());
    QList<SampleEvent> events;
    if (total < 2)
        return events;
    const int count = std::max(1, total / 25);
    for (int n = 0; n < count; ++n) {
        const EventTemplate& t = kTemplates[rng.bounded(static_cast<quint32>(std::size(kTemplates)))];
        SampleEvent e;
        e.event.kind = t.kind;
        e.event.heldOn = today.addDays(-rng.bounded(1, 3 * 365));
        const QString city = text(pick(rng, kCities));
        const int wanted = std::min(total, rng.bounded(t.fewest, t.most + 1));
        QSet<int> chosen;
        while (chosen.size() < wanted)
            chosen << rng.bounded(total);
        QList<int> people(chosen.cbegin(), chosen.cend());
        std::sort(people.begin(), people.end());
        switch (t.kind) {
        case EventKind::Meetup:
            e.event.name = QStringLiteral("%1 %2").arg(text(t.name), city);
            e.event.place = city;
            break;
        case EventKind::Conference:
            e.event.name = QStringLiteral("%1 %2").arg(text(t.name)).arg(e.event.heldOn.year());
            e.event.place = city;
            break;
        case EventKind::Party:
        case EventKind::Other: {
            const Contact& host = contacts.at(people.at(rng.bounded(static_cast<int>(people.size()))));
            e.event.name = QStringLiteral("%1 (%2)").arg(text(t.name), host.given);
            e.event.place = rng.bounded(100) < 50 ? city : QString();
            break;
        }
        }
        e.event.notes = text(pick(rng, kEventNotes));
        for (int i : std::as_const(people)) {
            EventAttendee a;
            a.contactId = ids.at(i);
            a.met = rng.bounded(100) < 80; // the others were there, but you did not speak
            e.attendees << a;
        }
        events << e;
    }
    return events;
}

// Favours both ways, most with the inner circles: 40% of the inner circle have some, 5% of acquaintances.
QList<Favour> sampleFavours(QRandomGenerator& rng, const QList<const CircleProfile*>& profiles,
                            const QList<qint64>& ids, const QDate& today)
{
    static const char* const kGiven[] = {
        "Helped them move house",         "Reviewed their CV",     "Lent them a drill",
        "Introduced them to a recruiter", "Fed their cat",         "Picked them up at the airport",
        "Proofread a grant application",  "Recommended a dentist", "Covered a shift",
        "Advice on a job offer",
    };
    static const char* const kReceived[] = {
        "Watered my plants",        "Lent me a book",          "Introduced me to an investor",
        "Reviewed my talk",         "Drove me to the station", "Helped with my tax return",
        "Recommended me for a job", "Looked after the kids",
    };
    static const int kChance[] = {40, 30, 15, 6, 5}; // per circle, inner to dormant
    QList<Favour> favours;
    for (int i = 0; i < profiles.size(); ++i) {
        const int ring = std::clamp(int(profiles.at(i) - kCircles), 0, int(std::size(kChance)) - 1);
        if (rng.bounded(100) >= kChance[ring])
            continue;
        const int n = rng.bounded(1, 4);
        for (int k = 0; k < n; ++k) {
            Favour f;
            f.contactId = ids.at(i);
            f.direction = rng.bounded(100) < 55 ? FavourDirection::Given : FavourDirection::Received;
            f.what = text(f.direction == FavourDirection::Given ? pick(rng, kGiven) : pick(rng, kReceived));
            f.happenedOn = today.addDays(-rng.bounded(0, 2 * 365));
            favours << f;
        }
    }
    return favours;
}

// Some of the introductions Kith would suggest, made: recent ones asked or made with their follow-up
// reminder, older ones accepted or declined with what came of them. About one per 400 contacts (3 to 30).
Result<int> sampleIntroductions(Database& database, const Clock& clock, QRandomGenerator& rng, int contacts)
{
    using R = Result<int>;
    const int wanted = std::clamp(contacts / 400, 3, 30);
    IntroductionSuggester::Options options;
    options.limit = 3 * wanted;
    auto suggestions = IntroductionSuggester(database, clock).suggest(options);
    if (!suggestions)
        return R::failure(suggestions.error());
    static const char* const kOutcomes[] = {"They met for coffee and keep in touch", "Helped with the paperwork",
                                            "A job offer came of it", "They did not get on"};
    ReminderStore reminders(database, clock);
    RelationshipStore relationships(database, clock);
    IntroductionStore store(database, clock, reminders, relationships);
    int made = 0;
    for (qsizetype k = 0; k < suggestions->size() && made < wanted; k += 2) {
        const IntroductionSuggestion& s = suggestions->at(k);
        Introduction i;
        i.firstId = s.firstId;
        i.secondId = s.secondId;
        i.topicId = s.topicId();
        i.reason = s.reason;
        const bool recent = rng.bounded(100) < 50;
        i.introducedOn = clock.today().addDays(-(recent ? rng.bounded(0, 14) : rng.bounded(20, 180)));
        if (recent) {
            i.status = rng.bounded(100) < 50 ? IntroductionStatus::Asked : IntroductionStatus::Made;
        } else {
            const int roll = rng.bounded(100);
            i.status = roll < 70 ? IntroductionStatus::Accepted : IntroductionStatus::Declined;
            i.outcome = QString::fromLatin1(kOutcomes[roll < 70 ? roll % 3 : 3]);
        }
        auto added = store.add(i, recent ? IntroductionStore::kDefaultFollowUpDays : 0);
        if (!added)
            return R::failure(added.error());
        ++made;
    }
    return made;
}

} // namespace

SampleNetworkGenerator::SampleNetworkGenerator(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<SampleNetworkStats> SampleNetworkGenerator::generate(const SampleNetworkOptions& options,
                                                            const Progress& progress)
{
    using R = Result<SampleNetworkStats>;
    if (options.contacts < 1 || options.contacts > 1'000'000)
        return R::failure(QObject::tr("The sample network needs between 1 and 1,000,000 contacts."));
    if (options.interactions < 0 || options.interactions > 20'000'000)
        return R::failure(QObject::tr("The sample network can have at most 20,000,000 interactions."));
    QRandomGenerator rng(options.seed);
    const QDateTime now = m_clock.now().toUTC();
    const int total = options.contacts;
    // Contacts are the first half of the work, their interactions the second.
    const auto report = [&](int done) {
        return !progress || progress(done, 2 * total);
    };

    QList<Contact> contacts;
    QList<const CircleProfile*> profiles;
    contacts.reserve(total);
    for (int i = 0; i < total; ++i) {
        const CircleProfile& profile = circleFor(rng);
        Contact c;
        if (rng.bounded(100) < 4) {
            const auto& native = kNativeNames[rng.bounded(static_cast<quint32>(std::size(kNativeNames)))];
            c.given = text(native[0]);
            c.family = text(native[1]);
        } else {
            c.given = text(pick(rng, kGivenNames));
            c.family = text(pick(rng, kFamilyNames));
        }
        if (rng.bounded(100) < 5)
            c.nickname = c.given.left(3);
        if (rng.bounded(100) < 3)
            c.prefix = rng.bounded(2) ? QStringLiteral("Dr.") : QStringLiteral("Prof.");
        if (rng.bounded(100) < 70) {
            c.organization = text(pick(rng, kOrganizations));
            c.title = text(pick(rng, kTitles));
        }
        const QString slug = asciiSlug(c.given) + QLatin1Char('.') + asciiSlug(c.family);
        const QString local = (slug.size() > 1 ? slug : QStringLiteral("person")) + QString::number(i);
        c.emails << LabeledValue{QStringLiteral("home"), local + QStringLiteral("@example.com")};
        if (!c.organization.isEmpty() && rng.bounded(100) < 50)
            c.emails << LabeledValue{QStringLiteral("work"), local + QStringLiteral("@example.org")};
        if (rng.bounded(100) < 85)
            c.phones << LabeledValue{QStringLiteral("mobile"), phoneFor(rng, rng.bounded(4))};
        if (rng.bounded(100) < 20)
            c.phones << LabeledValue{QStringLiteral("work"), phoneFor(rng, rng.bounded(4))};
        if (rng.bounded(100) < 30) {
            const int city = rng.bounded(static_cast<int>(std::size(kCities)));
            PostalAddress a;
            a.label = QStringLiteral("home");
            a.street = QStringLiteral("%1 %2").arg(rng.bounded(1, 200)).arg(text(pick(rng, kStreets)));
            a.locality = text(kCities[city]);
            a.postalCode = QString::number(rng.bounded(10000, 99999));
            a.country = text(kCountries[city]);
            c.addresses << a;
        }
        if (rng.bounded(100) < 10)
            c.urls << LabeledValue{QStringLiteral("blog"),
                                   QStringLiteral("https://") + local + QStringLiteral(".example.net")};
        if (rng.bounded(100) < 20)
            c.socialProfiles << LabeledValue{QStringLiteral("linkedin"),
                                             QStringLiteral("https://www.linkedin.com/in/") + local};
        if (rng.bounded(100) < 70) {
            const QDate born = now.date().addDays(-rng.bounded(18 * 365, 80 * 365));
            c.birthday = PartialDate::fromDate(born);
            if (rng.bounded(100) < 40)
                c.birthday.year = 0;
        }
        c.circle = QString::fromLatin1(profile.key);
        if (rng.bounded(100) < 5)
            c.cadenceDays = static_cast<int>(profile.meanGapDays * 2) + 1;
        for (const char* tag : profile.tags) {
            if (tag && rng.bounded(100) < 45)
                c.tags << QString::fromLatin1(tag);
        }
        if (c.tags.isEmpty())
            c.tags << QString::fromLatin1(profile.tags[0]);
        if (c.tags.contains(QStringLiteral("family")) && rng.bounded(100) < 15)
            c.anniversary = PartialDate::fromDate(now.date().addDays(-rng.bounded(365, 40 * 365)));
        if (rng.bounded(100) < 15)
            c.tags << text(pick(rng, kInterests).name);
        c.priority = static_cast<Priority>(rng.bounded(4));
        c.howMet = text(pick(rng, kHowMet));
        if (rng.bounded(100) < 60)
            c.whereMet = text(pick(rng, kCities));
        if (rng.bounded(100) < 30)
            c.notes = text(pick(rng, kNotes));
        contacts << c;
        profiles << &profile;
        if (i % 500 == 0 && !report(i))
            return R::failure(QObject::tr("Cancelled."));
    }

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    // Interest tags get their own colours; categories come seeded with theirs.
    TagStore tagStore(m_database);
    auto existingTags = tagStore.all();
    if (!existingTags)
        return R::failure(existingTags.error());
    for (const InterestTag& interest : kInterests) {
        const QString name = text(interest.name);
        const bool exists = std::any_of(existingTags->cbegin(), existingTags->cend(), [&](const Tag& tag) {
            return tag.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!exists) {
            if (auto added = tagStore.add({0, name, text(interest.color), false}); !added)
                return R::failure(added.error());
        }
    }
    ContactStore contactStore(m_database, m_clock);
    InteractionStore interactionStore(m_database, m_clock);
    ReminderStore reminderStore(m_database, m_clock);
    // Some people have a closeness rating, higher in the inner circles. A generator of its own keeps
    // the rest of the network as it was for a seed.
    QRandomGenerator closenessRng(options.seed ^ 0xC105u);
    for (int i = 0; i < total; ++i) {
        if (closenessRng.bounded(100) >= 35)
            continue;
        const int ring = int(profiles[i] - kCircles); // 0 inner .. 4 dormant
        contacts[i].closeness = std::clamp(5 - ring + closenessRng.bounded(-1, 2), 1, 5);
    }
    auto ids = contactStore.addMany(contacts);
    if (!ids)
        return R::failure(ids.error());
    if (!report(total))
        return R::failure(QObject::tr("Cancelled."));

    // Each relationship has a rhythm: interactions from when they met until now (or until the
    // two drifted apart), with the circle's typical gap and some randomness around it.
    // With a density other than 1 the gaps shrink (or grow) by that factor; 1 keeps the network a
    // seed has always given.
    QList<Interaction> interactions;
    QList<Reminder> reminders;
    const auto makeHistory = [&](QRandomGenerator generator, double density) {
        QRandomGenerator& rng = generator;
        interactions.clear();
        reminders.clear();
        for (int i = 0; i < total; ++i) {
            const CircleProfile& profile = *profiles[i];
            const qint64 id = ids->at(i);
            const double yearsKnown = 0.3 + rng.generateDouble() * 7.7;
            QDateTime at = now.addSecs(-static_cast<qint64>(yearsKnown * 365 * 86400));
            QDateTime stop = now;
            if (rng.generateDouble() < profile.driftChance)
                stop = at.addSecs(static_cast<qint64>(rng.generateDouble() * at.secsTo(now)));
            const double theyStart = 0.2 + rng.generateDouble() * 0.6;
            while (true) {
                const double gap = profile.meanGapDays * (0.4 + rng.generateDouble() * 1.2) / density;
                at = at.addSecs(static_cast<qint64>(gap * 86400));
                if (at >= stop)
                    break;
                Interaction interaction;
                // Daytime, as people meet.
                interaction.occurredAt = QDateTime(at.date(), QTime(8 + rng.bounded(13), rng.bounded(4) * 15), Qt::UTC);
                if (interaction.occurredAt > now)
                    break;
                interaction.channel = channelFor(rng, contacts[i].circle);
                const double roll = rng.generateDouble();
                interaction.initiator =
                    roll < theyStart ? Initiator::Them : (roll < 0.9 ? Initiator::Me : Initiator::Mutual);
                interaction.summary = summaryFor(rng, interaction.channel);
                interaction.participantIds << id;
                if (interaction.channel == Channel::Event) {
                    const int others = rng.bounded(1, 4);
                    for (int k = 0; k < others; ++k) {
                        const qint64 other = ids->at(rng.bounded(total));
                        if (!interaction.participantIds.contains(other))
                            interaction.participantIds << other;
                    }
                    interaction.initiator = Initiator::Mutual;
                }
                interactions << interaction;
            }
            if (rng.bounded(100) < 15) {
                Reminder reminder;
                reminder.contactId = id;
                reminder.dueAt = QDateTime(now.date().addDays(rng.bounded(-20, 40)), QTime(9, 0), Qt::UTC);
                reminder.note = text(pick(rng, kReminderNotes));
                if (reminder.dueAt < now && rng.bounded(100) < 40)
                    reminder.doneAt = reminder.dueAt.addSecs(3600);
                reminders << reminder;
            }
            if (i % 500 == 0 && !report(total + i))
                return false;
        }
        return true;
    };
    // For a number of interactions: the natural density first, then one scaled to overshoot a little,
    // and a uniform sample of exactly that many (selection sampling, so the rhythm stays the same).
    double density = 1;
    if (!makeHistory(rng, density))
        return R::failure(QObject::tr("Cancelled."));
    const qsizetype wanted = options.interactions;
    for (int attempt = 0; wanted > 0 && interactions.size() < wanted && attempt < 5; ++attempt) {
        density *= 1.04 * double(wanted) / std::max<qsizetype>(1, interactions.size());
        if (!makeHistory(rng, density))
            return R::failure(QObject::tr("Cancelled."));
    }
    if (wanted > 0 && interactions.size() > wanted) {
        QRandomGenerator sampleRng(options.seed ^ 0x5A3Du);
        QList<Interaction> kept;
        kept.reserve(wanted);
        const qsizetype n = interactions.size();
        for (qsizetype i = 0; i < n && kept.size() < wanted; ++i) {
            if (double(n - i) * sampleRng.generateDouble() < double(wanted - kept.size()))
                kept << std::move(interactions[i]);
        }
        interactions = std::move(kept);
    }
    // How long calls lasted, from a generator of their own (the rest of the network stays as it was).
    QRandomGenerator durationRng(options.seed ^ 0xD0A7u);
    for (Interaction& interaction : interactions) {
        if ((interaction.channel == Channel::Call || interaction.channel == Channel::Video) &&
            durationRng.bounded(100) < 70)
            interaction.durationMinutes =
                durationRng.bounded(100) < 60 ? durationRng.bounded(2, 30) : durationRng.bounded(30, 121);
    }
    // Some open follow-ups repeat and some were snoozed, so that the sample shows both. A generator of
    // their own keeps the rest of the network as it was for a seed.
    QRandomGenerator followUpRng(options.seed ^ 0x5EEDu);
    for (Reminder& reminder : reminders) {
        if (reminder.doneAt.isValid())
            continue;
        const int roll = followUpRng.bounded(100);
        if (roll < 12) {
            static constexpr RecurrenceUnit kUnits[] = {RecurrenceUnit::Days, RecurrenceUnit::Weeks,
                                                        RecurrenceUnit::Weeks, RecurrenceUnit::Months,
                                                        RecurrenceUnit::Years};
            reminder.recurrence.unit = kUnits[followUpRng.bounded(int(std::size(kUnits)))];
            reminder.recurrence.interval = reminder.recurrence.unit == RecurrenceUnit::Days ? 10 : 1 + roll % 2;
        } else if (roll < 45 && reminder.dueAt < now) {
            reminder.snoozedUntil = QDateTime(now.date().addDays(followUpRng.bounded(1, 8)), QTime(9, 0), Qt::UTC);
        }
    }
    auto interactionIds = interactionStore.addMany(interactions);
    if (!interactionIds)
        return R::failure(interactionIds.error());
    auto reminderIds = reminderStore.addMany(reminders);
    if (!reminderIds)
        return R::failure(reminderIds.error());
    // Links and topics from a generator of their own, so that a seed keeps the people and interactions it had.
    QRandomGenerator networkRng(options.seed ^ 0x11A5u);
    RelationshipStore relationshipStore(m_database, m_clock);
    auto linkIds = relationshipStore.addMany(sampleLinks(networkRng, contacts, *ids));
    if (!linkIds)
        return R::failure(linkIds.error());
    const QList<ContactTopic> topics = sampleTopics(networkRng, contacts, *ids);
    if (auto s = TopicStore(m_database, m_clock).addMany(topics); !s)
        return R::failure(s.error());
    // Events and favours from a generator of their own, for the same reason.
    QRandomGenerator eventRng(options.seed ^ 0xE7E7u);
    EventStore eventStore(m_database, m_clock);
    const QList<SampleEvent> events = sampleEvents(eventRng, contacts, *ids, now.date());
    for (const SampleEvent& e : events) {
        auto eventId = eventStore.add(e.event);
        if (!eventId)
            return R::failure(eventId.error());
        if (auto s = eventStore.addAttendees(*eventId, e.attendees); !s)
            return R::failure(s.error());
    }
    auto favourIds = FavourStore(m_database, m_clock).addMany(sampleFavours(eventRng, profiles, *ids, now.date()));
    if (!favourIds)
        return R::failure(favourIds.error());
    QRandomGenerator introductionRng(options.seed ^ 0x1D7Eu);
    auto introductions = sampleIntroductions(m_database, m_clock, introductionRng, total);
    if (!introductions)
        return R::failure(introductions.error());
    if (!report(2 * total))
        return R::failure(QObject::tr("Cancelled."));
    if (auto s = transaction.commit(); !s)
        return R::failure(s.error());
    SampleNetworkStats stats{static_cast<int>(ids->size()), static_cast<int>(interactionIds->size()),
                             static_cast<int>(reminderIds->size())};
    stats.relationships = static_cast<int>(linkIds->size());
    stats.topics = static_cast<int>(topics.size());
    stats.events = static_cast<int>(events.size());
    stats.favours = static_cast<int>(favourIds->size());
    stats.introductions = *introductions;
    return stats;
}

} // namespace kith
