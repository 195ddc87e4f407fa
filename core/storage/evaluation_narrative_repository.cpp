#include "evaluation_narrative_repository.h"

#include "sql_values.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

EvaluationNarrative EvaluationNarrativeRepository::load(const QString& unitCode, qint64 planId,
                                                        int year, EvaluationKind kind) const {
    EvaluationNarrative n{unitCode, planId, year, kind, {}, {}, {}, {}};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT achievements, problems, next_steps, preparer"
                             " FROM evaluation_narrative"
                             " WHERE unit_code = ? AND plan_id = ? AND year = ? AND kind = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(planId);
    q.addBindValue(year);
    q.addBindValue(evaluationKindKey(kind));
    if (q.exec() && q.next()) {
        n.achievements = q.value(0).toString();
        n.problems = q.value(1).toString();
        n.nextSteps = q.value(2).toString();
        n.preparer = q.value(3).toString();
    }
    return n;
}

RecordKey EvaluationNarrativeRepository::recordKey(const EvaluationNarrative& n) {
    return RecordKey{QStringLiteral("evaluation_narrative"),
                     QStringLiteral("%1/%2/%3/%4")
                         .arg(n.unitCode)
                         .arg(n.planId)
                         .arg(n.year)
                         .arg(evaluationKindKey(n.kind)),
                     n.unitCode, n.year};
}

bool EvaluationNarrativeRepository::save(const EvaluationNarrative& n, QString* error,
                                         RevisionTicket* ticket) const {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        if (!RecordRevisions(m_db).claim(recordKey(n), t, error))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO evaluation_narrative (unit_code, plan_id, year, kind, achievements,"
            " problems, next_steps, preparer, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (unit_code, plan_id, year, kind) DO UPDATE SET"
            " achievements = excluded.achievements, problems = excluded.problems,"
            " next_steps = excluded.next_steps, preparer = excluded.preparer,"
            " updated_at = excluded.updated_at"));
        q.addBindValue(n.unitCode);
        q.addBindValue(n.planId);
        q.addBindValue(n.year);
        q.addBindValue(evaluationKindKey(n.kind));
        q.addBindValue(notNullText(n.achievements));
        q.addBindValue(notNullText(n.problems));
        q.addBindValue(notNullText(n.nextSteps));
        q.addBindValue(notNullText(n.preparer.trimmed()));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (q.exec())
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    });
}

} // namespace yufang
