#pragma once

#include <QLockFile>
#include <QString>

#include <optional>

namespace yufang {

// Who holds a database's lock file: the copy of Yufang that opened it for editing.
struct LockHolder {
    qint64 pid = 0;
    QString host;
    QString application;
};

// One copy of the app editing a database file at a time: a lock file next to the database
// (yufang.sqlite.lock). The GUI takes it when it opens a database; a second copy finds it held
// and may open the file read-only instead. yufang-cli does not take it (it is short-lived, and
// its writes go through the same revision checks, see RecordRevisions). A lock left by a copy
// that crashed on this computer is noticed (its process is gone) and taken over silently.
class DatabaseLock {
public:
    explicit DatabaseLock(const QString& databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    static QString lockPathFor(const QString& databasePath);

    // True when this copy now holds the lock; false when another live copy does (holder()) or
    // the folder is not writable (error()).
    bool tryAcquire();
    // For a lock left by a copy on another computer that is known to be closed: removes it and
    // acquires. Only on the clerk's explicit say-so.
    bool takeOver();
    bool isHeld() const { return m_lock.isLocked(); }
    std::optional<LockHolder> holder() const;
    QString error() const { return m_error; }

    // The clerk's message: "… is open in another copy of Yufang (process 1234 on host pc-1) …".
    static QString heldMessage(const QString& databasePath, const LockHolder& holder);

private:
    QLockFile m_lock;
    QString m_error;
};

} // namespace yufang
