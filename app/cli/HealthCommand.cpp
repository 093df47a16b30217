#include "HealthCommand.h"

#include "CommandContext.h"
#include "HealthArguments.h"
#include "TextTable.h"

#include "health/HealthCalculator.h"
#include "health/HealthModel.h"
#include "storage/HealthStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kith {

namespace {

QString cadenceSourceKey(CadenceSource source)
{
    switch (source) {
    case CadenceSource::Contact:
        return QStringLiteral("contact");
    case CadenceSource::Circle:
        return QStringLiteral("circle");
    case CadenceSource::Fallback:
        break;
    }
    return QStringLiteral("fallback");
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const HealthBreakdown& b)
{
    const auto r = HealthArguments::round;
    const RecencyPart& rec = b.recency;
    const FrequencyPart& f = b.frequency;
    const ReciprocityPart& p = b.reciprocity;
    const StrengthPart& s = b.strength;
    const StatusPart& st = b.statusInputs;
    const QJsonObject recency{
        {QStringLiteral("value"), r(rec.value)},
        {QStringLiteral("days_since"), rec.daysSince},
        {QStringLiteral("cadence_days"), rec.cadenceDays},
        {QStringLiteral("cadence_source"), cadenceSourceKey(rec.cadenceSource)},
        {QStringLiteral("overdue"), r(rec.overdue)},
        {QStringLiteral("last_interaction"), rec.neverContacted ? QJsonValue() : dateOrNull(rec.lastDate)},
        {QStringLiteral("never_contacted"), rec.neverContacted},
    };
    const QJsonObject frequency{
        {QStringLiteral("value"), r(f.value)},
        {QStringLiteral("sum"), r(f.sum)},
        {QStringLiteral("target"), r(f.target)},
        {QStringLiteral("half_life_days"), r(f.halfLifeDays)},
        {QStringLiteral("mean_weight"), r(f.meanWeight)},
        {QStringLiteral("interactions"), f.interactions},
        {QStringLiteral("counted_days"), f.countedDays},
        {QStringLiteral("counted_in_half_life"), f.countedInHalfLife},
    };
    const QJsonObject reciprocity{
        {QStringLiteral("value"), r(p.value)}, {QStringLiteral("considered"), p.considered},
        {QStringLiteral("me"), p.me},          {QStringLiteral("them"), p.them},
        {QStringLiteral("mutual"), p.mutual},  {QStringLiteral("their_share"), r(p.theirShare)},
    };
    const QJsonObject strength{
        {QStringLiteral("value"), r(s.value)},
        {QStringLiteral("reciprocity"), r(s.reciprocity)},
        {QStringLiteral("history"), r(s.history)},
        {QStringLiteral("known_since"), dateOrNull(s.knownSince)},
        {QStringLiteral("days_known"), s.daysKnown},
        {QStringLiteral("depth"), r(s.depth)},
        {QStringLiteral("depth_share"), r(s.depthShare)},
        {QStringLiteral("considered"), s.depthConsidered},
        {QStringLiteral("in_person"), s.inPerson},
        {QStringLiteral("long_calls"), s.longCalls},
        {QStringLiteral("closeness"), s.closeness ? QJsonValue(*s.closeness) : QJsonValue()},
        {QStringLiteral("weights"), QJsonObject{{QStringLiteral("reciprocity"), s.weights.reciprocity},
                                                {QStringLiteral("history"), s.weights.history},
                                                {QStringLiteral("depth"), s.weights.depth}}},
    };
    const QJsonObject status{
        {QStringLiteral("gaps"), st.gaps},
        {QStringLiteral("median_gap_days"), r(st.medianGapDays)},
        {QStringLiteral("median_from_cadence"), st.medianFromCadence},
        {QStringLiteral("dormant_after_days"), r(st.dormantAfterDays)},
    };
    return QJsonObject{
        {QStringLiteral("contact_id"), b.contactId},
        {QStringLiteral("contact"), b.name},
        {QStringLiteral("circle"), b.circle.isEmpty() ? QJsonValue() : QJsonValue(b.circle)},
        {QStringLiteral("date"), b.date.toString(Qt::ISODate)},
        {QStringLiteral("health"), r(b.health)},
        {QStringLiteral("strength"), r(s.value)},
        {QStringLiteral("status"), healthStatusKey(b.status)},
        {QStringLiteral("parts"), QJsonObject{{QStringLiteral("recency"), recency},
                                              {QStringLiteral("frequency"), frequency},
                                              {QStringLiteral("reciprocity"), reciprocity},
                                              {QStringLiteral("strength"), strength},
                                              {QStringLiteral("status"), status}}},
    };
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString explain(const HealthBreakdown& b)
{
    const RecencyPart& rec = b.recency;
    const FrequencyPart& f = b.frequency;
    const ReciprocityPart& p = b.reciprocity;
    const StrengthPart& s = b.strength;
    QStringList lines;
    lines << QObject::tr("%1 (#%2) on %3").arg(b.name).arg(b.contactId).arg(b.date.toString(Qt::ISODate));
    const auto line = [&lines](const QString& label, const QString& text) {
        lines << QStringLiteral("  %1 %2").arg(QString(label + QLatin1Char(':')), -13).arg(text);
    };
    line(QObject::tr("Health"), QObject::tr("%1 of 100, %2").arg(number(b.health), healthStatusName(b.status)));
    line(QObject::tr("Strength"), QObject::tr("%1 of 100").arg(number(s.value)));
    const QString cadence = rec.cadenceSource == CadenceSource::Fallback
                                ? QObject::tr("%1 days (no cadence set)").arg(rec.cadenceDays)
                                : QObject::tr("%1 days").arg(rec.cadenceDays);
    line(QObject::tr("Recency"), (rec.neverContacted ? QObject::tr("%1: never contacted; added %2 days ago, cadence %3")
                                                     : QObject::tr("%1: last talked %2 days ago, cadence %3"))
                                     .arg(number(rec.value, 2))
                                     .arg(rec.daysSince)
                                     .arg(cadence));
    line(QObject::tr("Frequency"),
         QObject::tr("%1: %2% of the contact intended over about %3 days (S %4 of S* %5; %6 days counted)")
             .arg(number(f.value, 2))
             .arg(qRound(100 * f.value))
             .arg(qRound(f.halfLifeDays))
             .arg(number(f.sum, 2), number(f.target, 2))
             .arg(f.countedDays));
    line(QObject::tr("Reciprocity"), p.considered == 0
                                         ? QObject::tr("%1: no interactions yet").arg(number(p.value, 2))
                                         : QObject::tr("%1: of the last %2 you started %3, they %4, both %5")
                                               .arg(number(p.value, 2))
                                               .arg(p.considered)
                                               .arg(p.me)
                                               .arg(p.them)
                                               .arg(p.mutual));
    line(QObject::tr("Depth"),
         QObject::tr("%1: %2 in person and %3 long calls of the last %4%5")
             .arg(number(s.depth, 2))
             .arg(s.inPerson)
             .arg(s.longCalls)
             .arg(s.depthConsidered)
             .arg(s.closeness ? QObject::tr("; closeness %1 of 5").arg(*s.closeness) : QString()));
    line(QObject::tr("Known"),
         QObject::tr("%1 days, since %2").arg(s.daysKnown).arg(s.knownSince.toString(Qt::ISODate)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString HealthCommand::summary() const
{
    return QObject::tr("Show relationship health and strength, with every part and its inputs.");
}

void HealthCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Shows the relationship health (0-100), tie strength (0-100) and status (thriving, steady, due, "
                    "drifting, dormant) of one contact, or of every contact not in the Trash, with the parts "
                    "(recency, frequency, reciprocity, strength) and the inputs behind each."));
    parser.addPositionalArgument(QStringLiteral("ID"), QObject::tr("A contact's id (default: every contact)."),
                                 QStringLiteral("[ID]"));
    HealthArguments::addAtOption(parser);
}

int HealthCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return context.fail(ExitUsage, QObject::tr("health takes at most one contact id."));
    std::optional<qint64> id;
    if (!args.isEmpty()) {
        id = parseId(args.constFirst());
        if (!id)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(args.constFirst()));
    }
    int failure = ExitSuccess;
    const auto at = HealthArguments::date(parser, context, failure);
    if (!at)
        return failure;
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const StrengthWeights weights = HealthArguments::weights();

    HealthStore store(context.database(), context.clock());
    if (id) {
        const auto contact = store.loadContact(*id);
        if (!contact)
            return context.fail(ExitBadInput, contact.error());
        const HealthBreakdown b = HealthModel::breakdown(*contact, *at, weights);
        if (context.json())
            context.printJson(QJsonDocument(toJson(b)));
        else
            context.print(explain(b));
        return ExitSuccess;
    }

    const auto history = store.load();
    if (!history)
        return context.fail(ExitBadInput, history.error());
    const QHash<qint64, HealthScore> scores = HealthCalculator::scoresAt(*history, *at, weights);
    if (context.json()) {
        QJsonArray array;
        for (const ContactHistory& contact : history->contacts) {
            if (scores.contains(contact.contactId))
                array.append(toJson(HealthModel::breakdown(contact, *at, weights)));
        }
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (scores.isEmpty()) {
        context.print(QObject::tr("No contacts to score."));
        return ExitSuccess;
    }
    QList<const ContactHistory*> rows;
    for (const ContactHistory& contact : history->contacts) {
        if (scores.contains(contact.contactId))
            rows << &contact;
    }
    // Those who need attention first.
    std::stable_sort(rows.begin(), rows.end(), [&scores](const ContactHistory* a, const ContactHistory* b) {
        return scores[a->contactId].health < scores[b->contactId].health;
    });
    TextTable table({QObject::tr("Contact"), QObject::tr("Health"), QObject::tr("Status"), QObject::tr("Strength"),
                     QObject::tr("Last talked"), QObject::tr("Cadence")},
                    {false, true, false, true, true, true});
    for (const ContactHistory* contact : std::as_const(rows)) {
        const HealthScore& s = scores[contact->contactId];
        table.addRow({QStringLiteral("%1 (#%2)").arg(contact->name).arg(contact->contactId), number(s.health),
                      healthStatusName(s.status), number(s.strength),
                      s.neverContacted ? QObject::tr("never") : QObject::tr("%1 days ago").arg(s.daysSince),
                      QObject::tr("%1 days").arg(s.cadenceDays)});
    }
    context.print(table.toString());
    return ExitSuccess;
}

} // namespace kith
