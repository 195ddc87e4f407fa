#include "plan_store.h"

#include "domain/plan_targets.h"
#include "form_definition_repository.h"
#include "indicator_repository.h"
#include "obligation_repository.h"
#include "plan_repository.h"
#include "plan_task_repository.h"
#include "sql_values.h"
#include "transaction.h"
#include "unit_repository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlanStore)
};

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = Text::tr("saving the plan failed: %1").arg(q.lastError().text());
    return false;
}

bool copyCategories(QSqlDatabase db, qint64 from, qint64 to, QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO plan_personnel_category (plan_id, name, position)"
                             " SELECT ?, name, position FROM plan_personnel_category"
                             " WHERE plan_id = ?"));
    q.addBindValue(to);
    q.addBindValue(from);
    return run(q, error);
}

// The plan's targets go into the indicators that carry them (domain/plan_targets): editing the
// target in the plan editor or a plan save from the CLI changes what the indicators, 概览 and
// progress use. Called after a copy has brought the source's indicators.
bool writeTargetsThrough(QSqlDatabase db, const Plan& p, QString* error) {
    IndicatorRepository indicators(db);
    for (const IndicatorDefinition& d : plan_targets::carrying(p, indicators.forPlan(p.id)))
        if (!indicators.saveWithinTransaction(p.id, d, error))
            return false;
    return true;
}

bool writePlan(QSqlDatabase db, Plan& p, const QList<PlanTask>& obligations, QString* error) {
    QSqlQuery q(db);
    if (p.id == 0)
        q.prepare(QStringLiteral("INSERT INTO plan (code, title, document_number, issuer, "
                                 "baseline_year, start_year, end_year,"
                                 " accident_rate_target, training_coverage_target, "
                                 "rate_denominator, is_preset)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE plan SET code = ?, title = ?, document_number = ?, issuer = ?, baseline_year = "
            "?,"
            " start_year = ?, end_year = ?, accident_rate_target = ?, training_coverage_target = ?,"
            " rate_denominator = ?, is_preset = ? WHERE id = ?"));
    q.addBindValue(p.code.trimmed());
    q.addBindValue(p.title.trimmed());
    q.addBindValue(notNullText(p.documentNumber.trimmed()));
    q.addBindValue(notNullText(p.issuer.trimmed()));
    q.addBindValue(p.baselineYear);
    q.addBindValue(p.startYear);
    q.addBindValue(p.endYear);
    q.addBindValue(p.accidentRateReductionTarget);
    q.addBindValue(p.trainingCoverageTarget);
    q.addBindValue(rateDenominatorKey(p.rateDenominator));
    q.addBindValue(p.preset ? 1 : 0);
    if (p.id != 0)
        q.addBindValue(p.id);
    if (!run(q, error))
        return false;
    if (p.id == 0)
        p.id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("UPDATE plan SET reporting_threshold = ? WHERE id = ?"));
    q.addBindValue(p.reportingThreshold);
    q.addBindValue(p.id);
    if (!run(q, error))
        return false;
    q.prepare(QStringLiteral("DELETE FROM plan_industry WHERE plan_id = ?"));
    q.addBindValue(p.id);
    if (!run(q, error))
        return false;
    int position = 0;
    for (const QString& industry : p.industries) {
        q.prepare(
            QStringLiteral("INSERT INTO plan_industry (plan_id, name, position) VALUES (?,?,?)"));
        q.addBindValue(p.id);
        q.addBindValue(industry.trimmed());
        q.addBindValue(position++);
        if (!run(q, error))
            return false;
    }
    return PlanTaskRepository(db).replaceForPlan(p.id, obligations, error);
}
} // namespace

QStringList PlanStore::validate(const Plan& p) {
    QStringList problems;
    if (p.code.trimmed().isEmpty())
        problems << Text::tr("the plan needs a code");
    if (p.title.trimmed().isEmpty())
        problems << Text::tr("the plan needs a title");
    if (!(p.baselineYear < p.startYear && p.startYear <= p.endYear))
        problems << Text::tr("the years must be baseline < start ≤ end (now %1, %2-%3)")
                        .arg(p.baselineYear)
                        .arg(p.startYear)
                        .arg(p.endYear);
    if (!(p.accidentRateReductionTarget > 0.0 && p.accidentRateReductionTarget < 1.0))
        problems << Text::tr("the accident-rate reduction target must be between 0 and 100%");
    if (!(p.trainingCoverageTarget > 0.0 && p.trainingCoverageTarget <= 1.0))
        problems << Text::tr("the training coverage target must be between 0 and 100%");
    if (!(p.reportingThreshold >= 1 && p.reportingThreshold <= 100))
        problems << Text::tr("the reporting threshold must be between 1 and 100%");
    QSet<QString> seen;
    for (const QString& industry : p.industries) {
        const QString name = industry.trimmed();
        if (name.isEmpty())
            problems << Text::tr("a key industry has no name");
        else if (seen.contains(name))
            problems << Text::tr("the key industry %1 is listed twice").arg(name);
        seen.insert(name);
    }
    if (p.industries.isEmpty())
        problems << Text::tr("the plan needs at least one key industry");
    return problems;
}

bool PlanStore::save(Plan& plan, const QList<PlanTask>& obligations, QString* error,
                     RevisionTicket* ticket) const {
    return save(plan, obligations, error, 0, ticket);
}

bool PlanStore::checkBeforeWrite(const Plan& plan, QString* error) const {
    const QStringList problems = validate(plan);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (const auto other = PlanRepository(m_db).findByCode(plan.code.trimmed());
        other && other->id != plan.id) {
        if (error)
            *error = Text::tr("another plan already has the code %1").arg(plan.code);
        return false;
    }
    return true;
}

