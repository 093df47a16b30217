#include "domain/Clock.h"

#include "domain/SystemClock.h"

namespace kith {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace kith
