#include "network/SocialCapitalAdvice.h"

#include "network/SocialCapital.h"

#include <QStringList>

#include <algorithm>

namespace kith {

QString SocialCapitalAdvice::listOfNames(const QStringList& names)
{
    if (names.size() < 2)
        return names.join(QString());
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(tr(", ")), names.last());
}

CapitalAdvice SocialCapitalAdvice::circles(const SocialCapital& capital)
{
    CapitalAdvice text;
    text.meaning = tr("How many people you keep in each circle: most people can keep about 5 very close, 15 close "
                      "and 150 in all (Dunbar's layers).");
    if (capital.contacts == 0) {
        text.advice = tr("Add or import your contacts to see how your network is spread over your circles.");
        return text;
    }
    int close = 0;
    QStringList names;
    for (int i = 0; i < std::min<int>(2, int(capital.circles.size())); ++i) {
        if (capital.circles.at(i).circle.isEmpty())
            break;
        close += capital.circles.at(i).contacts;
        names << capital.circles.at(i).name;
    }
    const QString circles = listOfNames(names);
    if (close > kDunbarClose + kDunbarClose / 3)
        text.advice = tr("Your %1 circles hold %n people, more than the about 15 anyone can keep close: move some "
                         "outwards so that your reminders stay realistic.",
                         nullptr, close)
                          .arg(circles);
    else if (close < 5)
        text.advice = tr("Only %n people are in your %1 circles: move the people you most want to keep close inwards.",
                         nullptr, close)
                          .arg(circles);
    else
        text.advice = tr("Your %1 circles hold %n people, about as many as anyone can keep close: keep in touch with "
                         "them first.",
                         nullptr, close)
                          .arg(circles);
    return text;
}

CapitalAdvice SocialCapitalAdvice::clusters(const SocialCapital& capital)
{
    CapitalAdvice text;
    text.meaning = tr("Groups of contacts linked mostly among themselves (found by the Leiden algorithm): each group "
                      "is a world of its own, with its own news and opportunities.");
    if (capital.clusterCount == 0)
        text.advice =
            tr("Record how your contacts know each other (Relationships in a contact's details) to see the groups in "
               "your network.");
    else if (capital.clusterCount == 1)
        text.advice = tr("Your linked contacts form one group: new information will come from people outside it.");
    else
        text.advice = tr("Your network falls into %n groups: when you need something new, look beyond the group you "
                         "are most in touch with.",
                         nullptr, capital.clusterCount);
    return text;
}

CapitalAdvice SocialCapitalAdvice::bridges(const SocialCapital& capital)
{
    CapitalAdvice text;
    text.meaning = tr("Contacts on many of the shortest paths between others (high betweenness): they join groups "
                      "that would otherwise not meet.");
    if (capital.bridges.isEmpty())
        text.advice = tr("No one joins groups yet: record the links between your contacts to find your bridges.");
    else
        text.advice = tr("Keep in touch with them: they are the people to ask for an introduction to another group.");
    return text;
}

CapitalAdvice SocialCapitalAdvice::weakTies(const SocialCapital& capital, double weakTieStrength)
{
    CapitalAdvice text;
    text.meaning = tr("Acquaintances (tie strength below %1) whose links reach other groups: weak ties bring new "
                      "information more often than close friends do (Granovetter, 1973).")
                       .arg(weakTieStrength, 0, 'f', 0);
    if (capital.weakTies.isEmpty())
        text.advice = tr("None of your weak ties reaches another group: links between your contacts would show them.");
    else
        text.advice = tr("Reconnect with one or two of them when you look for a job, a hire or a new idea.");
    return text;
}

CapitalAdvice SocialCapitalAdvice::brokerage(const SocialCapital& capital)
{
    const Brokerage& b = capital.brokerage;
    CapitalAdvice text;
    text.meaning = tr("Burt's constraint is high when the people closest to you all know each other, so that you "
                      "hear the same things; effective size counts how many of them are not redundant.");
    const QString circles = listOfNames(b.circles);
    if (b.alters == 0)
        text.advice =
            tr("Put the people you are closest to in your %1 circles to measure your brokerage.").arg(circles);
    else if (b.efficiency >= kBrokerEfficiency)
        text.advice = tr("Your close contacts span separate groups, so you are a broker: pass on what one group knows "
                         "to another, and make introductions.");
    else if (b.efficiency < kClosedEfficiency)
        text.advice = tr("Your close contacts are tightly knit: spend time with people outside them, or join a group "
                         "none of them belongs to.");
    else
        text.advice = tr("Your close contacts are partly knit together: one or two new ties to other groups would "
                         "widen what you hear.");
    return text;
}

} // namespace kith
