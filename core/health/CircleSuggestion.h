#pragma once

#include <QString>

namespace kith {

// The circle a contact's behaviour implies, where it differs from the one the user set.
// Contacts are ranked by S (recent, weighted contact; HealthScore::sum) and cut into Dunbar-style
// layers, each at least Dunbar's size (5, 10, 35, 100) and as large as the user's circle where that
// is larger; the rest are acquaintances when contacted in the last year, else dormant. Only clear
// mismatches are suggested: two rings or more from the circle set (docs/health.md).
struct CircleSuggestion {
    qint64 contactId = 0;
    QString name;
    QString currentCircle;     // key, empty when the contact has none
    QString currentCircleName; // shown to the user; empty when none
    QString suggestedCircle;   // key
    QString suggestedCircleName;
    int rank = 0;            // 1 = the most contact
    int layerFirstRank = 0;  // the ranks of the implied layer, e.g. 6 and 15
    int layerLastRank = 0;   // 0: no upper bound (the outer layers)
    int contacts = 0;        // contacts ranked
    double sum = 0;          // S
    int countedLastYear = 0; // days with contact in the last 365 days
    int daysSince = 0;       // g
    bool neverContacted = false;
    int ringShift = 0; // rings from the current circle to the suggested one; < 0: closer in
    int margin = 0;    // ranks between the contact's and the nearest of its set circle's layer
};

} // namespace kith
