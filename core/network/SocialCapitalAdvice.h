#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kith {

struct SocialCapital;

// One section of the social-capital report in words: what the measure means, and what to do about it.
struct CapitalAdvice {
    QString meaning;
    QString advice;
};

// The sentences of the social-capital report (the Social Capital page and `kith-cli network`), each one
// sentence, the advice chosen from the figures.
class SocialCapitalAdvice final {
    Q_DECLARE_TR_FUNCTIONS(kith::SocialCapitalAdvice)

public:
    SocialCapitalAdvice() = delete;

    static CapitalAdvice circles(const SocialCapital& capital);
    static CapitalAdvice clusters(const SocialCapital& capital);
    static CapitalAdvice bridges(const SocialCapital& capital);
    static CapitalAdvice weakTies(const SocialCapital& capital, double weakTieStrength);
    static CapitalAdvice brokerage(const SocialCapital& capital);
    // "Inner, Close and Active".
    static QString listOfNames(const QStringList& names);

    // Efficiency (effective size / n) at or above this: your close contacts span separate groups.
    static constexpr double kBrokerEfficiency = 0.8;
    // Below this: they are tightly knit.
    static constexpr double kClosedEfficiency = 0.5;
    // About how many people anyone keeps close (Dunbar's 5 + 10 layers).
    static constexpr int kDunbarClose = 15;
};

} // namespace kith
