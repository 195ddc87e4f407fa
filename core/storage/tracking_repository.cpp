#include "tracking_repository.h"

#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

std::optional<QDate> TrackingRepository::trackedSince(const QString& unitCode) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT tracked_since FROM unit_tracking WHERE unit_code = ?"));
    q.addBindValue(unitCode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QDate since = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return since.isValid() ? std::optional<QDate>(since) : std::nullopt;
}

RecordKey TrackingRepository::recordKey(const QString& unitCode) {
    return RecordKey{QStringLiteral("unit_tracking"), unitCode, unitCode, 0};
}

bool TrackingRepository::setTrackedSince(const QString& unitCode, const QDate& since,
                                         QString* error, RevisionTicket* ticket) {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        if (!RecordRevisions(m_db).claim(recordKey(unitCode), t, error))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO unit_tracking (unit_code, tracked_since, updated_at) VALUES (?,?,?)"
            " ON CONFLICT (unit_code) DO UPDATE SET tracked_since = excluded.tracked_since,"
            " updated_at = excluded.updated_at"));
        q.addBindValue(unitCode);
        q.addBindValue(since.toString(Qt::ISODate));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (q.exec())
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    });
}

} // namespace yufang
