#pragma once

#include "record_revisions.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace yufang {

// What the office has on file for one unit, obligation and period year. No record means
// nothing has arrived yet.
struct ReturnRecord {
    enum class State { Submitted, Accepted, Returned };
    QString unitCode;
    qint64 obligationId = 0;
    int periodYear = 0;
    State state = State::Submitted;
    QDate receivedOn;
    QString receivedBy; // the OS account that recorded the arrival
    QString sourceFile;
    QString sha256;
    QString note;
    QString acceptedBy;
    QDateTime acceptedAt; // UTC
};

QString returnStateKey(ReturnRecord::State s); // "submitted", "accepted", "returned"
ReturnRecord::State returnStateFromKey(const QString& key);

// Rows of return_record. Writes happen inside the caller's transaction; ReturnsService opens
// them and writes the audit trail beside.
class ReturnRepository {
public:
    explicit ReturnRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<ReturnRecord> find(const QString& unitCode, qint64 obligationId,
                                     int periodYear) const;
    // Inside the caller's transaction. ticket: the return's revision when it was read
    // (RecordRevisions); a write over a newer change is refused. nullptr: unchecked.
    bool upsert(const ReturnRecord& record, QString* error, RevisionTicket* ticket = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
