// The 2026-2030 plan (national-2026, shipped in the presets) end to end through the real CLI
// (docs/indicators.md): 兰山区 371302 follows linyi-2021 up to 2025 and national-2026 from 2026
// (assign-plan), its 2025 annex (kept under the old plan) is the new plan's baseline, matched
// by industry, and the platform enterprises' form (import-form) feeds the occupational-injury
// indicator.
//
// Annex, accidents / insured persons (‰):
//   2025 (linyi-2021): 危险化学品 20/4000 = 5.00, 冶金 10/1000, 建筑施工 6/3000 = 2.00,
//                      即时配送 4/2000 = 2.00 (a local industry of the old plan)
//   2026 (national-2026): 危险化学品 18/4000 = 4.50, 建筑施工 6/3000 = 2.00, 即时配送 3/2000 = 1.50
//   national-2026, target −10 %, glide path 2026: −10 % × 1 ÷ 5 = −2.00 %
//     危险化学品 (4.5 − 5) ÷ 5 = −10.00 %: met
//     建筑施工 0.00 %: behind
//     即时配送 (1.5 − 2) ÷ 2 = −25.00 %: met (its 2025 local row matched by name)
//     冶金: not an industry of the new plan, left out of rows and total
//     total 2025 (20 + 6 + 4) / (4000 + 3000 + 2000) = 30/9000 = 3.33; 2026 27/9000 = 3.00;
//       (27 − 30) ÷ 30 = −10.00 %: met, exactly
//   linyi-2021 in 2025 (the old plan's own view): (20 + 10 + 6 + 4) / 10000 = 4.00 ‰
// Platform enterprises, covered workers / occupational injuries (‰):
//   2025 甲平台 10000/30 = 3.00, 乙平台 5000/20 = 4.00; total 50/15000 = 3.33
//   2026 甲平台 11000/30 = 2.727… → 2.73, 乙平台 5000/15 = 3.00; total 45/16000 = 2.8125 → 2.81
//   change: 甲平台 (30·10000 − 30·11000) ÷ (30·11000) = −9.0909… → −9.09 %: on track (≥ 2 %)
//           乙平台 (15 − 20) ÷ 20 = −25.00 %: met
//           total (45·15000 − 50·16000) ÷ (50·16000) = −125000/800000 = −15.625 → −15.63 %: met
// Disease cases: nothing reported: no baseline.
#include "indicator_csv_support.h"

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPlatformHeader =
    u"单位代码,单位名称,年度,平台企业名称,新就业形态人员数,参加职业伤害保障人数,职业伤害人数,备注"_s;

QString annex(int year, const QList<std::pair<QString, std::pair<int, int>>>& rows) {
    QStringList l = {kAnnexHeader};
    for (const auto& [industry, figures] : rows)
        l << u"371302,兰山区,%1,%2,1,1,%3,%3,%4,"_s.arg(year)
                 .arg(industry)
                 .arg(figures.first)
                 .arg(figures.second);
    return csvLines(l);
}
} // namespace

