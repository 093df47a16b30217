#pragma once

namespace kith {

// The icons and other resources are compiled into the static kith_ui library; a static library's
// resources must be registered explicitly before first use. Safe to call more than once.
void initAppResources();

} // namespace kith
