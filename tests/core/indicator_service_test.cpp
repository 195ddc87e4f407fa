// The indicator service on stored data (docs/indicators.md): the seed plan's accident-rate
// indicator gives exactly the progress service's figures, and a county follows the 2021 plan for
// 2025 and a 2026 plan from 2026, the 2025 figures serving as the new plan's baseline by row key.
#include "form_fixtures.h"
#include "test_support.h"

#include "domain/progress.h"
#include "services/indicator_service.h"
#include "services/progress_service.h"
#include "storage/annex_repository.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kChem = u"危险化学品"_s;
const QString kBuild = u"建筑施工"_s;
const QString kMetal = u"冶金"_s;
const QString kDelivery = u"即时配送"_s;
const QString kLanshan = u"371302"_s;

void saveAnnex(const QSqlDatabase& db, const QString& unit, int year, const QList<AnnexRow>& rows) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = rows;
    QString error;
    const bool saved = AnnexRepository(db).save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

AnnexRow row(const QString& industry, qint64 insured, qint64 accidents, bool local = false) {
    return AnnexRow{industry, local, counts(1, 1, insured + 100, insured, accidents), {}};
}

QString fmt(const std::optional<rates::Ratio>& r, int scale) {
    return r ? r->format(scale) : u"n/a"_s;
}

std::optional<rates::Ratio> negated(const std::optional<rates::Ratio>& r) {
    if (!r)
        return r;
    return rates::Ratio{-r->numerator, r->denominator};
}

const IndicatorFigure* figureOf(const IndicatorResult& r, const QString& row) {
    if (row == progressTotalName())
        return &r.total;
    for (const IndicatorFigure& f : r.rows)
        if (f.row == row)
            return &f;
    return nullptr;
}

// Every figure the two services share, for every year and industry of the unit's progress.
void requireSameAsProgress(const QSqlDatabase& db, const QString& unit) {
    QString error;
    const auto p = ProgressService(db).unitProgress(unit, &error);
    INFO(error.toStdString());
    REQUIRE(p.has_value());
    const auto d = IndicatorRepository(db).find(p->plan.id, u"accident-rate"_s);
    REQUIRE(d.has_value());
    const IndicatorService service(db);
    QList<ProgressSeries> all = p->industries;
    all << p->total;
    int compared = 0;
    for (int year : p->years) {
        const IndicatorResult r = service.evaluate(*d, p->plan, unit, year);
        REQUIRE(r.problem.isEmpty());
        for (const ProgressSeries& s : all) {
            const ProgressFigure* pf = s.at(year);
            REQUIRE(pf != nullptr);
            const IndicatorFigure* f = figureOf(r, s.industry);
            INFO(unit.toStdString() << " " << year << " " << s.industry.toStdString());
            REQUIRE(f != nullptr);
            CHECK(fmt(f->value, 1000) == fmt(pf->accidentRate, 1000));
            CHECK(fmt(f->baselineValue, 1000) == fmt(pf->baselineRate, 1000));
            CHECK(fmt(f->matchedValue, 1000) == fmt(pf->matchedRate, 1000));
            CHECK(fmt(f->matchedBaselineValue, 1000) == fmt(pf->matchedBaselineRate, 1000));
            CHECK(fmt(f->change, 100) == fmt(negated(pf->reduction), 100));
            CHECK(fmt(f->matchedChange, 100) == fmt(negated(pf->matchedReduction), 100));
            REQUIRE(f->expected.has_value());
            CHECK(f->expected->format(100) == negated(pf->glidePath)->format(100));
            CHECK(glossary::key(f->status) == progressStatusKey(pf->status));
            CHECK(f->reporting.officialText() == pf->reporting.officialText());
            CHECK(f->local == pf->local);
            ++compared;
        }
    }
    // Every year of the plan (2020-2025) × (the plan's 7 industries, a local one, the total).
    CHECK(compared == 6 * 9);
}
} // namespace

