#include "IntroCommand.h"

#include "CommandContext.h"
#include "DateArgument.h"
#include "IntroductionJson.h"
#include "TextTable.h"

#include "domain/Clock.h"
#include "domain/Introduction.h"
#include "storage/IntroductionStore.h"
#include "storage/RelationshipStore.h"
#include "storage/TopicStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace kith {

namespace {

QString statusList()
{
    QStringList keys;
    for (IntroductionStatus status : allIntroductionStatuses())
        keys << introductionStatusKey(status);
    return keys.join(QStringLiteral(", "));
}

const QString kReason = QStringLiteral("reason");
const QString kTopic = QStringLiteral("topic");
const QString kOn = QStringLiteral("on");
const QString kStatus = QStringLiteral("status");
const QString kOutcome = QStringLiteral("outcome");
const QString kFollowUp = QStringLiteral("follow-up");
const QString kContact = QStringLiteral("contact");

} // namespace

QString IntroCommand::summary() const
{
    return QObject::tr("Record an introduction you made (add), list them, change their status, remove one.");
}

void IntroCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("intro add A B: you introduced contacts A and B; a follow-up reminder on A, \"Ask A and B how "
                    "the introduction went\", is due after --follow-up days (default 7, 0 for none). When an "
                    "introduction is accepted the two are linked as knows, unless they are linked already.\n"
                    "intro list [--contact ID]: newest first.\n"
                    "intro status ID STATUS [--outcome TEXT]: STATUS is one of %1.\n"
                    "intro remove ID: also removes its follow-up reminder if it is still open.")
            .arg(statusList()));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QObject::tr("add, list, status or remove."));
    parser.addPositionalArgument(QStringLiteral("ARGS"), QObject::tr("The action's ids (and status)."),
                                 QStringLiteral("[ARGS...]"));
    parser.addOption({kReason, QObject::tr("Why you introduced them."), QObject::tr("TEXT")});
    parser.addOption(
        {kTopic, QObject::tr("What it is about: a topic one of them has (\"tax law\")."), QObject::tr("NAME")});
    parser.addOption({kOn, QObject::tr("When you made it, YYYY-MM-DD (default today)."), QObject::tr("DATE")});
    parser.addOption(
        {kStatus, QObject::tr("How far it went: %1 (default asked).").arg(statusList()), QObject::tr("STATUS")});
    parser.addOption({kOutcome, QObject::tr("What came of it."), QObject::tr("TEXT")});
    parser.addOption({kFollowUp, QObject::tr("Days until the follow-up reminder (default 7, 0 for none)."),
                      QObject::tr("DAYS"), QString::number(IntroductionStore::kDefaultFollowUpDays)});
    parser.addOption({kContact, QObject::tr("list: only this contact's introductions."), QObject::tr("ID")});
}

int IntroCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.fail(ExitUsage, QObject::tr("intro needs an action: add, list, status or remove."));
    const QString action = args.first();
    const QStringList rest = args.mid(1);
    if (action == QLatin1String("add"))
        return add(parser, rest, context);
    if (action == QLatin1String("list"))
        return list(parser, rest, context);
    if (action == QLatin1String("status"))
        return status(parser, rest, context);
    if (action == QLatin1String("remove"))
        return remove(rest, context);
    return context.fail(ExitUsage,
                        QObject::tr("\"%1\" is not an intro action; use add, list, status or remove.").arg(action));
}

int IntroCommand::add(const QCommandLineParser& parser, const QStringList& args, CommandContext& context) const
{
    if (args.size() != 2)
        return context.fail(ExitUsage, QObject::tr("intro add needs two contact ids."));
    const auto a = parseId(args.at(0));
    const auto b = parseId(args.at(1));
    if (!a || !b)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(!a ? args.at(0) : args.at(1)));
    Introduction introduction;
    introduction.firstId = *a;
    introduction.secondId = *b;
    introduction.reason = parser.value(kReason);
    introduction.outcome = parser.value(kOutcome);
    if (parser.isSet(kStatus)) {
        const auto status = introductionStatusFromKey(parser.value(kStatus));
        if (!status)
            return context.fail(
                ExitBadInput,
                QObject::tr("\"%1\" is not a status; use one of %2.").arg(parser.value(kStatus), statusList()));
        introduction.status = *status;
    }
    if (parser.isSet(kOn)) {
        const auto on = DateArgument::parse(parser.value(kOn), DateArgument::DateOnly::Noon);
        if (!on)
            return context.fail(ExitBadInput,
                                QObject::tr("\"%1\" is not a date; use YYYY-MM-DD.").arg(parser.value(kOn)));
        introduction.introducedOn = on->toLocalTime().date();
    } else {
        introduction.introducedOn = context.clock().today();
    }
    bool ok = false;
    const int days = parser.value(kFollowUp).toInt(&ok);
    if (!ok || days < 0)
        return context.fail(ExitBadInput, QObject::tr("--follow-up needs a whole number of days, 0 or more, not "
                                                      "\"%1\".")
                                              .arg(parser.value(kFollowUp)));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    if (parser.isSet(kTopic)) {
        const QString name = parser.value(kTopic).simplified();
        auto topics = TopicStore(context.database(), context.clock()).all();
        if (!topics)
            return context.fail(ExitBadInput, topics.error());
        for (const Topic& t : *topics) {
            if (t.name.compare(name, Qt::CaseInsensitive) == 0)
                introduction.topicId = t.id;
        }
        if (!introduction.topicId)
            return context.fail(
                ExitBadInput,
                QObject::tr("No contact has the topic \"%1\"; add it with `kith-cli topic` first.").arg(name));
    }
    RelationshipStore relationships(context.database(), context.clock());
    IntroductionStore store(context.database(), context.clock(), context.reminders(), relationships);
    return context.reportAdded(store.add(introduction, days));
}

