// Training coverage of key personnel: arithmetic by hand across categories, industries and
// levels, the path to 100 % and the status, zero personnel, validation.
//
// 2023 data (key personnel / trained), categories A 分管负责人, B 安全管理部门负责人, C 一线班组长:
//   371302 兰山区  危险化学品 A 10/8, B 20/10, C 200/50 | 建筑施工 A 5/5, C 100/100
//   371311 罗庄区  危险化学品 A 10/2, C 0/0             | 冶金 B 30/30
// 兰山区:  危险化学品 68/230 = 29.57 %, 建筑施工 105/105 = 100.00 %,
//          A 13/15 = 86.67 %, B 10/20 = 50.00 %, C 150/300 = 50.00 %, total 173/335 = 51.64 %
// 罗庄区:  C "—" (no personnel), total 32/40 = 80.00 %
// 临沂市:  危险化学品 70/240 = 29.17 %, A 15/25 = 60.00 %, B 40/50 = 80.00 %, total 205/375 = 54.67
// %
//          (not the average of 51.64 and 80.00, which is 65.82)
#include "form_fixtures.h"
#include "test_support.h"

#include "domain/plan_targets.h"
#include "domain/training_coverage.h"
#include "domain/training_layout.h"
#include "domain/training_validation.h"
#include "services/indicator_service.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString A = u"分管负责人"_s;
const QString B = u"安全管理部门负责人"_s;
const QString C = u"一线班组长"_s;

TrainingCounts tc(qint64 personnel, qint64 trained, qint64 sessions = -1, qint64 online = -1,
                  qint64 offline = -1, qint64 hours = -1) {
    auto v = [](qint64 x) { return x < 0 ? Count() : Count(x); };
    return {v(personnel), v(trained), v(sessions), v(online), v(offline), v(hours)};
}

// Saved through the form engine, as the 培训 tab and the imports save.
void put(const QSqlDatabase& db, const QString& unit, int year,
         const QList<std::tuple<QString, QString, TrainingCounts>>& rows) {
    FormTable t = loadForm(db, u"training"_s, unit, year);
    for (const auto& [industry, category, counts] : rows)
        setCounts(formRow(t, category, industry), counts);
    storeForm(db, t);
}

QString pct(const TrainingCounts& c) {
    return rates::formatTrainingCoverage(c);
}

// The plan's training-coverage indicator, as the 培训 tab, 概览 and the printed page read it.
struct Coverage {
    IndicatorDefinition definition;
    Plan plan;
    IndicatorService service;
    Coverage(const QSqlDatabase& db, const QString& unit, int year) : service(db) {
        plan = *PlanRepository(db).find(UnitRepository(db).effectivePlanId(unit, year));
        const QList<IndicatorDefinition> all = IndicatorRepository(db).forPlan(plan.id);
        definition = all.at(*plan_targets::trainingCoverageIndex(all));
    }
    IndicatorFigure of(const QString& unit, int year) const {
        return service.evaluate(definition, plan, unit, year).total;
    }
};

double fraction(const std::optional<rates::Ratio>& r) {
    REQUIRE(r.has_value());
    return *r->value();
}

struct Fixture {
    TempDatabase t;
    Fixture() {
        put(t.connection(), u"371302"_s, 2023,
            {{u"危险化学品"_s, A, tc(10, 8)},
             {u"危险化学品"_s, B, tc(20, 10)},
             {u"危险化学品"_s, C, tc(200, 50)},
             {u"建筑施工"_s, A, tc(5, 5)},
             {u"建筑施工"_s, C, tc(100, 100)}});
        put(t.connection(), u"371311"_s, 2023,
            {{u"危险化学品"_s, A, tc(10, 2)},
             {u"危险化学品"_s, C, tc(0, 0)},
             {u"冶金"_s, B, tc(30, 30)}});
    }
    TrainingTable figures(const QString& unit) const {
        return trainingFigures(t.connection(), unit, 2023);
    }
};
} // namespace

TEST_CASE("Training coverage per category industry and unit from hand-computed counts",
          "[training]") {
    Fixture f;
    const TrainingTable lanshan = f.figures(u"371302"_s);
    CHECK(lanshan.categories == QStringList{A, B, C});
    CHECK(lanshan.rows.size() == 21); // 7 key industries × 3 categories
    CHECK(pct(lanshan.totalOfIndustry(u"危险化学品"_s)) == u"29.57"_s);
    CHECK(pct(lanshan.totalOfIndustry(u"建筑施工"_s)) == u"100.00"_s);
    CHECK(pct(lanshan.totalOfCategory(A)) == u"86.67"_s);
    CHECK(pct(lanshan.totalOfCategory(B)) == u"50.00"_s);
    CHECK(pct(lanshan.totalOfCategory(C)) == u"50.00"_s);
    CHECK(pct(lanshan.total()) == u"51.64"_s);
    CHECK(*lanshan.total().keyPersonnel == 335);
    CHECK(*lanshan.total().trained == 173);

    const TrainingTable luozhuang = f.figures(u"371311"_s);
    CHECK(pct(*&luozhuang.find(u"危险化学品"_s, C)->counts) == u"—"_s);
    CHECK(pct(luozhuang.total()) == u"80.00"_s);
}

