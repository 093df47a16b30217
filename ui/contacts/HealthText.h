#pragma once

#include "health/HealthBreakdown.h"

#include <QCoreApplication>
#include <QString>

namespace kith {

// A contact's health breakdown in plain words, for the detail pane: what each number means for
// this person ("You've had 60% of the contact you intended over about 3 months; ...").
class HealthText final {
    Q_DECLARE_TR_FUNCTIONS(kith::HealthText)

public:
    HealthText() = delete;

    // Frequency, recency and who starts the conversations, in one sentence.
    static QString summary(const HealthBreakdown& breakdown);
    // Why the status is what it is.
    static QString statusReason(const HealthBreakdown& breakdown);
    // What the strength is made of.
    static QString strength(const HealthBreakdown& breakdown);
    // "3 weeks", "about 3 months", "2 years": a span of days as people say it.
    static QString span(double days);
    // "today", "yesterday", "45 days ago".
    static QString daysAgo(int days);
};

} // namespace kith
