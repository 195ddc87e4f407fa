// The indicator engine's evaluation (docs/indicators.md): values from summed cells, changes,
// glide paths and statuses, every expected figure computed by hand in the comments.
#include "test_support.h"

#include "domain/indicator_evaluation.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;
using glossary::Term;

namespace {
Plan plan2026() {
    Plan p;
    p.code = u"national-2026"_s;
    p.baselineYear = 2025;
    p.startYear = 2026;
    p.endYear = 2030;
    return p;
}

IndicatorDefinition accidentRate(double target = -0.10) {
    IndicatorDefinition d;
    d.code = u"accident-rate"_s;
    d.name = u"重点行业工伤事故发生率"_s;
    d.formCode = u"annex"_s;
    d.kind = IndicatorKind::RatioOfSums;
    d.numeratorKeys = {u"accidents"_s};
    d.denominatorFollowsPlan = true;
    d.scale = 1000;
    d.unit = u"‰"_s;
    d.direction = IndicatorDirection::Down;
    d.targetKind = IndicatorTargetKind::Relative;
    d.target = target;
    d.glidePath = IndicatorGlidePath::Linear;
    return d;
}

ColumnSums annex(qint64 employees, qint64 insured, qint64 accidents) {
    return {
        {u"employees"_s, employees}, {u"insured_persons"_s, insured}, {u"accidents"_s, accidents}};
}

// One unit that reported in both years (or in the years given).
IndicatorInput single(const ColumnSums& baseline, const ColumnSums& year, int baselineYear = 2025,
                      int thisYear = 2027) {
    IndicatorInput in{year, baseline, year, baseline, {}, {}};
    ReportingCoverage& c = in.coverage;
    c.baselineYear = baselineYear;
    c.year = thisYear;
    c.expected = 1;
    c.reportedBaseline = baseline.isEmpty() ? 0 : 1;
    c.reportedYear = year.isEmpty() ? 0 : 1;
    c.matched = c.reportedBaseline * c.reportedYear;
    if (!c.matched)
        in.matchedYear = in.matchedBaseline = {};
    return in;
}

QString fmt(const std::optional<rates::Ratio>& r, int scale) {
    return r ? r->format(scale) : u"n/a"_s;
}
} // namespace

TEST_CASE("a ratio of sums against a relative target with a linear glide path", "[indicators]") {
    const Plan plan = plan2026();
    const IndicatorDefinition d = accidentRate();
    // 2025: 20 accidents / 4000 insured = 5.00 ‰; 2027: 19 / 4000 = 4.75 ‰.
    // change (4.75 − 5) ÷ 5 = −5.00 %; glide path 2027: −10 % × (2027 − 2025) ÷ 5 = −4.00 %:
    // −5 % is further down than −4 %: on track, and not yet the −10 % target.
    const IndicatorFigure f =
        indicators::evaluate(d, plan, u"危险化学品"_s, false, 2027,
                             single(annex(4000, 4000, 20), annex(4000, 4000, 19)));
    CHECK(indicators::formatValue(d, f.baselineValue) == u"5.00"_s);
    CHECK(indicators::formatValue(d, f.value) == u"4.75"_s);
    CHECK(indicators::formatChange(f.change) == u"-5.00"_s);
    CHECK(indicators::formatTarget(d, f.expected) == u"-4.00"_s);
    CHECK(indicators::formatTarget(d, f.target) == u"-10.00"_s);
    CHECK(f.status == Term::OnTrack);

    // 2026: 19.5 is not whole: 39 / 8000 = 4.875 ‰ → 4.88; change −2.50 %; path −2.00 %: on track.
    // 2028: 18 / 4000 = 4.50 ‰, −10.00 % = the target exactly: met (compared exactly).
    // 2029: 19 / 4000 = −5 % against a path of −8 %: behind.
    CHECK(indicators::evaluate(d, plan, u"x"_s, false, 2028,
                               single(annex(4000, 4000, 20), annex(4000, 4000, 18), 2025, 2028))
              .status == Term::Met);
    const IndicatorFigure behind =
        indicators::evaluate(d, plan, u"x"_s, false, 2029,
                             single(annex(4000, 4000, 20), annex(4000, 4000, 19), 2025, 2029));
    CHECK(indicators::formatTarget(d, behind.expected) == u"-8.00"_s);
    CHECK(behind.status == Term::Behind);

    // The plan's denominator: employees 5000 → 20 / 5000 = 4.00 ‰ in the baseline.
    Plan byEmployees = plan;
    byEmployees.rateDenominator = RateDenominator::Employees;
    CHECK(fmt(indicators::value(d, byEmployees, annex(5000, 4000, 20)), 1000) == u"4.00"_s);
}

