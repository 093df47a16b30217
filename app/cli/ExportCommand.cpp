#include "ExportCommand.h"

#include "CommandContext.h"

#include "io/ics/IcsExporter.h"
#include "storage/ContactStore.h"
#include "storage/ReminderStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

namespace {

const QString kFormatOption = QStringLiteral("format");
const QString kOutOption = QStringLiteral("out");

} // namespace

QString ExportCommand::summary() const
{
    return QObject::tr("Export birthdays, anniversaries and follow-ups as iCalendar.");
}

void ExportCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Writes the birthdays and anniversaries of everyone not in the Trash (yearly all-day events) and "
                    "the open follow-ups (to-dos) as an iCalendar file, for calendar programs. Without --out, the "
                    "calendar goes to standard output."));
    parser.addOption({kFormatOption, QObject::tr("The file format: ics (iCalendar)."), QObject::tr("format")});
    parser.addOption({kOutOption, QObject::tr("Write to this file (replaced whole) instead of standard output."),
                      QObject::tr("file")});
}

int ExportCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("export takes no arguments; to choose the file, use --out %1.")
                                           .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(kFormatOption))
        return context.fail(ExitUsage, QObject::tr("export needs --format ics."));
    const QString format = parser.value(kFormatOption).trimmed().toLower();
    if (format != QLatin1String("ics"))
        return context.fail(ExitUsage, QObject::tr("Unknown export format \"%1\": use --format ics. (vCard and CSV "
                                                   "export arrive with import.)")
                                           .arg(parser.value(kFormatOption)));
    const bool toFile = parser.isSet(kOutOption);
    const QString out = parser.value(kOutOption);
    if (toFile && out.trimmed().isEmpty())
        return context.fail(ExitUsage, QObject::tr("--out needs a file name."));

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    const IcsExporter exporter(context.contacts(), context.reminders(), context.clock());
    if (!toFile) {
        const auto ics = exporter.render();
        if (!ics)
            return context.fail(ExitBadInput, ics.error());
        context.print(QString::fromUtf8(*ics));
        return ExitSuccess;
    }
    const auto written = exporter.exportTo(out);
    if (!written)
        return context.fail(ExitBadInput, written.error());
    if (context.json())
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(out)}, {QStringLiteral("items"), *written}}));
    else
        context.print(
            QObject::tr("Exported %1 events and to-dos to %2.").arg(*written).arg(QDir::toNativeSeparators(out)));
    return ExitSuccess;
}

} // namespace kith
