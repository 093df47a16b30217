#pragma once

#include "domain/Result.h"

#include <QString>

namespace kith {

// Start at login the freedesktop.org way: an XDG autostart entry, `kith.desktop` in the
// `autostart` folder of the user's configuration location ($XDG_CONFIG_HOME, else ~/.config).
class AutostartEntry final {
    Q_DISABLE_COPY_MOVE(AutostartEntry)

public:
    AutostartEntry() = delete;

    static QString path();
    static bool isEnabled();
    // Writes the entry so that the session starts `executable` (hidden in the tray), or removes it.
    static Status setEnabled(bool enabled, const QString& executable);
    // The text of the entry for `executable`.
    static QString contents(const QString& executable);
};

} // namespace kith