TEST_CASE("The accident-rate indicator gives the progress service's figures on the same data",
          "[indicators][progress]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    // Three Linyi counties, a local industry (港口) in one, a county missing in 2023 and a zero
    // rate in 2024 (the figures are compared, not hand-computed: the two services must agree).
    const QString port = u"港口"_s;
    saveAnnex(db, u"371302"_s, 2020,
              {row(kChem, 4000, 20), row(kBuild, 3000, 9), row(port, 500, 2)});
    saveAnnex(db, u"371311"_s, 2020, {row(kChem, 2000, 12), row(kMetal, 1000, 4)});
    saveAnnex(db, u"371312"_s, 2020, {row(kBuild, 1000, 3)});
    saveAnnex(db, u"371302"_s, 2023,
              {row(kChem, 4000, 17), row(kBuild, 3000, 9), row(port, 500, 1)});
    saveAnnex(db, u"371311"_s, 2023, {row(kChem, 2000, 13)});
    saveAnnex(db, u"371302"_s, 2024, {row(kChem, 4000, 0)});
    saveAnnex(db, u"371302"_s, 2025, {row(kChem, 4000, 15), row(kBuild, 3000, 8)});
    saveAnnex(db, u"371311"_s, 2025, {row(kChem, 2000, 9), row(kMetal, 1000, 3)});
    saveAnnex(db, u"371312"_s, 2025, {row(kBuild, 1000, 2)});
    requireSameAsProgress(db, u"371302"_s);
    requireSameAsProgress(db, u"371300"_s); // 覆盖不足: 3 of 15 counties
    // The threshold lowered to 20 %: 3 of 15 meet it, so real statuses are compared too.
    auto plan = PlanRepository(db).find(UnitRepository(db).effectivePlanId(u"371300"_s));
    REQUIRE(plan.has_value());
    plan->reportingThreshold = 20;
    QString error;
    REQUIRE(PlanStore(db).save(*plan, PlanTaskRepository(db).forPlan(plan->id), &error));
    requireSameAsProgress(db, u"371300"_s);
}

