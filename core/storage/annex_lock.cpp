#include "annex_lock.h"

#include "audit_log.h"
#include "database_account.h"
#include "sql_values.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AnnexLocks)
};

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

std::optional<AnnexLockInfo> AnnexLocks::lockOf(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT locked_at, locked_by, reason FROM annex_lock WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AnnexLockInfo info;
    info.lockedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    info.lockedAt.setTimeSpec(Qt::UTC);
    info.lockedBy = q.value(1).toString();
    info.reason = q.value(2).toString();
    return info;
}

bool AnnexLocks::lockWithinTransaction(const QString& unitCode, int year, const QString& reason,
                                       QString* error) {
    if (isLocked(unitCode, year))
        return true;
    const QString account = databaseAccount(m_db);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO annex_lock (unit_code, year, locked_at, locked_by, reason)"
                       " VALUES (?,?,?,?,?)"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(account);
    q.addBindValue(notNullText(reason));
    if (!q.exec())
        return fail(q, error);
    AuditEvent e;
    e.action = audit::kAnnexLocked;
    e.unitCode = unitCode;
    e.year = year;
    e.field = QStringLiteral("locked");
    e.oldValue = QStringLiteral("0");
    e.newValue = QStringLiteral("1");
    e.reason = reason;
    return AuditLog(m_db).append(e, error);
}

bool AnnexLocks::unlockWithinTransaction(const QString& unitCode, int year, const QString& reason,
                                         QString* error) {
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = Text::tr("unlocking a form needs a reason");
        return false;
    }
    if (!isLocked(unitCode, year))
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM annex_lock WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (!q.exec())
        return fail(q, error);
    AuditEvent e;
    e.action = audit::kAnnexUnlocked;
    e.unitCode = unitCode;
    e.year = year;
    e.field = QStringLiteral("locked");
    e.oldValue = QStringLiteral("1");
    e.newValue = QStringLiteral("0");
    e.reason = reason.trimmed();
    return AuditLog(m_db).append(e, error);
}

QString AnnexLocks::lockedMessage(const QString& unitName, int year, const AnnexLockInfo& lock) {
    return Text::tr(
               "the form of %1 for %2 is locked: its return was accepted (已审核) on %3 by %4. "
               "Unlock it with a reason before changing it.")
        .arg(unitName)
        .arg(year)
        .arg(lock.lockedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             lock.lockedBy);
}

} // namespace yufang
