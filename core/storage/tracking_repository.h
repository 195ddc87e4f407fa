#pragma once

#include "record_revisions.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace yufang {

// 启用日期 of an office (migration 15): returns due before it are not counted as overdue.
class TrackingRepository {
public:
    explicit TrackingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // None when the office never said (a database from before migration 15, or 本单位 not
    // yet chosen): then every obligation counts, as before.
    std::optional<QDate> trackedSince(const QString& unitCode) const;
    // The record a save claims: the unit's code, of kind "unit_tracking".
    static RecordKey recordKey(const QString& unitCode);
    // One transaction. ticket: the revision of recordKey(unitCode) taken when the
    // date was shown; a save over a date someone else saved meanwhile is refused, naming who
    // and when. nullptr replaces whatever is stored (still bumping the revision).
    bool setTrackedSince(const QString& unitCode, const QDate& since, QString* error,
                         RevisionTicket* ticket = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