TEST_CASE("The 2026-2030 plan end to end for a county that changes plan in 2026",
          "[cli][indicators][plans]") {
    CliSandbox box;
    ok(box.run({u"assign-plan"_s, u"--unit"_s, u"兰山区"_s, u"--plan"_s, u"national-2026"_s,
                u"--from"_s, u"2026"_s}));
    box.write(u"a2025.csv"_s, utf8WithBom(annex(2025, {{u"危险化学品"_s, {4000, 20}},
                                                       {u"冶金"_s, {1000, 10}},
                                                       {u"建筑施工"_s, {3000, 6}},
                                                       {u"即时配送"_s, {2000, 4}}})));
    box.write(u"a2026.csv"_s, utf8WithBom(annex(2026, {{u"危险化学品"_s, {4000, 18}},
                                                       {u"建筑施工"_s, {3000, 6}},
                                                       {u"即时配送"_s, {2000, 3}}})));
    ok(box.run({u"import-annex"_s, box.filePath(u"a2025.csv"_s), box.filePath(u"a2026.csv"_s)}));
    box.write(u"p.csv"_s,
              utf8WithBom(csvLines({kPlatformHeader, u"371302,兰山区,2025,甲平台,12000,10000,30,"_s,
                                    u"371302,兰山区,2025,乙平台,6000,5000,20,"_s,
                                    u"371302,兰山区,2026,甲平台,13000,11000,30,"_s,
                                    u"371302,兰山区,2026,乙平台,6000,5000,15,"_s})));
    ok(box.run(
        {u"import-form"_s, box.filePath(u"p.csv"_s), u"--form"_s, u"platform-enterprises"_s}));

    ok(box.run({u"indicators"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2026"_s, u"-o"_s,
                box.filePath(u"2026.csv"_s)}));
    const QStringList csv = lines(box.read(u"2026.csv"_s));
    QStringList c = rowOf(csv, u"accident-rate"_s, u"危险化学品"_s);
    CHECK(c.at(Plan) == u"national-2026"_s);
    CHECK(c.at(BaselineYear) == u"2025"_s);
    CHECK(c.at(BaselineValue) == u"5.00"_s);
    CHECK(c.at(Value) == u"4.50"_s);
    CHECK(c.at(Change) == u"-10.00"_s);
    CHECK(c.at(Target) == u"-10.00"_s);
    CHECK(c.at(Expected) == u"-2.00"_s);
    CHECK(c.at(StatusKey) == u"met"_s);
    CHECK(c.at(Status) == u"已达成"_s);
    CHECK(rowOf(csv, u"accident-rate"_s, u"建筑施工"_s).at(StatusKey) == u"behind"_s);
    c = rowOf(csv, u"accident-rate"_s, u"即时配送"_s);
    CHECK(c.at(BaselineValue) == u"2.00"_s);
    CHECK(c.at(Change) == u"-25.00"_s);
    for (const QString& l : csv)
        CHECK_FALSE(l.contains(u",冶金,"_s));
    c = rowOf(csv, u"accident-rate"_s, u"合计"_s);
    CHECK(c.at(BaselineValue) == u"3.33"_s);
    CHECK(c.at(Value) == u"3.00"_s);
    CHECK(c.at(Change) == u"-10.00"_s);
    CHECK(c.at(StatusKey) == u"met"_s);

    c = rowOf(csv, u"platform-injury-rate"_s, u"合计"_s);
    CHECK(c.at(BaselineValue) == u"3.33"_s);
    CHECK(c.at(Value) == u"2.81"_s);
    CHECK(c.at(Change) == u"-15.63"_s);
    CHECK(c.at(Target) == u"-10.00"_s);
    CHECK(c.at(StatusKey) == u"met"_s);
    c = rowOf(csv, u"platform-injury-rate"_s, u"甲平台"_s);
    CHECK(c.at(Value) == u"2.73"_s);
    CHECK(c.at(Change) == u"-9.09"_s);
    CHECK(c.at(StatusKey) == u"on_track"_s);
    CHECK(rowOf(csv, u"platform-injury-rate"_s, u"乙平台"_s).at(StatusKey) == u"met"_s);
    CHECK(rowOf(csv, u"disease-cases"_s, u"合计"_s).at(StatusKey) == u"no_baseline"_s);

    // 2025 is still the old plan's year, 冶金 included.
    ok(box.run({u"indicators"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2025"_s, u"-o"_s,
                box.filePath(u"2025.csv"_s)}));
    const QStringList old = lines(box.read(u"2025.csv"_s));
    c = rowOf(old, u"accident-rate"_s, u"合计"_s);
    CHECK(c.at(Plan) == u"linyi-2021"_s);
    CHECK(c.at(Value) == u"4.00"_s);
    CHECK(rowOf(old, u"accident-rate"_s, u"冶金"_s).at(Value) == u"10.00"_s);
    // The progress CSV of the county follows the plan it follows now, from the same figures.
    const CliResult p = box.run({u"progress"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2026"_s});
    ok(p);
    bool total = false;
    for (const QString& l : p.outText().split(u"\r\n"_s))
        if (l.startsWith(u"371302,兰山区,2026,合计,"_s)) {
            total = true;
            CHECK(l.split(u',').at(11) == u"10.00"_s); // 较基线下降（%）
        }
    CHECK(total);
}

// What the first test leaves out: the occupational-disease count (a count with no number, the
// new plan's third indicator) and the tasks and deadlines of each year's plan, for the same
// county switching plan in 2026 (assign-plan --from).
//   Disease cases (pneumoconiosis + other), 兰山区:
//     2025 (linyi-2021): 矿山 5 + 1, 冶金 4 + 0, 建筑施工 0 + 2
//     2026 (national-2026): 矿山 3 + 1, 建筑施工 0 + 1
//     national-2026 2026: 2025 over its own industries (冶金 is not one) 6 + 2 = 8, 2026 4 + 1 = 5:
//       (5 − 8) ÷ 8 = −37.50 %: "clearly down" with no number, it fell: met
//     linyi-2021 2025 (the old plan's view): 6 + 4 + 2 = 12
//   Tasks: 2025 are linyi-2021's (annual report due 12-05), 2026 national-2026's (annual report
//     due 12-20, the baseline survey of 2025 figures due 2026-09-30, none dated by the document).
TEST_CASE("The 2026-2030 plan's disease count and tasks follow the county's plan of each year",
          "[cli][indicators][plans][tasks]") {
    CliSandbox box;
    ok(box.run({u"assign-plan"_s, u"--unit"_s, u"371302"_s, u"--plan"_s, u"national-2026"_s,
                u"--from"_s, u"2026"_s}));
    const auto disease = [&](int year, const QStringList& rows) {
        QStringList l = {
            u"《工伤预防五年行动计划》重点行业职业病情况表"_s, u"填报单位：兰山区"_s,
            u"年度：%1"_s.arg(year),
            u"重点行业名称,尘肺病新发病例数,其他职业病新发病例数,新发病例合计,接尘人数,备注"_s};
        l << rows << u"填报人：王五"_s;
        box.write(u"d.csv"_s, utf8WithBom(csvLines(l)));
        ok(box.run({u"import-disease"_s, box.filePath(u"d.csv"_s)}));
    };
    disease(2025, {u"矿山,5,1,6,300,"_s, u"冶金,4,0,4,200,"_s, u"建筑施工,0,2,2,100,"_s});
    disease(2026, {u"矿山,3,1,4,300,"_s, u"建筑施工,0,1,1,100,"_s});

    ok(box.run({u"indicators"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2026"_s, u"-o"_s,
                box.filePath(u"2026.csv"_s)}));
    QStringList c = rowOf(lines(box.read(u"2026.csv"_s)), u"disease-cases"_s, u"合计"_s);
    CHECK(c.at(Plan) == u"national-2026"_s);
    CHECK(c.at(BaselineValue) == u"8"_s);
    CHECK(c.at(Value) == u"5"_s);
    CHECK(c.at(Change) == u"-37.50"_s);
    CHECK(c.at(Target).isEmpty());
    CHECK(c.at(StatusKey) == u"met"_s);
    ok(box.run({u"indicators"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2025"_s, u"-o"_s,
                box.filePath(u"2025.csv"_s)}));
    c = rowOf(lines(box.read(u"2025.csv"_s)), u"disease-cases"_s, u"合计"_s);
    CHECK(c.at(Plan) == u"linyi-2021"_s);
    CHECK(c.at(Value) == u"12"_s);

    const auto tasks = [&](int year) {
        const CliResult r = box.run({u"tasks"_s, u"--unit"_s, u"371302"_s, u"--year"_s,
                                     QString::number(year), u"--as-of"_s, u"2026-10-01"_s});
        ok(r);
        return lines(r.out);
    };
    const QStringList old = tasks(2025);
    CHECK(old.filter(u"2025-12-05,Plan text"_s).size() == 1); // Linyi's annual report
    CHECK(old.filter(u"工伤事故监测指标体系"_s).isEmpty());
    const QStringList now = tasks(2026);
    // industry review, baseline survey, platform form, training plan, implementation plan, work
    // plan, annual report
    CHECK(now.size() == 1 + 7);
    CHECK(now.filter(u"2026-12-20"_s).size() == 2); // the annual report and the platform form
    CHECK(now.filter(u"2026-09-30"_s).size() == 1); // the 2025 baseline survey
    CHECK(now.filter(u"Plan text"_s).isEmpty());    // the document dated none of them
    CHECK(now.filter(u"即时配送"_s).size() == 1);
}
