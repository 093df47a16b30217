#pragma once

#include "domain/Result.h"
#include "health/StrengthWeights.h"
#include "network/IntroductionSuggestion.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace kith {

class Clock;
class Database;

// Who should meet whom: pairs of contacts where one's need (contact_topics kind 'need') is the other's
// expertise on the same topic, or, weaker, one's goal is the other's expertise. Precisely:
//
// - Both know you: neither is in the Trash, and each is in touch with you, meaning at least one interaction
//   is logged with them or they are in one of your circles. An address-book entry you never talked to and
//   never placed is not someone you can introduce.
// - They do not know each other: the pair has no link of any type (either way round), no recorded
//   introduction (whatever its status), and the user has not dismissed the suggestion.
// - Each need met counts 1, each goal met 0.5 (both directions add up: two who can help each other rank
//   high). Suggestions are ranked by that score, then by your tie strength to the weaker of the two ties
//   (an introduction rests on both), then to the stronger, then by id.
// - Tie strength is HealthCalculator's strength today (HealthModel, the default weights unless given), or
//   the values the caller already has (the GUI's health cache); 0 for someone never in touch.
//
// How it stays fast on a large network: one read of the needs, goals and expertise of the contacts in touch
// (a few thousand rows on 10,000 contacts), grouped by topic, so that only seeker x helper pairs of one topic
// are ever formed (never all pairs of contacts); tie strengths for the contacts in those pairs only; then the
// pairs are ranked best first and the exclusions (one indexed look-up per pair) are checked only for those
// about to be shown. Contact ids must fit in 32 bits (a pair is one 64-bit key).
class IntroductionSuggester final {
    Q_DISABLE_COPY_MOVE(IntroductionSuggester)
    Q_DECLARE_TR_FUNCTIONS(kith::IntroductionSuggester)

public:
    struct Options {
        int limit = 50; // at most this many suggestions; negative for all
        // Tie strength by contact id, when the caller has it; read from the interactions otherwise.
        std::optional<QHash<qint64, double>> strengths;
        StrengthWeights weights;
    };

    IntroductionSuggester(Database& database, const Clock& clock);

    Result<QList<IntroductionSuggestion>> suggest(const Options& options) const;
    Result<QList<IntroductionSuggestion>> suggest() const { return suggest(Options{}); }

    // "Ada is looking for tax law; Byron can help with tax law." for each match, in order.
    static QString reason(const IntroductionSuggestion& suggestion);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace kith
