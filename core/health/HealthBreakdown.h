#pragma once

#include "health/HealthHistory.h"
#include "health/HealthStatus.h"
#include "health/StrengthWeights.h"

#include <QDate>

#include <optional>

namespace kith {

// Every number behind a contact's health and strength at a date, with its inputs, so that any
// score can be explained. Formulas in docs/health.md; names follow them (g, c, D, S, S*, H, p, n).

struct RecencyPart {
    bool neverContacted = false; // no interaction on or before the date: measured from the day added
    QDate lastDate;              // the last interaction on or before the date (or the day added)
    int daysSince = 0;           // g
    int cadenceDays = 0;         // c
    CadenceSource cadenceSource = CadenceSource::Fallback;
    double overdue = 0; // D = g / c
    double value = 0;   // R = 1 when D <= 1, else 2^-(D-1)
};

struct FrequencyPart {
    double halfLifeDays = 0;   // H = max(30, 3c)
    int interactions = 0;      // interactions on or before the date
    int countedDays = 0;       // of those, counted: at most one per day (the weightiest)
    int countedInHalfLife = 0; // counted days within the last H days
    double meanWeight = 0;     // mean channel weight of the counted ones (1 when there are none)
    double sum = 0;            // S = sum of w_i * 2^(-(t - t_i)/H)
    double target = 0;         // S* = meanWeight / (1 - 2^(-c/H)): what keeping the cadence would give
    double value = 0;          // F = min(1, S / S*)
};

struct ReciprocityPart {
    int considered = 0; // n: the last (at most) 20 interactions on or before the date
    int me = 0;
    int them = 0;
    int mutual = 0;
    double theirShare = 0.5; // p = (them + 0.5 mutual + 1) / (n + 2)
    double value = 1;        // B = 1 - |2p - 1|
};

struct StrengthPart {
    StrengthWeights weights;
    double reciprocity = 0; // B, as above
    QDate knownSince;       // the first interaction or the day added, whichever is earlier
    int daysKnown = 0;
    double history = 0;           // min(1, daysKnown / kKnownFullyDays)
    int depthConsidered = 0;      // the same last (at most) 20 interactions
    int inPerson = 0;             // in person or at an event
    int longCalls = 0;            // calls and video calls of at least kLongCallMinutes
    double depthShare = 0;        // (inPerson + longCalls) / depthConsidered
    std::optional<int> closeness; // 1..5 when the user rated it
    double depth = 0;             // depthShare, or the mean of depthShare and (closeness - 1) / 4
    double value = 0;             // 0..100: weighted mean of reciprocity, history and depth
};

struct StatusPart {
    int gaps = 0;                   // gaps between counted days on or before the date
    double medianGapDays = 0;       // their median; the cadence when there are none
    bool medianFromCadence = false; // no gap yet
    double dormantAfterDays = 0;    // dormant when g > this: max(c, 8 * median gap)
};

struct HealthBreakdown {
    qint64 contactId = 0;
    QString name;
    QString circle;
    QDate date; // t: the scores hold at the end of this day
    RecencyPart recency;
    FrequencyPart frequency;
    ReciprocityPart reciprocity;
    StrengthPart strength;
    StatusPart statusInputs;
    double health = 0; // 100 * (0.6 R + 0.4 F)
    HealthStatus status = HealthStatus::Dormant;
};

// The headline numbers of one contact, for tables and charts.
struct HealthScore {
    qint64 contactId = 0;
    double health = 0;   // 0..100
    double strength = 0; // 0..100
    HealthStatus status = HealthStatus::Dormant;
    double recency = 0;     // R
    double frequency = 0;   // F
    double reciprocity = 0; // B
    int daysSince = 0;      // g
    int cadenceDays = 0;    // c
    double sum = 0;         // S, which ranks contacts into Dunbar layers
    bool neverContacted = false;
};

} // namespace kith
