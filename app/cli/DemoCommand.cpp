#include "DemoCommand.h"

#include "CommandContext.h"
#include "Console.h"

#include "demo/SampleNetworkGenerator.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace kith {

namespace {

constexpr int kMaxContacts = 1000000;
constexpr int kMaxInteractions = 20000000;

} // namespace

QString DemoCommand::summary() const
{
    return QObject::tr("Fill a new database with a synthetic sample network.");
}

void DemoCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Fills the database with a realistic synthetic network: contacts, years of interactions and "
                    "reminders. The same seed gives the same network. Refuses a database that already holds "
                    "contacts unless --force is given."));
    parser.addOptions({
        {QStringLiteral("contacts"), QObject::tr("How many contacts to make (default 300)."), QObject::tr("count")},
        {QStringLiteral("seed"), QObject::tr("The random seed (default 1)."), QObject::tr("seed")},
        {QStringLiteral("interactions"),
         QObject::tr("How many interactions in all (default: each circle's natural rhythm, about 17 per contact)."),
         QObject::tr("count")},
        {QStringLiteral("force"), QObject::tr("Add the sample network even to a database with contacts.")},
    });
}

int DemoCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("demo takes no arguments besides options, got \"%1\".")
                                           .arg(parser.positionalArguments().constFirst()));
    SampleNetworkOptions options;
    if (parser.isSet(QStringLiteral("contacts"))) {
        bool ok = false;
        options.contacts = parser.value(QStringLiteral("contacts")).trimmed().toInt(&ok);
        if (!ok || options.contacts <= 0 || options.contacts > kMaxContacts)
            return context.fail(ExitBadInput, QObject::tr("--contacts needs a number from 1 to %1, not \"%2\".")
                                                  .arg(kMaxContacts)
                                                  .arg(parser.value(QStringLiteral("contacts"))));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).trimmed().toUInt(&ok);
        if (!ok)
            return context.fail(ExitBadInput, QObject::tr("--seed needs a whole number from 0 to %1, not \"%2\".")
                                                  .arg(std::numeric_limits<quint32>::max())
                                                  .arg(parser.value(QStringLiteral("seed"))));
    }

    if (parser.isSet(QStringLiteral("interactions"))) {
        bool ok = false;
        options.interactions = parser.value(QStringLiteral("interactions")).trimmed().toInt(&ok);
        if (!ok || options.interactions <= 0 || options.interactions > kMaxInteractions)
            return context.fail(ExitBadInput, QObject::tr("--interactions needs a number from 1 to %1, not \"%2\".")
                                                  .arg(kMaxInteractions)
                                                  .arg(parser.value(QStringLiteral("interactions"))));
    }

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    // Sample people mixed into someone's real address book would be hard to get out again.
    if (!parser.isSet(QStringLiteral("force"))) {
        const auto live = context.contacts().count(false);
        const auto trashed = context.contacts().count(true);
        if (!live || !trashed)
            return context.fail(ExitBadInput, live ? trashed.error() : live.error());
        if (*live + *trashed > 0)
            return context.fail(ExitBadInput,
                                QObject::tr("%1 already holds %2 contacts; give a new file with --db, or --force to "
                                            "add the sample network anyway.")
                                    .arg(QDir::toNativeSeparators(context.databasePath()))
                                    .arg(*live + *trashed));
    }

    Console& console = context.console();
    SampleNetworkGenerator generator(context.database(), context.clock());
    int shownPercent = -1;
    const auto stats = generator.generate(options, [&console, &shownPercent](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
        if (percent != shownPercent) {
            shownPercent = percent;
            console.progress(QObject::tr("Generating the sample network: %1%").arg(percent));
        }
        return true;
    });
    console.endProgress();
    if (!stats)
        return context.fail(ExitBadInput, stats.error());
    context.markWritten();

    const QString path = QDir::toNativeSeparators(context.database().path());
    if (context.json()) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("contacts"), stats->contacts},
            {QStringLiteral("interactions"), stats->interactions},
            {QStringLiteral("reminders"), stats->reminders},
            {QStringLiteral("relationships"), stats->relationships},
            {QStringLiteral("topics"), stats->topics},
            {QStringLiteral("events"), stats->events},
            {QStringLiteral("favours"), stats->favours},
            {QStringLiteral("introductions"), stats->introductions},
            {QStringLiteral("database"), path},
        }));
    } else {
        context.print(QObject::tr("Added %1 contacts, %2 interactions, %3 reminders, %4 links, %5 topics and %6 "
                                  "introductions to %7.")
                          .arg(stats->contacts)
                          .arg(stats->interactions)
                          .arg(stats->reminders)
                          .arg(stats->relationships)
                          .arg(stats->topics)
                          .arg(stats->introductions)
                          .arg(path));
        context.print(QObject::tr("With %1 events and %2 favours.").arg(stats->events).arg(stats->favours));
    }
    return ExitSuccess;
}

} // namespace kith
