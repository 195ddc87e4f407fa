#include "task_repository.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
// Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString nn(const QString& s) {
    return s.isNull() ? QString(QLatin1String("")) : s;
}
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)
};

QVariant dateOrNull(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant& v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = Text::tr("saving failed: %1").arg(q.lastError().text());
    return false;
}

// Makes sure the record row exists, so evidence can hang off it.
bool ensureRecord(QSqlDatabase db, const TaskRecord& r, QString* error) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO task_record (unit_code, plan_task_id, year, updated_at)"
                       " VALUES (?,?,?,?) ON CONFLICT (unit_code, plan_task_id, year) DO NOTHING"));
    q.addBindValue(r.unitCode);
    q.addBindValue(r.obligationId);
    q.addBindValue(r.year);
    q.addBindValue(now());
    return run(q, error);
}
} // namespace

QHash<qint64, TaskRecord> TaskRepository::records(const QString& unitCode, int year) const {
    QHash<qint64, TaskRecord> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT plan_task_id, progress, done_on, department, note FROM task_record"
                       " WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        TaskRecord r;
        r.unitCode = unitCode;
        r.year = year;
        r.obligationId = q.value(0).toLongLong();
        taskProgressFromKey(q.value(1).toString(), &r.progress);
        r.doneOn = dateFrom(q.value(2));
        r.department = q.value(3).toString();
        r.note = q.value(4).toString();
        out.insert(r.obligationId, r);
    }
    q.prepare(QStringLiteral("SELECT plan_task_id, stored_path FROM task_evidence"
                             " WHERE unit_code = ? AND year = ? ORDER BY id"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.contains(id))
            out[id].files << q.value(1).toString();
    }
    return out;
}

bool TaskRepository::saveRecord(const TaskRecord& r, QString* error, RevisionTicket* ticket) const {
    if (r.progress == TaskProgress::Done && !r.doneOn.isValid()) {
        if (error)
            *error = Text::tr("a finished task needs the date it was done");
        return false;
    }
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return RecordRevisions(m_db).claim(
                   RecordKey::taskRecord(r.unitCode, r.obligationId, r.year), t, error) &&
               writeRecord(r, error);
    });
}

bool TaskRepository::saveRecords(const QList<TaskRecord>& records, QString* error) const {
    for (const TaskRecord& r : records)
        if (r.progress == TaskProgress::Done && !r.doneOn.isValid()) {
            if (error)
                *error = Text::tr("a finished task needs the date it was done");
            return false;
        }
    return inTransaction(m_db, error, [&] {
        const RecordRevisions revisions(m_db);
        for (const TaskRecord& r : records)
            if (!revisions.claim(RecordKey::taskRecord(r.unitCode, r.obligationId, r.year), nullptr,
                                 error) ||
                !writeRecord(r, error))
                return false;
        return true;
    });
}

bool TaskRepository::writeRecord(const TaskRecord& r, QString* error) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO task_record (unit_code, plan_task_id, year, progress, "
                             "done_on, department, note,"
                             " updated_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (unit_code, "
                             "plan_task_id, year) DO UPDATE SET"
                             " progress = excluded.progress, done_on = excluded.done_on, "
                             "department = excluded.department,"
                             " note = excluded.note, updated_at = excluded.updated_at"));
    q.addBindValue(r.unitCode);
    q.addBindValue(r.obligationId);
    q.addBindValue(r.year);
    q.addBindValue(taskProgressKey(r.progress));
    q.addBindValue(dateOrNull(r.progress == TaskProgress::Done ? r.doneOn : QDate()));
    q.addBindValue(nn(r.department));
    q.addBindValue(nn(r.note));
    q.addBindValue(now());
    return run(q, error);
}

