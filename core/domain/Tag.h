#pragma once

#include <QString>

namespace kith {

// A label on contacts; categories (family, friend, ...) are seeded tags.
struct Tag {
    qint64 id = 0;
    QString name;
    QString color; // "#rrggbb"
    bool isCategory = false;

    friend bool operator==(const Tag&, const Tag&) = default;
};

} // namespace kith
