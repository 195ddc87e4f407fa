#include "evaluation_service.h"

#include "domain/bureau_name.h"

#include "domain/prevention_fee.h"
#include "domain/unit_progress.h"
#include "indicator_service.h"
#include "storage/evaluation_narrative_repository.h"
#include "storage/expert_repository.h"
#include "storage/fee_repository.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"
#include "task_checklist.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EvaluationService)
};

EvaluationSection sectionOf(const IndicatorDefinition& d) {
    if (d.formCode == QLatin1String("training"))
        return EvaluationSection::Training;
    if (d.formCode == QLatin1String("disease"))
        return EvaluationSection::Disease;
    return EvaluationSection::Indicators;
}

// What a child is ranked by: the like-for-like change for a relative target (the status is
// measured on it), else the value; best first in the plan's direction.
std::optional<double> rankValue(const IndicatorDefinition& d, const IndicatorFigure& f) {
    const auto& r = d.targetKind == IndicatorTargetKind::Relative ? f.matchedChange : f.value;
    if (!r)
        return std::nullopt;
    return r->value();
}

void rankChildren(EvaluationIndicator& indicator) {
    const IndicatorDefinition& d = indicator.definition;
    std::stable_sort(indicator.children.begin(), indicator.children.end(),
                     [&](const EvaluationChildFigure& a, const EvaluationChildFigure& b) {
                         const auto va = rankValue(d, a.figure);
                         const auto vb = rankValue(d, b.figure);
                         if (!va || !vb)
                             return va.has_value() && !vb.has_value();
                         return d.direction == IndicatorDirection::Down ? *va < *vb : *va > *vb;
                     });
    for (const EvaluationChildFigure& c : indicator.children)
        if (!c.hasData())
            indicator.childrenWithoutData << c.name;
}

EvaluationIndicator evaluateOverYears(const IndicatorService& service, const IndicatorDefinition& d,
                                      const Plan& plan, const QString& unitCode,
                                      const QList<int>& years, const QList<Unit>& children) {
    EvaluationIndicator out;
    out.definition = d;
    out.section = sectionOf(d);
    out.total.row = progressTotalName();
    out.total.total = true;
    QStringList order;
    QHash<QString, EvaluationSeries> rows;
    for (int year : years) {
        const IndicatorResult r = service.evaluate(d, plan, unitCode, year);
        if (!r.problem.isEmpty()) {
            out.problem = r.problem;
            return out;
        }
        out.total.years << r.total;
        for (const IndicatorFigure& f : r.rows) {
            if (!rows.contains(f.row)) {
                order << f.row;
                rows[f.row] = EvaluationSeries{f.row, false, f.local, {}};
            }
            rows[f.row].years << f;
        }
    }
    for (const QString& row : order)
        out.rows << rows.value(row);
    for (const Unit& child : children) {
        const IndicatorResult r = service.evaluate(d, plan, child.code, years.last());
        out.children << EvaluationChildFigure{child.code, child.name, r.total};
    }
    rankChildren(out);
    return out;
}
} // namespace

qint64 EvaluationService::planFor(const QString& unitCode, int year, EvaluationKind kind,
                                  const QDate& today) const {
    const UnitRepository units(m_db);
    if (kind == EvaluationKind::Annual)
        return units.effectivePlanId(unitCode, year);
    const int thisYear = today.year();
    const int from = year ? qMin(year, thisYear) : thisYear;
    const PlanRepository plans(m_db);
    // A plan period is five years; looking back two periods finds the plan that just ended.
    for (int y = from; y >= from - 10; --y) {
        const auto plan = plans.find(units.effectivePlanId(unitCode, y));
        if (plan && plan->endYear < thisYear)
            return plan->id;
    }
    return units.effectivePlanId(unitCode, year);
}

IndicatorDefinition EvaluationService::insuranceCoverageDefinition() {
    IndicatorDefinition d;
    d.code = QStringLiteral("insurance-coverage");
    d.name = Text::tr("Work-injury insurance coverage of the key industries");
    d.formCode = QStringLiteral("annex");
    d.kind = IndicatorKind::RatioOfSums;
    d.numeratorKeys = {QStringLiteral("insured_persons")};
    d.denominatorKeys = {QStringLiteral("employees")};
    d.scale = 100;
    d.unit = QStringLiteral("%");
    d.decimals = 2;
    d.direction = IndicatorDirection::Up;
    d.targetKind = IndicatorTargetKind::None;
    d.glidePath = IndicatorGlidePath::None;
    d.rowsToo = true;
    d.assessed = false;
    return d;
}

