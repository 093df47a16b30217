#include "network/IgraphLock.h"

#include <QRecursiveMutex>

namespace kith {

namespace {

// Recursive: a metric may build a ContactGraph (which locks) while it holds the lock.
QRecursiveMutex& igraphMutex()
{
    static QRecursiveMutex mutex;
    return mutex;
}

} // namespace

IgraphLock::IgraphLock()
{
    igraphMutex().lock();
}

IgraphLock::~IgraphLock()
{
    igraphMutex().unlock();
}

} // namespace kith
