#include "ImportsCommand.h"

#include "CommandContext.h"
#include "ContactJson.h"
#include "TextTable.h"

#include "storage/ImportBatchStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

QString ImportsCommand::summary() const
{
    return QObject::tr("List the imports, newest first.");
}

void ImportsCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(QObject::tr(
        "Lists every import with its id (for undo-import), when it ran, its files and how many contacts it added, "
        "merged, skipped and could not read."));
}

int ImportsCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, QObject::tr("imports takes no arguments."));
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    ImportBatchStore store(context.database(), context.clock());
    const auto batches = store.batches();
    if (!batches)
        return context.fail(ExitBadInput, batches.error());
    if (context.json()) {
        QJsonArray array;
        for (const ImportBatch& b : *batches)
            array.append(QJsonObject{{QStringLiteral("id"), b.id},
                                     {QStringLiteral("at"), ContactJson::dateTime(b.at)},
                                     {QStringLiteral("files"), QJsonArray::fromStringList(b.files)},
                                     {QStringLiteral("imported"), b.added},
                                     {QStringLiteral("merged"), b.merged},
                                     {QStringLiteral("skipped"), b.skipped},
                                     {QStringLiteral("failed"), b.failed},
                                     {QStringLiteral("undone_at"), ContactJson::dateTime(b.undoneAt)}});
        context.printJson(QJsonDocument(array));
        return ExitSuccess;
    }
    if (batches->isEmpty()) {
        context.print(QObject::tr("No imports yet."));
        return ExitSuccess;
    }
    TextTable table({QObject::tr("ID"), QObject::tr("When"), QObject::tr("Files"), QObject::tr("New"),
                     QObject::tr("Merged"), QObject::tr("Skipped"), QObject::tr("Failed"), QObject::tr("Undone")},
                    {true, false, false, true, true, true, true, false});
    for (const ImportBatch& b : *batches) {
        QStringList names;
        for (const QString& file : b.files)
            names.append(QFileInfo(file).fileName());
        table.addRow(
            {QString::number(b.id), b.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             names.join(QStringLiteral(", ")), QString::number(b.added), QString::number(b.merged),
             QString::number(b.skipped), QString::number(b.failed),
             b.undoneAt.isValid() ? b.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString()});
    }
    context.print(table.toString());
    return ExitSuccess;
}

} // namespace kith
