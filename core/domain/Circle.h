#pragma once

#include <QString>

#include <optional>

namespace kith {

// A ring of closeness with its default keep-in-touch cadence.
struct Circle {
    QString key;  // "inner", "close", ...
    QString name; // shown to the user
    std::optional<int> cadenceDays;
    int sortOrder = 0;

    friend bool operator==(const Circle&, const Circle&) = default;
};

} // namespace kith
