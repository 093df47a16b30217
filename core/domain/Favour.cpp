#include "domain/Favour.h"

#include <QCoreApplication>

namespace kith {

namespace {

// A counted phrase ("%n favour(s)") is translated with its plural forms where a translation has it, else
// written in English.
QString tr(const char* text, int n = -1)
{
    QString result = QCoreApplication::translate("kith::Favour", text, nullptr, n);
    if (n >= 0 && result.contains(QLatin1String("(s)")))
        result.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return result;
}

} // namespace

QString favourDirectionKey(FavourDirection direction)
{
    return direction == FavourDirection::Given ? QStringLiteral("given") : QStringLiteral("received");
}

std::optional<FavourDirection> favourDirectionFromKey(const QString& key)
{
    const QString normalized = key.trimmed().toLower();
    if (normalized == QLatin1String("given") || normalized == QLatin1String("give") ||
        normalized == QLatin1String("gave"))
        return FavourDirection::Given;
    if (normalized == QLatin1String("received") || normalized == QLatin1String("receive") ||
        normalized == QLatin1String("got"))
        return FavourDirection::Received;
    return std::nullopt;
}

QString favourBalanceText(const QString& name, const FavourBalance& balance)
{
    if (balance.given == 0 && balance.received == 0)
        return tr("No favours with %1 yet.").arg(name);
    if (balance.received == 0)
        return tr("You've done %n favour(s) for %1; none back yet.", balance.given).arg(name);
    if (balance.given == 0)
        return tr("%1 has done %n favour(s) for you; you haven't returned one yet.", balance.received).arg(name);
    return tr("You've done %n favour(s) for %1", balance.given).arg(name) +
           tr("; %1 has done %n for you.", balance.received).arg(name);
}

} // namespace kith
