// The plan's formulas (DESIGN.md "Formulas"): coverage %, accident rate ‰ against either
// denominator, exact half-up rounding, "—" for a missing or zero denominator, total rows from
// summed counts, reduction against the baseline and the glide path.
#include "test_support.h"

#include "domain/rates.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Ratio::format rounds the exact fraction half-up to two decimals", "[rates]") {
    struct Case {
        qint64 numerator;
        qint64 denominator;
        int scale;
        const char16_t* expected;
    };
    // Expectations computed by hand; several sit exactly on a ...5 where binary floating
    // point would round down (12.345, 3.125, 0.005).
    const Case c = GENERATE(values<Case>({
        {1, 8, 100, u"12.50"},
        {1, 3, 1000, u"333.33"},
        {2, 3, 1000, u"666.67"},
        {5, 1600, 1000, u"3.13"},         // 3.125 ‰
        {1, 32, 100, u"3.13"},            // 3.125 %
        {12345, 1000000, 1000, u"12.35"}, // 12.345 ‰
        {1, 200000, 1000, u"0.01"},       // 0.005 ‰ rounds up
        {1, 200001, 1000, u"0.00"},       // just below 0.005 ‰
        {1, 64, 100, u"1.56"},            // 1.5625 %
        {3, 8000, 1000, u"0.38"},         // 0.375 ‰
        {1, 6, 100, u"16.67"},
        {0, 5, 100, u"0.00"},
        {5, 5, 100, u"100.00"},
        {1000, 1990, 100, u"50.25"}, // 50.2512...
        {7, 1, 1000, u"7000.00"},
    }));
    CAPTURE(c.numerator, c.denominator, c.scale);
    const rates::Ratio r{c.numerator, c.denominator};
    CHECK(r.format(c.scale) == QString::fromUtf16(c.expected));
}

TEST_CASE("Ratio::format honours other decimal counts", "[rates]") {
    CHECK(rates::Ratio{1, 8}.format(100, 0) == u"13"_s); // 12.5 → 13
    CHECK(rates::Ratio{1, 3}.format(100, 1) == u"33.3"_s);
    CHECK(rates::Ratio{2, 3}.format(100, 3) == u"66.667"_s);
    CHECK(rates::Ratio{1, 8}.format(100, 4) == u"12.5000"_s);
}

TEST_CASE("Ratio with a zero denominator has no value and formats as a dash", "[rates]") {
    const rates::Ratio r{3, 0};
    CHECK_FALSE(r.value(1000.0).has_value());
    CHECK(r.format(1000) == u"—"_s);
    CHECK(rates::notApplicable() == u"\u2014"_s);
    CHECK(rates::Ratio{1, 8}.value(100.0).value() == Approx(12.5));
}

TEST_CASE("Coverage rate is insured persons divided by employees in percent", "[rates]") {
    const AnnexCounts c = counts(10, 9, 8, 1, 0);
    const auto ratio = rates::coverage(c);
    REQUIRE(ratio.has_value());
    CHECK(ratio->numerator == 1);
    CHECK(ratio->denominator == 8);
    REQUIRE(rates::coverageRatePercent(c).has_value());
    CHECK(*rates::coverageRatePercent(c) == Approx(12.5));
    CHECK(rates::formatCoverageRate(c) == u"12.50"_s);
    // insured persons above employees (按项目参保) is a rate above 100 %, not clamped
    CHECK(rates::formatCoverageRate(counts(1, 1, 1000, 1200, 0)) == u"120.00"_s);
}