TEST_CASE("Training coverage consolidates up the hierarchy from counts never from rates",
          "[training]") {
    Fixture f;
    for (const QString& unit : {u"371300"_s, u"370000"_s}) {
        CAPTURE(unit);
        const TrainingTable linyi = f.figures(unit);
        CHECK(pct(linyi.totalOfIndustry(u"危险化学品"_s)) == u"29.17"_s);
        CHECK(pct(linyi.totalOfIndustry(u"冶金"_s)) == u"100.00"_s);
        CHECK(pct(linyi.totalOfCategory(A)) == u"60.00"_s);
        CHECK(pct(linyi.totalOfCategory(B)) == u"80.00"_s);
        CHECK(pct(linyi.totalOfCategory(C)) == u"50.00"_s);
        CHECK(pct(linyi.total()) == u"54.67"_s); // the average of 51.64 and 80.00 would be 65.82
        CHECK(*linyi.find(u"危险化学品"_s, A)->counts.keyPersonnel == 20);
    }
    CHECK(FormRepository(f.t.connection()).unitsWithData(u"training"_s, u"371300"_s, 2023) == 2);
    // The indicator sums the same counts: 205 / 375.
    const IndicatorFigure linyi =
        Coverage(f.t.connection(), u"371300"_s, 2023).of(u"371300"_s, 2023);
    REQUIRE(linyi.value.has_value());
    CHECK(linyi.value->numerator == 205);
    CHECK(linyi.value->denominator == 375);
}

TEST_CASE("The printed lines carry industry subtotals category totals and the total",
          "[training]") {
    Fixture f;
    const QList<TrainingLine> lines = trainingLines(f.figures(u"371302"_s));
    CHECK(lines.size() == 7 * 4 + 3 + 1);
    CHECK(lines.at(3).kind == TrainingLine::Kind::IndustrySubtotal);
    CHECK(pct(lines.at(3).counts) == u"29.57"_s);
    CHECK(lines.at(28).kind == TrainingLine::Kind::CategoryTotal);
    CHECK(pct(lines.at(28).counts) == u"86.67"_s);
    CHECK(lines.last().kind == TrainingLine::Kind::GrandTotal);
    CHECK(pct(lines.last().counts) == u"51.64"_s);
}

TEST_CASE("Zero key personnel gives no coverage and no data never a crash", "[training]") {
    CHECK_FALSE(rates::trainingCoverage(tc(0, 0)).has_value());
    CHECK_FALSE(rates::trainingCoverage(tc(-1, 5)).has_value());
    CHECK_FALSE(rates::trainingCoverage(tc(10, -1)).has_value());
    CHECK(rates::formatTrainingCoverage(tc(0, 0)) == u"—"_s);
    TempDatabase t;
    put(t.connection(), u"371302"_s, 2023, {{u"矿山"_s, A, tc(0, 0)}});
    const IndicatorFigure f = Coverage(t.connection(), u"371302"_s, 2023).of(u"371302"_s, 2023);
    CHECK_FALSE(f.value.has_value());
    CHECK(f.status == glossary::Term::NoData);
    CHECK_FALSE(f.expected.has_value());
    CHECK(glossary::officialName(f.status) == u"无数据"_s);
}

TEST_CASE("The path to 100 percent runs from the first year with data to the plan's end",
          "[training]") {
    TempDatabase t; // the 2021-2025 plan: 2020 baseline, 2025 end, target 100 %
    const QString unit = u"371302"_s;
    for (const auto& [year, trained] : {std::pair{2022, 40}, {2023, 55}, {2024, 85}, {2025, 100}})
        put(t.connection(), unit, year, {{u"矿山"_s, A, tc(100, trained)}});
    const Coverage c(t.connection(), unit, 2023);
    CHECK(c.of(unit, 2021).status == glossary::Term::NoData);
    CHECK_FALSE(c.of(unit, 2021).expected.has_value());
    CHECK(fraction(c.of(unit, 2022).expected) == Approx(0.40));
    CHECK(c.of(unit, 2022).pathStartYear == 2022);
    CHECK(c.of(unit, 2022).status == glossary::Term::OnTrack);
    const IndicatorFigure y2023 = c.of(unit, 2023);
    CHECK(fraction(y2023.expected) == Approx(0.60)); // 0.4 + 0.6 × 1/3
    CHECK(y2023.status == glossary::Term::Behind);
    CHECK(*indicators::shortfall(c.definition, y2023) == Approx(0.05));
    CHECK(fraction(c.of(unit, 2024).expected) == Approx(0.80)); // 0.4 + 0.6 × 2/3
    CHECK(c.of(unit, 2024).status == glossary::Term::OnTrack);
    CHECK(fraction(c.of(unit, 2025).expected) == Approx(1.00));
    CHECK(c.of(unit, 2025).status == glossary::Term::Met);
    put(t.connection(), unit, 2025, {{u"矿山"_s, A, tc(100, 99)}});
    CHECK(c.of(unit, 2025).status == glossary::Term::Behind); // the path ends at the target
    // a baseline-year survey with figures is the first year: then the path starts at 2020
    put(t.connection(), unit, 2020, {{u"矿山"_s, A, tc(100, 0)}});
    CHECK(fraction(c.of(unit, 2023).expected) == Approx(0.60)); // 0 + 1 × 3/5
    CHECK(c.of(unit, 2023).pathStartYear == 2020);
}

