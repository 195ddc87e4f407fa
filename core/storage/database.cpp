#include "database.h"

#include "backup.h"
#include "io/file_output.h"
#include "migrations.h"
#include "preset_loader.h"
#include "server_connection.h"
#include "sql_dialect.h"
#include "task_preset_loader.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// SQLite keeps its journal beside the database under the database's name plus a suffix; the
// longest is "-journal". A name without room for it opens and reads, then fails at every write.
constexpr int kNameMaxBytes = 255;     // NAME_MAX of common file systems (ext4, NTFS, APFS)
constexpr int kPathMaxBytes = 512;     // SQLite's own limit for a path (MAX_PATHNAME, unix VFS)
constexpr int kLongestSuffixBytes = 8; // "-journal"

const char* const kCompanionSuffixes[] = {"-journal", "-wal", "-shm"};

// A read-only copy cannot migrate or load presets; the copy that holds the file did both.
bool isCurrentForReading(const QSqlDatabase& db, QString* why) {
    if (currentSchemaVersion(db) == latestSchemaVersion())
        return true;
    *why = QCoreApplication::translate("Database",
                                       "the database must first be upgraded by the copy of "
                                       "Yufang that has it open; it cannot be opened read-only");
    return false;
}

// A password given in a server address is kept here, by connection, rather than in path():
// path() appears in messages and the title bar.
QHash<QString, QString>& serverPasswords() {
    static QHash<QString, QString> passwords;
    return passwords;
}

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("yufang-%1").arg(counter.fetchAndAddRelaxed(1));
}

// For a damaged file: where its last automatic backup is, if any.
QString backupHint(DatabaseFault fault, const QString& path) {
    if (fault != DatabaseFault::Damaged)
        return {};
    const QString latest = RollingBackups(path).latest();
    return latest.isEmpty()
               ? Text::tr("; restore a backup of it")
               : Text::tr("; restore a backup of it: the last automatic one is %1").arg(latest);
}

void reserveFiles(const QString& path, bool reserve) {
    const auto apply = reserve ? &reserveOutputPath : &releaseOutputPath;
    apply(path);
    for (const char* suffix : kCompanionSuffixes)
        apply(path + QLatin1String(suffix));
}

// A server keeps its own consistency and backups (pg_dump, docs/server.md): no file checks,
// no quick_check and no automatic copies. Connects db (QPSQL) to the server of address.
bool connectServer(QSqlDatabase& db, const QString& address, const QString& password,
                   DatabaseFault* fault, QString* why) {
    const std::optional<ServerConnection> server = ServerConnection::fromUrl(address, why);
    *fault = DatabaseFault::CannotOpen;
    if (!server)
        return false;
    if (!db.isValid()) {
        *why = Text::tr("the PostgreSQL driver of Qt (QPSQL) is not installed; on Debian install "
                        "the package libqt6sql6-psql");
        return false;
    }
    db.setHostName(server->host);
    if (server->port > 0)
        db.setPort(server->port);
    db.setDatabaseName(server->database);
    db.setUserName(server->user);
    db.setPassword(password);
    db.setConnectOptions(server->connectOptions());
    if (!db.open()) {
        *why = describeDatabaseError(db.lastError());
        return false;
    }
    *fault = DatabaseFault::Other;
    return sql::configureConnection(db, why) && sql::ensureSchema(db, server->schema, why);
}

// The schema is brought up to date under an advisory lock, so two programs opening a new
// server at once do not both migrate it. A unit's login finds it current and writes nothing.
bool prepareServerSchema(QSqlDatabase& db, QString* why) {
    if (!sql::lockSchema(db, true, why))
        return false;
    const bool ok =
        migrate(db, why) && PresetLoader::load(db, why) && TaskPresetLoader::load(db, why);
    QString unlockWhy;
    sql::lockSchema(db, false, &unlockWhy);
    return ok;
}
} // namespace

// A path that is a server address (postgresql://…, ServerConnection) opens that server.
Database::Database(QString path) : m_path(std::move(path)), m_connectionName(nextConnectionName()) {
    if (!isServerAddress(m_path))
        return;
    QString why;
    if (auto server = ServerConnection::fromUrl(m_path, &why);
        server && !server->password.isEmpty()) {
        serverPasswords().insert(m_connectionName, server->password);
        m_path = server->url(false);
    }
}

Database::~Database() {
    close();
    serverPasswords().remove(m_connectionName);
}

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("yufang.sqlite"));
}

int Database::maxFileNameBytes() {
    return kNameMaxBytes - kLongestSuffixBytes;
}

bool Database::checkPath(QString* why) const {
    const QFileInfo info(m_path);
    const qsizetype nameBytes = QFile::encodeName(info.fileName()).size();
    const qsizetype pathBytes = QFile::encodeName(info.absoluteFilePath()).size();
    if (nameBytes > maxFileNameBytes()) {
        *why = Text::tr("the file name is too long (%1 bytes; at most %2, so that the database's "
                        "journal fits beside it): choose a shorter name")
                   .arg(nameBytes)
                   .arg(maxFileNameBytes());
        return false;
    }
    if (pathBytes > kPathMaxBytes - kLongestSuffixBytes) {
        *why = Text::tr("the path is too long (%1 bytes; at most %2): choose a shorter folder or "
                        "name")
                   .arg(pathBytes)
                   .arg(kPathMaxBytes - kLongestSuffixBytes);
        return false;
    }
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        *why = Text::tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    return true;
}

