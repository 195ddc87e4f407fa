#include "form_locks.h"

#include "audit_log.h"
#include "database_account.h"
#include "sql_values.h"

#include <QCoreApplication>
#include <QSqlError>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormLocks)
};

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}

const QString kAnnex = QStringLiteral("annex");

// The 基本情况表's lock events keep the shape they had before locks were every form's.
AuditEvent lockEvent(const QString& formCode, const QString& unitCode, int year, bool locked,
                     const QString& reason) {
    AuditEvent e;
    const bool annex = formCode == kAnnex;
    e.action = locked ? (annex ? audit::kAnnexLocked : audit::kFormLocked)
                      : (annex ? audit::kAnnexUnlocked : audit::kFormUnlocked);
    e.unitCode = unitCode;
    e.year = year;
    e.entity = annex ? QString() : formCode;
    e.field = QStringLiteral("locked");
    e.oldValue = locked ? QStringLiteral("0") : QStringLiteral("1");
    e.newValue = locked ? QStringLiteral("1") : QStringLiteral("0");
    e.reason = reason;
    return e;
}
} // namespace

std::optional<FormLockInfo> FormLocks::lockOf(const QString& formCode, const QString& unitCode,
                                              int year) {
    if (!m_select) {
        m_select.emplace(m_db);
        m_select->prepare(QStringLiteral("SELECT locked_at, locked_by, reason FROM form_lock"
                                         " WHERE form_code = ? AND unit_code = ? AND year = ?"));
    }
    QSqlQuery& q = *m_select;
    q.addBindValue(formCode);
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FormLockInfo info;
    info.lockedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    info.lockedAt.setTimeSpec(Qt::UTC);
    info.lockedBy = q.value(1).toString();
    info.reason = q.value(2).toString();
    q.finish();
    return info;
}

bool FormLocks::lockWithinTransaction(const QString& formCode, const QString& unitCode, int year,
                                      const QString& reason, QString* error) {
    if (isLocked(formCode, unitCode, year))
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO form_lock (form_code, unit_code, year, locked_at, locked_by, reason)"
        " VALUES (?,?,?,?,?,?)"));
    q.addBindValue(formCode);
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(databaseAccount(m_db));
    q.addBindValue(notNullText(reason));
    if (!q.exec())
        return fail(q, error);
    return AuditLog(m_db).append(lockEvent(formCode, unitCode, year, true, reason), error);
}

bool FormLocks::unlockWithinTransaction(const QString& formCode, const QString& unitCode, int year,
                                        const QString& reason, QString* error) {
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = Text::tr("unlocking a form needs a reason");
        return false;
    }
    if (!isLocked(formCode, unitCode, year))
        return true;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("DELETE FROM form_lock WHERE form_code = ? AND unit_code = ? AND year = ?"));
    q.addBindValue(formCode);
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (!q.exec())
        return fail(q, error);
    return AuditLog(m_db).append(lockEvent(formCode, unitCode, year, false, reason.trimmed()),
                                 error);
}

QString FormLocks::lockedMessage(const QString& unitName, int year, const FormLockInfo& lock) {
    return Text::tr(
               "the form of %1 for %2 is locked: its return was accepted (已审核) on %3 by %4. "
               "Unlock it with a reason before changing it.")
        .arg(unitName)
        .arg(year)
        .arg(lock.lockedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             lock.lockedBy);
}

} // namespace yufang
