#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace yufang {

struct AnnexLockInfo {
    QDateTime lockedAt; // UTC
    QString lockedBy;
    QString reason;
};

// Locks on annex forms: an accepted (已审核) return freezes the unit's form for that year, and
// AnnexRepository refuses to save a locked form. Locking and unlocking write the audit trail.
class AnnexLocks {
public:
    explicit AnnexLocks(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<AnnexLockInfo> lockOf(const QString& unitCode, int year) const;
    bool isLocked(const QString& unitCode, int year) const {
        return lockOf(unitCode, year).has_value();
    }

    // Inside the caller's transaction. Locking a locked form is a no-op (no event).
    bool lockWithinTransaction(const QString& unitCode, int year, const QString& reason,
                               QString* error);
    // Unlocking needs a reason; it lands in the trail. Unlocking an unlocked form is a no-op.
    bool unlockWithinTransaction(const QString& unitCode, int year, const QString& reason,
                                 QString* error);

    // The message shown when a save is refused.
    static QString lockedMessage(const QString& unitName, int year, const AnnexLockInfo& lock);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
