#pragma once

#include "health/HealthHistory.h"
#include "health/HealthStatus.h"

#include <queue>
#include <vector>

namespace kith {

// One contact's health at a rising sequence of days in a single pass over its interactions: what
// the time series need. Gives the same health and status as HealthModel::breakdown at each day
// (tests check it), without re-reading the history for every point.
class HealthSweep final {
public:
    struct Point {
        bool exists = false; // the contact was added, or had been contacted, by that day
        double health = 0;
        HealthStatus status = HealthStatus::Dormant;
        double sum = 0; // S
        int daysSince = 0;
    };

    explicit HealthSweep(const ContactHistory& contact);
    // `day` (a Julian day) must not be earlier than the one asked before.
    Point at(qint32 day);

private:
    void addGap(int gap);
    double medianGap() const;

    const ContactHistory& m_contact;
    int m_cadence = 0;
    double m_halfLife = 0;
    qsizetype m_next = 0;
    int m_counted = 0;
    double m_weightSum = 0;
    double m_sum = 0; // S at m_lastDay
    qint32 m_lastDay = 0;
    std::priority_queue<int> m_lower;                                      // the smaller half of the gaps
    std::priority_queue<int, std::vector<int>, std::greater<int>> m_upper; // the larger half
};

} // namespace kith