std::optional<EvaluationDocument> EvaluationService::build(const EvaluationRequest& request,
                                                           QString* error) const {
    const auto fail = [&](const QString& message) -> std::optional<EvaluationDocument> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const UnitRepository units(m_db);
    const auto unit = units.find(request.unitCode);
    if (!unit)
        return fail(Text::tr("unknown unit %1").arg(request.unitCode));
    const QDate today = request.today.isValid() ? request.today : QDate::currentDate();
    const qint64 planId =
        request.planId ? request.planId : planFor(unit->code, request.year, request.kind, today);
    const auto plan = PlanRepository(m_db).find(planId);
    if (!plan)
        return fail(Text::tr("%1 follows no plan").arg(unit->name));
    const int year = request.year ? request.year : plan->endYear;
    if (year < plan->startYear || year > plan->endYear)
        return fail(Text::tr("%1 is outside the period %2-%3 of %4")
                        .arg(year)
                        .arg(plan->startYear)
                        .arg(plan->endYear)
                        .arg(plan->title));

    EvaluationDocument doc;
    doc.kind = request.kind;
    doc.plan = *plan;
    doc.years << plan->baselineYear;
    for (int y = plan->startYear; y <= year; ++y)
        doc.years << y;

    // The plan's indicators, then the insurance coverage, each over every year.
    QStringList problems;
    QList<IndicatorDefinition> definitions = IndicatorRepository(m_db).forPlan(plan->id, &problems);
    const int planIndicators = int(definitions.size());
    definitions << insuranceCoverageDefinition();
    const IndicatorService indicators(m_db);
    const QList<Unit> children = units.children(unit->code);
    for (int n = 0; n < definitions.size(); ++n) {
        const IndicatorDefinition& d = definitions[n];
        EvaluationIndicator i =
            evaluateOverYears(indicators, d, *plan, unit->code, doc.years, children);
        if (n >= planIndicators)
            i.section = EvaluationSection::Insurance;
        if (doc.mainIndicator < 0 && d.formCode == QLatin1String("annex") && i.problem.isEmpty())
            doc.mainIndicator = int(doc.indicators.size());
        doc.indicators << i;
    }

    // Completeness: who reported the main (annex) indicator's form in each year.
    if (doc.mainIndicator >= 0)
        for (const IndicatorFigure& f : doc.indicators[doc.mainIndicator].total.years) {
            const ReportingCoverage& c = f.reporting;
            const bool baseline = f.year == c.baselineYear;
            doc.completeness << EvaluationYearCoverage{
                f.year, c.expected, baseline ? c.reportedBaseline : c.reportedYear,
                baseline ? c.missingBaseline : c.missingYear};
        }

    // Tasks and safeguards: every obligation of the period (a year's for an annual report).
    const TaskChecklistService checklists(m_db);
    const int firstYear = request.kind == EvaluationKind::Final ? plan->startYear : year;
    // A hazard left open is on every later year's checklist too ("older ones still not
    // rectified"): listed once.
    QSet<qint64> hazardsListed;
    for (int y = firstYear; y <= year; ++y) {
        QString checklistError;
        const auto c = checklists.build(unit->code, y, today, &checklistError, plan->id);
        if (!c)
            return fail(checklistError);
        for (const ChecklistItem& item : c->items) {
            EvaluationObligation o;
            o.year = y;
            o.section = sectionLabel(item.obligation);
            o.title = item.obligation.title;
            o.due = item.due;
            o.status = item.status;
            o.done = item.record.progress == TaskProgress::Done;
            o.doneOn = item.record.doneOn;
            o.late = o.done ? (item.due.isValid() && o.doneOn.isValid() && o.doneOn > item.due)
                            : item.status == TaskStatus::Overdue;
            o.evidence = int(item.record.files.size());
            doc.obligations << o;
        }
        for (const Hazard& h : c->hazards)
            if (h.isOverdue(today) && !hazardsListed.contains(h.id)) {
                hazardsListed.insert(h.id);
                doc.overdueHazards << h;
            }
    }

    // The prevention fee against its cap, and the expert pool's activity, each year.
    const FeeRepository fees(m_db);
    for (int y = firstYear; y <= year; ++y) {
        const QList<FeeProject> projects = fees.projects(unit->code, y);
        doc.fees << EvaluationFeeYear{y, fees.hasBudget(unit->code, y),
                                      fees.budget(unit->code, y).capFen(), committedFen(projects),
                                      int(projects.size())};
        QSet<qint64> reviewers;
        for (const FeeProject& p : projects)
            for (qint64 id : p.expertIds)
                reviewers.insert(id);
        doc.experts.reviewersByYear << qMakePair(y, int(reviewers.size()));
    }
    for (const Expert& e : ExpertRepository(m_db).all()) {
        ++doc.experts.total;
        doc.experts.valid += e.isValidOn(today) ? 1 : 0;
    }

    doc.narrative =
        EvaluationNarrativeRepository(m_db).load(unit->code, plan->id, year, request.kind);
    const auto parent = unit->parentCode.isEmpty() ? std::nullopt : units.find(unit->parentCode);
    doc.cover = EvaluationCover{unit->code,
                                unit->name,
                                bureauName(*unit, parent),
                                plan->title,
                                plan->documentNumber,
                                plan->baselineYear,
                                plan->startYear,
                                plan->endYear,
                                year,
                                today,
                                doc.narrative.preparer};
    return doc;
}

} // namespace yufang
