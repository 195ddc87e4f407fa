#pragma once

#include "database_errors.h"

#include <QSqlDatabase>
#include <QString>

namespace yufang {

// One office's database: opens the file, applies migrations and loads the plan presets.
// Owns a uniquely named QSqlDatabase connection, so several can coexist (tests, imports).
class Database {
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when missing), checks, migrates and loads presets. A database written by a
    // newer Yufang, a file of another program, a damaged file and one another program keeps
    // busy are refused untouched. On failure returns false and says why in *error; fault() then
    // tells which.
    bool open(QString* error);
    // Before open(): open the file read-only (another copy of the app holds it, DatabaseLock).
    // SQLite then refuses every write, and RecordRevisions refuses saves with a clear message.
    // Nothing is migrated: a database older than this program cannot be opened this way.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    void close();

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    DatabaseFault fault() const { return m_fault; }

    static QString defaultPath();
    // The longest file name (in bytes) whose journal names still fit the file system.
    static int maxFileNameBytes();

private:
    bool checkPath(QString* why) const;
    bool recognise(QSqlDatabase& db, QString* why);
    bool checkQuickly(QSqlDatabase& db, QString* why);
    bool prepareSchema(QSqlDatabase& db, QString* why);

    QString m_path;
    QString m_connectionName;
    DatabaseFault m_fault = DatabaseFault::Other;
    bool m_reserved = false;
    bool m_readOnly = false;
};

} // namespace yufang
