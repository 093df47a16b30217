#include "ExportCommand.h"

#include "CommandContext.h"

#include "io/ContactExporter.h"
#include "io/ics/IcsExporter.h"
#include "storage/ContactStore.h"
#include "storage/ReminderStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace kith {

namespace {

const QString kFormatOption = QStringLiteral("format");
const QString kOutOption = QStringLiteral("out");
const QString kTagOption = QStringLiteral("tag");

// vCard or CSV export of the contacts (everyone not in the Trash, or those with --tag).
int exportContacts(ContactExporter::Format format, const QCommandLineParser& parser, CommandContext& context)
{
    const ContactExporter::Scope scope = parser.isSet(kTagOption)
                                             ? ContactExporter::Scope::withTag(parser.value(kTagOption))
                                             : ContactExporter::Scope::all();
    const bool toFile = parser.isSet(kOutOption);
    // Standard output gets the file once it is complete, so that a failure prints nothing half-done.
    QTemporaryDir scratch;
    const QString path = toFile ? parser.value(kOutOption)
                                : scratch.filePath(QStringLiteral("export.") + ContactExporter::fileSuffix(format));
    ContactExporter exporter(context.contacts());
    const auto written = exporter.exportTo(path, format, scope);
    if (!written)
        return context.fail(ExitBadInput, written.error());
    if (!toFile) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(ExitBadInput, file.errorString());
        context.print(QString::fromUtf8(file.readAll()));
        return ExitSuccess;
    }
    if (context.json())
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                                                    {QStringLiteral("format"), ContactExporter::formatKey(format)},
                                                    {QStringLiteral("contacts"), *written}}));
    else
        context.print(QObject::tr("Exported %1 contacts to %2.").arg(*written).arg(QDir::toNativeSeparators(path)));
    return ExitSuccess;
}

} // namespace

QString ExportCommand::summary() const
{
    return QObject::tr("Export contacts as vCard or CSV, or birthdays and follow-ups as iCalendar.");
}

void ExportCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Writes the contacts not in the Trash as vCard 4.0 (--format vcard), vCard 3.0 for older "
                    "programs (vcard3) or CSV (csv), or, with --format ics, their birthdays and anniversaries "
                    "(yearly all-day events) and the open follow-ups (to-dos) as an iCalendar file. Without --out, "
                    "the file goes to standard output."));
    parser.addOption(
        {kFormatOption, QObject::tr("The file format: vcard, vcard3, csv or ics."), QObject::tr("format")});
    parser.addOption(
        {kTagOption, QObject::tr("Only the contacts with this tag (vcard, vcard3 and csv)."), QObject::tr("tag")});
    parser.addOption({kOutOption, QObject::tr("Write to this file (replaced whole) instead of standard output."),
                      QObject::tr("file")});
}

int ExportCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("export takes no arguments; to choose the file, use --out %1.")
                                           .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(kFormatOption))
        return context.fail(ExitUsage, QObject::tr("export needs --format vcard, vcard3, csv or ics."));
    const QString format = parser.value(kFormatOption).trimmed().toLower();
    const std::optional<ContactExporter::Format> contactFormat = ContactExporter::formatFromKey(format);
    if (format != QLatin1String("ics") && !contactFormat)
        return context.fail(ExitUsage, QObject::tr("Unknown export format \"%1\": use --format vcard, vcard3, csv or "
                                                   "ics.")
                                           .arg(parser.value(kFormatOption)));
    if (parser.isSet(kTagOption) && (!contactFormat || parser.value(kTagOption).trimmed().isEmpty()))
        return context.fail(ExitUsage, contactFormat ? QObject::tr("--tag needs a tag name.")
                                                     : QObject::tr("--tag works with --format vcard, vcard3 and csv."));
    if (parser.isSet(kOutOption) && parser.value(kOutOption).trimmed().isEmpty())
        return context.fail(ExitUsage, QObject::tr("--out needs a file name."));
    if (contactFormat) {
        if (auto s = context.open(); !s)
            return context.fail(ExitBadInput, s.error());
        return exportContacts(*contactFormat, parser, context);
    }
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
