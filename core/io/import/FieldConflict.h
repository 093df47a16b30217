#pragma once

#include <QString>

namespace kith {

// A single-valued field that differs between the contact already in Kith and the incoming record.
// A merge keeps the existing value and remembers the incoming one in the contact's history.
struct FieldConflict {
    QString field;    // user-readable: "Birthday", "Organization"
    QString existing; // as shown to a user ("1985-04-15")
    QString incoming;

    friend bool operator==(const FieldConflict&, const FieldConflict&) = default;
};

} // namespace kith
