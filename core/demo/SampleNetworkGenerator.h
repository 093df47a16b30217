#pragma once

#include "domain/Result.h"

#include <QtGlobal>

#include <functional>

namespace kith {

class Clock;
class Database;

struct SampleNetworkOptions {
    int contacts = 300;
    quint32 seed = 1;
    // About how many interactions in all (exactly this many when more than the natural density
    // gives): 0 keeps each circle's natural rhythm, about 17 per contact.
    int interactions = 0;
};

struct SampleNetworkStats {
    int contacts = 0;
    int interactions = 0;
    int reminders = 0;
    int relationships = 0; // links between contacts, about three per contact
    int topics = 0;        // topics on contacts (expertise, interests, needs, goals, communities)
    int events = 0;        // meetups, conferences, parties, about one per 25 contacts, with who was met there
    int favours = 0;       // given and received, most with the inner circles
    int introductions = 0; // introductions made, some with their follow-up reminder (not in `reminders`)
};

// Fills a database with a realistic synthetic network: contacts in every circle and category,
// interactions over years with each circle's rhythm, open and done reminders. Deterministic for
// a seed. Backs `kith-cli demo`, "Open sample network" and the benchmarks.
class SampleNetworkGenerator final {
    Q_DISABLE_COPY_MOVE(SampleNetworkGenerator)

public:
    // Called now and then with work done so far; return false to cancel (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    SampleNetworkGenerator(Database& database, const Clock& clock);
    Result<SampleNetworkStats> generate(const SampleNetworkOptions& options, const Progress& progress = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
