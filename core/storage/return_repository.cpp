#include "return_repository.h"

#include "sql_values.h"

#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

QString returnStateKey(ReturnRecord::State s) {
    switch (s) {
    case ReturnRecord::State::Accepted:
        return QStringLiteral("accepted");
    case ReturnRecord::State::Returned:
        return QStringLiteral("returned");
    case ReturnRecord::State::Submitted:
        break;
    }
    return QStringLiteral("submitted");
}

ReturnRecord::State returnStateFromKey(const QString& key) {
    if (key == QLatin1String("accepted"))
        return ReturnRecord::State::Accepted;
    if (key == QLatin1String("returned"))
        return ReturnRecord::State::Returned;
    return ReturnRecord::State::Submitted;
}

std::optional<ReturnRecord> ReturnRepository::find(const QString& unitCode, qint64 obligationId,
                                                   int periodYear) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT status, received_on, received_by, source_file, sha256, note, accepted_by, "
        "accepted_at"
        " FROM return_record WHERE unit_code = ? AND obligation_id = ? AND period_year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(obligationId);
    q.addBindValue(periodYear);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReturnRecord r;
    r.unitCode = unitCode;
    r.obligationId = obligationId;
    r.periodYear = periodYear;
    r.state = returnStateFromKey(q.value(0).toString());
    r.receivedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    r.receivedBy = q.value(2).toString();
    r.sourceFile = q.value(3).toString();
    r.sha256 = q.value(4).toString();
    r.note = q.value(5).toString();
    r.acceptedBy = q.value(6).toString();
    r.acceptedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    r.acceptedAt.setTimeSpec(Qt::UTC);
    return r;
}

bool ReturnRepository::upsert(const ReturnRecord& r, QString* error, RevisionTicket* ticket) {
    if (!RecordRevisions(m_db).claim(
            RecordKey::returnRecord(r.unitCode, r.obligationId, r.periodYear), ticket, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO return_record (unit_code, obligation_id, period_year, status, received_on, "
        "received_by,"
        " source_file, sha256, note, accepted_by, accepted_at, updated_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (unit_code, obligation_id, period_year) DO UPDATE SET status = "
        "excluded.status,"
        " received_on = excluded.received_on, received_by = excluded.received_by,"
        " source_file = excluded.source_file, sha256 = excluded.sha256, note = excluded.note,"
        " accepted_by = excluded.accepted_by, accepted_at = excluded.accepted_at,"
        " updated_at = excluded.updated_at"));
    q.addBindValue(r.unitCode);
    q.addBindValue(r.obligationId);
    q.addBindValue(r.periodYear);
    q.addBindValue(returnStateKey(r.state));
    q.addBindValue(r.receivedOn.isValid() ? QVariant(r.receivedOn.toString(Qt::ISODate))
                                          : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(notNullText(r.receivedBy));
    q.addBindValue(notNullText(r.sourceFile));
    q.addBindValue(notNullText(r.sha256));
    q.addBindValue(notNullText(r.note));
    q.addBindValue(notNullText(r.acceptedBy));
    q.addBindValue(r.acceptedAt.isValid() ? QVariant(r.acceptedAt.toUTC().toString(Qt::ISODate))
                                          : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace yufang