bool PlanStore::writeWithinTransaction(Plan& plan, const QList<PlanTask>& obligations,
                                       QString* error, qint64 categoriesFrom,
                                       RevisionTicket* ticket) const {
    QSqlDatabase db = m_db;
    const qint64 idBefore = plan.id;
    const RecordRevisions revisions(db);
    return (idBefore == 0 || revisions.claim(RecordKey::plan(idBefore), ticket, error)) &&
           writePlan(db, plan, obligations, error) &&
           (idBefore != 0 || revisions.claimNew(RecordKey::plan(plan.id), ticket, error)) &&
           (categoriesFrom == 0 || copyCategories(db, categoriesFrom, plan.id, error)) &&
           (categoriesFrom == 0 || FormDefinitionRepository(db).copyAllWithinTransaction(
                                       categoriesFrom, plan.id, error)) &&
           (categoriesFrom == 0 ||
            IndicatorRepository(db).copyAllWithinTransaction(categoriesFrom, plan.id, error)) &&
           (categoriesFrom == 0 ||
            ObligationRepository(db).copyWithinTransaction(categoriesFrom, plan.id, error)) &&
           writeTargetsThrough(db, plan, error);
}

bool PlanStore::saveWithinTransaction(Plan& plan, const QList<PlanTask>& obligations,
                                      QString* error, RevisionTicket* ticket) const {
    return checkBeforeWrite(plan, error) &&
           writeWithinTransaction(plan, obligations, error, 0, ticket);
}

bool PlanStore::save(Plan& plan, const QList<PlanTask>& obligations, QString* error,
                     qint64 categoriesFrom, RevisionTicket* ticket) const {
    if (!checkBeforeWrite(plan, error))
        return false;
    const qint64 idBefore = plan.id;
    if (!inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
            return writeWithinTransaction(plan, obligations, error, categoriesFrom, t);
        })) {
        plan.id = idBefore;
        return false;
    }
    return true;
}

bool PlanStore::saveEdited(Plan& plan, const QList<PlanTask>& tasks,
                           const QList<PlanCategoryEdit>& categories,
                           const QList<Obligation>& returns, QString* error,
                           RevisionTicket* ticket) const {
    if (!checkBeforeWrite(plan, error))
        return false;
    const qint64 idBefore = plan.id;
    // One ticket, one claim: the categories and the returns are part of the plan, so their
    // writes ride on the claim of the plan's own.
    if (!inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
            return writeWithinTransaction(plan, tasks, error, 0, t) &&
                   PlanCategoryStore(m_db).saveWithinTransaction(plan.id, categories, error) &&
                   ObligationRepository(m_db).saveForPlanWithinTransaction(plan.id, returns, error);
        })) {
        plan.id = idBefore;
        return false;
    }
    return true;
}

std::optional<Plan> PlanStore::copy(qint64 sourceId, const QString& code, int startYear,
                                    QString* error) const {
    const auto source = PlanRepository(m_db).find(sourceId);
    if (!source) {
        if (error)
            *error = Text::tr("the plan to copy does not exist");
        return std::nullopt;
    }
    const int delta = startYear - source->startYear;
    Plan p = *source;
    p.id = 0;
    p.code = code;
    p.preset = false;
    p.baselineYear += delta;
    p.startYear += delta;
    p.endYear += delta;
    QList<PlanTask> obligations = PlanTaskRepository(m_db).forPlan(sourceId);
    for (PlanTask& o : obligations) {
        o.id = 0;
        o.shiftYears(delta);
        // The source text's dates (e.g. "2021年9月底前") belong to the source document.
        if (delta != 0 && o.recurrence == TaskRecurrence::Once)
            o.dueFromSeed = false;
    }
    // The copy keeps the source's key-personnel categories (the training table's rows), forms,
    // indicators and return obligations (报送义务, a one-off deadline moved with the period), in
    // the same transaction as the plan itself.
    if (!save(p, obligations, error, sourceId, nullptr))
        return std::nullopt;
    return p;
}

bool PlanStore::assign(const QString& unitCode, qint64 planId, QString* error) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE unit SET plan_id = ? WHERE code = ?"));
    q.addBindValue(planId > 0 ? QVariant(planId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(unitCode);
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = Text::tr("unknown unit %1").arg(unitCode);
        return false;
    }
    return true;
}

bool PlanStore::assignFrom(const QString& unitCode, qint64 planId, int fromYear,
                           QString* error) const {
    if (!UnitRepository(m_db).find(unitCode)) {
        if (error)
            *error = Text::tr("unknown unit %1").arg(unitCode);
        return false;
    }
    if (fromYear < 1900 || fromYear > 9999) {
        if (error)
            *error = Text::tr("%1 is not a year").arg(fromYear);
        return false;
    }
    return inTransaction(m_db, error, [&] {
        if (!RecordRevisions::refuseReadOnly(m_db, error))
            return false;
        QSqlQuery q(m_db);
        if (planId > 0) {
            q.prepare(QStringLiteral("INSERT INTO unit_plan_period (unit_code, from_year, plan_id)"
                                     " VALUES (?, ?, ?) ON CONFLICT (unit_code, from_year)"
                                     " DO UPDATE SET plan_id = excluded.plan_id"));
            q.addBindValue(unitCode);
            q.addBindValue(fromYear);
            q.addBindValue(planId);
        } else {
            q.prepare(QStringLiteral(
                "DELETE FROM unit_plan_period WHERE unit_code = ? AND from_year = ?"));
            q.addBindValue(unitCode);
            q.addBindValue(fromYear);
        }
        return run(q, error);
    });
}

QStringList PlanStore::unitsAssigned(qint64 planId) const {
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code FROM unit WHERE plan_id = ? ORDER BY position, code"));
    q.addBindValue(planId);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace yufang
