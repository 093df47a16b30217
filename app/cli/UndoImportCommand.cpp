#include "UndoImportCommand.h"

#include "CommandContext.h"

#include "phone/PhoneNumbers.h"
#include "settings/Settings.h"
#include "storage/ImportBatchStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

QString UndoImportCommand::summary() const
{
    return QObject::tr("Undo an import.");
}

void UndoImportCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QObject::tr("Removes the contacts an import added and restores the contacts it merged into as they were. "
                    "Refuses, changing nothing, when those contacts were edited since, when a later import changed "
                    "them (undo that one first), or when contacts it added have interactions or reminders."));
    parser.addPositionalArgument(QStringLiteral("IMPORT_ID"), QObject::tr("The import's id, as `imports` lists it."));
}

int UndoImportCommand::run(const QCommandLineParser& parser, CommandContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, QObject::tr("undo-import needs exactly one import id."));
    const auto id = parseId(args.constFirst());
    if (!id)
        return context.fail(ExitBadInput, QObject::tr("\"%1\" is not an import id.").arg(args.constFirst()));
    if (auto s = context.open(); !s)
        return context.fail(ExitBadInput, s.error());
    ImportBatchStore store(context.database(), context.clock());
    store.setPhoneRegion(PhoneNumbers::regionFromSettings(Settings()));
    const auto batch = store.batch(*id);
    if (!batch)
        return context.fail(ExitBadInput, batch.error());
    if (auto s = store.undo(*id); !s)
        return context.fail(ExitBadInput, s.error());
    context.markWritten();
    if (context.json())
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), *id},
                                                    {QStringLiteral("removed"), batch->added},
                                                    {QStringLiteral("restored"), batch->merged}}));
    else
        context.print(QObject::tr("Import %1 undone: %n contact(s) removed", nullptr, batch->added).arg(*id) +
                      QObject::tr(", %n restored.", nullptr, batch->merged));
    return ExitSuccess;
}

} // namespace kith
