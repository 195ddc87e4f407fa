#include "backup.h"

#include "database_errors.h"
#include "io/c_library_path.h"
#include "io/file_output.h"
#include "migrations.h"
#include "sql_dialect.h"
#include "sqlite_register_writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <filesystem>
#include <memory>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

const char* const kKeepKey = "backup_keep";
const char* const kCompanionSuffixes[] = {"-journal", "-wal", "-shm"};

struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Handle openFile(const QString& path, int flags, QString* error) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(utf8ApiPath(path).constData(), &raw, flags, nullptr);
    Handle handle(raw);
    if (rc != SQLITE_OK) {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(path, raw ? QString::fromUtf8(sqlite3_errmsg(raw))
                                                       : QString::fromUtf8(sqlite3_errstr(rc)));
        return nullptr;
    }
    sqlite3_busy_timeout(raw, sql::busyTimeoutMs());
    sqlite3_extended_result_codes(raw, 1);
    return handle;
}

QString errorOf(sqlite3* db, int rc) {
    const QString text = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    return describeDatabaseFault(
        databaseFault(QSqlError(QString(), text, QSqlError::StatementError, QString::number(rc))),
        text);
}

// Copies every page of from into to in one step, so it is one snapshot (a step-wise copy starts
// over whenever another program writes in between); returns SQLite's result code. A step that
// meets a lock waits and retries within the busy timeout.
int copyPages(sqlite3* from, sqlite3* to, QString* error) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        const int rc = sqlite3_extended_errcode(to);
        *error = errorOf(to, rc);
        return rc;
    }
    int rc = SQLITE_OK;
    int waitedMs = 0;
    for (;;) {
        rc = sqlite3_backup_step(backup, -1);
        const bool busy = (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
        if (rc == SQLITE_OK)
            continue;
        if (!busy || waitedMs >= sql::busyTimeoutMs())
            break;
        QThread::msleep(50);
        waitedMs += 50;
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE && finished == SQLITE_OK)
        return SQLITE_OK;
    if (rc == SQLITE_DONE)
        rc = finished;
    *error = errorOf(to, rc);
    return rc;
}

QStringList pragmaRows(sqlite3* db, const char* pragma, QString* error) {
    QStringList rows;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, pragma, -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE && error)
        *error = errorOf(db, rc);
    return rc == SQLITE_DONE ? rows : QStringList{};
}

void removeCompanions(const QString& path) {
    for (const char* suffix : kCompanionSuffixes)
        QFile::remove(path + QLatin1String(suffix));
}

// rename(2) replaces the target in one step; QFile::rename refuses an existing target.
bool replaceFile(const QString& from, const QString& to, QString* error) {
    std::error_code ec;
    std::filesystem::rename(filesystemPath(from), filesystemPath(to), ec);
    if (!ec)
        return true;
    *error = QStringLiteral("%1: %2").arg(to, QString::fromLocal8Bit(ec.message().c_str()));
    return false;
}

// For reading only, but read-write where allowed: a read-only connection to a WAL database
// leaves its -wal and -shm files behind when it closes.
Handle openToRead(const QString& path, QString* error) {
    Handle db = openFile(path, SQLITE_OPEN_READWRITE, nullptr);
    return db ? std::move(db) : openFile(path, SQLITE_OPEN_READONLY, error);
}

QString tempBeside(const QString& target) {
    return target + QStringLiteral(".part");
}
} // namespace

