#pragma once

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
    // One transaction. A setting of the office, not a figure: the last one saved holds.
    bool setTrackedSince(const QString& unitCode, const QDate& since, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
