// A province's own implementation plan built only through the editor's commands
// (import-form-definition, import-indicator-definition; docs/forms.md, docs/indicators.md), no
// code: one 2021 provincial plan counted production-safety accidents and casualties (死亡, 受伤)
// in six industries, each down 20 %, and the share of new pneumoconiosis cases among workers
// with under five years of dust exposure. Every expected figure is computed by hand below.
//
// 济南市 370100 (a reporting unit with no units below it), form province-accidents:
//                accidents        deaths         injured
//                2020  2023      2020  2023     2020  2023
//   矿山          10     8         4     2       12    10
//   危险化学品     6     6         2     3        8     5
//   冶金           4     3         1     1        5     6
//   建材           5     4         0     0        6     4
//   建筑施工      15    12         6     5       20    14
//   交通运输      10     7         3     2        9     9
//   total         50    40        16    13       60    48
//   glide path 2023: −20 % × (2023 − 2020) ÷ 5 = −12.00 %
//   accidents: total (40 − 50) ÷ 50 = −20.00 %: met; 危险化学品 0.00 %: behind;
//              冶金 (3 − 4) ÷ 4 = −25.00 %: met
//   deaths:    total (13 − 16) ÷ 16 = −18.75 %: on track; 危险化学品 (3 − 2) ÷ 2 = +50.00 %:
//              behind; 矿山 −50.00 %: met
//   injured:   total (48 − 60) ÷ 60 = −20.00 %: met; 冶金 (6 − 5) ÷ 5 = +20.00 %: behind
// Form new-pneumoconiosis: new cases, of which under five years of dust exposure:
//   2020 矿山 8 (2), 冶金 4 (1), 建材 3 (1): 4 ÷ 15 = 26.666… → 26.67 %
//   2023 矿山 6 (1), 冶金 2 (0), 建材 2 (1): 2 ÷ 10 = 20.00 %
//   change (2/10 − 4/15) ÷ (4/15) = −0.25 → −25.00 %: down with no number, it fell: met
//   矿山 2/8 = 25.00 % → 1/6 = 16.67 %, (1/6 − 1/4) ÷ (1/4) = −33.33 %: met
//   建材 1/3 = 33.33 % → 1/2 = 50.00 %, +50.00 %: it rose, no number says how much: not assessed
// 山东省 370000 (the sum of its subtree): only 济南 of its 16 cities reported: the same 40
//   accidents, status 覆盖不足 (the plan's threshold is 100 %).
#include "indicator_csv_support.h"

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kSix = {u"矿山"_s, u"危险化学品"_s, u"冶金"_s,
                          u"建材"_s, u"建筑施工"_s,   u"交通运输"_s};

const char* kAccidentsForm = R"({
  "code": "province-accidents",
  "title": "六个重点行业生产安全事故起数和伤亡人数情况表",
  "rowKind": "fixedList",
  "rowCaption": "行业",
  "fixedRows": ["矿山", "危险化学品", "冶金", "建材", "建筑施工", "交通运输"],
  "localRowsAllowed": false,
  "columns": [
    {"key": "accidents", "caption": "生产安全事故起数", "unit": "起", "type": "count"},
    {"key": "deaths", "caption": "死亡人数", "unit": "人", "type": "count"},
    {"key": "injured", "caption": "受伤人数", "unit": "人", "type": "count"}
  ],
  "rules": [],
  "headerFields": [],
  "notes": ["（1）省级实施方案自定的报表，在实施方案编辑器中建立。"],
  "remark": "一个省的2021年实施方案：六个行业生产安全事故起数和伤亡人数均下降20%。"
})";

const char* kDustForm = R"({
  "code": "new-pneumoconiosis",
  "title": "新发尘肺病病例情况表",
  "rowKind": "fixedList",
  "rowCaption": "行业",
  "fixedRows": ["矿山", "危险化学品", "冶金", "建材", "建筑施工", "交通运输"],
  "localRowsAllowed": false,
  "columns": [
    {"key": "new_cases", "caption": "尘肺病新发病例数", "unit": "例", "type": "count"},
    {"key": "new_cases_under5", "caption": "其中接尘工龄不足5年", "unit": "例", "type": "count"},
    {"key": "under5_share", "caption": "接尘工龄不足5年占比", "unit": "%", "type": "derived",
     "numerator": "new_cases_under5", "denominator": "new_cases", "scale": 100, "decimals": 2}
  ],
  "rules": [
    {"left": "new_cases_under5", "op": "<=", "right": "new_cases", "severity": "error",
     "message": "接尘工龄不足5年的病例数不得超过新发病例数"}
  ],
  "headerFields": [],
  "notes": [],
  "remark": "份额指标的数据：接尘工龄不足5年的劳动者新发尘肺病例占新发病例总数的比例。"
})";

