// Premium-rate floating: the shipped example scheme, every tier, class 1 floating up only,
// zero contributions, and batch mode over a CSV of employers.
#include "test_support.h"

#include "domain/rate_floating.h"
#include "io/csv_reader.h"
#include "services/rate_float_batch.h"
#include "storage/rate_scheme_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The shipped scheme is the labelled example with eight classes", "[rates-floating]") {
    TempDatabase t;
    const RateScheme s = RateSchemeRepository(t.connection()).load();
    CHECK(s.label.contains(u"示例"_s));
    REQUIRE(s.classes.size() == 8);
    const double base[] = {0.002, 0.004, 0.007, 0.009, 0.011, 0.013, 0.016, 0.019};
    for (int i = 0; i < 8; ++i) {
        CAPTURE(i + 1);
        CHECK(s.classes.at(i).riskClass == i + 1);
        CHECK(s.classes.at(i).baseRate == Approx(base[i]));
        CHECK(s.classes.at(i).tiers ==
              (i == 0 ? QList<double>{1.0, 1.2, 1.5} : QList<double>{0.5, 0.8, 1.0, 1.2, 1.5}));
    }
    CHECK(s.rules.size() == 5);
    CHECK(s.validate().isEmpty());
}

TEST_CASE("Every tier of the example scheme by hand", "[rates-floating]") {
    TempDatabase t;
    const RateScheme s = RateSchemeRepository(t.connection()).load();
    // class, contributions, benefits, injuries → rule (1-based), tier
    const auto [cls, contributions, benefits, injuries, rule, tier] =
        GENERATE(table<int, double, double, int, int, double>({
            {4, 10000, 12000, 0, 2, 0.8}, // 120 % exactly, no injury → 80 %
            {4, 10000, 0, 0, 2, 0.8},
            {4, 10000, 12000, 1, 3, 1.0}, // injuries: ≤ 120 % → 100 %
            {4, 10000, 12001, 0, 4, 1.2}, // just over 120 %
            {4, 10000, 30000, 2, 4, 1.2}, // 300 % exactly
            {4, 10000, 30001, 0, 5, 1.5}, // over 300 %
            {8, 10000, 99999, 5, 5, 1.5},
            {4, 0, 0, 0, 1, 1.0}, // no contributions: ratio not applicable → base rate
            {4, 0, 5000, 3, 1, 1.0},
        }));
    EmployerFloatInput in;
    in.riskClass = cls;
    in.payroll = 1'000'000;
    in.contributions = contributions;
    in.benefitsPaid = benefits;
    in.newInjuries = injuries;
    const FloatResult r = floatRate(s, in);
    CAPTURE(cls, contributions, benefits, injuries);
    REQUIRE(r.ok);
    CHECK(r.ruleIndex + 1 == rule);
    CHECK(r.tier == Approx(tier));
    CHECK(r.newRate == Approx(s.findClass(cls)->baseRate * tier));
    CHECK(r.premium == Approx(1'000'000 * s.findClass(cls)->baseRate * tier));
    CHECK(r.explanation.startsWith(u"rule %1"_s.arg(rule)));
    CHECK(r.payoutRatio.has_value() == (contributions > 0));
}

TEST_CASE("Class 1 floats up only: the 80 % rule gives 100 %", "[rates-floating]") {
    TempDatabase t;
    const RateScheme s = RateSchemeRepository(t.connection()).load();
    EmployerFloatInput in;
    in.riskClass = 1;
    in.payroll = 2'000'000;
    in.contributions = 4000;
    in.benefitsPaid = 0;
    const FloatResult down = floatRate(s, in);
    REQUIRE(down.ok);
    CHECK(down.ruleTier == Approx(0.8));
    CHECK(down.tier == Approx(1.0));
    CHECK(down.premium == Approx(4000.0));
    CHECK(down.explanation.contains(u"100%"_s));
    in.benefitsPaid = 20000; // 500 %
    const FloatResult up = floatRate(s, in);
    CHECK(up.tier == Approx(1.5));
    CHECK(up.newRate == Approx(0.003));
}