// SQLite opens any file lazily; the first read tells whether it is a database at all, whether
// another program holds it, and whether it is Yufang's.
bool Database::recognise(QSqlDatabase& db, QString* why) {
    // A server's Yufang schema is told by its one table, by name (an index lookup); listing a
    // schema's tables scans the server's whole catalogue.
    if (!sql::isSqlite(db) && sql::hasTable(db, QStringLiteral("schema_migration")))
        return true;
    QSqlQuery q(db);
    if (!q.exec(sql::tableNamesQuery(db))) {
        m_fault = databaseFault(q.lastError());
        if (m_fault == DatabaseFault::Other)
            m_fault = DatabaseFault::NotADatabase;
        *why = describeDatabaseFault(m_fault, q.lastError().databaseText()) +
               backupHint(m_fault, m_path);
        return false;
    }
    bool anyTable = false;
    bool yufang = false;
    while (q.next()) {
        anyTable = true;
        yufang = yufang || q.value(0).toString() == QLatin1String("schema_migration");
    }
    if (anyTable && !yufang) {
        m_fault = DatabaseFault::NotADatabase;
        *why = describeDatabaseFault(
            m_fault, isServerAddress(m_path)
                         ? Text::tr("the server database (schema) holds tables of another "
                                    "program: it has no Yufang schema")
                         : Text::tr("an SQLite database of another program: it has no "
                                    "Yufang schema"));
        return false;
    }
    return true;
}

// PRAGMA quick_check on every table and its indexes but the enterprise register's: the B-tree
// structure of each is checked (not that indexes match their tables: integrity_check does that,
// on demand, `yufang-cli check` and 文件 → 检查数据库). A damaged file is refused before
// anything is written into it. The register is left out because it alone makes a province's
// file large: checking its million rows took 4 s at every open (docs/performance.md); damage
// there is found by the full check, and SQLite refuses to write into a page it finds damaged.
bool Database::checkQuickly(QSqlDatabase& db, QString* why) {
    QSqlQuery q(db);
    QStringList problems;
    QStringList tables;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                              " AND name <> 'register_enterprise'")))
        while (q.next())
            tables << q.value(0).toString();
    else
        problems << q.lastError().databaseText();
    for (const QString& table : std::as_const(tables)) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table))) {
            m_fault = databaseFault(q.lastError());
            problems << q.lastError().databaseText();
            break;
        }
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
        if (!problems.isEmpty())
            break;
    }
    if (problems.isEmpty())
        return true;
    if (m_fault == DatabaseFault::Other)
        m_fault = DatabaseFault::Damaged;
    *why = describeDatabaseFault(m_fault, problems.mid(0, 3).join(QStringLiteral("; ")));
    *why += backupHint(m_fault, m_path);
    return false;
}

bool Database::prepareSchema(QSqlDatabase& db, QString* why) {
    // A database in use gets a copy before its schema changes: a migration that goes wrong in
    // the field can be undone by restoring it.
    if (currentSchemaVersion(db) > 0 && migrationsPending(db)) {
        QString backupWhy;
        if (!RollingBackups(m_path).take(db, QStringLiteral("before-migration"), &backupWhy)) {
            *why = Text::tr("cannot back up the database before updating its schema, so it was "
                            "not updated: %1")
                       .arg(backupWhy);
            return false;
        }
    }
    return migrate(db, why) && PresetLoader::load(db, why) && TaskPresetLoader::load(db, why);
}

bool Database::open(QString* error) {
    QString why;
    bool ok = false;
    m_fault = DatabaseFault::Other;
    const bool onServer = isServerAddress(m_path);
    if (onServer) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        ok = connectServer(db, m_path, serverPasswords().value(m_connectionName), &m_fault, &why) &&
             recognise(db, &why) &&
             (m_readOnly ? isCurrentForReading(db, &why) : prepareServerSchema(db, &why));
    } else if (checkPath(&why)) {
        // The handle must be gone before close() removes the connection, or Qt warns that
        // the connection is still in use.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        QString options = sql::connectOptions();
        if (m_readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            m_fault = databaseFault(db.lastError());
            why = describeDatabaseError(db.lastError());
        } else {
            ok = recognise(db, &why) && sql::configureConnection(db, &why) &&
                 checkQuickly(db, &why) &&
                 (m_readOnly ? isCurrentForReading(db, &why) : prepareSchema(db, &why));
        }
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, why);
        close();
        return false;
    }
    if (!onServer) {
        reserveFiles(m_path, true);
        m_reserved = true;
    }
    return true;
}

void Database::close() {
    if (m_reserved) {
        reserveFiles(m_path, false);
        m_reserved = false;
    }
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    return currentSchemaVersion(connection());
}

} // namespace yufang
