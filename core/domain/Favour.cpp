#include "domain/Favour.h"

#include <QCoreApplication>

namespace kith {

namespace {

// Favour.h holds free functions, so their strings are filed under "kith::Favour" by hand (lupdate reads the
// context and the count from each QCoreApplication::translate call). Without a translation loaded, as in
// kith-cli, "favour(s)" is written in English: "favour" or "favours".
QString counted(QString text, int n)
{
    if (text.contains(QLatin1String("(s)")))
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
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
        return QCoreApplication::translate("kith::Favour", "No favours with %1 yet.").arg(name);
    if (balance.received == 0)
        return counted(QCoreApplication::translate("kith::Favour", "You've done %n favour(s) for %1; none back yet.",
                                                   nullptr, balance.given),
                       balance.given)
            .arg(name);
    if (balance.given == 0)
        return counted(QCoreApplication::translate("kith::Favour",
                                                   "%1 has done %n favour(s) for you; you haven't returned one yet.",
                                                   nullptr, balance.received),
                       balance.received)
            .arg(name);
    //: %n: the favours the user did for %1; %2: how many %1 did in return (a number, "favours" left out).
    return counted(QCoreApplication::translate("kith::Favour",
                                               "You've done %n favour(s) for %1; %1 has done %2 for you.", nullptr,
                                               balance.given),
                   balance.given)
        .arg(name, QString::number(balance.received));
}

} // namespace kith
