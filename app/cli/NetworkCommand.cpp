#include "NetworkCommand.h"

#include "CommandContext.h"
#include "HealthArguments.h"
#include "TextTable.h"

#include "health/HealthCalculator.h"
#include "network/SocialCapitalAdvice.h"
#include "network/SocialCapitalCalculator.h"
#include "storage/HealthStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

namespace {

QString bondKey(ClusterBond bond)
{
    switch (bond) {
    case ClusterBond::Organization:
        return QStringLiteral("organization");
    case ClusterBond::Circle:
        return QStringLiteral("circle");
    case ClusterBond::None:
        break;
    }
    return {};
}

QJsonArray clusterIndexes(const QList<int>& clusters)
{
    QJsonArray array;
    for (int c : clusters)
        array.append(c);
    return array;
}

QJsonObject adviceJson(const CapitalAdvice& advice)
{
    return QJsonObject{{QStringLiteral("meaning"), advice.meaning}, {QStringLiteral("advice"), advice.advice}};
}

// "Cluster 2": clusters are numbered from 1 for people.
QString clusterName(int index)
{
    return QObject::tr("Cluster %1").arg(index + 1);
}

// "2, 5, 7": the clusters' numbers, for a column headed so.
QString clusterNumbers(const QList<int>& clusters)
{
    QStringList numbers;
    for (int c : clusters)
        numbers << QString::number(c + 1);
    return numbers.join(QStringLiteral(", "));
}

QString section(const QString& title, const CapitalAdvice& advice)
{
    return QStringLiteral("\n%1\n  %2\n  %3\n").arg(title, advice.meaning, advice.advice);
}

} // namespace

QString NetworkCommand::summary() const
{
    return QObject::tr("Show your social capital: circles, clusters, bridges, weak ties and your brokerage.");
}

void NetworkCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(QObject::tr(
        "Measures the links between your contacts: how many people are in each circle, the clusters they form, the "
        "bridges between clusters (high betweenness), your weak ties that reach other clusters, and your own "
        "brokerage (Burt's constraint and effective size) among your Inner, Close and Active circles. Tie strength "
        "is taken at the end of --at (today without it)."));
    HealthArguments::addAtOption(parser);
}

int NetworkCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("network takes no arguments; to choose the date, use --at %1.")
                                           .arg(parser.positionalArguments().constFirst()));
    int failure = ExitSuccess;
    const auto at = HealthArguments::date(parser, context, failure);
    if (!at)
        return failure;
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const auto history = HealthStore(context.database(), context.clock()).load();
    if (!history)
        return context.fail(ExitBadInput, history.error());
    QHash<qint64, double> strengths;
    const QHash<qint64, HealthScore> scores = HealthCalculator::scoresAt(*history, *at, HealthArguments::weights());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        strengths.insert(it.key(), it->strength);
    const SocialCapitalOptions options;
    const auto computed = SocialCapitalCalculator(context.database(), context.clock(), options).compute(strengths);
    if (!computed)
        return context.fail(ExitBadInput, computed.error());
    const SocialCapital& capital = *computed;
    const CapitalAdvice circlesAdvice = SocialCapitalAdvice::circles(capital);
    const CapitalAdvice clustersAdvice = SocialCapitalAdvice::clusters(capital);
    const CapitalAdvice bridgesAdvice = SocialCapitalAdvice::bridges(capital);
    const CapitalAdvice weakAdvice = SocialCapitalAdvice::weakTies(capital, options.weakTieStrength);
    const CapitalAdvice brokerageAdvice = SocialCapitalAdvice::brokerage(capital);
    const auto r = HealthArguments::round;

    if (context.json()) {
        QJsonArray circles;
        for (const CircleSize& c : capital.circles)
            circles.append(QJsonObject{
                {QStringLiteral("circle"), c.circle.isEmpty() ? QJsonValue() : QJsonValue(c.circle)},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("contacts"), c.contacts},
                {QStringLiteral("linked"), c.linked},
            });
        QJsonArray clusters;
        for (const NetworkCluster& c : capital.clusters) {
            QJsonArray members;
            for (const CapitalContact& m : c.members)
                members.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name}});
            const bool bound = c.bond != ClusterBond::None;
            clusters.append(QJsonObject{
                {QStringLiteral("index"), c.index},
                {QStringLiteral("size"), c.size},
                {QStringLiteral("links"), c.links},
                {QStringLiteral("members"), members},
                {QStringLiteral("bond"), bound ? QJsonValue(bondKey(c.bond)) : QJsonValue()},
                {QStringLiteral("bond_name"), bound ? QJsonValue(c.bondName) : QJsonValue()},
                {QStringLiteral("bond_count"), c.bondCount},
            });
        }
        QJsonArray bridges;
        for (const NetworkBridge& b : capital.bridges)
            bridges.append(QJsonObject{
                {QStringLiteral("id"), b.contact.id},
                {QStringLiteral("name"), b.contact.name},
                {QStringLiteral("betweenness"), r(b.betweenness)},
                {QStringLiteral("normalized"), r(b.normalized)},
                {QStringLiteral("cluster"), b.cluster},
                {QStringLiteral("reaches"), clusterIndexes(b.clusters)},
                {QStringLiteral("strength"), r(b.strength)},
            });
        QJsonArray weakTies;
        for (const WeakTie& w : capital.weakTies)
            weakTies.append(QJsonObject{
                {QStringLiteral("id"), w.contact.id},
                {QStringLiteral("name"), w.contact.name},
                {QStringLiteral("strength"), r(w.strength)},
                {QStringLiteral("cluster"), w.cluster},
                {QStringLiteral("reaches"), clusterIndexes(w.clusters)},
                {QStringLiteral("betweenness"), r(w.betweenness)},
            });
        const Brokerage& b = capital.brokerage;
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("date"), at->toString(Qt::ISODate)},
            {QStringLiteral("contacts"), capital.contacts},
            {QStringLiteral("links"), capital.links},
            {QStringLiteral("linked_contacts"), capital.linkedContacts},
            {QStringLiteral("circles"), circles},
            {QStringLiteral("cluster_count"), capital.clusterCount},
            {QStringLiteral("modularity"), r(capital.modularity)},
            {QStringLiteral("clusters"), clusters},
            {QStringLiteral("betweenness"), QJsonObject{{QStringLiteral("exact"), capital.betweennessExact},
                                                        {QStringLiteral("sources"), capital.betweennessSources}}},
            {QStringLiteral("bridges"), bridges},
            {QStringLiteral("weak_tie_strength"), options.weakTieStrength},
            {QStringLiteral("weak_ties"), weakTies},
            {QStringLiteral("brokerage"),
             QJsonObject{
                 {QStringLiteral("circles"), QJsonArray::fromStringList(b.circles)},
                 {QStringLiteral("alters"), b.alters},
                 {QStringLiteral("alter_links"), b.altersLinks},
                 {QStringLiteral("constraint"), r(b.constraint)},
                 {QStringLiteral("effective_size"), r(b.effectiveSize)},
                 {QStringLiteral("efficiency"), r(b.efficiency)},
             }},
            {QStringLiteral("advice"),
             QJsonObject{
                 {QStringLiteral("circles"), adviceJson(circlesAdvice)},
                 {QStringLiteral("clusters"), adviceJson(clustersAdvice)},
                 {QStringLiteral("bridges"), adviceJson(bridgesAdvice)},
                 {QStringLiteral("weak_ties"), adviceJson(weakAdvice)},
                 {QStringLiteral("brokerage"), adviceJson(brokerageAdvice)},
             }},
        }));
        return ExitSuccess;
    }

    QString text =
        QObject::tr("%n contacts, ", nullptr, capital.contacts) +
        QObject::tr("%n links between them (on %1).", nullptr, capital.links).arg(at->toString(Qt::ISODate)) +
        QLatin1Char('\n');
    text += section(QObject::tr("Network size per circle"), circlesAdvice);
    TextTable circles({QObject::tr("Circle"), QObject::tr("Contacts"), QObject::tr("Linked")}, {false, true, true});
    for (const CircleSize& c : capital.circles)
        circles.addRow({c.name, QString::number(c.contacts), QString::number(c.linked)});
    text += circles.toString();

    text += section(
        QObject::tr("Clusters (%1, modularity %2)").arg(capital.clusterCount).arg(capital.modularity, 0, 'f', 2),
        clustersAdvice);
    if (!capital.clusters.isEmpty()) {
        TextTable clusters({QObject::tr("Cluster"), QObject::tr("Size"), QObject::tr("Shared"), QObject::tr("Members")},
                           {false, true, false, false});
        clusters.setMaxColumnWidth(60);
        for (const NetworkCluster& c : capital.clusters) {
            QStringList members;
            for (const CapitalContact& m : c.members)
                members << m.name;
            QString bond;
            if (c.bond == ClusterBond::Organization)
                bond = QObject::tr("%1 (%2 of %3)").arg(c.bondName).arg(c.bondCount).arg(c.size);
            else if (c.bond == ClusterBond::Circle)
                bond = QObject::tr("%1 circle (%2 of %3)").arg(c.bondName).arg(c.bondCount).arg(c.size);
            clusters.addRow({clusterName(c.index), QString::number(c.size), bond, members.join(QStringLiteral(", "))});
        }
        text += clusters.toString();
    }

    text +=
        section(capital.betweennessExact
                    ? QObject::tr("Bridges")
                    : QObject::tr("Bridges (betweenness estimated from %1 contacts)").arg(capital.betweennessSources),
                bridgesAdvice);
    if (!capital.bridges.isEmpty()) {
        TextTable bridges({QObject::tr("ID"), QObject::tr("Contact"), QObject::tr("Betweenness"),
                           QObject::tr("Cluster"), QObject::tr("Reaches clusters")},
                          {true, false, true, false, false});
        for (const NetworkBridge& b : capital.bridges)
            bridges.addRow({QString::number(b.contact.id), b.contact.name, QString::number(b.betweenness, 'f', 1),
                            QString::number(b.cluster + 1), clusterNumbers(b.clusters)});
        text += bridges.toString();
    }

    text += section(QObject::tr("Weak ties that span clusters"), weakAdvice);
    if (!capital.weakTies.isEmpty()) {
        TextTable weak({QObject::tr("ID"), QObject::tr("Contact"), QObject::tr("Strength"), QObject::tr("Cluster"),
                        QObject::tr("Reaches clusters")},
                       {true, false, true, false, false});
        for (const WeakTie& w : capital.weakTies)
            weak.addRow({QString::number(w.contact.id), w.contact.name, QString::number(w.strength, 'f', 0),
                         QString::number(w.cluster + 1), clusterNumbers(w.clusters)});
        text += weak.toString();
    }

    const Brokerage& b = capital.brokerage;
    text +=
        section(QObject::tr("Your brokerage (%1)").arg(SocialCapitalAdvice::listOfNames(b.circles)), brokerageAdvice);
    if (b.alters > 0)
        text += QObject::tr("  Constraint %1; effective size %2 of %3 contacts (efficiency %4); %5 links among them.\n")
                    .arg(b.constraint, 0, 'f', 3)
                    .arg(b.effectiveSize, 0, 'f', 1)
                    .arg(b.alters)
                    .arg(b.efficiency, 0, 'f', 2)
                    .arg(b.altersLinks);
    context.print(text.trimmed());
    return ExitSuccess;
}

} // namespace kith