// A copy of the Linyi plan as the 2026-2030 plan (baseline 2025, the national industries,
// accident rate −10 %), followed by 兰山区 from 2026 only.
//
// 兰山区 annex (accidents / insured persons):
//   2025 (linyi-2021): 危险化学品 20/4000 = 5.00 ‰, 冶金 10/1000, 建筑施工 6/3000 = 2.00 ‰
//   2026 (the new plan): 危险化学品 18/4000 = 4.50 ‰, 建筑施工 6/3000 = 2.00 ‰, 即时配送 3/1000
// The new plan's figures for 2026 (冶金 is not its industry: left out, total over its own):
//   危险化学品 (4.5 − 5) ÷ 5 = −10.00 %: the −10 % target, met
//   建筑施工 0.00 % against the 2026 glide path −10 % × 1 ÷ 5 = −2.00 %: behind
//   即时配送 no 2025 figures: no baseline
//   total 2025: (20 + 6) / (4000 + 3000) = 26/7000 = 3.714… → 3.71 ‰
//         2026: (18 + 6 + 3) / (4000 + 3000 + 1000) = 27/8000 = 3.375 → 3.38 ‰
//         change (27·7000 − 26·8000) ÷ (26·8000) = −19000/208000 = −9.134… → −9.13 %:
//         beyond −2.00 %, short of −10 %: on track
// The old plan's total for 2025 keeps 冶金: (20 + 10 + 6) / 8000 = 4.50 ‰.
TEST_CASE("A county follows the old plan for 2025 and the new one from 2026",
          "[indicators][plans]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const PlanStore store(db);
    const auto linyi = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(linyi.has_value());
    QString error;
    auto next = store.copy(linyi->id, u"test-2026"_s, 2026, &error);
    INFO(error.toStdString());
    REQUIRE(next.has_value());
    next->accidentRateReductionTarget = 0.10;
    next->industries = {kChem, u"矿山"_s, kBuild, u"交通运输"_s, u"机械制造"_s, kDelivery};
    REQUIRE(store.save(*next, PlanTaskRepository(db).forPlan(next->id), &error));
    // The copy brought the Linyi plan's indicators, and the plan's new target is the accident
    // rate's (one truth: domain/plan_targets).
    IndicatorRepository indicators(db);
    auto rate = indicators.find(next->id, u"accident-rate"_s);
    REQUIRE(rate.has_value());
    CHECK(rate->target == Approx(-0.10));
    REQUIRE(store.assignFrom(kLanshan, next->id, 2026, &error));

    // One rule for a unit's plan in a year, and the unit's forms follow it.
    const UnitRepository units(db);
    CHECK(units.effectivePlanId(kLanshan, 2025) == linyi->id);
    CHECK(units.effectivePlanId(kLanshan, 2026) == next->id);
    CHECK(units.effectivePlanId(kLanshan, 2030) == next->id);
    CHECK(units.effectivePlanId(kLanshan) == next->id); // now: its latest
    CHECK(units.effectivePlanId(u"371311"_s, 2026) == linyi->id);
    const AnnexRepository annexes(db);
    CHECK(annexes.planIndustriesOf(kLanshan, 2025).contains(kMetal));
    CHECK_FALSE(annexes.planIndustriesOf(kLanshan, 2026).contains(kMetal));
    CHECK(annexes.planIndustriesOf(kLanshan, 2026).contains(kDelivery));

    saveAnnex(db, kLanshan, 2025,
              {row(kChem, 4000, 20), row(kMetal, 1000, 10), row(kBuild, 3000, 6)});
    saveAnnex(db, kLanshan, 2026,
              {row(kChem, 4000, 18), row(kBuild, 3000, 6), row(kDelivery, 1000, 3)});
    // Stored as the plan of each year has them: 冶金 a plan row in 2025, 即时配送 in 2026.
    for (const AnnexRow& r : annexes.load(kLanshan, 2025).rows)
        CHECK_FALSE(r.local);
    for (const AnnexRow& r : annexes.load(kLanshan, 2026).rows)
        CHECK_FALSE(r.local);

    const auto now = IndicatorService(db).evaluate(kLanshan, 2026, 0, &error);
    REQUIRE(now.has_value());
    CHECK(now->plan.code == u"test-2026"_s);
    const IndicatorResult* accident = nullptr;
    for (const IndicatorResult& r : now->indicators)
        if (r.definition.code == u"accident-rate"_s)
            accident = &r;
    REQUIRE(accident != nullptr);
    CHECK(figureOf(*accident, kMetal) == nullptr);
    const IndicatorFigure* chem = figureOf(*accident, kChem);
    REQUIRE(chem != nullptr);
    CHECK(fmt(chem->baselineValue, 1000) == u"5.00"_s);
    CHECK(fmt(chem->value, 1000) == u"4.50"_s);
    CHECK(fmt(chem->change, 100) == u"-10.00"_s);
    CHECK(chem->status == glossary::Term::Met);
    const IndicatorFigure* build = figureOf(*accident, kBuild);
    REQUIRE(build != nullptr);
    CHECK(fmt(build->change, 100) == u"0.00"_s);
    CHECK(fmt(build->expected, 100) == u"-2.00"_s);
    CHECK(build->status == glossary::Term::Behind);
    CHECK(figureOf(*accident, kDelivery)->status == glossary::Term::NoBaseline);
    CHECK(fmt(accident->total.baselineValue, 1000) == u"3.71"_s);
    CHECK(fmt(accident->total.value, 1000) == u"3.38"_s);
    CHECK(fmt(accident->total.change, 100) == u"-9.13"_s);
    CHECK(accident->total.status == glossary::Term::OnTrack);

    // 2025 under the plan of 2025: the 2021 plan, 冶金 included.
    const auto before = IndicatorService(db).evaluate(kLanshan, 2025, 0, &error);
    REQUIRE(before.has_value());
    CHECK(before->plan.code == u"linyi-2021"_s);
    CHECK(fmt(before->indicators.first().total.value, 1000) == u"4.50"_s);
    REQUIRE(figureOf(before->indicators.first(), kMetal) != nullptr);

    // Progress follows the plan it follows now; its siblings keep theirs.
    const auto p = ProgressService(db).unitProgress(kLanshan, &error);
    REQUIRE(p.has_value());
    CHECK(p->plan.code == u"test-2026"_s);
    CHECK(fmt(p->total.at(2026)->reduction, 100) == u"9.13"_s);
    for (const ChildProgress& c : ProgressService(db).childrenRanked(u"371300"_s, 2026))
        if (c.unit.code == kLanshan)
            CHECK(fmt(c.total.reduction, 100) == u"9.13"_s);
    const auto sibling = ProgressService(db).unitProgress(u"371311"_s, &error);
    REQUIRE(sibling.has_value());
    CHECK(sibling->plan.code == u"linyi-2021"_s);
}

