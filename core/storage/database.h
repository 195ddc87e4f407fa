#pragma once

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

    // Opens (creating when missing), migrates and loads presets. A database written by a newer
    // Yufang is refused untouched. On failure returns false and says why in *error.
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

    static QString defaultPath();

private:
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

} // namespace yufang