TEST_CASE("zero denominators and missing years are not applicable and say why", "[indicators]") {
    const Plan plan = plan2026();
    const IndicatorDefinition d = accidentRate();
    // Insured 0 in the year: no rate (never 0.00), so 无数据.
    const IndicatorFigure zero = indicators::evaluate(d, plan, u"x"_s, false, 2027,
                                                      single(annex(10, 10, 1), annex(10, 0, 0)));
    CHECK_FALSE(zero.value.has_value());
    CHECK(indicators::formatValue(d, zero.value) == u"—"_s);
    CHECK_FALSE(zero.change.has_value());
    CHECK(zero.status == Term::NoData);
    // A zero baseline rate (0 accidents) cannot fall by 10 %: 无基线.
    CHECK(indicators::evaluate(d, plan, u"x"_s, false, 2027,
                               single(annex(10, 10, 0), annex(10, 10, 0)))
              .status == Term::NoBaseline);
    // Nothing reported for the baseline year: 无基线, before the missing year.
    CHECK(indicators::evaluate(d, plan, u"x"_s, false, 2027, single({}, {})).status ==
          Term::NoBaseline);
    CHECK(indicators::evaluate(d, plan, u"x"_s, false, 2027, single(annex(10, 10, 1), {})).status ==
          Term::NoData);
}

TEST_CASE("coverage below the plan's reporting threshold gives no verdict", "[indicators]") {
    Plan plan = plan2026();
    const IndicatorDefinition d = accidentRate();
    // Three expected; A and B reported both years, C only in 2025.
    //   all reported 2025: 10+10+40 = 60 / 3000 = 20.00 ‰; 2027 A+B: 8+8 = 16 / 2000 = 8.00 ‰
    //   matched A+B: 20/2000 = 10.00 ‰ → 8.00 ‰: −20.00 % (beyond the −10 % target).
    IndicatorInput in;
    in.baseline = annex(3000, 3000, 60);
    in.year = annex(2000, 2000, 16);
    in.matchedBaseline = annex(2000, 2000, 20);
    in.matchedYear = annex(2000, 2000, 16);
    in.coverage.baselineYear = 2025;
    in.coverage.year = 2027;
    in.coverage.expected = 3;
    in.coverage.reportedBaseline = 3;
    in.coverage.reportedYear = 2;
    in.coverage.matched = 2;
    IndicatorFigure f = indicators::evaluate(d, plan, u"合计"_s, true, 2027, in);
    CHECK(indicators::formatChange(f.change) == u"-60.00"_s); // (8 − 20) ÷ 20
    CHECK(indicators::formatChange(f.matchedChange) == u"-20.00"_s);
    CHECK(f.status == Term::LowCoverage); // 2 of 3 < 100 %
    plan.reportingThreshold = 66;         // 2 × 100 = 200 ≥ 66 × 3 = 198
    f = indicators::evaluate(d, plan, u"合计"_s, true, 2027, in);
    CHECK(f.status == Term::Met);
    plan.reportingThreshold = 67; // 200 < 201
    CHECK(indicators::evaluate(d, plan, u"合计"_s, true, 2027, in).status == Term::LowCoverage);
}

TEST_CASE("a count without a numeric target is met only when it fell", "[indicators]") {
    const Plan plan = plan2026();
    IndicatorDefinition d;
    d.code = u"disease-cases"_s;
    d.name = u"职业性尘肺病等重点职业病发病人数"_s;
    d.formCode = u"disease"_s;
    d.kind = IndicatorKind::Count;
    d.numeratorKeys = {u"pneumoconiosis"_s, u"other_diseases"_s};
    d.scale = 1;
    d.decimals = 0;
    d.unit = u"人"_s;
    REQUIRE(indicatorDefinitionProblem(d).isEmpty());
    // 2025: 7 + 3 = 10 cases; 2026: 6 + 2 = 8: change (8 − 10) ÷ 10 = −20.00 %, it fell: met.
    const ColumnSums base{{u"pneumoconiosis"_s, 7}, {u"other_diseases"_s, 3}};
    const ColumnSums fell{{u"pneumoconiosis"_s, 6}, {u"other_diseases"_s, 2}};
    const ColumnSums same{{u"pneumoconiosis"_s, 10}};
    IndicatorFigure f =
        indicators::evaluate(d, plan, u"合计"_s, true, 2026, single(base, fell, 2025, 2026));
    CHECK(indicators::formatValue(d, f.value) == u"8"_s);
    CHECK(indicators::formatValue(d, f.baselineValue) == u"10"_s);
    CHECK(indicators::formatChange(f.change) == u"-20.00"_s);
    CHECK_FALSE(f.target.has_value());
    CHECK_FALSE(f.expected.has_value());
    CHECK(f.status == Term::Met);
    // 10 again (only pneumoconiosis reported, other diseases not: sums as nothing, not 0):
    // no fall, no number to hold it against: 不作评价.
    f = indicators::evaluate(d, plan, u"合计"_s, true, 2026, single(base, same, 2025, 2026));
    CHECK(indicators::formatChange(f.change) == u"0.00"_s);
    CHECK(f.status == Term::NotAssessed);
}

