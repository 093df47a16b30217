#include "storage/Database.h"

#include "phone/PhoneNumbers.h"
#include "storage/SearchIndex.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <functional>

namespace kith {

namespace {

// 'KITH' in the SQLite header marks a file as ours.
constexpr int kApplicationId = 0x4B495448;

struct Migration {
    int version;
    QString sqlResource;
    std::function<Status(const QSqlDatabase&)> after; // runs after the SQL, in the same transaction
};

// Schema 5: the E.164 form of every phone already stored, read in the locale's region.
Status fillPhoneKeysAndIndex(const QSqlDatabase& db)
{
    const PhoneNumbers phones;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, value FROM contact_fields WHERE kind = 'phone'")))
        return Status::failure(select.lastError().text());
    QList<std::pair<qint64, QString>> keys;
    while (select.next()) {
        if (QString e164 = phones.toE164(select.value(1).toString()); !e164.isEmpty())
            keys.append({select.value(0).toLongLong(), std::move(e164)});
    }
    QSqlQuery update(db);
    if (auto s = sql::prepare(update, QStringLiteral("UPDATE contact_fields SET normalized = ? WHERE id = ?")); !s)
        return s;
    for (const auto& [id, e164] : std::as_const(keys)) {
        update.addBindValue(e164);
        update.addBindValue(id);
        if (auto s = sql::exec(update); !s)
            return s;
    }
    return SearchIndex::rebuild(db);
}

const QList<Migration>& migrations()
{
    static const QList<Migration> list{
        {1, QStringLiteral(":/kith/migrations/0001_initial.sql"), {}},
        {2, QStringLiteral(":/kith/migrations/0002_search_index.sql"), &SearchIndex::rebuild},
        {3, QStringLiteral(":/kith/migrations/0003_search_prefixes.sql"), &SearchIndex::rebuild},
        // Every upgrade refills the search index from the contacts, so that no older file is left
        // with contacts search cannot find.
        {4, QStringLiteral(":/kith/migrations/0004_reminders.sql"), &SearchIndex::rebuild},
        {5, QStringLiteral(":/kith/migrations/0005_import.sql"), &fillPhoneKeysAndIndex},
        {6, QStringLiteral(":/kith/migrations/0006_health.sql"), &SearchIndex::rebuild},
        {7, QStringLiteral(":/kith/migrations/0007_network.sql"), &SearchIndex::rebuild},
        {8, QStringLiteral(":/kith/migrations/0008_events_favours_introductions.sql"), &SearchIndex::rebuild},
        {9, QStringLiteral(":/kith/migrations/0009_topic_search.sql"), &SearchIndex::rebuild},
    };
    return list;
}

Status runScript(const QSqlDatabase& db, const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QObject::tr("Missing migration %1").arg(resource));
    const QString script = QString::fromUtf8(file.readAll());
    // Statements end with ';' at the end of a line; a trigger, whose body holds statements, with "END;".
    QString statement;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        statement += line + QLatin1Char('\n');
        const bool inTrigger = statement.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (line.trimmed().endsWith(QLatin1Char(';')) &&
            (!inTrigger || line.trimmed().compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)) {
            if (auto s = sql::run(db, statement); !s)
                return s;
            statement.clear();
        }
    }
    if (!statement.trimmed().isEmpty())
        return sql::run(db, statement);
    return {};
}

Result<int> pragmaInt(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return Result<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    return migrations().last().version;
}

QString Database::defaultPath()
{
    // Fixed organisation and application names so that the path does not depend on who calls.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/kith/kith.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const auto version = pragmaInt(connection(), QStringLiteral("user_version"));
    return version ? *version : -1;
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.isEmpty())
        return R::failure(QObject::tr("No database path given."));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return R::failure(
            QObject::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists()) {
        if (info.isDir())
            return R::failure(QObject::tr("%1 is a folder, not a Kith database.").arg(QDir::toNativeSeparators(path)));
        // A file that is no SQLite database is refused by open()'s first read, untouched. Reading its header
        // here would open and close the file beside SQLite's connections, and closing any descriptor of a file
        // drops every POSIX lock this process holds on it: another program closing the database would then
        // think itself the last and delete the write-ahead log under this one's feet.
    }

    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("kith-%1").arg(++counter);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return R::failure(QObject::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    using R = Result<std::unique_ptr<Database>>;
    auto opened = openConnection(path);
    if (!opened)
        return opened;
    std::unique_ptr<Database> database = std::move(opened.value());
    const QSqlDatabase db = database->connection();

    // Read-only checks first: a file we refuse must be left exactly as it was.
    const auto appId = pragmaInt(db, QStringLiteral("application_id"));
    const auto version = pragmaInt(db, QStringLiteral("user_version"));
    const auto tableCount = [&]() -> Result<int> {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
            return Result<int>::failure(query.lastError().text());
        return query.value(0).toInt();
    }();
    if (!appId || !version || !tableCount)
        return R::failure(QObject::tr("%1 is not a Kith database.").arg(QDir::toNativeSeparators(path)));
    const bool fresh = *tableCount == 0 && *appId == 0 && *version == 0;
    if (!fresh && *appId != kApplicationId)
        return R::failure(QObject::tr("%1 is not a Kith database.").arg(QDir::toNativeSeparators(path)));
    if (*version > latestVersion())
        return R::failure(QObject::tr("%1 was written by a newer version of Kith (schema %2; this version knows up "
                                      "to %3). Update Kith to open it.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(*version)
                              .arg(latestVersion()));

    if (auto s = sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return R::failure(s.error());
    QSqlQuery wal(db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next() ||
        wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return R::failure(QObject::tr("Cannot switch %1 to write-ahead logging.").arg(QDir::toNativeSeparators(path)));
    wal.finish();
    // NORMAL is durable enough under WAL and much faster for bulk imports.
    if (auto s = sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
        return R::failure(s.error());

    if (auto s = database->migrate(latestVersion()); !s)
        return R::failure(s.error());
    return database;
}

Status Database::createAtVersion(const QString& path, int version)
{
    if (QFileInfo::exists(path))
        return Status::failure(QObject::tr("%1 already exists.").arg(path));
    auto opened = openConnection(path);
    if (!opened)
        return Status::failure(opened.error());
    return opened.value()->migrate(version);
}

Status Database::checkpoint()
{
    return sql::run(connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Status Database::migrate(int targetVersion)
{
    const QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current >= targetVersion)
        return {};
    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        if (auto s = runScript(db, migration.sqlResource); !s)
            return Status::failure(
                QObject::tr("Upgrading the database to schema %1 failed: %2").arg(migration.version).arg(s.error()));
        if (migration.after) {
            if (auto s = migration.after(db); !s)
                return Status::failure(QObject::tr("Upgrading the database to schema %1 failed: %2")
                                           .arg(migration.version)
                                           .arg(s.error()));
        }
    }
    if (auto s = sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
        return s;
    if (auto s = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)); !s)
        return s;
    return transaction.commit();
}

} // namespace kith
