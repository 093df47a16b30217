#pragma once

#include "domain/Interaction.h"
#include "health/HealthBreakdown.h"

#include <QDate>

#include <optional>

namespace kith {

// The relationship-health formulas (docs/health.md), as pure functions of their inputs.
class HealthModel final {
public:
    static constexpr int kReciprocityWindow = 20;        // reciprocity and depth look at the last 20 interactions
    static constexpr int kFallbackCadenceDays = 365;     // c for contacts without a cadence
    static constexpr double kMinHalfLifeDays = 30;       // H = max(30, 3c)
    static constexpr double kHealthRecencyShare = 0.6;   // health = 100 * (0.6 R + 0.4 F)
    static constexpr double kThrivingFrequency = 0.75;   // on cadence and F >= 0.75: thriving, else steady
    static constexpr double kDueOverdue = 1;             // D > 1: due
    static constexpr double kDriftingOverdue = 3;        // D > 3: drifting
    static constexpr double kDormantGapFactor = 8;       // g > 8 median gaps (and > c): dormant
    static constexpr int kLongCallMinutes = 30;          // a call or video call this long is a "long call"
    static constexpr double kKnownFullyDays = 5 * 365.0; // history reaches 1 after five years

    // w: in person 3, call or video 2, message, email or social 1, an event 1; an interaction with
    // several participants (a group) is divided by sqrt(participants).
    static double channelWeight(Channel channel, int participants);
    // R from D = g / c.
    static double recency(double overdue);
    static double halfLife(int cadenceDays);
    // S* for a mean weight and cadence.
    static double target(double meanWeight, int cadenceDays);
    // F = min(1, S / S*).
    static double frequency(double sum, double target);
    // p = (them + 0.5 mutual + 1) / (n + 2).
    static double theirShare(int them, int mutual, int n);
    // B = 1 - |2p - 1|.
    static double reciprocity(int them, int mutual, int n);
    static double health(double recency, double frequency);
    static HealthStatus status(int daysSince, double overdue, int cadenceDays, double dormantAfterDays,
                               double frequency);
    // The median of `gaps` (sorted or not); nullopt when empty.
    static std::optional<double> median(QList<int> gaps);
    static double strength(const StrengthWeights& weights, double reciprocity, double history, double depth);

    // Every part of one contact's health and strength at the end of day `at`, from its history.
    // Interactions after `at` are ignored.
    static HealthBreakdown breakdown(const ContactHistory& contact, const QDate& at, const StrengthWeights& weights);
    static HealthScore score(const HealthBreakdown& breakdown);
};

} // namespace kith
