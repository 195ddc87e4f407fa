#include "database.h"

#include "backup.h"
#include "io/file_output.h"
#include "migrations.h"
#include "preset_loader.h"
#include "sql_dialect.h"
#include "task_preset_loader.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
} // namespace

Database::Database(QString path)
    : m_path(std::move(path)), m_connectionName(nextConnectionName()) {}

Database::~Database() {
    close();
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
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
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
            m_fault, Text::tr("an SQLite database of another program: it has no Yufang schema"));
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
    if (checkPath(&why)) {
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
    reserveFiles(m_path, true);
    m_reserved = true;
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