bool backupDatabase(const QSqlDatabase& db, const QString& target, QString* error) {
    QString why;
    if (isReservedOutputPath(target)) {
        why = Text::tr("this is the open database or one of its journals; choose another name");
    } else if (sqlite3* source = sqliteHandle(db)) {
        const QString temp = tempBeside(target);
        QFile::remove(temp);
        removeCompanions(temp);
        bool ok = false;
        {
            Handle to = openFile(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &why);
            ok = to && copyPages(source, to.get(), &why) == SQLITE_OK;
            if (ok) {
                // A backup is a single file: no WAL beside it to lose when it is copied.
                sqlite3_exec(to.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
                const QStringList check = pragmaRows(to.get(), "PRAGMA quick_check", &why);
                ok = check == QStringList{QStringLiteral("ok")};
                if (!ok && why.isEmpty())
                    why = check.join(QStringLiteral("; "));
            }
        }
        ok = ok && replaceFile(temp, target, &why);
        if (ok)
            return true;
        QFile::remove(temp);
        removeCompanions(temp);
    } else {
        why = Text::tr("only SQLite databases can be backed up this way");
    }
    if (error)
        *error = Text::tr("%1: backup failed: %2").arg(target, why);
    return false;
}

QStringList integrityProblems(const QString& path, QString* error) {
    Handle db = openToRead(path, error);
    if (!db)
        return {QStringLiteral("cannot open")};
    QString why;
    QStringList rows = pragmaRows(db.get(), "PRAGMA integrity_check", &why);
    if (!why.isEmpty())
        return {why};
    rows.removeAll(QStringLiteral("ok"));
    return rows;
}

bool checkBackupFile(const QString& path, QString* error) {
    QString why;
    if (!QFileInfo(path).isFile()) {
        why = Text::tr("no such file");
    } else if (const QStringList problems = integrityProblems(path, &why); !problems.isEmpty()) {
        why = Text::tr("damaged: %1").arg(problems.mid(0, 5).join(QStringLiteral("; ")));
    } else {
        Handle db = openToRead(path, &why);
        const QStringList version =
            db ? pragmaRows(db.get(), "SELECT MAX(version) FROM schema_migration", &why)
               : QStringList{};
        if (version.isEmpty() || version.first().toInt() <= 0)
            why = Text::tr("not a Yufang database");
        else if (version.first().toInt() > latestSchemaVersion())
            why = Text::tr("written by a newer Yufang (schema version %1; this one knows up to %2)")
                      .arg(version.first())
                      .arg(latestSchemaVersion());
        else
            return true;
    }
    if (error)
        *error = Text::tr("%1: cannot be restored: %2").arg(path, why);
    return false;
}

bool restoreDatabase(const QString& backupPath, const QString& databasePath, QString* error) {
    if (!checkBackupFile(backupPath, error))
        return false;
    QString why;
    int rc = SQLITE_OK;
    {
        Handle from = openToRead(backupPath, &why);
        Handle to = from ? openFile(databasePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &why)
                         : nullptr;
        if (!from || !to) {
            if (error)
                *error = Text::tr("%1: cannot restore: %2").arg(databasePath, why);
            return false;
        }
        rc = copyPages(from.get(), to.get(), &why);
        if (rc == SQLITE_OK)
            return true;
    }
    // Busy, a full disk and the like: the database stays as it was. Only a file too damaged
    // for the backup API (or no database at all) is replaced whole; its journals belong to the
    // damaged file and would be played into the restored one, so they go too.
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB) {
        const QString temp = tempBeside(databasePath);
        if (copyFileAtomically(backupPath, temp, &why)) {
            removeCompanions(databasePath);
            if (replaceFile(temp, databasePath, &why))
                return true;
        }
        QFile::remove(temp);
    }
    if (error)
        *error = Text::tr("%1: cannot restore: %2").arg(databasePath, why);
    return false;
}

RollingBackups::RollingBackups(QString databasePath) : m_databasePath(std::move(databasePath)) {}

QString RollingBackups::folder() const {
    const QFileInfo info(m_databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QStringList RollingBackups::list() const {
    const QDir dir(folder());
    const QString prefix = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-');
    QStringList out;
    // Names sort by their UTC time stamp, so the newest is last.
    const QStringList names = dir.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files,
                                            QDir::Name | QDir::Reversed);
    for (const QString& name : names)
        out << dir.filePath(name);
    return out;
}

QString RollingBackups::latest() const {
    const QStringList all = list();
    return all.isEmpty() ? QString() : all.first();
}

bool RollingBackups::take(const QSqlDatabase& db, const QString& reason, QString* error) const {
    // A server is backed up by its own tools (pg_dump, docs/server.md), not file copies.
    if (!sql::isSqlite(db))
        return true;
    const int kept = keep(db);
    if (kept <= 0)
        return true;
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = Text::tr("cannot create the folder %1").arg(folder());
        return false;
    }
    const QString name =
        QStringLiteral("%1-%2-%3.sqlite")
            .arg(QFileInfo(m_databasePath).completeBaseName(),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")),
                 reason);
    if (!backupDatabase(db, QDir(folder()).filePath(name), error))
        return false;
    const QStringList all = list();
    for (qsizetype i = kept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return true;
}

int RollingBackups::keep(const QSqlDatabase& db) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kKeepKey));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return kDefaultKeep;
}

bool RollingBackups::setKeep(const QSqlDatabase& db, int keep, QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::fromLatin1(kKeepKey));
    q.addBindValue(QString::number(qMax(0, keep)));
    if (q.exec())
        return true;
    if (error)
        *error = describeDatabaseError(q.lastError());
    return false;
}

} // namespace yufang