int IntroCommand::list(const QCommandLineParser& parser, const QStringList& args, CommandContext& context) const
{
    if (!args.isEmpty())
        return context.fail(ExitUsage, QObject::tr("intro list takes no ids; use --contact ID."));
    std::optional<qint64> contact;
    if (parser.isSet(kContact)) {
        contact = parseId(parser.value(kContact));
        if (!contact)
            return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(parser.value(kContact)));
    }
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    RelationshipStore relationships(context.database(), context.clock());
    const IntroductionStore store(context.database(), context.clock(), context.reminders(), relationships);
    const auto found = contact ? store.forContact(*contact) : store.all();
    if (!found)
        return context.fail(ExitBadInput, found.error());
    if (context.json()) {
        QJsonArray array;
        for (const Introduction& i : *found)
            array.append(IntroductionJson::introduction(i));
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (found->isEmpty()) {
        context.print(QObject::tr("No introductions recorded."));
        return ExitSuccess;
    }
    TextTable table({QObject::tr("ID"), QObject::tr("Date"), QObject::tr("Who"), QObject::tr("Status"),
                     QObject::tr("Why"), QObject::tr("Outcome")},
                    {true});
    for (const Introduction& i : *found) {
        table.addRow({QString::number(i.id), i.introducedOn.toString(Qt::ISODate),
                      QObject::tr("%1 and %2").arg(i.firstName, i.secondName), introductionStatusLabel(i.status),
                      i.reason.isEmpty() ? i.topicName : i.reason, i.outcome});
    }
    context.print(table.toString());
    return ExitSuccess;
}

int IntroCommand::status(const QCommandLineParser& parser, const QStringList& args, CommandContext& context) const
{
    if (args.size() != 2)
        return context.fail(ExitUsage,
                            QObject::tr("intro status needs an introduction id and a status (%1).").arg(statusList()));
    const auto id = parseId(args.at(0));
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not an introduction id.").arg(args.at(0)));
    const auto status = introductionStatusFromKey(args.at(1));
    if (!status)
        return context.fail(ExitBadInput,
                            QObject::tr("\"%1\" is not a status; use one of %2.").arg(args.at(1), statusList()));
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    RelationshipStore relationships(context.database(), context.clock());
    IntroductionStore store(context.database(), context.clock(), context.reminders(), relationships);
    auto current = store.get(*id);
    if (!current)
        return context.fail(ExitBadInput, current.error());
    Introduction changed = *current;
    changed.status = *status;
    if (parser.isSet(kOutcome))
        changed.outcome = parser.value(kOutcome);
    if (auto s = store.update(changed); !s)
        return context.fail(ExitBadInput, s.error());
    context.markWritten();
    const Introduction now = store.get(*id).value();
    if (context.json())
        context.printJson(QJsonDocument(IntroductionJson::introduction(now)));
    else
        context.print(QObject::tr("Introduction %1 of %2 and %3 is now %4.")
                          .arg(now.id)
                          .arg(now.firstName, now.secondName, introductionStatusLabel(now.status).toLower()));
    return ExitSuccess;
}

int IntroCommand::remove(const QStringList& args, CommandContext& context) const
{
    if (args.size() != 1)
        return context.fail(ExitUsage, QObject::tr("intro remove needs one introduction id."));
    const auto id = parseId(args.at(0));
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not an introduction id.").arg(args.at(0)));
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    RelationshipStore relationships(context.database(), context.clock());
    IntroductionStore store(context.database(), context.clock(), context.reminders(), relationships);
    auto removed = store.remove(*id);
    if (!removed)
        return context.fail(ExitBadInput, removed.error());
    context.markWritten();
    if (context.json())
        context.printJson(QJsonDocument(IntroductionJson::introduction(removed->introduction)));
    else
        context.print(QObject::tr("Removed introduction %1.").arg(*id));
    return ExitSuccess;
}

} // namespace kith