TEST_CASE("Accident rate is accidents per thousand insured persons or employees", "[rates]") {
    // 5 accidents, 1000 insured persons, 1600 employees
    const AnnexCounts c = counts(20, 18, 1600, 1000, 5);
    SECTION("insured persons as denominator") {
        const auto ratio = rates::accident(c, RateDenominator::InsuredPersons);
        REQUIRE(ratio.has_value());
        CHECK(ratio->denominator == 1000);
        CHECK(*rates::accidentRatePerMille(c, RateDenominator::InsuredPersons) == Approx(5.0));
        CHECK(rates::formatAccidentRate(c, RateDenominator::InsuredPersons) == u"5.00"_s);
    }
    SECTION("employees as denominator") {
        const auto ratio = rates::accident(c, RateDenominator::Employees);
        REQUIRE(ratio.has_value());
        CHECK(ratio->denominator == 1600);
        CHECK(*rates::accidentRatePerMille(c, RateDenominator::Employees) == Approx(3.125));
        CHECK(rates::formatAccidentRate(c, RateDenominator::Employees) == u"3.13"_s);
    }
    SECTION("thirds") {
        CHECK(rates::formatAccidentRate(counts(1, 1, 3, 3, 1), RateDenominator::InsuredPersons) ==
              u"333.33"_s);
        CHECK(rates::formatAccidentRate(counts(1, 1, 3, 3, 2), RateDenominator::InsuredPersons) ==
              u"666.67"_s);
    }
    SECTION("no accidents is a rate of zero, not a dash") {
        CHECK(rates::formatAccidentRate(counts(1, 1, 10, 10, 0), RateDenominator::InsuredPersons) ==
              u"0.00"_s);
    }
}

TEST_CASE("Rates with a zero or missing denominator are not applicable", "[rates]") {
    struct Case {
        const char* what;
        AnnexCounts counts;
    };
    const Case c = GENERATE(values<Case>({
        {"all empty", counts(-1, -1, -1, -1, -1)},
        {"zero employees and insured", counts(3, 2, 0, 0, 0)},
        {"employees and insured missing", counts(3, 2, -1, -1, 1)},
    }));
    CAPTURE(c.what);
    CHECK_FALSE(rates::coverage(c.counts).has_value());
    CHECK_FALSE(rates::coverageRatePercent(c.counts).has_value());
    CHECK(rates::formatCoverageRate(c.counts) == u"—"_s);
    for (auto d : {RateDenominator::InsuredPersons, RateDenominator::Employees}) {
        CHECK_FALSE(rates::accident(c.counts, d).has_value());
        CHECK_FALSE(rates::accidentRatePerMille(c.counts, d).has_value());
        CHECK(rates::formatAccidentRate(c.counts, d) == u"—"_s);
    }
}

TEST_CASE("Each rate checks its own denominator", "[rates]") {
    // employees known, insured persons zero: coverage 0 %, accident rate n/a against insured
    const AnnexCounts c = counts(2, 0, 50, 0, 0);
    CHECK(rates::formatCoverageRate(c) == u"0.00"_s);
    CHECK(rates::formatAccidentRate(c, RateDenominator::InsuredPersons) == u"—"_s);
    CHECK(rates::formatAccidentRate(c, RateDenominator::Employees) == u"0.00"_s);
    // accidents not filled in: no accident rate even though the denominator is there
    CHECK_FALSE(rates::accident(counts(2, 2, 50, 50, -1), RateDenominator::InsuredPersons));
}

TEST_CASE("Rates on a total row come from the summed counts - not the average of rates",
          "[rates]") {
    AnnexTable t;
    t.year = 2020;
    // Row A: 1 accident / 10 insured = 100 ‰, coverage 10/10 = 100 %
    // Row B: 1 accident / 990 insured = 1.0101 ‰, coverage 990/1980 = 50 %
    t.rows << AnnexRow{u"危险化学品"_s, false, counts(2, 2, 10, 10, 1), {}};
    t.rows << AnnexRow{u"建筑施工"_s, false, counts(30, 20, 1980, 990, 1), {}};
    t.rows << AnnexRow{u"矿山"_s, false, counts(-1, -1, -1, -1, -1), {}}; // not reported
    const AnnexCounts total = t.total();
    CHECK(total == counts(32, 22, 1990, 1000, 2));
    // Summed: 2 / 1000 × 1000 = 2.00 ‰; the average of the row rates would be 50.51 ‰.
    CHECK(rates::formatAccidentRate(total, RateDenominator::InsuredPersons) == u"2.00"_s);
    const double average =
        (*rates::accidentRatePerMille(t.rows[0].counts, RateDenominator::InsuredPersons) +
         *rates::accidentRatePerMille(t.rows[1].counts, RateDenominator::InsuredPersons)) /
        2.0;
    CHECK(average == Approx(50.505).epsilon(1e-4));
    CHECK(*rates::accidentRatePerMille(total, RateDenominator::InsuredPersons) == Approx(2.0));
    // Summed coverage: 1000 / 1990 = 50.25 %; the average of the row rates would be 75 %.
    CHECK(rates::formatCoverageRate(total) == u"50.25"_s);
}

