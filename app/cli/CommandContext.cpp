#include "CommandContext.h"

#include "CliCommand.h"
#include "Console.h"

#include "domain/Clock.h"
#include "storage/CircleStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/InteractionStore.h"
#include "storage/ReminderStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith {

CommandContext::CommandContext(Console& console, QString databasePath, bool isDefaultPath, bool json)
    : m_console(console)
    , m_databasePath(std::move(databasePath))
    , m_isDefaultPath(isDefaultPath)
    , m_json(json)
{}

CommandContext::~CommandContext()
{
    close();
}

const Clock& CommandContext::clock() const
{
    return Clock::system();
}

Status CommandContext::open()
{
    if (m_database)
        return {};
    const QFileInfo info(m_databasePath);
    if (m_isDefaultPath && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Status::failure(
            QObject::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    const bool existed = info.exists();
    auto opened = Database::open(m_databasePath);
    if (!opened)
        return Status::failure(opened.error());
    m_createdFile = !existed;
    m_database = std::move(opened.value());
    m_contacts = std::make_unique<ContactStore>(*m_database, clock());
    m_interactions = std::make_unique<InteractionStore>(*m_database, clock());
    m_reminders = std::make_unique<ReminderStore>(*m_database, clock());
    m_circles = std::make_unique<CircleStore>(*m_database);
    return {};
}

void CommandContext::close()
{
    if (!m_database)
        return;
    m_circles.reset();
    m_reminders.reset();
    m_interactions.reset();
    m_contacts.reset();
    const QString path = m_database->path();
    m_database.reset();
    if (m_createdFile && !m_written) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
}

int CommandContext::fail(int code, const QString& message)
{
    m_console.error(message);
    return code;
}

void CommandContext::printJson(const QJsonDocument& document)
{
    // Qt writes an empty array over two lines; "[]" is what people and scripts expect.
    if (document.isArray() && document.array().isEmpty()) {
        m_console.print(QStringLiteral("[]"));
        return;
    }
    m_console.print(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void CommandContext::print(const QString& text)
{
    m_console.print(text);
}

int CommandContext::reportAdded(const Result<qint64>& added)
{
    if (!added)
        return fail(ExitBadInput, added.error());
    markWritten();
    if (json())
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), *added}}));
    else
        print(QString::number(*added));
    return ExitSuccess;
}

} // namespace kith
