#include "progress_service.h"

#include "storage/annex_repository.h"
#include "storage/annex_values.h"
#include "storage/form_repository.h"
#include "storage/plan_repository.h"
#include "storage/subtree_returns.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProgressService)
};

AnnexCounts countsOf(const AnnexTable& t, const QString& industry) {
    const AnnexRow* row = t.find(industry);
    return row ? row->counts : AnnexCounts{};
}

QList<int> progressYears(const Plan& plan, const QList<int>& withData) {
    QList<int> years;
    for (int y = plan.baselineYear; y <= plan.endYear; ++y)
        years << y;
    for (int y : withData)
        if (y > plan.endYear)
            years << y;
    return years;
}
} // namespace

std::optional<UnitProgress> ProgressService::unitProgress(const QString& unitCode,
                                                          QString* error) const {
    const UnitRepository units(m_db);
    const auto unit = units.find(unitCode);
    if (!unit) {
        if (error)
            *error = Text::tr("unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    const auto plan = PlanRepository(m_db).find(units.effectivePlanId(unitCode));
    if (!plan) {
        if (error)
            *error = Text::tr("%1 follows no plan").arg(unit->name);
        return std::nullopt;
    }
    const AnnexRepository annexes(m_db);
    UnitProgress p;
    p.unit = *unit;
    p.plan = *plan;
    for (int y : FormRepository(m_db).years(annex_values::formCode(), unitCode))
        if (y >= plan->baselineYear)
            p.yearsWithData << y;
    p.years = progressYears(*plan, p.yearsWithData);

    // Consolidated counts per year; industries in first-seen order (plan ones come first in
    // every consolidated table, local ones after), so a local industry reported only in later
    // years still gets its row.
    // A year kept under another plan (the 2025 baseline of a unit that follows the 2026 plan
    // from 2026, docs/indicators.md) is matched by industry: an industry of that other plan
    // that is neither this plan's nor local (冶金) is left out, as the indicator engine does. A
    // unit with one plan has no such row.
    QHash<int, AnnexTable> tables;
    QStringList order;
    QHash<QString, bool> local;
    for (int y : p.years) {
        AnnexTable t = annexes.consolidated(unitCode, y);
        t.rows.removeIf(
            [&](const AnnexRow& r) { return !r.local && !plan->industries.contains(r.industry); });
        for (const AnnexRow& r : t.rows)
            if (!local.contains(r.industry)) {
                order << r.industry;
                local.insert(r.industry, r.local);
            }
        tables.insert(y, t);
    }
    const AnnexTable& base = tables[plan->baselineYear];
    // The like-for-like set of every year against the baseline (domain/like_for_like).
    const QList<UnitYear> baseReturns = subtreeReturns(m_db, unitCode, plan->baselineYear);
    QHash<int, LikeForLike> matched;
    for (int y : p.years) {
        LikeForLike m = like_for_like::apply(
            baseReturns, y == plan->baselineYear ? baseReturns : subtreeReturns(m_db, unitCode, y),
            plan->baselineYear, y);
        for (AnnexTable* t : {&m.baseline, &m.year})
            t->rows.removeIf([&](const AnnexRow& r) { return !local.contains(r.industry); });
        matched.insert(y, m);
    }
    for (const QString& industry : order) {
        ProgressSeries s;
        s.industry = industry;
        s.local = local.value(industry);
        for (int y : p.years) {
            const LikeForLike& m = matched[y];
            ProgressFigure f = progress::assess(
                *plan, industry, y,
                progress::ProgressInput{countsOf(tables[y], industry), countsOf(base, industry),
                                        countsOf(m.year, industry), countsOf(m.baseline, industry),
                                        m.coverage});
            f.local = s.local;
            s.figures << f;
        }
        p.industries << s;
    }
    p.total.industry = progressTotalName();
    p.total.total = true;
    for (int y : p.years) {
        // The total is computed from the summed counts of every industry row, never from rates.
        const LikeForLike& m = matched[y];
        ProgressFigure f = progress::assess(
            *plan, p.total.industry, y,
            progress::ProgressInput{tables[y].total(), base.total(), m.year.total(),
                                    m.baseline.total(), m.coverage});
        f.total = true;
        p.total.figures << f;
    }
    return p;
}

QList<ChildProgress> ProgressService::childrenRanked(const QString& unitCode, int year) const {
    const UnitRepository units(m_db);
    const auto plan = PlanRepository(m_db).find(units.effectivePlanId(unitCode));
    if (!plan)
        return {};
    if (year <= 0) {
        const auto self = unitProgress(unitCode);
        year = self ? self->latestYear() : plan->baselineYear;
    }
    const AnnexRepository annexes(m_db);
    QList<ChildProgress> out;
    for (const Unit& child : units.children(unitCode)) {
        // Each child is measured against its own plan (a child may follow a newer one).
        const auto childPlan = PlanRepository(m_db).find(units.effectivePlanId(child.code, year));
        const Plan& p = childPlan ? *childPlan : *plan;
        LikeForLike m =
            like_for_like::apply(subtreeReturns(m_db, child.code, p.baselineYear),
                                 subtreeReturns(m_db, child.code, year), p.baselineYear, year);
        AnnexTable now = annexes.consolidated(child.code, year);
        AnnexTable base = annexes.consolidated(child.code, p.baselineYear);
        // As in unitProgress: rows of another plan's industries are not this plan's.
        QSet<QString> rows(p.industries.cbegin(), p.industries.cend());
        for (AnnexTable* t : {&now, &base})
            for (const AnnexRow& r : t->rows)
                if (r.local)
                    rows.insert(r.industry);
        for (AnnexTable* t : {&now, &base, &m.year, &m.baseline})
            t->rows.removeIf([&](const AnnexRow& r) { return !rows.contains(r.industry); });
        ProgressFigure f =
            progress::assess(p, progressTotalName(), year,
                             progress::ProgressInput{now.total(), base.total(), m.year.total(),
                                                     m.baseline.total(), m.coverage});
        f.total = true;
        out << ChildProgress{child, f};
    }
    // Stable: equal gaps and the unranked keep tree order.
    std::stable_sort(out.begin(), out.end(), [](const ChildProgress& a, const ChildProgress& b) {
        const auto ga = a.total.gapPoints(), gb = b.total.gapPoints();
        if (ga && gb)
            return *ga > *gb;
        return ga.has_value() && !gb.has_value();
    });
    return out;
}

} // namespace yufang
