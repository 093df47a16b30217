#pragma once

#include <QDateTime>

namespace kith {

// Everything date-dependent asks a Clock, so that tests and `--at` can move time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    // The clock used when none is injected: the system's.
    static const Clock& system();
};

} // namespace kith