bool TaskRepository::addEvidence(const TaskRecord& key, const QString& storedPath,
                                 const QString& originalName, QString* error) const {
    if (!RecordRevisions::refuseReadOnly(m_db, error) || !ensureRecord(m_db, key, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO task_evidence (unit_code, plan_task_id, year, stored_path,"
                       " original_name, added_at) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(key.unitCode);
    q.addBindValue(key.obligationId);
    q.addBindValue(key.year);
    q.addBindValue(storedPath);
    q.addBindValue(nn(originalName));
    q.addBindValue(now());
    return run(q, error);
}

bool TaskRepository::removeEvidence(const TaskRecord& key, const QString& storedPath,
                                    QString* error) const {
    if (!RecordRevisions::refuseReadOnly(m_db, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM task_evidence WHERE unit_code = ? AND plan_task_id = ?"
                             " AND year = ? AND stored_path = ?"));
    q.addBindValue(key.unitCode);
    q.addBindValue(key.obligationId);
    q.addBindValue(key.year);
    q.addBindValue(storedPath);
    return run(q, error);
}

QList<Hazard> TaskRepository::hazards(const QString& unitCode, int year) const {
    QList<Hazard> out;
    QSqlQuery q(m_db);
    // ISO dates compare as text; an unrectified hazard from an earlier year stays on the list.
    q.prepare(QStringLiteral(
        "SELECT id, enterprise, problem, found_on, deadline, department, status, closed_on, note"
        " FROM hazard WHERE unit_code = ? AND ((deadline >= ? AND deadline <= ?)"
        " OR (deadline < ? AND status <> 'closed')) ORDER BY deadline, id"));
    q.addBindValue(unitCode);
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.exec();
    while (q.next()) {
        Hazard h;
        h.id = q.value(0).toLongLong();
        h.unitCode = unitCode;
        h.enterprise = q.value(1).toString();
        h.problem = q.value(2).toString();
        h.foundOn = dateFrom(q.value(3));
        h.deadline = dateFrom(q.value(4));
        h.department = q.value(5).toString();
        hazardStatusFromKey(q.value(6).toString(), &h.status);
        h.closedOn = dateFrom(q.value(7));
        h.note = q.value(8).toString();
        out << h;
    }
    return out;
}

bool TaskRepository::saveHazard(Hazard& h, QString* error, RevisionTicket* ticket) const {
    const QStringList problems = validateHazard(h);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    const qint64 givenId = h.id;
    const bool ok = inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        const RecordRevisions revisions(m_db);
        if (h.id != 0)
            return revisions.claim(RecordKey::hazard(h.id), t, error) && writeHazard(h, error);
        return writeHazard(h, error) && revisions.claimNew(RecordKey::hazard(h.id), t, error);
    });
    if (!ok)
        h.id = givenId; // a rolled-back insert assigned nothing
    return ok;
}

bool TaskRepository::addHazards(QList<Hazard>& hazards, QString* error) const {
    for (const Hazard& h : hazards)
        if (const QStringList problems = validateHazard(h); !problems.isEmpty()) {
            if (error)
                *error = problems.join(QLatin1Char('\n'));
            return false;
        }
    const bool ok = inTransaction(m_db, error, [&] {
        const RecordRevisions revisions(m_db);
        for (Hazard& h : hazards) {
            h.id = 0;
            if (!writeHazard(h, error) ||
                !revisions.claimNew(RecordKey::hazard(h.id), nullptr, error))
                return false;
        }
        return true;
    });
    if (!ok)
        for (Hazard& h : hazards)
            h.id = 0; // a rolled-back insert assigned nothing
    return ok;
}

bool TaskRepository::writeHazard(Hazard& h, QString* error) const {
    QSqlQuery q(m_db);
    if (h.id == 0)
        q.prepare(
            QStringLiteral("INSERT INTO hazard (unit_code, enterprise, problem, found_on, deadline,"
                           " department, status, closed_on, note) VALUES (?,?,?,?,?,?,?,?,?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE hazard SET unit_code = ?, enterprise = ?, problem = ?, found_on = ?,"
            " deadline = ?, department = ?, status = ?, closed_on = ?, note = ?"
            " WHERE id = ?"));
    q.addBindValue(h.unitCode);
    q.addBindValue(h.enterprise.trimmed());
    q.addBindValue(h.problem.trimmed());
    q.addBindValue(dateOrNull(h.foundOn));
    q.addBindValue(dateOrNull(h.deadline));
    q.addBindValue(nn(h.department));
    q.addBindValue(hazardStatusKey(h.status));
    q.addBindValue(dateOrNull(h.status == HazardStatus::Closed ? h.closedOn : QDate()));
    q.addBindValue(nn(h.note));
    if (h.id != 0)
        q.addBindValue(h.id);
    if (!run(q, error))
        return false;
    if (h.id == 0)
        h.id = q.lastInsertId().toLongLong();
    return true;
}

bool TaskRepository::removeHazard(qint64 id, QString* error, RevisionTicket* ticket) const {
    // The revision survives the row, bumped: an editor still holding the hazard is told.
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        if (!RecordRevisions(m_db).claim(RecordKey::hazard(id), t, error))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM hazard WHERE id = ?"));
        q.addBindValue(id);
        return run(q, error);
    });
}

} // namespace yufang