// Training coverage and disease cases through their adapters, 兰山区 (linyi-2021):
//   training 2023: 危险化学品 × 分管负责人 9 of 12 trained, 矿山 × 一线班组长 30 of 30
//     分管负责人 9/12 = 75.00 %; 一线班组长 30/30 = 100.00 %: met
//     total (9 + 30) / (12 + 30) = 39/42 = 92.857… → 92.86 %: below 100 %, but 2023 is the
//     first year with data, where the path to 100 % starts: on track
//   disease 2020: 矿山 pneumoconiosis 5 + other 1 = 6; 2023: 矿山 3 + 1 = 4: fell, met.
TEST_CASE("Training coverage and disease cases are read through their adapters",
          "[indicators][training]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    // Saved through the form engine, as the tabs save; read back through the adapters.
    FormTable table = loadForm(db, u"training"_s, kLanshan, 2023);
    setCounts(formRow(table, u"分管负责人"_s, kChem), TrainingCounts{12, 9, {}, {}, {}, {}});
    setCounts(formRow(table, u"一线班组长"_s, u"矿山"_s), TrainingCounts{30, 30, {}, {}, {}, {}});
    storeForm(db, table);
    QString error;
    for (const auto& [year, pneumo] : {std::pair{2020, 5}, std::pair{2023, 3}}) {
        FormTable d = loadForm(db, u"disease"_s, kLanshan, year);
        setCounts(formRow(d, u"矿山"_s), DiseaseCounts{pneumo, 1, {}});
        storeForm(db, d);
    }
    const auto result = IndicatorService(db).evaluate(kLanshan, 2023, 0, &error);
    REQUIRE(result.has_value());
    const IndicatorResult* coverage = nullptr;
    const IndicatorResult* cases = nullptr;
    for (const IndicatorResult& r : result->indicators) {
        if (r.definition.code == u"training-coverage"_s)
            coverage = &r;
        if (r.definition.code == u"disease-cases"_s)
            cases = &r;
    }
    REQUIRE(coverage != nullptr);
    REQUIRE(cases != nullptr);
    CHECK(fmt(coverage->total.value, 100) == u"92.86"_s);
    // 2023 is the first year with data: the path starts at its own value, so it is on track.
    CHECK(fmt(coverage->total.expected, 100) == u"92.86"_s);
    CHECK(coverage->total.status == glossary::Term::OnTrack);
    REQUIRE(figureOf(*coverage, u"分管负责人"_s) != nullptr);
    CHECK(fmt(figureOf(*coverage, u"分管负责人"_s)->value, 100) == u"75.00"_s);
    CHECK(figureOf(*coverage, u"一线班组长"_s)->status == glossary::Term::Met);
    CHECK(indicators::formatValue(cases->definition, cases->total.baselineValue) == u"6"_s);
    CHECK(indicators::formatValue(cases->definition, cases->total.value) == u"4"_s);
    CHECK(cases->total.status == glossary::Term::Met);
}

