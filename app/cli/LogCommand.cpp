#include "LogCommand.h"

#include "CommandContext.h"
#include "DateArgument.h"

#include "domain/Contact.h"
#include "domain/Interaction.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kith {

namespace {

QStringList channelKeys()
{
    QStringList keys;
    for (Channel channel : allChannels())
        keys << channelKey(channel);
    return keys;
}

} // namespace

QString LogCommand::summary() const
{
    return QObject::tr("Record an interaction with one or more contacts.");
}

void LogCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Records one interaction with every contact given and prints its id. A date without a time "
                    "means noon, local time."));
    parser.addPositionalArgument(QStringLiteral("ID"), QObject::tr("The ids of the people taking part."),
                                 QStringLiteral("ID..."));
    parser.addOptions({
        {QStringLiteral("channel"), QObject::tr("How: %1.").arg(channelKeys().join(QStringLiteral(", "))),
         QObject::tr("channel")},
        {QStringLiteral("at"), QObject::tr("When: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]."),
         QObject::tr("date")},
        {QStringLiteral("initiator"), QObject::tr("Who reached out: me (the default), them or mutual."),
         QObject::tr("who")},
        {QStringLiteral("summary"), QObject::tr("One line about it."), QObject::tr("text")},
        {QStringLiteral("notes"), QObject::tr("Longer notes."), QObject::tr("text")},
        {QStringLiteral("duration"),
         QObject::tr("How long it lasted, in minutes (a call of 30 or more is a long call)."), QObject::tr("minutes")},
    });
}

int LogCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.fail(ExitUsage, QObject::tr("log needs at least one contact id."));
    if (!parser.isSet(QStringLiteral("channel")))
        return context.fail(ExitUsage,
                            QObject::tr("log needs --channel (%1).").arg(channelKeys().join(QStringLiteral(", "))));
    if (!parser.isSet(QStringLiteral("at")))
        return context.fail(ExitUsage, QObject::tr("log needs --at with the date of the interaction."));

    Interaction interaction;
    for (const QString& arg : args) {
        const auto id = parseId(arg);
        if (!id)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(arg));
        if (!interaction.participantIds.contains(*id))
            interaction.participantIds << *id;
    }
    const QString channelText = parser.value(QStringLiteral("channel"));
    const auto channel = channelFromKey(channelText);
    if (!channel)
        return context.fail(ExitBadInput, QObject::tr("There is no channel called \"%1\"; the channels are %2.")
                                              .arg(channelText, channelKeys().join(QStringLiteral(", "))));
    interaction.channel = *channel;
    if (parser.isSet(QStringLiteral("initiator"))) {
        const QString text = parser.value(QStringLiteral("initiator"));
        const auto initiator = initiatorFromKey(text);
        if (!initiator)
            return context.fail(ExitBadInput,
                                QObject::tr("There is no initiator called \"%1\"; use me, them or mutual.").arg(text));
        interaction.initiator = *initiator;
    }
    const QString atText = parser.value(QStringLiteral("at"));
    const auto at = DateArgument::parse(atText, DateArgument::DateOnly::Noon);
    if (!at)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a valid date or date-time; use YYYY-MM-DD or "
                                                      "YYYY-MM-DDTHH:MM.")
                                              .arg(atText));
    interaction.occurredAt = at->toUTC();
    interaction.summary = parser.value(QStringLiteral("summary")).simplified();
    interaction.notes = parser.value(QStringLiteral("notes"));
    if (parser.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        const int minutes = parser.value(QStringLiteral("duration")).trimmed().toInt(&ok);
        if (!ok || minutes <= 0 || minutes > 24 * 60)
            return context.fail(ExitBadInput, QObject::tr("--duration needs minutes from 1 to 1440, not \"%1\".")
                                                  .arg(parser.value(QStringLiteral("duration"))));
        interaction.durationMinutes = minutes;
    }

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    // Every participant must exist and be live before anything is written.
    const auto people = context.contacts().getMany(interaction.participantIds);
    if (!people)
        return context.fail(ExitBadInput, people.error());
    QSet<qint64> found;
    for (const Contact& person : *people) {
        if (person.deletedAt.isValid())
            return context.fail(ExitBadInput, QObject::tr("Contact %1 (%2) is in the Trash; restore it first.")
                                                  .arg(person.id)
                                                  .arg(person.effectiveName()));
        found.insert(person.id);
    }
    for (qint64 id : std::as_const(interaction.participantIds)) {
        if (!found.contains(id))
            return context.fail(ExitBadInput, QObject::tr("There is no contact with id %1.").arg(id));
    }

    return context.reportAdded(context.interactions().add(interaction));
}

} // namespace kith
