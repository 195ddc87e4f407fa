// yufang-cli indicators, indicator-definition, import-indicator-definition and assign-plan
// (docs/indicators.md): plans' indicators as data, evaluated end to end through the real CLI.
// Every expected figure is computed by hand in the comments.
#include "indicator_csv_support.h"

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString annexLine(const QString& unit, const QString& name, int year, const QString& industry,
                  qint64 insured, qint64 accidents) {
    return u"%1,%2,%3,%4,1,1,%5,%5,%6,"_s.arg(unit, name)
        .arg(year)
        .arg(industry)
        .arg(insured)
        .arg(accidents);
}
} // namespace

// A province's own indicators, added to the 2021 plan only through definition files:
//
// six-industry-accidents: accidents (a count) of six industries (机械制造 left out), down 20 %
// on a linear path. 济南市 370100 (a reporting unit of its own here), accidents by industry:
//             危险化学品 矿山 冶金 建材 建筑施工 交通运输 | 机械制造
//   2020          10       8    6    4     12       10   |   5       six: 50
//   2023           8       8    5    3     10        7   |   9       six: 41
//   glide path 2023: −20 % × (2023 − 2020) ÷ 5 = −12.00 %
//   危险化学品 (8 − 10) ÷ 10 = −20.00 %: met; 矿山 0.00 %: behind;
//   冶金 (5 − 6) ÷ 6 = −16.666… → −16.67 %: on track; total (41 − 50) ÷ 50 = −18.00 %: on track
//   (机械制造 rising from 5 to 9 is not counted).
// dust-share: new pneumoconiosis cases among the dust-exposed (a share, %), down, no number:
//   2020 (6 + 4) / (2000 + 3000) = 10/5000 = 0.20 %; 2023 (3 + 3) / 5000 = 0.12 %;
//   change (0.12 − 0.2) ÷ 0.2 = −40.00 %: it fell, met.
TEST_CASE("A province's indicators defined only through definition files", "[cli][indicators]") {
    CliSandbox box;
    const QStringList six = {u"危险化学品"_s, u"矿山"_s,     u"冶金"_s,
                             u"建材"_s,       u"建筑施工"_s, u"交通运输"_s};
    const QList<qint64> a2020 = {10, 8, 6, 4, 12, 10}, a2023 = {8, 8, 5, 3, 10, 7};
    QStringList annex = {kAnnexHeader};
    for (int i = 0; i < six.size(); ++i) {
        annex << annexLine(u"370100"_s, u"济南市"_s, 2020, six.at(i), 1000, a2020.at(i));
        annex << annexLine(u"370100"_s, u"济南市"_s, 2023, six.at(i), 1000, a2023.at(i));
    }
    annex << annexLine(u"370100"_s, u"济南市"_s, 2020, u"机械制造"_s, 1000, 5)
          << annexLine(u"370100"_s, u"济南市"_s, 2023, u"机械制造"_s, 1000, 9);
    box.write(u"annex.csv"_s, utf8WithBom(csvLines(annex)));
    ok(box.run({u"import-annex"_s, box.filePath(u"annex.csv"_s)}));
    for (int year : {2020, 2023}) {
        const QString pneumo = year == 2020 ? u"6"_s : u"3"_s,
                      other = year == 2020 ? u"4"_s : u"3"_s;
        box.write(
            u"disease.csv"_s,
            utf8WithBom(csvLines(
                {u"《工伤预防五年行动计划》重点行业职业病情况表"_s, u"填报单位：济南市"_s,
                 u"年度：%1"_s.arg(year),
                 u"重点行业名称,尘肺病新发病例数,其他职业病新发病例数,新发病例合计,接尘人数,备注"_s,
                 u"危险化学品,%1,0,%1,2000,"_s.arg(pneumo), u"矿山,%1,0,%1,3000,"_s.arg(other),
                 u"填报人：王五"_s})));
        ok(box.run({u"import-disease"_s, box.filePath(u"disease.csv"_s)}));
    }

    box.write(u"six.json"_s, QStringLiteral(R"({
  "code": "six-industry-accidents",
  "name": "六个重点行业生产安全事故起数",
  "form": "annex",
  "kind": "count",
  "numerator": "accidents",
  "unit": "起",
  "direction": "down",
  "target_kind": "relative",
  "target": -0.2,
  "glide_path": "linear",
  "rows_too": true,
  "row_filter": ["危险化学品", "矿山", "冶金", "建材", "建筑施工", "交通运输"]
})")
                                 .toUtf8());
    box.write(u"share.json"_s, QStringLiteral(R"({
  "code": "dust-share",
  "name": "接尘人员尘肺病新发病例占比",
  "form": "disease",
  "kind": "ratio_of_sums",
  "numerator": ["pneumoconiosis"],
  "denominator": ["dust_exposed"],
  "scale": 100,
  "unit": "%",
  "direction": "down"
})")
                                   .toUtf8());
    for (const QString& f : {u"six.json"_s, u"share.json"_s})
        ok(box.run(
            {u"import-indicator-definition"_s, box.filePath(f), u"--plan"_s, u"shandong-2021"_s}));

    const CliResult r = box.run({u"indicators"_s, u"--unit"_s, u"370100"_s, u"--year"_s, u"2023"_s,
                                 u"-o"_s, box.filePath(u"ind.csv"_s)});
    ok(r);
    const QStringList csv = lines(box.read(u"ind.csv"_s));
    QStringList cells = rowOf(csv, u"six-industry-accidents"_s, u"合计"_s);
    REQUIRE(cells.size() == 25);
    CHECK(cells.at(BaselineValue) == u"50"_s);
    CHECK(cells.at(Value) == u"41"_s);
    CHECK(cells.at(Change) == u"-18.00"_s);
    CHECK(cells.at(Target) == u"-20.00"_s);
    CHECK(cells.at(Expected) == u"-12.00"_s);
    CHECK(cells.at(StatusKey) == u"on_track"_s);
    CHECK(cells.at(Status) == u"进度正常"_s);
    CHECK(rowOf(csv, u"six-industry-accidents"_s, u"危险化学品"_s).at(StatusKey) == u"met"_s);
    CHECK(rowOf(csv, u"six-industry-accidents"_s, u"矿山"_s).at(StatusKey) == u"behind"_s);
    cells = rowOf(csv, u"six-industry-accidents"_s, u"冶金"_s);
    CHECK(cells.at(Change) == u"-16.67"_s);
    CHECK(cells.at(StatusKey) == u"on_track"_s);
    for (const QString& l : csv)
        CHECK_FALSE(l.contains(u"six-industry-accidents,六个重点行业生产安全事故起数,机械制造"_s));
    cells = rowOf(csv, u"dust-share"_s, u"合计"_s);
    CHECK(cells.at(BaselineValue) == u"0.20"_s);
    CHECK(cells.at(Value) == u"0.12"_s);
    CHECK(cells.at(Change) == u"-40.00"_s);
    CHECK(cells.at(Target).isEmpty()); // no number: an empty cell, not 0
    CHECK(cells.at(StatusKey) == u"met"_s);
    CHECK(cells.at(Expected_) == u"1"_s);
    CHECK(cells.at(Matched) == u"1"_s);

    // The definition comes back out as it went in, and goes into another plan unchanged.
    ok(box.run({u"indicator-definition"_s, u"--plan"_s, u"shandong-2021"_s, u"--indicator"_s,
                u"dust-share"_s, u"-o"_s, box.filePath(u"out.json"_s)}));
    const QString out = QString::fromUtf8(box.read(u"out.json"_s));
    CHECK(out.contains(u"\"dust_exposed\""_s));
    CHECK(out.contains(u"\"scale\": 100"_s));
    ok(box.run({u"import-indicator-definition"_s, box.filePath(u"out.json"_s), u"--plan"_s,
                u"linyi-2021"_s}));
    // A second import of the same code needs --replace.
    const CliResult again = box.run({u"import-indicator-definition"_s, box.filePath(u"out.json"_s),
                                     u"--plan"_s, u"linyi-2021"_s});
    CHECK(again.exitCode == 1);
    CHECK(again.errText().contains(u"--replace"_s));
    ok(box.run({u"import-indicator-definition"_s, box.filePath(u"out.json"_s), u"--plan"_s,
                u"linyi-2021"_s, u"--replace"_s}));
}

