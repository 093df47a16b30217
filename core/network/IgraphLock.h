#pragma once

#include <QtGlobal>

namespace kith {

// Debian's igraph is built without thread safety (IGRAPH_THREAD_SAFE 0): its error-cleanup stack, error
// handler and random number generator are process-wide. Every call into igraph holds this lock, so that
// the network pages' worker threads can each use igraph without corrupting the other's state.
class IgraphLock final {
    Q_DISABLE_COPY_MOVE(IgraphLock)

public:
    IgraphLock();
    ~IgraphLock();
};

} // namespace kith