TEST_CASE("a level target with and without a glide path", "[indicators]") {
    Plan plan = plan2026();
    IndicatorDefinition d;
    d.code = u"training-coverage"_s;
    d.name = u"重点人员培训覆盖率"_s;
    d.formCode = u"training"_s;
    d.numeratorKeys = {u"trained"_s};
    d.denominatorKeys = {u"key_personnel"_s};
    d.scale = 100;
    d.unit = u"%"_s;
    d.direction = IndicatorDirection::Up;
    d.targetKind = IndicatorTargetKind::Level;
    d.target = 1.0;
    const ColumnSums y{{u"key_personnel"_s, 200}, {u"trained"_s, 150}};
    // No glide path: 150 ÷ 200 = 75.00 % < 100 %: 未达成, and no baseline is needed.
    IndicatorFigure f = indicators::evaluate(d, plan, u"合计"_s, true, 2027, single({}, y));
    CHECK(indicators::formatValue(d, f.value) == u"75.00"_s);
    CHECK(indicators::formatTarget(d, f.target) == u"100.00"_s);
    CHECK(f.status == Term::NotMet);
    const ColumnSums full{{u"key_personnel"_s, 200}, {u"trained"_s, 200}};
    CHECK(indicators::evaluate(d, plan, u"合计"_s, true, 2027, single({}, full)).status ==
          Term::Met);
    // Linear from the baseline value: 2025 50 % → 100 % in 2030; 2027 expects
    // 50 + (100 − 50) × 2 ÷ 5 = 70.00 %; 75 % ≥ 70 %: on track.
    d.glidePath = IndicatorGlidePath::Linear;
    const ColumnSums base{{u"key_personnel"_s, 200}, {u"trained"_s, 100}};
    f = indicators::evaluate(d, plan, u"合计"_s, true, 2027, single(base, y));
    CHECK(indicators::formatTarget(d, f.expected) == u"70.00"_s);
    CHECK(f.status == Term::OnTrack);
    // 2029 expects 50 + 50 × 4 ÷ 5 = 90 %: 75 % is behind.
    CHECK(
        indicators::evaluate(d, plan, u"合计"_s, true, 2029, single(base, y, 2025, 2029)).status ==
        Term::Behind);
}