// One "down 20 %" count indicator per column of the accidents form: data, not code.
QByteArray countIndicator(const QString& column, const QString& name, const QString& unit) {
    return QStringLiteral(R"({
  "code": "%1-down-20",
  "name": "%2",
  "form": "province-accidents",
  "kind": "count",
  "numerator": "%1",
  "unit": "%3",
  "decimals": 0,
  "direction": "down",
  "target_kind": "relative",
  "target": -0.2,
  "glide_path": "linear",
  "rows_too": true
})")
        .arg(column, name, unit)
        .toUtf8();
}

const char* kShareIndicator = R"({
  "code": "under5-share",
  "name": "接尘工龄不足5年的劳动者新发尘肺病病例占比",
  "form": "new-pneumoconiosis",
  "kind": "ratio_of_sums",
  "numerator": ["new_cases_under5"],
  "denominator": ["new_cases"],
  "scale": 100,
  "unit": "%",
  "decimals": 2,
  "direction": "down",
  "target_kind": "none",
  "rows_too": true
})";

QString accidentsData() {
    const QList<QList<int>> y2020 = {{10, 4, 12}, {6, 2, 8},   {4, 1, 5},
                                     {5, 0, 6},   {15, 6, 20}, {10, 3, 9}};
    const QList<QList<int>> y2023 = {{8, 2, 10}, {6, 3, 5},   {3, 1, 6},
                                     {4, 0, 4},  {12, 5, 14}, {7, 2, 9}};
    QStringList l = {u"单位代码,单位名称,年度,行业,生产安全事故起数,死亡人数,受伤人数"_s};
    for (int year : {2020, 2023})
        for (int i = 0; i < kSix.size(); ++i) {
            const QList<int>& v = (year == 2020 ? y2020 : y2023).at(i);
            l << u"370100,济南市,%1,%2,%3,%4,%5"_s.arg(year)
                     .arg(kSix.at(i))
                     .arg(v.at(0))
                     .arg(v.at(1))
                     .arg(v.at(2));
        }
    return csvLines(l);
}

QString dustData() {
    return csvLines({u"单位代码,单位名称,年度,行业,尘肺病新发病例数,其中接尘工龄不足5年"_s,
                     u"370100,济南市,2020,矿山,8,2"_s, u"370100,济南市,2020,冶金,4,1"_s,
                     u"370100,济南市,2020,建材,3,1"_s, u"370100,济南市,2023,矿山,6,1"_s,
                     u"370100,济南市,2023,冶金,2,0"_s, u"370100,济南市,2023,建材,2,1"_s});
}
} // namespace

