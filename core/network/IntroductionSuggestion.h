#pragma once

#include "domain/Introduction.h"

#include <QList>
#include <QString>

namespace kith {

// Two contacts Kith thinks the user should introduce, with why. `firstId` is the one looking for help in the
// best match, `secondId` the one who can help.
struct IntroductionSuggestion {
    qint64 firstId = 0;
    qint64 secondId = 0;
    QString firstName;
    QString secondName;
    QList<IntroductionMatch> matches; // needs before goals, then by topic name
    double score = 0;                 // 1 per need met, 0.5 per goal met
    double firstStrength = 0;         // your tie strength to each, 0..100; 0 when never in touch
    double secondStrength = 0;
    QString reason; // "Ada is looking for tax law; Byron can help with tax law."

    // The topic of the best match, for recording the introduction.
    qint64 topicId() const { return matches.isEmpty() ? 0 : matches.first().topicId; }

    friend bool operator==(const IntroductionSuggestion&, const IntroductionSuggestion&) = default;
};

} // namespace kith