// The path of the training coverage (what domain/training_coverage drew): from the value of
// the first year with data to the level at the plan's end year, none before; the 2021 plan
// (baseline 2020, end 2025).
TEST_CASE("a level target on a path from the first year with data", "[indicators]") {
    Plan plan = plan2026();
    plan.baselineYear = 2020;
    plan.startYear = 2021;
    plan.endYear = 2025;
    IndicatorDefinition d;
    d.code = u"training-coverage"_s;
    d.name = u"重点行业企业重点人员培训覆盖率"_s;
    d.formCode = u"training"_s;
    d.numeratorKeys = {u"trained"_s};
    d.denominatorKeys = {u"key_personnel"_s};
    d.scale = 100;
    d.unit = u"%"_s;
    d.direction = IndicatorDirection::Up;
    d.targetKind = IndicatorTargetKind::Level;
    d.target = 1.0;
    d.glidePath = IndicatorGlidePath::FromFirstData;
    CHECK(indicatorDefinitionProblem(d).isEmpty());
    const auto in = [](qint64 personnel, qint64 trained, int year, std::optional<PathStart> start) {
        IndicatorInput i =
            single({}, {{u"key_personnel"_s, personnel}, {u"trained"_s, trained}}, 2020, year);
        i.pathStart = start;
        return i;
    };
    // First data in 2022: 40 of 100 trained, 40.00 %. The path to 100 % in 2025:
    //   2023: 40 + (100 − 40) × 1 ÷ 3 = 60.00 %;  2024: 40 + 60 × 2 ÷ 3 = 80.00 %;  2025: 100 %.
    const PathStart start{2022, rates::Ratio{40, 100}};
    // 2023: 150 of 200 = 75.00 % ≥ 60.00 %: on track, without any baseline-year figures.
    IndicatorFigure f =
        indicators::evaluate(d, plan, u"合计"_s, true, 2023, in(200, 150, 2023, start));
    CHECK(indicators::formatValue(d, f.value) == u"75.00"_s);
    CHECK(indicators::formatTarget(d, f.expected) == u"60.00"_s);
    CHECK(f.pathStartYear == 2022);
    CHECK_FALSE(f.baselineValue.has_value());
    CHECK(f.status == Term::OnTrack);
    // 2024: 75.00 % < 80.00 %: behind.
    f = indicators::evaluate(d, plan, u"合计"_s, true, 2024, in(200, 150, 2024, start));
    CHECK(indicators::formatTarget(d, f.expected) == u"80.00"_s);
    CHECK(f.status == Term::Behind);
    // 2025, the end year, and after it: the level itself; 199 of 200 = 99.50 % is behind, 200
    // of 200 met.
    f = indicators::evaluate(d, plan, u"合计"_s, true, 2025, in(200, 199, 2025, start));
    CHECK(indicators::formatTarget(d, f.expected) == u"100.00"_s);
    CHECK(f.status == Term::Behind);
    CHECK(indicators::evaluate(d, plan, u"合计"_s, true, 2026, in(200, 200, 2026, start)).status ==
          Term::Met);
    // The first year with data is the path's start: 40.00 % expected of 40.00 %, on track.
    f = indicators::evaluate(d, plan, u"合计"_s, true, 2022, in(100, 40, 2022, start));
    CHECK(indicators::formatTarget(d, f.expected) == u"40.00"_s);
    CHECK(f.status == Term::OnTrack);
    // An exact third: from 1 of 3 (33.33… %) in 2022, 2023 expects 1/3 + (2/3) ÷ 3 = 5/9 =
    // 55.56 %; 5 of 9 trained is exactly on the path (compared exactly, not in decimals).
    f = indicators::evaluate(d, plan, u"合计"_s, true, 2023,
                             in(9, 5, 2023, PathStart{2022, rates::Ratio{1, 3}}));
    CHECK(indicators::formatTarget(d, f.expected) == u"55.56"_s);
    CHECK(f.status == Term::OnTrack);
    CHECK(indicators::evaluate(d, plan, u"合计"_s, true, 2023,
                               in(900, 499, 2023, PathStart{2022, rates::Ratio{1, 3}}))
              .status == Term::Behind); // 55.44 %
    // A start at the level expects the level.
    f = indicators::evaluate(d, plan, u"合计"_s, true, 2023,
                             in(10, 10, 2023, PathStart{2022, rates::Ratio{10, 10}}));
    CHECK(indicators::formatTarget(d, f.expected) == u"100.00"_s);
    CHECK(f.status == Term::Met);
    // Before the start, or without one, there is no expectation.
    CHECK_FALSE(indicators::expected(d, plan, 2021, std::nullopt, start).has_value());
    CHECK_FALSE(indicators::expected(d, plan, 2023, std::nullopt, std::nullopt).has_value());
    // No value: 无数据; units missing for the year: 覆盖不足, as for any level.
    CHECK(indicators::evaluate(d, plan, u"合计"_s, true, 2023, in(0, 0, 2023, start)).status ==
          Term::NoData);
    IndicatorInput partial = in(200, 150, 2023, start);
    partial.coverage.expected = 2;
    CHECK(indicators::evaluate(d, plan, u"合计"_s, true, 2023, partial).status ==
          Term::LowCoverage);
    // Only a level can start at the first year with data: a change needs the baseline year.
    IndicatorDefinition relative = accidentRate();
    relative.glidePath = IndicatorGlidePath::FromFirstData;
    CHECK(indicatorDefinitionProblem(relative).startsWith(u"glide_path:"_s));
    CHECK(indicatorGlidePathKey(IndicatorGlidePath::FromFirstData) == u"from_first_data"_s);
    CHECK(indicatorGlidePathFromKey(u"from_first_data"_s) == IndicatorGlidePath::FromFirstData);
}

