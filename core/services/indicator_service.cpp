#include "indicator_service.h"

#include "indicator_sources.h"

#include "domain/plan_targets.h"
#include "progress_service.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IndicatorService)
};

void add(ColumnSums& sum, const ColumnSums& cells) {
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        sum[it.key()] += it.value();
}

// Per row key, the sums of some units' own rows; and the order rows were first seen in.
struct RowTotals {
    QHash<QString, ColumnSums> byRow;
    QHash<QString, bool> local;
    QStringList order;

    void add(const FormRowSums& row) {
        if (!byRow.contains(row.key)) {
            order << row.key;
            local.insert(row.key, row.local);
        }
        yufang::add(byRow[row.key], row.cells);
    }
};

RowTotals sumUnits(const QList<UnitFormYear>& units,
                   const std::function<bool(const FormRowSums&)>& accept,
                   const QSet<QString>* only = nullptr) {
    RowTotals t;
    for (const UnitFormYear& u : units)
        if (!only || only->contains(u.unit.code))
            for (const FormRowSums& r : u.rows)
                if (accept(r))
                    t.add(r);
    return t;
}

QList<UnitReturn> returnsOf(const QList<UnitFormYear>& units) {
    QList<UnitReturn> out;
    for (const UnitFormYear& u : units)
        out << u.unit;
    return out;
}
} // namespace

IndicatorResult IndicatorService::evaluate(const IndicatorDefinition& d, const Plan& plan,
                                           const QString& unitCode, int year) const {
    IndicatorResult result;
    result.definition = d;
    const int baselineYear = indicators::baselineYear(d, plan);
    const auto base = indicator_sources::subtree(m_db, d.formCode, unitCode, baselineYear, plan.id);
    const auto now = year == baselineYear
                         ? base
                         : indicator_sources::subtree(m_db, d.formCode, unitCode, year, plan.id);
    if (!base || !now) {
        result.problem = Text::tr("form: no form %1 to read").arg(d.formCode);
        return result;
    }
    const MatchedUnits m =
        like_for_like::match(returnsOf(*base), returnsOf(*now), baselineYear, year);
    const QSet<QString> matched(m.codes.cbegin(), m.codes.cend());
    // The rows the indicator covers, matched by key across the years. Key-industry forms: the
    // evaluated plan's industries in its order, then each unit's local rows; a row of an
    // industry of another plan (冶金 in a 2025 annex kept under the 2021 plan) is left out of
    // the rows and the total alike.
    const bool industries = indicator_sources::rowsAreIndustries(m_db, d.formCode, plan.id);
    const auto accept = [&](const FormRowSums& r) {
        return !industries || r.local || plan.industries.contains(r.key);
    };
    const RowTotals allBase = sumUnits(*base, accept), allYear = sumUnits(*now, accept);
    const RowTotals matchedBase = sumUnits(*base, accept, &matched);
    const RowTotals matchedYear = sumUnits(*now, accept, &matched);
    QStringList keys;
    QHash<QString, bool> local;
    if (industries)
        keys = plan.industries;
    for (const RowTotals* t : {&allYear, &allBase})
        for (const QString& k : t->order)
            if (!keys.contains(k)) {
                keys << k;
                local.insert(k, t->local.value(k));
            }
    if (!d.rowFilter.isEmpty()) {
        QStringList kept;
        for (const QString& k : keys)
            if (d.rowFilter.contains(k))
                kept << k;
        keys = kept;
    }

    // A path from the first year with data starts, per row and for the total, at the first
    // year from the baseline year on in which the units that reported give it a value.
    QHash<QString, PathStart> rowStarts;
    std::optional<PathStart> totalStart;
    if (d.glidePath == IndicatorGlidePath::FromFirstData) {
        QList<int> years = indicator_sources::years(m_db, d.formCode, unitCode);
        std::sort(years.begin(), years.end());
        for (int y : years) {
            if (y < baselineYear || y > year)
                continue;
            auto units = y == year ? now : base;
            if (y != year && y != baselineYear)
                units = indicator_sources::subtree(m_db, d.formCode, unitCode, y, plan.id);
            if (!units)
                continue;
            const RowTotals all = sumUnits(*units, accept);
            ColumnSums sum;
            for (const QString& k : all.order) {
                if (!d.rowFilter.isEmpty() && !d.rowFilter.contains(k))
                    continue;
                add(sum, all.byRow.value(k));
                if (!rowStarts.contains(k))
                    if (const auto v = indicators::value(d, plan, all.byRow.value(k)))
                        rowStarts.insert(k, PathStart{y, *v});
            }
            if (!totalStart)
                if (const auto v = indicators::value(d, plan, sum))
                    totalStart = PathStart{y, *v};
        }
    }

    IndicatorInput total{{}, {}, {}, {}, m.coverage, totalStart};
    for (const QString& k : keys) {
        const IndicatorInput row{allYear.byRow.value(k),
                                 allBase.byRow.value(k),
                                 matchedYear.byRow.value(k),
                                 matchedBase.byRow.value(k),
                                 m.coverage,
                                 rowStarts.contains(k) ? std::optional(rowStarts.value(k))
                                                       : std::nullopt};
        add(total.year, row.year);
        add(total.baseline, row.baseline);
        add(total.matchedYear, row.matchedYear);
        add(total.matchedBaseline, row.matchedBaseline);
        if (d.rowsToo) {
            IndicatorFigure f = indicators::evaluate(d, plan, k, false, year, row);
            f.local = local.value(k);
            result.rows << f;
        }
    }
    result.total = indicators::evaluate(d, plan, progressTotalName(), true, year, total);
    return result;
}

