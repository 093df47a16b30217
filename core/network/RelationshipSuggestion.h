#pragma once

#include "domain/Relationship.h"

#include <QString>

namespace kith {

// A link Kith thinks exists, for the user to confirm or reject, with the reason in plain words.
struct RelationshipSuggestion {
    Relationship link; // id 0: not stored
    QString reason;    // "Both are children of Byron Test."

    friend bool operator==(const RelationshipSuggestion&, const RelationshipSuggestion&) = default;
};

} // namespace kith
