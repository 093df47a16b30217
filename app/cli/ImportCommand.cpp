#include "ImportCommand.h"

#include "CommandContext.h"
#include "Console.h"

#include "io/import/ImportApplier.h"
#include "io/import/ImportPlanner.h"
#include "phone/PhoneNumbers.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

namespace {

const QString kRegionOption = QStringLiteral("region");
const QString kDryRunOption = QStringLiteral("dry-run");

} // namespace

QString ImportCommand::summary() const
{
    return QObject::tr("Import contacts from vCard or CSV files.");
}

void ImportCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Reads vCard (2.1, 3.0, 4.0) and CSV files (Google, Outlook, LinkedIn, Thunderbird or any other "
                    "with a header row) and adds their contacts. Someone already in Kith (same UID, email, phone, or "
                    "name plus organisation, birthday, city or website) is merged: new emails, phones and the like "
                    "are added, and values that differ are kept in the contact's history. Everything is written in "
                    "one go, as an import that 'kith-cli undo-import' can take back. Exits with 1 only when no "
                    "contact could be read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The vCard or CSV files."),
                                 QStringLiteral("FILE..."));
    parser.addOption({kRegionOption,
                      QObject::tr("The country of phone numbers written without a country code (ISO 3166, e.g. GB). "
                                  "Default: the Kith setting, else the locale's."),
                      QObject::tr("region")});
    parser.addOption({kDryRunOption, QObject::tr("Only show what would be imported; write nothing.")});
}

int ImportCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.fail(ExitUsage, QObject::tr("import needs at least one file."));
    for (QString& file : files)
        file = QDir::current().absoluteFilePath(file);
    ImportOptions options;
    if (parser.isSet(kRegionOption)) {
        options.defaultRegion = parser.value(kRegionOption).trimmed().toUpper();
        if (!PhoneNumbers::isKnownRegion(options.defaultRegion))
            return context.fail(ExitUsage, QObject::tr("\"%1\" is not a region: use a two-letter country code "
                                                       "such as GB or US.")
                                               .arg(parser.value(kRegionOption)));
    } else {
        options.defaultRegion = PhoneNumbers::regionFromSettings(Settings());
    }

    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    ImportPlanner planner(context.database(), options);
    auto plan = planner.plan(files);
    if (!plan)
        return context.fail(ExitBadInput, plan.error());

    ImportResult result;
    const bool dryRun = parser.isSet(kDryRunOption);
    if (dryRun) {
        result.added = plan->count(ImportAction::Add);
        result.merged = plan->count(ImportAction::Merge);
        result.skipped = plan->count(ImportAction::Skip);
        result.failed = plan->failed();
    } else if (!plan->records.isEmpty()) {
        ImportApplier applier(context.database(), context.clock());
        auto applied = applier.apply(*plan);
        if (!applied)
            return context.fail(ExitBadInput, applied.error());
        result = *applied;
        context.markWritten();
    } else {
        result.failed = plan->failed();
    }

    if (context.json()) {
        QJsonArray errors;
        for (const ImportIssue& issue : std::as_const(plan->issues))
            errors.append(QJsonObject{{QStringLiteral("file"), issue.file},
                                      {QStringLiteral("line"), issue.line},
                                      {QStringLiteral("reason"), issue.reason}});
        QJsonObject summary{{QStringLiteral("imported"), result.added},
                            {QStringLiteral("merged"), result.merged},
                            {QStringLiteral("skipped"), result.skipped},
                            {QStringLiteral("failed"), result.failed},
                            {QStringLiteral("errors"), errors}};
        if (result.batchId)
            summary.insert(QStringLiteral("batch"), result.batchId);
        if (dryRun)
            summary.insert(QStringLiteral("dry_run"), true);
        context.printJson(QJsonDocument(summary));
    } else {
        for (const ImportIssue& issue : std::as_const(plan->issues))
            // A problem with a whole file names the file itself.
            context.console().error(issue.line > 0 ? QStringLiteral("%1:%2: %3")
                                                         .arg(QDir::toNativeSeparators(issue.file))
                                                         .arg(issue.line)
                                                         .arg(issue.reason)
                                                   : issue.reason);
        QString text = dryRun ? QObject::tr("Would import %1 new, merge %2, skip %3; %4 failed.")
                              : QObject::tr("Imported %1 new, merged %2, skipped %3; %4 failed.");
        text = text.arg(result.added).arg(result.merged).arg(result.skipped).arg(result.failed);
        if (result.batchId)
            text += u' ' + QObject::tr("To take it back: kith-cli undo-import %1").arg(result.batchId);
        context.print(text);
    }
    // Nothing could be read at all: the only case that is a failure.
    return plan->records.isEmpty() ? ExitBadInput : ExitSuccess;
}

} // namespace kith
