#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace yufang {

struct FormLockInfo {
    QDateTime lockedAt; // UTC
    QString lockedBy;
    QString reason;
};

// Locks on filled-in forms (form_lock, migration 25): an accepted (已审核) return freezes the
// form its obligation names for the unit and year, and every save of that form is refused
// (FormHistory). Locking and unlocking write the audit trail: the 基本情况表's events keep
// their actions (annex.locked, annex.unlocked); any other form's are form.locked and
// form.unlocked with the form code as the entity.
class FormLocks {
public:
    explicit FormLocks(QSqlDatabase db) : m_db(std::move(db)) {}

    // Prepared once per FormLocks: a batch asks for every form it saves.
    std::optional<FormLockInfo> lockOf(const QString& formCode, const QString& unitCode, int year);
    bool isLocked(const QString& formCode, const QString& unitCode, int year) {
        return lockOf(formCode, unitCode, year).has_value();
    }

    // Inside the caller's transaction. Locking a locked form is a no-op (no event).
    bool lockWithinTransaction(const QString& formCode, const QString& unitCode, int year,
                               const QString& reason, QString* error);
    // Unlocking needs a reason; it lands in the trail. Unlocking an unlocked form is a no-op.
    bool unlockWithinTransaction(const QString& formCode, const QString& unitCode, int year,
                                 const QString& reason, QString* error);

    // The message shown when a save is refused.
    static QString lockedMessage(const QString& unitName, int year, const FormLockInfo& lock);

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_select;
};

} // namespace yufang
