#include "StatsCommand.h"

#include "CommandContext.h"
#include "HealthArguments.h"
#include "TextTable.h"

#include "health/HealthCalculator.h"
#include "storage/HealthStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

namespace {

struct Tally {
    QString circle;
    QString name;
    QList<int> counts = QList<int>(allHealthStatuses().size(), 0);
    int contacts = 0;
    double healthSum = 0;

    void add(const HealthScore& score)
    {
        ++counts[int(score.status)];
        ++contacts;
        healthSum += score.health;
    }
    double average() const { return contacts > 0 ? healthSum / contacts : 0.0; }
    QJsonObject byStatus() const
    {
        QJsonObject object;
        for (HealthStatus status : allHealthStatuses())
            object.insert(healthStatusKey(status), counts[int(status)]);
        return object;
    }
};

} // namespace

QString StatsCommand::summary() const
{
    return QObject::tr("Show how the network is doing: contacts per status and circle, average health.");
}

void StatsCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Counts the contacts not in the Trash in each status (thriving, steady, due, drifting, dormant), "
                    "in all and per circle, with the average health."));
    HealthArguments::addAtOption(parser);
}

int StatsCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("stats takes no arguments; to choose the date, use --at %1.")
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
    const QHash<qint64, HealthScore> scores = HealthCalculator::scoresAt(*history, *at, HealthArguments::weights());

    Tally all;
    QList<Tally> circles;
    for (const Circle& circle : history->circles) {
        Tally t;
        t.circle = circle.key;
        t.name = circle.name;
        circles << t;
    }
    Tally none;
    none.name = QObject::tr("No circle");
    for (const ContactHistory& contact : history->contacts) {
        const auto it = scores.constFind(contact.contactId);
        if (it == scores.cend())
            continue;
        all.add(*it);
        const auto circle = std::find_if(circles.begin(), circles.end(),
                                         [&contact](const Tally& t) { return t.circle == contact.circle; });
        (circle == circles.end() ? none : *circle).add(*it);
    }
    if (none.contacts > 0)
        circles << none;

    const auto r = HealthArguments::round;
    if (context.json()) {
        QJsonArray byCircle;
        for (const Tally& t : std::as_const(circles)) {
            byCircle.append(QJsonObject{
                {QStringLiteral("circle"), t.circle.isEmpty() ? QJsonValue() : QJsonValue(t.circle)},
                {QStringLiteral("name"), t.name},
                {QStringLiteral("contacts"), t.contacts},
                {QStringLiteral("average_health"), r(t.average())},
                {QStringLiteral("by_status"), t.byStatus()},
            });
        }
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("date"), at->toString(Qt::ISODate)},
            {QStringLiteral("contacts"), all.contacts},
            {QStringLiteral("average_health"), r(all.average())},
            {QStringLiteral("by_status"), all.byStatus()},
            {QStringLiteral("by_circle"), byCircle},
        }));
        return ExitSuccess;
    }
    QStringList headers{QObject::tr("Circle"), QObject::tr("Contacts"), QObject::tr("Average health")};
    QList<bool> right{false, true, true};
    for (HealthStatus status : allHealthStatuses()) {
        headers << healthStatusName(status);
        right << true;
    }
    TextTable table(headers, right);
    const auto row = [&](const Tally& t, const QString& name) {
        QStringList cells{name, QString::number(t.contacts), QString::number(t.average(), 'f', 1)};
        for (HealthStatus status : allHealthStatuses())
            cells << QString::number(t.counts[int(status)]);
        table.addRow(cells);
    };
    for (const Tally& t : std::as_const(circles))
        row(t, t.name);
    row(all, QObject::tr("All"));
    context.print(QObject::tr("On %1:").arg(at->toString(Qt::ISODate)) + QLatin1Char('\n') + table.toString());
    return ExitSuccess;
}

} // namespace kith
