#pragma once

#include "demo/SampleNetworkGenerator.h"

#include <QString>

namespace kith {
class Clock;
}

namespace kith::bench {

// Generates the sample network into a new database at `path`, reporting how long that took as
// `reportName` and noting what was made. False (with a note saying why) when it could not.
bool generateSampleNetwork(const QString& path, const SampleNetworkOptions& options, const Clock& clock,
                           const char* reportName);

} // namespace kith::bench
