#include "fee_repository.h"

#include "sql_values.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FeeRepository)
};

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = Text::tr("saving failed: %1").arg(q.lastError().text());
    return false;
}

bool refuse(const QStringList& problems, QString* error) {
    if (problems.isEmpty())
        return false;
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return true;
}
} // namespace

bool FeeRepository::hasBudget(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM fee_budget WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    return q.exec() && q.next();
}

FeeBudget FeeRepository::budget(const QString& unitCode, int year) const {
    FeeBudget b;
    b.unitCode = unitCode;
    b.year = year;
    b.incomeYear = year - 1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT income_year, prior_income_fen, cap_ratio, approval_reference"
                             " FROM fee_budget WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        b.incomeYear = q.value(0).toInt();
        b.priorIncomeFen = q.value(1).toLongLong();
        b.capRatio = q.value(2).toDouble();
        b.approvalReference = q.value(3).toString();
    }
    return b;
}

QList<FeeProject> FeeRepository::projects(const QString& unitCode, int year) const {
    QList<FeeProject> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, name, kind, provider, amount_fen, stage, note FROM fee_project"
                       " WHERE unit_code = ? AND year = ? ORDER BY id"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        FeeProject p;
        p.id = q.value(0).toLongLong();
        p.unitCode = unitCode;
        p.year = year;
        p.name = q.value(1).toString();
        projectKindFromKey(q.value(2).toString(), &p.kind);
        p.provider = q.value(3).toString();
        p.amountFen = q.value(4).toLongLong();
        projectStageFromKey(q.value(5).toString(), &p.stage);
        p.note = q.value(6).toString();
        out << p;
    }
    QSqlQuery e(m_db);
    for (FeeProject& p : out) {
        e.prepare(QStringLiteral(
            "SELECT expert_id FROM fee_project_expert WHERE project_id = ? ORDER BY expert_id"));
        e.addBindValue(p.id);
        e.exec();
        while (e.next())
            p.expertIds << e.value(0).toLongLong();
    }
    return out;
}

bool FeeRepository::saveBudget(const FeeBudget& b, QString* error, RevisionTicket* ticket) const {
    if (refuse(validateBudget(b), error) ||
        refuse(checkProjectsAgainstCap(b, projects(b.unitCode, b.year)), error))
        return false;
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return RecordRevisions(m_db).claim(RecordKey::feeBudget(b.unitCode, b.year), t, error) &&
               writeBudget(b, error);
    });
}

bool FeeRepository::writeBudget(const FeeBudget& b, QString* error) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO fee_budget (unit_code, year, income_year, prior_income_fen, cap_ratio, "
        "approval_reference)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT (unit_code, year) DO UPDATE SET income_year = "
        "excluded.income_year,"
        " prior_income_fen = excluded.prior_income_fen, cap_ratio = excluded.cap_ratio,"
        " approval_reference = excluded.approval_reference"));
    q.addBindValue(b.unitCode);
    q.addBindValue(b.year);
    q.addBindValue(b.incomeYear);
    q.addBindValue(b.priorIncomeFen);
    q.addBindValue(b.capRatio);
    q.addBindValue(notNullText(b.approvalReference.trimmed()));
    return run(q, error);
}

bool FeeRepository::saveProject(FeeProject& p, QString* error, RevisionTicket* ticket) const {
    QList<FeeProject> all = projects(p.unitCode, p.year);
    bool replaced = false;
    for (FeeProject& other : all) {
        if (other.id == p.id && p.id != 0) {
            other = p;
            replaced = true;
        }
    }
    if (!replaced)
        all << p;
    if (refuse(checkProjectsAgainstCap(budget(p.unitCode, p.year), all), error))
        return false;
    const qint64 idBefore = p.id;
    const bool ok = inTransactionWithTicket(
        m_db, ticket, error, [&](RevisionTicket* t) { return writeProject(p, t, error); });
    if (!ok)
        p.id = idBefore;
    return ok;
}

bool FeeRepository::writeProject(FeeProject& p, RevisionTicket* t, QString* error) const {
    const RecordRevisions revisions(m_db);
    if (p.id != 0 && !revisions.claim(RecordKey::feeProject(p.id), t, error))
        return false;
    QSqlQuery q(m_db);
    if (p.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO fee_project (unit_code, year, name, kind, provider, amount_fen,"
            " stage, note) VALUES (?,?,?,?,?,?,?,?)"));
    else
        q.prepare(
            QStringLiteral("UPDATE fee_project SET unit_code = ?, year = ?, name = ?, kind = ?,"
                           " provider = ?, amount_fen = ?, stage = ?, note = ? WHERE id = ?"));
    q.addBindValue(p.unitCode);
    q.addBindValue(p.year);
    q.addBindValue(notNullText(p.name.trimmed()));
    q.addBindValue(projectKindKey(p.kind));
    q.addBindValue(notNullText(p.provider.trimmed()));
    q.addBindValue(p.amountFen);
    q.addBindValue(projectStageKey(p.stage));
    q.addBindValue(notNullText(p.note));
    if (p.id != 0)
        q.addBindValue(p.id);
    if (!run(q, error))
        return false;
    if (p.id == 0) {
        p.id = q.lastInsertId().toLongLong();
        if (!revisions.claimNew(RecordKey::feeProject(p.id), t, error))
            return false;
    }
    q.prepare(QStringLiteral("DELETE FROM fee_project_expert WHERE project_id = ?"));
    q.addBindValue(p.id);
    if (!run(q, error))
        return false;
    for (qint64 expert : p.expertIds) {
        q.prepare(
            QStringLiteral("INSERT INTO fee_project_expert (project_id, expert_id) VALUES (?,?)"));
        q.addBindValue(p.id);
        q.addBindValue(expert);
        if (!run(q, error))
            return false;
    }
    return true;
}

bool FeeRepository::saveBudgets(const QList<FeeBudget>& budgets, QString* error) const {
    for (const FeeBudget& b : budgets)
        if (refuse(validateBudget(b), error) ||
            refuse(checkProjectsAgainstCap(b, projects(b.unitCode, b.year)), error))
            return false;
    return inTransaction(m_db, error, [&] {
        const RecordRevisions revisions(m_db);
        for (const FeeBudget& b : budgets)
            if (!revisions.claim(RecordKey::feeBudget(b.unitCode, b.year), nullptr, error) ||
                !writeBudget(b, error))
                return false;
        return true;
    });
}

bool FeeRepository::addProjects(QList<FeeProject>& added, QString* error) const {
    // The cap of each year against what is stored plus what is added, as saveProject checks.
    QMap<QPair<QString, int>, QList<FeeProject>> byYear;
    for (const FeeProject& p : added)
        byYear[{p.unitCode, p.year}] << p;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it)
        if (refuse(checkProjectsAgainstCap(budget(it.key().first, it.key().second),
                                           projects(it.key().first, it.key().second) + it.value()),
                   error))
            return false;
    for (FeeProject& p : added)
        p.id = 0;
    const bool ok = inTransaction(m_db, error, [&] {
        for (FeeProject& p : added)
            if (!writeProject(p, nullptr, error))
                return false;
        return true;
    });
    if (!ok)
        for (FeeProject& p : added)
            p.id = 0; // a rolled-back insert assigned nothing
    return ok;
}

bool FeeRepository::removeProject(qint64 id, QString* error, RevisionTicket* ticket) const {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        if (!RecordRevisions(m_db).claim(RecordKey::feeProject(id), t, error))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM fee_project WHERE id = ?"));
        q.addBindValue(id);
        return run(q, error);
    });
}

} // namespace yufang
