#pragma once

#include "domain/Relationship.h"

#include <QList>
#include <QString>

namespace kith {

// A link Kith thinks exists, for the user to confirm or reject, with the reason in plain words.
struct RelationshipSuggestion {
    Relationship link; // id 0: not stored
    QString reason;    // "Both are children of Byron Test."

    friend bool operator==(const RelationshipSuggestion&, const RelationshipSuggestion&) = default;
};

// What RelationshipSuggester::forContact() suggests for one contact, and what it left out.
struct ContactLinkSuggestions {
    QList<RelationshipSuggestion> suggestions;
    // Colleagues not suggested because the contact's organisation has too many contacts to suggest them all.
    int colleaguesLeftOut = 0;
    int colleaguesSuggested = 0;
    QString organization; // as the contact has it, when colleagues were left out
};

} // namespace kith