TEST_CASE("Summing counts skips empty cells and keeps all-empty columns empty", "[rates]") {
    AnnexCounts sum = counts(1, -1, 5, -1, -1);
    sum += counts(2, -1, -1, 7, -1);
    CHECK(sum.enterprises == Count(3));
    CHECK_FALSE(sum.insuredEnterprises.has_value());
    CHECK(sum.employees == Count(5));
    CHECK(sum.insuredPersons == Count(7));
    CHECK_FALSE(sum.accidents.has_value());
    CHECK_FALSE(sum.isEmpty());
    CHECK(counts(-1, -1, -1, -1, -1).isEmpty());
    CHECK_FALSE(counts(-1, -1, -1, -1, 0).isEmpty()); // a reported zero is a figure
}

TEST_CASE("Reduction is the fall from the baseline rate as a fraction", "[rates]") {
    CHECK(rates::reduction(2.0, 1.6).value() == Approx(0.20));
    CHECK(rates::reduction(2.0, 1.8).value() == Approx(0.10));
    CHECK(rates::reduction(4.0, 4.0).value() == Approx(0.0));
    CHECK(rates::reduction(2.0, 2.4).value() == Approx(-0.20)); // the rate went up
    CHECK(rates::reduction(5.0, 0.0).value() == Approx(1.0));
    CHECK_FALSE(rates::reduction(0.0, 1.0).has_value());
    CHECK_FALSE(rates::reduction(std::nullopt, 1.0).has_value());
    CHECK_FALSE(rates::reduction(2.0, std::nullopt).has_value());
}

TEST_CASE("Glide path runs straight from the baseline to the plan's target", "[rates]") {
    SECTION("20 % plan, 2020-2025") {
        Plan plan;
        plan.baselineYear = 2020;
        plan.startYear = 2021;
        plan.endYear = 2025;
        plan.accidentRateReductionTarget = 0.20;
        const auto [year, expected] = GENERATE(table<int, double>({
            {2019, 0.0},
            {2020, 0.0},
            {2021, 0.04},
            {2022, 0.08},
            {2023, 0.12},
            {2024, 0.16},
            {2025, 0.20},
            {2026, 0.20},
        }));
        CAPTURE(year);
        CHECK(rates::glidePath(plan, year) == Approx(expected).margin(1e-12));
    }
    SECTION("10 % plan, 2025-2030 (the next five-year plan)") {
        Plan plan;
        plan.baselineYear = 2025;
        plan.startYear = 2026;
        plan.endYear = 2030;
        plan.accidentRateReductionTarget = 0.10;
        const auto [year, expected] = GENERATE(table<int, double>({
            {2025, 0.0},
            {2026, 0.02},
            {2027, 0.04},
            {2028, 0.06},
            {2029, 0.08},
            {2030, 0.10},
            {2031, 0.10},
        }));
        CAPTURE(year);
        CHECK(rates::glidePath(plan, year) == Approx(expected).margin(1e-12));
    }
}

TEST_CASE("Rate definitions name the plan's denominator", "[rates]") {
    const QStringList insured = rates::definitions(RateDenominator::InsuredPersons);
    const QStringList employees = rates::definitions(RateDenominator::Employees);
    REQUIRE(insured.size() == 3);
    REQUIRE(employees.size() == 3);
    CHECK(insured.at(1).contains(u"insured persons"_s));
    CHECK(employees.at(1).contains(u"employees"_s));
    CHECK(insured.at(1) != employees.at(1));
}