TEST_CASE("A wrong indicator definition names the file line and field", "[cli][indicators]") {
    CliSandbox box;
    box.write(u"bad.json"_s, QByteArrayLiteral("{\n  \"code\": \"x\",\n  \"name\": \"X\",\n"
                                               "  \"form\": \"annex\",\n  \"numerator\": "
                                               "\"accidents\",\n  \"denominator\": "
                                               "\"insured_persons\",\n  \"scale\": 1.5\n}\n"));
    CliResult r = box.run({u"import-indicator-definition"_s, box.filePath(u"bad.json"_s),
                           u"--plan"_s, u"shandong-2021"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(box.filePath(u"bad.json"_s) + u":7: scale: "_s));
    box.write(u"typo.json"_s, QByteArrayLiteral("{\n  \"code\": \"x\",\n  \"name\": \"X\",\n"
                                                "  \"form\": \"annex\",\n  \"numerator\": "
                                                "\"accidents\",\n  \"kind\": \"count\",\n"
                                                "  \"targte\": -0.1\n}\n"));
    r = box.run({u"import-indicator-definition"_s, box.filePath(u"typo.json"_s), u"--plan"_s,
                 u"shandong-2021"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u":7: targte: unknown field"_s));
    box.write(u"broken.json"_s, QByteArrayLiteral("{\n  \"code\": \"x\",\n  oops\n}\n"));
    r = box.run({u"import-indicator-definition"_s, box.filePath(u"broken.json"_s), u"--plan"_s,
                 u"shandong-2021"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(box.filePath(u"broken.json"_s) + u":3: "_s));
    r = box.run({u"import-indicator-definition"_s, box.filePath(u"bad.json"_s), u"--plan"_s,
                 u"no-such-plan"_s});
    CHECK(r.exitCode == 1);
    r = box.run({u"assign-plan"_s, u"--unit"_s, u"371302"_s, u"--plan"_s, u"linyi-2021"_s,
                 u"--from"_s, u"twenty"_s});
    CHECK(r.exitCode == 2);
}
