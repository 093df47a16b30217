#pragma once

#include <QJsonObject>

namespace kith {

struct Introduction;
struct IntroductionSuggestion;

// The JSON kith-cli prints for introductions (intro) and their suggestions (intros). Keys are stable for scripts.
class IntroductionJson final {
public:
    // id, first_id, first, second_id, second, topic_id, topic, reason, date, status, outcome,
    // follow_up_reminder_id, created, updated.
    static QJsonObject introduction(const Introduction& introduction);
    // first_id, first, second_id, second, topic_id, score, first_strength, second_strength, reason, matches
    // (each seeker_id, helper_id, topic_id, topic, kind: "need" or "goal").
    static QJsonObject suggestion(const IntroductionSuggestion& suggestion);
};

} // namespace kith