TEST_CASE("an indicator that goes up and one without a status", "[indicators]") {
    const Plan plan = plan2026();
    IndicatorDefinition d;
    d.code = u"coverage"_s;
    d.name = u"参保率"_s;
    d.formCode = u"annex"_s;
    d.numeratorKeys = {u"insured_persons"_s};
    d.denominatorKeys = {u"employees"_s};
    d.scale = 100;
    d.direction = IndicatorDirection::Up;
    d.targetKind = IndicatorTargetKind::Relative;
    d.target = 0.05;
    // 800/1000 = 80 % → 2030: 840/1000 = 84 %: (84 − 80) ÷ 80 = +5.00 %: met at the end year.
    const IndicatorFigure f =
        indicators::evaluate(d, plan, u"合计"_s, true, 2030,
                             single(annex(1000, 800, 0), annex(1000, 840, 0), 2025, 2030));
    CHECK(indicators::formatChange(f.change) == u"5.00"_s);
    CHECK(f.status == Term::Met); // +5 % reaches +5 %, compared exactly
    // 2029: 830/1000 = 83 %: +3.75 % < +5 %, and no glide path to be on: 未达成.
    const IndicatorFigure short_ =
        indicators::evaluate(d, plan, u"合计"_s, true, 2029,
                             single(annex(1000, 800, 0), annex(1000, 830, 0), 2025, 2029));
    CHECK(indicators::formatChange(short_.change) == u"3.75"_s);
    CHECK(short_.status == Term::NotMet);
    // The same without a status: figures only, 不作评价.
    d.assessed = false;
    CHECK(indicators::evaluate(d, plan, u"合计"_s, true, 2030,
                               single(annex(1000, 800, 0), annex(1000, 840, 0), 2025, 2030))
              .status == Term::NotAssessed);
}

TEST_CASE("a definition's problems name the field", "[indicators]") {
    IndicatorDefinition d = accidentRate();
    CHECK(indicatorDefinitionProblem(d).isEmpty());
    d.scale = 0;
    CHECK(indicatorDefinitionProblem(d).startsWith(u"scale:"_s));
    d = accidentRate(0.10); // "down" with a rise as target
    CHECK(indicatorDefinitionProblem(d).startsWith(u"target:"_s));
    d = accidentRate();
    d.code = u"事故率"_s;
    CHECK(indicatorDefinitionProblem(d).startsWith(u"code:"_s));
    d = accidentRate();
    d.targetKind = IndicatorTargetKind::None;
    CHECK(indicatorDefinitionProblem(d).startsWith(u"glide_path:"_s));
}

TEST_CASE("a level target's change reads in percentage points and a relative one in percent",
          "[indicators]") {
    Plan plan = plan2026();
    IndicatorDefinition d;
    d.code = u"training-coverage"_s;
    d.formCode = u"training"_s;
    d.numeratorKeys = {u"trained"_s};
    d.denominatorKeys = {u"key_personnel"_s};
    d.scale = 100;
    d.unit = u"%"_s;
    d.direction = IndicatorDirection::Up;
    d.targetKind = IndicatorTargetKind::Level;
    d.target = 1.0;
    // 23.28 % of the key personnel trained in the baseline year, 95.32 % now, as Linyi's demo. The
    // relative change, +309.45 % here (the demo card read "+309.38%"), read as three times the
    // 100 % target.
    const ColumnSums baseline{{u"key_personnel"_s, 10000}, {u"trained"_s, 2328}};
    const ColumnSums latest{{u"key_personnel"_s, 10000}, {u"trained"_s, 9532}};
    const IndicatorFigure f =
        indicators::evaluate(d, plan, u"合计"_s, true, 2027, single(baseline, latest, 2025, 2027));
    CHECK(indicators::formatChange(f.change) == u"309.45"_s); // the fixed CSV column's value
    CHECK(indicators::describeChange(d, f.baselineValue, f.value, f.change) ==
          u"+72.04 percentage points"_s);
    // Down is signed too; without a baseline there is no change.
    CHECK(indicators::describeChange(d, f.value, f.baselineValue, f.change) ==
          u"-72.04 percentage points"_s);
    CHECK(indicators::describeChange(d, std::nullopt, f.value, std::nullopt) == u"—"_s);

    // The same figures under a relative target read as the relative change.
    d.targetKind = IndicatorTargetKind::Relative;
    d.target = 0.5;
    CHECK(indicators::describeChange(d, f.baselineValue, f.value, f.change) == u"309.45%"_s);
    // A level target in a count's terms: the difference in its unit.
    d.targetKind = IndicatorTargetKind::Level;
    d.scale = 1;
    d.decimals = 0;
    d.unit = u"例"_s;
    CHECK(indicators::describeChange(d, rates::Ratio{34, 1}, rates::Ratio{26, 1}, std::nullopt) ==
          u"-8例"_s);
}
