#include "plan_repository.h"

#include "domain/plan_targets.h"
#include "indicator_repository.h"

#include <QSqlQuery>

namespace yufang {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, code, title, document_number, issuer, baseline_year, start_year, end_year,"
    " accident_rate_target, training_coverage_target, rate_denominator, is_preset,"
    " reporting_threshold FROM plan");

Plan fromQuery(const QSqlQuery& q) {
    Plan p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.title = q.value(2).toString();
    p.documentNumber = q.value(3).toString();
    p.issuer = q.value(4).toString();
    p.baselineYear = q.value(5).toInt();
    p.startYear = q.value(6).toInt();
    p.endYear = q.value(7).toInt();
    p.accidentRateReductionTarget = q.value(8).toDouble();
    p.trainingCoverageTarget = q.value(9).toDouble();
    p.rateDenominator = rateDenominatorFromKey(q.value(10).toString());
    p.preset = q.value(11).toBool();
    p.reportingThreshold = q.value(12).toInt();
    return p;
}
} // namespace

QList<Plan> PlanRepository::all() const {
    QList<Plan> out;
    QSqlQuery q(m_db);
    q.exec(kSelect + QStringLiteral(" ORDER BY id"));
    while (q.next())
        out << fromQuery(q);
    QSqlQuery industries(m_db);
    for (Plan& p : out) {
        industries.prepare(
            QStringLiteral("SELECT name FROM plan_industry WHERE plan_id = ? ORDER BY position"));
        industries.addBindValue(p.id);
        industries.exec();
        while (industries.next())
            p.industries << industries.value(0).toString();
        // The targets are the plan's indicators' (domain/plan_targets): one truth.
        plan_targets::readInto(IndicatorRepository(m_db).forPlan(p.id), p);
    }
    return out;
}

std::optional<Plan> PlanRepository::find(qint64 id) const {
    for (const Plan& p : all())
        if (p.id == id)
            return p;
    return std::nullopt;
}

std::optional<Plan> PlanRepository::findByCode(const QString& code) const {
    for (const Plan& p : all())
        if (p.code == code)
            return p;
    return std::nullopt;
}

} // namespace yufang
