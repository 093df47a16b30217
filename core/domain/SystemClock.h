#pragma once

#include "domain/Clock.h"

namespace kith {

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace kith
