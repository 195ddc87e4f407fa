#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace yufang {

// Copies an open database through SQLite's online backup API into target: a consistent
// snapshot even while another program writes, never half a transaction (a copy of the file
// alone can hold the pages of an import that failed, or miss what is still in the WAL).
// Written to a temporary file beside target, checked, then renamed over it.
bool backupDatabase(const QSqlDatabase& db, const QString& target, QString* error);

// Checks a file before it replaces a database: a full integrity_check, and that it is a Yufang
// database of a schema this program knows.
bool checkBackupFile(const QString& path, QString* error);

// Replaces the database at databasePath by the backup, after checkBackupFile. Through the
// backup API when the database is a readable SQLite file (other programs see the change like a
// transaction); a file too damaged for that is replaced whole, its stale journals removed.
// No connection of this process may be open on databasePath.
bool restoreDatabase(const QString& backupPath, const QString& databasePath, QString* error);

// The full PRAGMA integrity_check of a database file; an empty list means whole.
QStringList integrityProblems(const QString& path, QString* error);

// Automatic rolling backups, before migrations and large imports, in a folder beside the
// database (NAME.sqlite → NAME-backups/NAME-YYYYMMDD-HHMMSS-REASON.sqlite); the newest N are
// kept (N stored in the database, default 3, 0 turns them off).
class RollingBackups {
public:
    explicit RollingBackups(QString databasePath);

    QString folder() const;
    QStringList list() const; // newest first
    QString latest() const;
    // Takes one and removes the oldest beyond the kept number; nothing when that is 0.
    bool take(const QSqlDatabase& db, const QString& reason, QString* error) const;

    static constexpr int kDefaultKeep = 3;
    static int keep(const QSqlDatabase& db);
    static bool setKeep(const QSqlDatabase& db, int keep, QString* error);

private:
    QString m_databasePath;
};

} // namespace yufang
