#include "ShowCommand.h"

#include "CommandContext.h"
#include "ContactJson.h"
#include "TextTable.h"

#include "domain/Circle.h"
#include "domain/Contact.h"
#include "domain/Interaction.h"
#include "domain/Reminder.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace kith {

namespace {

QString localTime(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void addLine(QStringList& lines, const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty())
        lines << QStringLiteral("  %1 %2").arg(QString(label + QLatin1Char(':')), -18).arg(value);
}

void addLabelled(QStringList& lines, const QString& label, const QList<LabeledValue>& values)
{
    for (const LabeledValue& v : values)
        addLine(lines, v.label.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, v.label), v.value);
}

} // namespace

QString ShowCommand::summary() const
{
    return QObject::tr("Show one contact with its interactions and open reminders.");
}

void ShowCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Shows every field of one contact, its interactions (newest first) and its open reminders."));
    parser.addPositionalArgument(QStringLiteral("ID"), QObject::tr("The contact's id."));
}

int ShowCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, QObject::tr("show needs exactly one contact id."));
    const auto id = parseId(args.constFirst());
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not a contact id.").arg(args.constFirst()));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const auto contact = context.contacts().get(*id);
    if (!contact)
        return context.fail(ExitBadInput, contact.error());
    const auto summaries = context.contacts().summaries({*id});
    if (!summaries)
        return context.fail(ExitBadInput, summaries.error());
    const QDateTime last = summaries->isEmpty() ? QDateTime() : summaries->constFirst().lastInteraction;
    const auto interactions = context.interactions().forContact(*id);
    if (!interactions)
        return context.fail(ExitBadInput, interactions.error());
    const auto reminders = context.reminders().openForContact(*id);
    if (!reminders)
        return context.fail(ExitBadInput, reminders.error());

    if (context.json()) {
        context.printJson(QJsonDocument(ContactJson::full(*contact, last, *interactions, *reminders)));
        return ExitSuccess;
    }

    // The other people in this contact's interactions, named in one batch.
    QSet<qint64> others;
    for (const Interaction& i : *interactions) {
        for (qint64 participant : i.participantIds) {
            if (participant != *id)
                others.insert(participant);
        }
    }
    QHash<qint64, QString> names;
    if (!others.isEmpty()) {
        const auto people = context.contacts().getMany(others.values());
        if (!people)
            return context.fail(ExitBadInput, people.error());
        for (const Contact& person : *people)
            names.insert(person.id, person.effectiveName());
    }
    QString circleName = contact->circle;
    if (const auto circles = context.circles().all(); circles) {
        for (const Circle& c : *circles) {
            if (c.key == contact->circle)
                circleName = c.name;
        }
    }

    const Contact& c = *contact;
    QStringList lines;
    lines << QStringLiteral("%1  (#%2)").arg(c.effectiveName()).arg(c.id);
    if (c.deletedAt.isValid())
        lines << QObject::tr("  In the Trash since %1").arg(localTime(c.deletedAt));
    if (c.effectiveName() != c.composedName())
        addLine(lines, QObject::tr("Full name"), c.composedName());
    addLine(lines, QObject::tr("Nickname"), c.nickname);
    addLine(lines, QObject::tr("Organization"), c.organization);
    addLine(lines, QObject::tr("Title"), c.title);
    addLabelled(lines, QObject::tr("Email"), c.emails);
    addLabelled(lines, QObject::tr("Phone"), c.phones);
    for (const PostalAddress& a : c.addresses)
        addLine(lines, a.label.isEmpty() ? QObject::tr("Address") : QObject::tr("Address (%1)").arg(a.label),
                a.singleLine());
    addLabelled(lines, QObject::tr("Web"), c.urls);
    addLabelled(lines, QObject::tr("Social"), c.socialProfiles);
    addLine(lines, QObject::tr("Birthday"), c.birthday.toIsoString());
    addLine(lines, QObject::tr("Anniversary"), c.anniversary.toIsoString());
    addLine(lines, QObject::tr("Circle"), circleName);
    if (c.cadenceDays)
        addLine(lines, QObject::tr("Keep in touch"), QObject::tr("every %n day(s)", nullptr, *c.cadenceDays));
    if (c.closeness)
        addLine(lines, QObject::tr("Closeness"), QObject::tr("%1 of 5").arg(*c.closeness));
    if (c.priority != Priority::None)
        addLine(lines, QObject::tr("Priority"), priorityKey(c.priority));
    addLine(lines, QObject::tr("Tags"), c.tags.join(QStringLiteral(", ")));
    addLine(lines, QObject::tr("How met"), c.howMet);
    addLine(lines, QObject::tr("Where met"), c.whereMet);
    addLine(lines, QObject::tr("Notes"), c.notes.simplified());
    addLine(lines, QObject::tr("Last contact"), last.isValid() ? localTime(last) : QString());

    lines << QString() << QObject::tr("Interactions:");
    if (interactions->isEmpty())
        lines << QObject::tr("  none");
    TextTable timeline({QObject::tr("ID"), QObject::tr("When"), QObject::tr("Channel"), QObject::tr("Initiator"),
                        QObject::tr("Summary"), QObject::tr("With")},
                       {true});
    timeline.setMaxColumnWidth(48);
    for (const Interaction& i : *interactions) {
        QStringList with;
        for (qint64 participant : i.participantIds) {
            if (participant != *id)
                with << names.value(participant, QStringLiteral("#%1").arg(participant));
        }
        timeline.addRow({QString::number(i.id), localTime(i.occurredAt), channelKey(i.channel),
                         initiatorKey(i.initiator), i.summary, with.join(QStringLiteral(", "))});
    }
    if (!interactions->isEmpty()) {
        const QStringList rows = timeline.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& row : rows)
            lines << QStringLiteral("  ") + row;
    }
    lines << QString() << QObject::tr("Open reminders:");
    if (reminders->isEmpty())
        lines << QObject::tr("  none");
    for (const Reminder& r : *reminders) {
        QString line = QStringLiteral("  #%1  %2").arg(r.id).arg(localTime(r.dueAt));
        if (!r.note.isEmpty())
            line += QStringLiteral("  ") + r.note.simplified();
        lines << line;
    }
    context.print(lines.join(QLatin1Char('\n')));
    return ExitSuccess;
}

} // namespace kith