// The training coverage's path from the first year with data (glide_path from_first_data, the
// preset's), per category and total, on 兰山区's stored tables (Linyi's plan: baseline 2020, end
// 2025). Key personnel / trained, categories A 分管负责人 (危险化学品), B 安全管理部门负责人
// (冶金), C 一线班组长 (矿山):
//   2019  A 10/1                      before the baseline year: not a start
//   2022  A 10/2, C 30/6              total 8/40 = 20.00 %: the first year with data
//   2023  A 10/6, B 20/10, C 30/21    total 37/60 = 61.67 %
//   2024  A 10/7, B 20/16, C 30/27    total 50/60 = 83.33 %
// Expected on the path to 100 % in 2025:
//   total, A and C from 20.00 % (2022): 2023 20 + 80 × 1 ÷ 3 = 46.67 %, 2024 20 + 80 × 2 ÷ 3 =
//   73.33 %; B from 50.00 % (2023, its first year): 2023 50.00 %, 2024 50 + 50 × 1 ÷ 2 = 75.00 %.
// So 2023: all on track (B exactly on its start); 2024: A 70.00 % < 73.33 % behind, B 80.00 %
// and C 90.00 % on track, total 83.33 % on track. 临沂市 2023: the same path (only 兰山区 has
// figures), but 1 of 15 units reported: 覆盖不足.
TEST_CASE("Training coverage follows its path from the first year with data per category",
          "[indicators][training]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const QString a = u"分管负责人"_s, b = u"安全管理部门负责人"_s, c = u"一线班组长"_s;
    const auto save = [&](int year, const QList<std::tuple<QString, QString, int, int>>& cells) {
        FormTable table = loadForm(db, u"training"_s, kLanshan, year);
        for (const auto& [industry, category, personnel, trained] : cells)
            setCounts(formRow(table, category, industry),
                      TrainingCounts{personnel, trained, {}, {}, {}, {}});
        storeForm(db, table);
    };
    save(2019, {{kChem, a, 10, 1}});
    save(2022, {{kChem, a, 10, 2}, {u"矿山"_s, c, 30, 6}});
    save(2023, {{kChem, a, 10, 6}, {kMetal, b, 20, 10}, {u"矿山"_s, c, 30, 21}});
    save(2024, {{kChem, a, 10, 7}, {kMetal, b, 20, 16}, {u"矿山"_s, c, 30, 27}});
    const auto coverage = [&](const QString& unit, int year) {
        QString error;
        const auto all = IndicatorService(db).evaluate(unit, year, 0, &error);
        INFO(error.toStdString());
        REQUIRE(all.has_value());
        for (const IndicatorResult& r : all->indicators)
            if (r.definition.code == u"training-coverage"_s)
                return r;
        FAIL("no training-coverage indicator");
        return IndicatorResult{};
    };
    const auto expect = [](const IndicatorResult& r, const QString& row, const QString& value,
                           const QString& expected, int start, glossary::Term status) {
        const IndicatorFigure* f = figureOf(r, row);
        INFO(row.toStdString());
        REQUIRE(f != nullptr);
        CHECK(fmt(f->value, 100) == value);
        CHECK(fmt(f->expected, 100) == expected);
        CHECK(f->pathStartYear == start);
        CHECK(f->status == status);
    };
    using glossary::Term;
    IndicatorResult r = coverage(kLanshan, 2023);
    CHECK(r.definition.glidePath == IndicatorGlidePath::FromFirstData);
    expect(r, progressTotalName(), u"61.67"_s, u"46.67"_s, 2022, Term::OnTrack);
    expect(r, a, u"60.00"_s, u"46.67"_s, 2022, Term::OnTrack);
    expect(r, b, u"50.00"_s, u"50.00"_s, 2023, Term::OnTrack);
    expect(r, c, u"70.00"_s, u"46.67"_s, 2022, Term::OnTrack);
    r = coverage(kLanshan, 2024);
    expect(r, progressTotalName(), u"83.33"_s, u"73.33"_s, 2022, Term::OnTrack);
    expect(r, a, u"70.00"_s, u"73.33"_s, 2022, Term::Behind);
    expect(r, b, u"80.00"_s, u"75.00"_s, 2023, Term::OnTrack);
    expect(r, c, u"90.00"_s, u"73.33"_s, 2022, Term::OnTrack);
    r = coverage(kLanshan, 2022);
    expect(r, progressTotalName(), u"20.00"_s, u"20.00"_s, 2022, Term::OnTrack);
    r = coverage(u"371300"_s, 2023);
    expect(r, progressTotalName(), u"61.67"_s, u"46.67"_s, 2022, Term::LowCoverage);
}
