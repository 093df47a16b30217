#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

class QJsonDocument;

namespace kith {

class CircleStore;
class Clock;
class Console;
class ContactStore;
class Database;
class InteractionStore;
class ReminderStore;

// What a running command works with: the console, the clock and the database with its stores,
// opened only when the command asks for it.
class CommandContext final {
    Q_DISABLE_COPY_MOVE(CommandContext)

public:
    // `isDefaultPath`: the path came from Database::defaultPath(), whose folder may be created.
    CommandContext(Console& console, QString databasePath, bool isDefaultPath, bool json);
    // Closes the database. A file this run created but never wrote to is removed again, so that
    // a failed or read-only command leaves no trace.
    ~CommandContext();

    Console& console() { return m_console; }
    const Clock& clock() const;
    bool json() const { return m_json; }
    QString databasePath() const { return m_databasePath; }

    // Opens the database and its stores; the error is user-readable.
    Status open();
    Database& database() { return *m_database; }
    ContactStore& contacts() { return *m_contacts; }
    InteractionStore& interactions() { return *m_interactions; }
    ReminderStore& reminders() { return *m_reminders; }
    CircleStore& circles() { return *m_circles; }

    // Tells the context that the command changed the database, so the file must stay.
    void markWritten() { m_written = true; }

    // Prints "kith-cli: <message>" and returns `code`, for `return context.fail(...)`.
    int fail(int code, const QString& message);
    void printJson(const QJsonDocument& document);
    // Finishes a command that added one record: its id on success (as {"id":N} with --json),
    // the store's message otherwise.
    int reportAdded(const Result<qint64>& added);
    void print(const QString& text);

private:
    void close();

    Console& m_console;
    QString m_databasePath;
    bool m_isDefaultPath = false;
    bool m_json = false;
    bool m_createdFile = false;
    bool m_written = false;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<InteractionStore> m_interactions;
    std::unique_ptr<ReminderStore> m_reminders;
    std::unique_ptr<CircleStore> m_circles;
};

} // namespace kith
