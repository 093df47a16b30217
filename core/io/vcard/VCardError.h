#pragma once

#include <QString>

namespace kith {

// A problem met while reading a vCard file: where (1-based physical line) and why, in words a user can read.
struct VCardError {
    qint64 line = 0;
    QString reason;

    friend bool operator==(const VCardError&, const VCardError&) = default;
};

} // namespace kith
