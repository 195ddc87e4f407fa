#pragma once

#include "domain/indicator_definition.h"
#include "domain/indicator_evaluation.h"
#include "domain/plan.h"
#include "domain/unit.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace yufang {

struct UnitIndicators {
    Unit unit;
    Plan plan;
    int year = 0;
    QList<IndicatorResult> indicators; // in the plan's order
};

// A sub-unit's total of an indicator (IndicatorService::children).
struct UnitFigure {
    Unit unit;
    IndicatorFigure figure;
};

// Evaluates a plan's indicators on the consolidated figures of a unit's subtree (own rows plus
// all descendants', summed before any ratio), like for like against the indicator's baseline
// year (domain/like_for_like), from the forms the definitions name (services/indicator_sources).
// The rows are matched by key across the years: for a form whose rows are key industries, only
// the evaluated plan's industries and the units' local rows count, so the 2025 figures of a unit
// that followed the old plan are the new plan's baseline without the industries it dropped.
class IndicatorService {
public:
    explicit IndicatorService(QSqlDatabase db) : m_db(std::move(db)) {}

    // planId 0: the plan the unit follows in the year (year 0: the plan it follows now, and the
    // latest year of that plan's period with annex data, else its start year). None with *error
    // for an unknown unit, a unit without a plan or an unknown plan.
    std::optional<UnitIndicators> evaluate(const QString& unitCode, int year, qint64 planId = 0,
                                           QString* error = nullptr) const;

    // One definition, whether stored or not (the plan editor's live preview).
    IndicatorResult evaluate(const IndicatorDefinition& d, const Plan& plan,
                             const QString& unitCode, int year) const;

    // The indicator's trend: its total evaluated for every year in which some unit of the
    // subtree stores the form (figures or not), ascending, each with the year's summed cells
    // (the 职业病 page's table against the baseline, the charts on 概览 and 趋势).
    IndicatorTrend trend(const IndicatorDefinition& d, const Plan& plan,
                         const QString& unitCode) const;
    // The direct sub-units' totals in the year, lagging first: 滞后 and 未达成 (furthest behind
    // the path first), then those without a verdict (无数据, 覆盖不足, ...), then 进度正常 and
    // 已达成, the weakest value first; the units' order among equals.
    QList<UnitFigure> children(const IndicatorDefinition& d, const Plan& plan,
                               const QString& unitCode, int year) const;

    // The trend of the plan's occupational-disease cases (domain/plan_targets'
    // diseaseCasesIndex): the definition (with the plan's reduction target, if any) and its
    // points; none when the plan has no such indicator.
    std::optional<IndicatorTrend> diseaseCasesTrend(const Plan& plan,
                                                    const QString& unitCode) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
