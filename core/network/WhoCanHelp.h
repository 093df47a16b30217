#pragma once

#include "domain/Result.h"
#include "network/HelpMatch.h"

#include <QCoreApplication>

namespace kith {

class Clock;
class Database;

// "Who can help with X": one search over expertise, other topics, titles and organisations, notes and
// interactions (the FTS5 indexes), ranked by where the words were found (expertise first), then by how many
// places matched, then by closeness (circle, then the most recent interaction). Every result explains itself.
class WhoCanHelp final {
    Q_DISABLE_COPY_MOVE(WhoCanHelp)
    Q_DECLARE_TR_FUNCTIONS(kith::WhoCanHelp)

public:
    WhoCanHelp(Database& database, const Clock& clock);

    // At most `limit` contacts not in the Trash; fails on text with nothing to search for.
    Result<QList<HelpMatch>> search(const QString& text, int limit = 20) const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