IndicatorTrend IndicatorService::trend(const IndicatorDefinition& d, const Plan& plan,
                                       const QString& unitCode) const {
    IndicatorTrend out{d, indicators::baselineYear(d, plan), {}};
    QList<int> years = indicator_sources::years(m_db, d.formCode, unitCode);
    std::sort(years.begin(), years.end());
    for (int y : years)
        out.points << evaluate(d, plan, unitCode, y).total;
    return out;
}

QList<UnitFigure> IndicatorService::children(const IndicatorDefinition& d, const Plan& plan,
                                             const QString& unitCode, int year) const {
    QList<UnitFigure> out;
    for (const Unit& child : UnitRepository(m_db).children(unitCode))
        out << UnitFigure{child, evaluate(d, plan, child.code, year).total};
    const auto rank = [](glossary::Term t) {
        switch (t) {
        case glossary::Term::Behind:
        case glossary::Term::NotMet:
            return 0;
        case glossary::Term::OnTrack:
        case glossary::Term::Met:
            return 2;
        default:
            return 1;
        }
    };
    // The weaker of two values: the lower where the plan wants it up, the higher otherwise.
    const auto weaker = [&](const IndicatorFigure& x, const IndicatorFigure& y) {
        const auto a = x.value ? x.value->value() : std::nullopt;
        const auto b = y.value ? y.value->value() : std::nullopt;
        if (!a || !b)
            return false;
        return d.direction == IndicatorDirection::Up ? *a < *b : *a > *b;
    };
    std::stable_sort(out.begin(), out.end(), [&](const UnitFigure& a, const UnitFigure& b) {
        const IndicatorFigure &x = a.figure, &y = b.figure;
        if (rank(x.status) != rank(y.status))
            return rank(x.status) < rank(y.status);
        if (rank(x.status) == 0)
            return indicators::shortfall(d, x).value_or(0) >
                   indicators::shortfall(d, y).value_or(0);
        return weaker(x, y);
    });
    return out;
}

std::optional<IndicatorTrend> IndicatorService::diseaseCasesTrend(const Plan& plan,
                                                                  const QString& unitCode) const {
    const QList<IndicatorDefinition> all = IndicatorRepository(m_db).forPlan(plan.id);
    const auto i = plan_targets::diseaseCasesIndex(all);
    if (!i)
        return std::nullopt;
    return trend(all.at(*i), plan, unitCode);
}

std::optional<UnitIndicators> IndicatorService::evaluate(const QString& unitCode, int year,
                                                         qint64 planId, QString* error) const {
    const UnitRepository units(m_db);
    const auto unit = units.find(unitCode);
    if (!unit) {
        if (error)
            *error = Text::tr("unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    const PlanRepository plans(m_db);
    const auto plan = plans.find(planId > 0 ? planId : units.effectivePlanId(unitCode, year));
    if (!plan) {
        if (error)
            *error = planId > 0 ? Text::tr("unknown plan")
                                : Text::tr("%1 follows no plan").arg(unit->name);
        return std::nullopt;
    }
    UnitIndicators out;
    out.unit = *unit;
    out.plan = *plan;
    out.year = year;
    if (out.year <= 0) {
        // The latest year of the plan's period with annex figures, else its first year.
        out.year = plan->startYear;
        for (int y : indicator_sources::years(m_db, QStringLiteral("annex"), unitCode))
            if (y >= plan->startYear && y <= plan->endYear)
                out.year = y;
    }
    for (const IndicatorDefinition& d : IndicatorRepository(m_db).forPlan(plan->id))
        out.indicators << evaluate(d, *plan, unitCode, out.year);
    return out;
}

} // namespace yufang
