#include "database_lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
};
} // namespace

QString DatabaseLock::lockPathFor(const QString& databasePath) {
    return QDir::cleanPath(QDir::current().absoluteFilePath(databasePath)) +
           QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(const QString& databasePath) : m_lock(lockPathFor(databasePath)) {
    // Never stale by age: a clerk keeps a database open all day. A lock whose process is gone
    // (same host) is still recognised as stale by QLockFile and taken over.
    m_lock.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default; // QLockFile unlocks

bool DatabaseLock::tryAcquire() {
    m_error.clear();
    if (m_lock.tryLock(0))
        return true;
    if (m_lock.error() == QLockFile::PermissionError || m_lock.error() == QLockFile::UnknownError)
        m_error = Text::tr("cannot create the lock file %1 (is the folder read-only?)")
                      .arg(QDir::toNativeSeparators(m_lock.fileName()));
    return false;
}

bool DatabaseLock::takeOver() {
    return m_lock.removeStaleLockFile() && tryAcquire();
}

std::optional<LockHolder> DatabaseLock::holder() const {
    LockHolder h;
    if (m_lock.isLocked() || !m_lock.getLockInfo(&h.pid, &h.host, &h.application))
        return std::nullopt;
    return h;
}

QString DatabaseLock::heldMessage(const QString& databasePath, const LockHolder& holder) {
    const bool here = holder.host.isEmpty() || holder.host == QSysInfo::machineHostName();
    return Text::tr("%1 is open for editing in another copy of Yufang (%2, process %3 on "
                    "computer %4). Two copies editing one database can overwrite each other's "
                    "work.")
        .arg(QDir::toNativeSeparators(databasePath),
             holder.application.isEmpty() ? Text::tr("unknown program") : holder.application)
        .arg(holder.pid)
        .arg(here ? Text::tr("%1 (this computer)").arg(QSysInfo::machineHostName()) : holder.host);
}

} // namespace yufang
