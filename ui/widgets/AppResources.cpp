#include "widgets/AppResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initKithQrc()
{
    Q_INIT_RESOURCE(kith);
}

namespace kith {

void initAppResources()
{
    static const bool done = [] {
        initKithQrc();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace kith
