// yufang-cli import-register, derive-annex, uninsured and follow-up (DESIGN.md "yufang-cli").
#include "cli_support.h"

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kHeader =
    u"单位代码,企业名称,统一社会信用代码,重点行业名称,年度,从业人数,参保人数,是否参保,工伤事故数量,"
    "职业病新发病例数,重点人员数,已培训重点人员数"_s;

// Check characters as computed by GB 32100-2015 (see core register tests).
QString smallRegister() {
    return csvLines({kHeader,
                     u"371302,甲化工,91371302MA3C000015,危险化学品,2023,100,90,1,2,0,5,5"_s,
                     u"371302,乙化工,91371302MA3C000028,危险化学品,2023,40,0,0,1,0,3,1"_s,
                     u"371311,己冶金,91371311MA3C00004F,冶金,2023,50,50,1,1,0,4,4"_s});
}
} // namespace

TEST_CASE("cli import-register loads a register and refuses a second load without --replace",
          "[cli][register]") {
    CliSandbox box;
    box.write(u"reg.csv"_s, utf8WithBom(smallRegister()));
    CliResult r = box.run({u"import-register"_s, box.filePath(u"reg.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(u"3 enterprise-year row(s) for 2 unit-year(s)"_s));

    r = box.run({u"import-register"_s, box.filePath(u"reg.csv"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"reg.csv:2: "_s));
    CHECK(r.errText().contains(u"--replace"_s));
    r = box.run({u"import-register"_s, u"--replace"_s, box.filePath(u"reg.csv"_s)});
    CHECK(r.exitCode == 0);
}

TEST_CASE("cli import-register names the line of an unknown unit and a duplicate",
          "[cli][register]") {
    CliSandbox box;
    box.write(u"bad.csv"_s, utf8WithBom(csvLines(
                                {kHeader, u"379999,甲,91371302MA3C000015,建材,2023,1,1,1,0,0,1,1"_s,
                                 u"371302,乙,91371302MA3C000028,建材,2023,1,1,1,0,0,1,1"_s,
                                 u"371302,丙,91371302MA3C000028,建材,2023,1,1,1,0,0,1,1"_s})));
    const CliResult r = box.run({u"import-register"_s, box.filePath(u"bad.csv"_s)});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"bad.csv:2: "_s));
    CHECK(r.errText().contains(u"import-units"_s));
    CHECK(r.errText().contains(u"bad.csv:4: "_s));
    CHECK(r.errText().contains(u"nothing was imported"_s));
    CHECK(box.run({u"uninsured"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s})
              .outText()
              .count(u"\r\n"_s) == 1);
}

TEST_CASE("cli derive-annex fills the annex and refuses to replace a differing typed one",
          "[cli][register]") {
    CliSandbox box;
    box.write(u"reg.csv"_s, utf8WithBom(smallRegister()));
    REQUIRE(box.run({u"import-register"_s, box.filePath(u"reg.csv"_s)}).exitCode == 0);
    // A typed annex for 罗庄区 with 5 accidents in 冶金 where the register has 1.
    box.write(
        u"typed.csv"_s,
        utf8WithBom(csvLines(
            {u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s,
             u"371311,罗庄区,2023,冶金,1,1,50,50,5,"_s})));
    REQUIRE(box.run({u"import-annex"_s, box.filePath(u"typed.csv"_s)}).exitCode == 0);

    CliResult r = box.run({u"derive-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"371311"_s));
    CHECK(r.errText().contains(u"accidents 5 → 1"_s));
    r = box.run({u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s, u"--layout"_s,
                 u"data"_s});
    CHECK_FALSE(r.outText().contains(u"危险化学品,2,"_s)); // nothing derived yet

    r = box.run(
        {u"derive-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s, u"--replace"_s});
    CHECK(r.exitCode == 0);
    r = box.run({u"export-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s, u"--layout"_s,
                 u"data"_s});
    CHECK(r.outText().contains(u"危险化学品,2,1,140,90,3"_s));
    CHECK(r.outText().contains(u"冶金,1,1,50,50,1"_s));
}

TEST_CASE("cli uninsured lists enterprises to follow up and follow-up records the status",
          "[cli][register]") {
    CliSandbox box;
    box.write(u"reg.csv"_s, utf8WithBom(smallRegister()));
    REQUIRE(box.run({u"import-register"_s, box.filePath(u"reg.csv"_s)}).exitCode == 0);
    CliResult r = box.run({u"follow-up"_s, u"--unit"_s, u"371302"_s, u"--credit-code"_s,
                           u"91371302MA3C000028"_s, u"--status"_s, u"insured"_s});
    CHECK(r.exitCode == 1); // insured needs a date
    r = box.run({u"follow-up"_s, u"--unit"_s, u"371302"_s, u"--credit-code"_s,
                 u"91371302MA3C000028"_s, u"--status"_s, u"已参保"_s, u"--date"_s,
                 u"2024-03-01"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    r = box.run({u"uninsured"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s, u"-o"_s,
                 box.filePath(u"u.csv"_s)});
    REQUIRE(r.exitCode == 0);
    const QString csv = QString::fromUtf8(box.read(u"u.csv"_s));
    CHECK(csv.contains(
        u"371302,兰山区,危险化学品,乙化工,91371302MA3C000028,40,已参保,2024-03-01,"_s));
    CHECK_FALSE(csv.contains(u"甲化工"_s));
}

TEST_CASE("cli derive-figures fills training and occupational disease from the register",
          "[cli][register]") {
    CliSandbox box;
    box.write(u"reg.csv"_s, utf8WithBom(smallRegister()));
    REQUIRE(box.run({u"import-register"_s, box.filePath(u"reg.csv"_s)}).exitCode == 0);
    CliResult r = box.run({u"derive-figures"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(u"2 unit(s)"_s));
    // 甲 5/5 + 乙 3/1 + 己 4/4: 10 of 12 key personnel trained, 83.33 %.
    r = box.run({u"export-training"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(u"合计,,12,10,83.33%"_s));

    // Typed figures are not replaced silently.
    r = box.run({u"export-training"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2024"_s});
    REQUIRE(r.exitCode == 0);
    QString text = r.outText();
    text.replace(u"冶金,分管负责人,,,,,,,,"_s, u"冶金,分管负责人,2,2,,1,1,0,8,"_s);
    box.write(u"typed.csv"_s, utf8WithBom(text));
    REQUIRE(box.run({u"import-training"_s, box.filePath(u"typed.csv"_s)}).exitCode == 0);
    box.write(u"reg2024.csv"_s,
              utf8WithBom(csvLines(
                  {kHeader, u"371311,己冶金,91371311MA3C00004F,冶金,2024,50,50,1,0,2,4,3"_s})));
    REQUIRE(box.run({u"import-register"_s, box.filePath(u"reg2024.csv"_s)}).exitCode == 0);
    r = box.run({u"derive-figures"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2024"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"key personnel 2 → 4, trained 2 → 3"_s));
    CHECK(r.errText().contains(u"--replace"_s));
    r = box.run(
        {u"derive-figures"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2024"_s, u"--replace"_s});
    CHECK(r.exitCode == 0);
    r = box.run({u"export-disease"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2024"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(u"企业名录未分病种"_s));
}
