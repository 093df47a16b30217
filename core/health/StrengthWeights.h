#pragma once

namespace kith {

class Settings;

// How much each part counts in a contact's tie strength (any non-negative numbers; they are
// normalised by their sum). Edited in Settings (Health/Strength*Weight).
struct StrengthWeights {
    double reciprocity = 1.0; // both sides reach out
    double history = 1.0;     // how long you have known each other
    double depth = 1.0;       // in-person meetings and long calls, and the closeness rating

    static StrengthWeights fromSettings(const Settings& settings);

    friend bool operator==(const StrengthWeights&, const StrengthWeights&) = default;
};

} // namespace kith