TEST_CASE("50 % is a tier of classes 2-8 that only an added rule yields", "[rates-floating]") {
    RateScheme s;
    s.classes = {{2, 0.004, {0.5, 0.8, 1.0, 1.2, 1.5}}, {1, 0.002, {1.0, 1.2, 1.5}}};
    FloatRule r;
    r.injuries = InjuryCondition::None;
    r.payoutMax = 0.5;
    r.tier = 0.5;
    s.rules = {r};
    EmployerFloatInput in;
    in.riskClass = 2;
    in.contributions = 1000;
    in.payroll = 100000;
    CHECK(floatRate(s, in).tier == Approx(0.5));
    in.riskClass = 1;
    CHECK(floatRate(s, in).tier == Approx(1.0));
    in.newInjuries = 1; // no rule matches: an error, not a silent 100 %
    const FloatResult none = floatRate(s, in);
    CHECK_FALSE(none.ok);
    CHECK_FALSE(none.error.isEmpty());
    in.riskClass = 9;
    CHECK_FALSE(floatRate(s, in).ok);
}

TEST_CASE("Edited rate tables are saved and bad ones refused", "[rates-floating]") {
    TempDatabase t;
    RateScheme s = RateSchemeRepository(t.connection()).load();
    s.classes[3].baseRate = 0.0095;
    s.label = u"临沂市办法"_s;
    QString error;
    REQUIRE(RateSchemeRepository(t.connection()).save(s, &error));
    t.reopen(); // the example is not loaded over the office's tables
    const RateScheme again = RateSchemeRepository(t.connection()).load();
    CHECK(again.classes[3].baseRate == Approx(0.0095));
    CHECK(again.label == u"临沂市办法"_s);
    s.rules[1].payoutMin = 2.0;
    s.rules[1].payoutMax = 1.0;
    CHECK_FALSE(RateSchemeRepository(t.connection()).save(s, &error));
    CHECK(error.contains(u"rule 2"_s));
}

TEST_CASE("Batch floating reads employers in either language and writes the result",
          "[rates-floating][csv]") {
    TempDatabase t;
    const RateScheme s = RateSchemeRepository(t.connection()).load();
    const QByteArray file =
        gb18030(u"单位名称,风险类别,缴费工资总额,缴费额,基金支付额,上年新发工伤人数\r\n"
                "甲公司,4,\"1,000,000.00\",9000,0,0\r\n"
                "乙公司,1,500000,1000,5000,2\r\n"
                "\r\n"
                "丙公司,3,100000,0,0,0\r\n"_s);
    const FloatBatch batch = runFloatBatch(s, file, u"employers.csv"_s);
    REQUIRE(batch.ok());
    REQUIRE(batch.rows.size() == 3);
    CHECK(batch.rows[0].result.tier == Approx(0.8));
    CHECK(batch.rows[0].result.premium == Approx(7200.0));
    CHECK(batch.rows[1].result.tier == Approx(1.5));
    CHECK(batch.rows[2].result.ruleIndex == 0);
    const QList<CsvRecord> out = CsvReader::parse(floatBatchCsv(s, batch.rows), QLatin1Char(','));
    REQUIRE(out.size() == 4);
    CHECK(out[0].at(9) == u"浮动档次"_s);
    CHECK(out[1].at(9) == u"80%"_s);
    CHECK(out[1].at(11) == u"7200.00"_s);
    CHECK(out[3].at(7).isEmpty()); // no ratio without contributions: empty, not a dash

    const QByteArray english =
        utf8WithBom(u"new_injuries,benefits_paid,contributions,payroll,risk_class,name\n"
                    "0,0,100,10000,2,A\n"_s);
    CHECK(runFloatBatch(s, english, u"en.csv"_s).rows.size() == 1);
}

TEST_CASE("A bad batch file is rejected whole with FILE:LINE and the field",
          "[rates-floating][csv]") {
    TempDatabase t;
    const RateScheme s = RateSchemeRepository(t.connection()).load();
    const FloatBatch bad = runFloatBatch(
        s,
        utf8(
            u"name,risk_class,payroll,contributions,benefits_paid,new_injuries\nA,9,1,1,1,0\nB,2,x,1,1,-1\n"_s),
        u"f.csv"_s);
    CHECK_FALSE(bad.ok());
    CHECK(bad.rows.isEmpty());
    QStringList messages;
    for (const Diagnostic& d : bad.diagnostics)
        messages << d.toString();
    CAPTURE(messages);
    CHECK(messages.filter(u"f.csv:2: risk_class"_s).size() == 1);
    CHECK(messages.filter(u"f.csv:3: payroll"_s).size() == 1);
    CHECK(messages.filter(u"f.csv:3: new_injuries"_s).size() == 1);
    const FloatBatch missing = runFloatBatch(s, utf8(u"name,risk_class\nA,1\n"_s), u"m.csv"_s);
    CHECK_FALSE(missing.ok());
    CHECK(missing.diagnostics.first().toString().startsWith(u"m.csv:1: "_s));
}