TEST_CASE("Child units are listed worst first", "[training]") {
    Fixture f;
    // 罗庄区 2022: 30/40 = 75 %, so 2023 should reach 75 + 25 × 1/3 = 83.33 % but has 80 %: behind.
    put(f.t.connection(), u"371311"_s, 2022, {{u"危险化学品"_s, A, tc(40, 30)}});
    const Coverage c(f.t.connection(), u"371300"_s, 2023);
    const QList<UnitFigure> children = c.service.children(c.definition, c.plan, u"371300"_s, 2023);
    REQUIRE(children.size() == 15);
    CHECK(children.first().unit.code == u"371311"_s);
    CHECK(children.first().figure.status == glossary::Term::Behind);
    CHECK(*indicators::shortfall(c.definition, children.first().figure) ==
          Approx((25.0 / 3.0 + 75.0 - 80.0) / 100.0));
    CHECK(children.at(1).figure.status == glossary::Term::NoData);
    CHECK(children.last().unit.code == u"371302"_s);
    CHECK(children.last().figure.status == glossary::Term::OnTrack);
}

TEST_CASE("Training validation errors block and warnings do not", "[training][validation]") {
    auto check = [](const TrainingCounts& c) {
        return validateTrainingRow(TrainingRow{u"矿山"_s, A, false, c, {}}, 0);
    };
    CHECK(check(tc(10, 10, 3, 2, 1, 12)).isEmpty());
    SECTION("trained above key personnel is an error") {
        const Diagnostics d = check(tc(10, 11));
        REQUIRE(d.size() == 1);
        CHECK(d.first().severity == Severity::Error);
        CHECK(d.first().field == u"trained"_s);
    }
    SECTION("online or offline above the trainings held is an error") {
        CHECK(hasErrors(check(tc(10, 5, 3, 4, 0))));
        CHECK(hasErrors(check(tc(10, 5, 3, 0, 4))));
    }
    SECTION("online plus offline above the trainings held is only a warning") {
        const Diagnostics d = check(tc(10, 5, 3, 2, 2));
        REQUIRE(d.size() == 1);
        CHECK(d.first().severity == Severity::Warning);
    }
    SECTION("negative counts are errors") {
        CHECK(hasErrors(check(tc(10, 5, -1, -1, -1, -1))) == false);
        TrainingCounts c = tc(10, 5);
        c.classHours = -2;
        CHECK(hasErrors(check(c)));
    }
    SECTION("class hours without trainings and trained without personnel are warnings") {
        const Diagnostics d = check(tc(-1, 5, 0, -1, -1, 8));
        CHECK(d.size() == 2);
        CHECK_FALSE(hasErrors(d));
    }
    TrainingTable table;
    table.rows = {TrainingRow{u"矿山"_s, A, false, {}, {}},
                  TrainingRow{u"矿山"_s, A, false, {}, {}}};
    CHECK(hasErrors(validateTrainingTable(table)));
}

TEST_CASE("Trained below last year's cumulative figure is a warning on that row",
          "[training][validation]") {
    const auto table = [](int year, qint64 chemA, qint64 chemB) {
        TrainingTable t;
        t.year = year;
        TrainingRow a{u"危险化学品"_s, u"分管负责人"_s, false, {}, {}};
        a.counts.keyPersonnel = 50;
        a.counts.trained = chemA;
        TrainingRow b{u"危险化学品"_s, u"一线班组长"_s, false, {}, {}};
        b.counts.keyPersonnel = 50;
        if (chemB >= 0)
            b.counts.trained = chemB;
        t.rows << a << b;
        return t;
    };
    // 2023: A 30, B 20. 2024: A 25 (fell by 5: warning), B 20 (same: fine).
    const Diagnostics d = validateTrainedAgainstPrevious(table(2024, 25, 20), table(2023, 30, 20));
    REQUIRE(d.size() == 1);
    CHECK(d.first().severity == Severity::Warning);
    CHECK(d.first().row == 0);
    CHECK(d.first().field == u"trained"_s);
    CHECK(d.first().message.contains(u"(25)"_s));
    CHECK(d.first().message.contains(u"2023"_s));
    CHECK(d.first().message.contains(u"(30)"_s));
    // Rising, or empty in either year, or no previous table at all: nothing to say.
    CHECK(validateTrainedAgainstPrevious(table(2024, 31, 21), table(2023, 30, 20)).isEmpty());
    CHECK(validateTrainedAgainstPrevious(table(2024, 25, -1), table(2023, 30, -1)).size() == 1);
    CHECK(validateTrainedAgainstPrevious(table(2024, 25, 20), TrainingTable{}).isEmpty());
}
