#pragma once

#include "domain/Result.h"
#include "network/SocialCapital.h"

#include <QHash>

namespace kith {

class Clock;
class Database;

// The social capital of the network: every contact not in the Trash and every link between two of them
// mapped into igraph (ContactGraph), measured there (NetworkMetrics) and mapped back to contacts: network size
// per circle, the clusters and what binds them, the bridges, the weak ties that span clusters, and your
// brokerage on the ego network of your innermost circles. Reads through its own stores; about a second for
// 10,000 contacts and 30,000 links, so call it off the GUI thread.
class SocialCapitalCalculator final {
    Q_DISABLE_COPY_MOVE(SocialCapitalCalculator)

public:
    SocialCapitalCalculator(Database& database, const Clock& clock, SocialCapitalOptions options = {});

    // `strengths`: your tie strength (0..100, HealthScore::strength) with each contact; one not in it counts as 0.
    Result<SocialCapital> compute(const QHash<qint64, double>& strengths) const;

private:
    Database& m_database;
    const Clock& m_clock;
    SocialCapitalOptions m_options;
};

} // namespace kith