TEST_CASE("A province variant built only through the editor's commands gives hand-computed "
          "figures",
          "[cli][indicators][forms][plans]") {
    CliSandbox box;
    const QString plan = u"shandong-2021"_s;
    box.write(u"accidents.json"_s, QByteArray(kAccidentsForm));
    box.write(u"dust.json"_s, QByteArray(kDustForm));
    for (const QString& f : {u"accidents.json"_s, u"dust.json"_s})
        ok(box.run({u"import-form-definition"_s, box.filePath(f), u"--plan"_s, plan}));
    box.write(u"i1.json"_s, countIndicator(u"accidents"_s, u"六个行业生产安全事故起数"_s, u"起"_s));
    box.write(u"i2.json"_s, countIndicator(u"deaths"_s, u"六个行业事故死亡人数"_s, u"人"_s));
    box.write(u"i3.json"_s, countIndicator(u"injured"_s, u"六个行业事故受伤人数"_s, u"人"_s));
    box.write(u"i4.json"_s, QByteArray(kShareIndicator));
    for (const QString& f : {u"i1.json"_s, u"i2.json"_s, u"i3.json"_s, u"i4.json"_s})
        ok(box.run({u"import-indicator-definition"_s, box.filePath(f), u"--plan"_s, plan}));

    // The forms are the plan's now: listed, and a blank one exported with the six rows.
    const CliResult forms = box.run({u"forms"_s, u"--plan"_s, plan});
    ok(forms);
    CHECK(forms.outText().contains(u"province-accidents"_s));
    CHECK(forms.outText().contains(u"new-pneumoconiosis"_s));

    box.write(u"accidents.csv"_s, utf8WithBom(accidentsData()));
    box.write(u"dust.csv"_s, utf8WithBom(dustData()));
    ok(box.run({u"import-form"_s, box.filePath(u"accidents.csv"_s), u"--form"_s,
                u"province-accidents"_s}));
    ok(box.run(
        {u"import-form"_s, box.filePath(u"dust.csv"_s), u"--form"_s, u"new-pneumoconiosis"_s}));
    // A row of more under-five cases than cases is the form's own error: refused, nothing lands.
    box.write(
        u"bad.csv"_s,
        utf8WithBom(csvLines({u"单位代码,单位名称,年度,行业,尘肺病新发病例数,其中接尘工龄不足5年"_s,
                              u"370200,青岛市,2023,矿山,1,2"_s})));
    const CliResult bad = box.run(
        {u"import-form"_s, box.filePath(u"bad.csv"_s), u"--form"_s, u"new-pneumoconiosis"_s});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errText().contains(u"接尘工龄不足5年的病例数不得超过新发病例数"_s));

    ok(box.run({u"indicators"_s, u"--unit"_s, u"370100"_s, u"--year"_s, u"2023"_s, u"-o"_s,
                box.filePath(u"ind.csv"_s)}));
    const QStringList csv = lines(box.read(u"ind.csv"_s));
    QStringList c = rowOf(csv, u"accidents-down-20"_s, u"合计"_s);
    CHECK(c.at(Plan) == plan);
    CHECK(c.at(BaselineValue) == u"50"_s);
    CHECK(c.at(Value) == u"40"_s);
    CHECK(c.at(Change) == u"-20.00"_s);
    CHECK(c.at(Target) == u"-20.00"_s);
    CHECK(c.at(Expected) == u"-12.00"_s);
    CHECK(c.at(StatusKey) == u"met"_s);
    CHECK(rowOf(csv, u"accidents-down-20"_s, u"危险化学品"_s).at(StatusKey) == u"behind"_s);
    c = rowOf(csv, u"accidents-down-20"_s, u"冶金"_s);
    CHECK(c.at(Change) == u"-25.00"_s);
    CHECK(c.at(StatusKey) == u"met"_s);

    c = rowOf(csv, u"deaths-down-20"_s, u"合计"_s);
    CHECK(c.at(BaselineValue) == u"16"_s);
    CHECK(c.at(Value) == u"13"_s);
    CHECK(c.at(Change) == u"-18.75"_s);
    CHECK(c.at(StatusKey) == u"on_track"_s);
    CHECK(c.at(Status) == u"进度正常"_s);
    c = rowOf(csv, u"deaths-down-20"_s, u"危险化学品"_s);
    CHECK(c.at(Change) == u"50.00"_s);
    CHECK(c.at(StatusKey) == u"behind"_s);
    CHECK(rowOf(csv, u"deaths-down-20"_s, u"矿山"_s).at(StatusKey) == u"met"_s);

    c = rowOf(csv, u"injured-down-20"_s, u"合计"_s);
    CHECK(c.at(BaselineValue) == u"60"_s);
    CHECK(c.at(Value) == u"48"_s);
    CHECK(c.at(Change) == u"-20.00"_s);
    CHECK(c.at(StatusKey) == u"met"_s);
    c = rowOf(csv, u"injured-down-20"_s, u"冶金"_s);
    CHECK(c.at(Change) == u"20.00"_s);
    CHECK(c.at(StatusKey) == u"behind"_s);

    c = rowOf(csv, u"under5-share"_s, u"合计"_s);
    CHECK(c.at(BaselineValue) == u"26.67"_s);
    CHECK(c.at(Value) == u"20.00"_s);
    CHECK(c.at(Change) == u"-25.00"_s);
    CHECK(c.at(Target).isEmpty()); // no number: an empty cell, not 0
    CHECK(c.at(StatusKey) == u"met"_s);
    c = rowOf(csv, u"under5-share"_s, u"矿山"_s);
    CHECK(c.at(BaselineValue) == u"25.00"_s);
    CHECK(c.at(Value) == u"16.67"_s);
    CHECK(c.at(Change) == u"-33.33"_s);
    c = rowOf(csv, u"under5-share"_s, u"建材"_s);
    CHECK(c.at(Value) == u"50.00"_s);
    CHECK(c.at(Change) == u"50.00"_s);
    CHECK(c.at(StatusKey) == u"not_assessed"_s);
    // A row nobody reported (交通运输 has no cases in either year) is left out, not shown as 0.
    for (const QString& l : csv)
        CHECK_FALSE(
            l.contains(u"under5-share,接尘工龄不足5年的劳动者新发尘肺病病例占比,交通运输"_s));

    // The province: 济南's figures summed up, but one city of sixteen is no basis for a status.
    ok(box.run({u"indicators"_s, u"--unit"_s, u"370000"_s, u"--year"_s, u"2023"_s, u"-o"_s,
                box.filePath(u"province.csv"_s)}));
    c = rowOf(lines(box.read(u"province.csv"_s)), u"accidents-down-20"_s, u"合计"_s);
    CHECK(c.at(Value) == u"40"_s);
    CHECK(c.at(StatusKey) == u"low_coverage"_s);
    CHECK(c.at(Matched) == u"1"_s);

    // Printed like any form.
    ok(box.run({u"print-form"_s, u"--form"_s, u"province-accidents"_s, u"--unit"_s, u"370100"_s,
                u"--year"_s, u"2023"_s, u"-o"_s, box.filePath(u"a.pdf"_s)}));
    CHECK(box.read(u"a.pdf"_s).startsWith("%PDF"));
}

