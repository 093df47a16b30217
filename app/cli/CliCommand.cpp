#include "CliCommand.h"

namespace kith {

std::optional<qint64> CliCommand::parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace kith