// One truth for the plan's target through the CLI (domain/plan_targets): the accident-rate
// indicator replaced with −30 % is what the progress CSV's 目标下降 and status use.
//   兰山区 危险化学品 2020: 10 / 1000 = 10.00 ‰; 2023: 8 / 1000 = 8.00 ‰: reduction 20.00 %
//   target 20 % (as shipped): glide path 12.00 %: met
//   target 30 %: glide path 30 × 3 ÷ 5 = 18.00 %: 20 ≥ 18 but < 30: on track
TEST_CASE("The accident-rate indicator edited through the CLI is the target progress uses",
          "[cli][indicators][progress]") {
    CliSandbox box;
    box.write(
        u"annex.csv"_s,
        utf8WithBom(csvLines({kAnnexHeader, u"371302,兰山区,2020,危险化学品,1,1,1100,1000,10,"_s,
                              u"371302,兰山区,2023,危险化学品,1,1,1100,1000,8,"_s})));
    ok(box.run({u"import-annex"_s, box.filePath(u"annex.csv"_s)}));
    const auto totalLine = [&] {
        const CliResult p =
            box.run({u"progress"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s});
        ok(p);
        for (const QString& l : p.outText().split(u"\r\n"_s))
            if (l.startsWith(u"371302,兰山区,2023,合计,"_s))
                return l.split(u',');
        FAIL("no total line");
        return QStringList();
    };
    QStringList t = totalLine();
    CHECK(t.at(11) == u"20.00"_s); // 较基线下降
    CHECK(t.at(13) == u"20.00"_s); // 目标下降
    CHECK(t.at(15) == u"met"_s);

    ok(box.run({u"indicator-definition"_s, u"--plan"_s, u"linyi-2021"_s, u"--indicator"_s,
                u"accident-rate"_s, u"-o"_s, box.filePath(u"rate.json"_s)}));
    QString json = QString::fromUtf8(box.read(u"rate.json"_s));
    REQUIRE(json.contains(u"\"target\": -0.2"_s));
    json.replace(u"\"target\": -0.2"_s, u"\"target\": -0.3"_s);
    box.write(u"rate.json"_s, json.toUtf8());
    ok(box.run({u"import-indicator-definition"_s, box.filePath(u"rate.json"_s), u"--plan"_s,
                u"linyi-2021"_s, u"--replace"_s}));
    t = totalLine();
    CHECK(t.at(12) == u"18.00"_s); // 进度预期下降
    CHECK(t.at(13) == u"30.00"_s);
    CHECK(t.at(15) == u"on_track"_s);
    // And the indicator CSV says the same.
    ok(box.run({u"indicators"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s, u"-o"_s,
                box.filePath(u"ind.csv"_s)}));
    const QStringList c = rowOf(lines(box.read(u"ind.csv"_s)), u"accident-rate"_s, u"合计"_s);
    CHECK(c.at(Target) == u"-30.00"_s);
    CHECK(c.at(Expected) == u"-18.00"_s);
    CHECK(c.at(StatusKey) == u"on_track"_s);
}
