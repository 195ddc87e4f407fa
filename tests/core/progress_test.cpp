// Progress against the plan's accident-rate target (issue 4). Every expectation is computed by
// hand from the counts below; rates are accidents ÷ insured persons × 1000.
//
// 371302 兰山区 (Linyi plan: baseline 2020, 2021-2025, target 20 %), no form for 2024:
//            危险化学品            建筑施工               物流仓储 (local)
//   year   ins.  acc.  ‰      ins.   acc.  ‰         ins. acc.
//   2020   2000  10   5.00    10000  40   4.00        500  0   (zero baseline)
//   2021   2000  10   5.00    10000  39   3.90        500  1
//   2022   2000   9   4.50    10000  37   3.70        500  1
//   2023   2000   8   4.00    10000  35   3.50        500  1
//   2025   2000   7   3.50    10000  32   3.20        500  1
//   total: 2020 50/12500 = 4.00 ‰; 2021 50 → 4.00; 2022 47 → 3.76; 2023 44 → 3.52; 2025 40 → 3.20
//   glide path: 2021 4 %, 2022 8 %, 2023 12 %, 2024 16 %, 2025 20 %
#include "test_support.h"

#include "domain/progress.h"
#include "domain/rates.h"
#include "io/progress_csv_writer.h"
#include "services/progress_charts.h"
#include "services/progress_service.h"
#include "storage/annex_repository.h"

#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kChem = u"危险化学品"_s;
const QString kBuild = u"建筑施工"_s;
const QString kLogistics = u"物流仓储"_s;

void save(const QSqlDatabase& db, const QString& unit, int year, const QList<AnnexRow>& rows) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = rows;
    QString error;
    const bool saved = AnnexRepository(db).save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

// employees, insured persons, accidents (enterprises do not matter here)
AnnexRow row(const QString& industry, qint64 employees, qint64 insured, qint64 accidents) {
    return AnnexRow{industry, false, counts(1, 1, employees, insured, accidents), {}};
}

void fillLanshan(const QSqlDatabase& db) {
    const QList<std::array<int, 4>> data = {
        {2020, 10, 40, 0}, {2021, 10, 39, 1}, {2022, 9, 37, 1}, {2023, 8, 35, 1}, {2025, 7, 32, 1}};
    for (const auto& [year, chem, build, logistics] : data)
        save(db, kLanshan, year,
             {row(kChem, 2500, 2000, chem), row(kBuild, 12000, 10000, build),
              row(kLogistics, 600, 500, logistics)});
}

UnitProgress progressOf(const QSqlDatabase& db, const QString& unit) {
    QString error;
    const auto p = ProgressService(db).unitProgress(unit, &error);
    INFO(error.toStdString());
    REQUIRE(p.has_value());
    return *p;
}

const ProgressFigure& figure(const UnitProgress& p, const QString& industry, int year) {
    const ProgressSeries* s = p.series(industry);
    INFO(industry.toStdString() << " " << year);
    REQUIRE(s != nullptr);
    const ProgressFigure* f = s->at(year);
    REQUIRE(f != nullptr);
    return *f;
}

QString fmt(const std::optional<rates::Ratio>& r, int scale) {
    return r ? r->format(scale) : u"n/a"_s;
}
} // namespace

TEST_CASE("status follows the exact reduction against target and glide path", "[progress]") {
    Plan plan;                                             // 2020 → 2025, 20 %
    const AnnexCounts base = counts(-1, -1, -1, 1000, 10); // 10 ‰
    CHECK(progress::assess(plan, kChem, 2025, counts(-1, -1, -1, 1000, 8), base).status ==
          ProgressStatus::Met);
    CHECK(progress::assess(plan, kChem, 2025, counts(-1, -1, -1, 1000, 9), base).status ==
          ProgressStatus::Behind);
    // 2022: glide 8 %; 9.2 ‰ is exactly 8 % down → on track, 9.3 ‰ is not
    CHECK(progress::assess(plan, kChem, 2022, counts(-1, -1, -1, 10000, 92),
                           counts(-1, -1, -1, 10000, 100))
              .status == ProgressStatus::OnTrack);
    CHECK(progress::assess(plan, kChem, 2022, counts(-1, -1, -1, 10000, 93),
                           counts(-1, -1, -1, 10000, 100))
              .status == ProgressStatus::Behind);
    CHECK(progress::assess(plan, kChem, 2022, counts(-1, -1, -1, 1000, 5),
                           counts(-1, -1, -1, 1000, 0))
              .status == ProgressStatus::NoBaseline);
    CHECK(progress::assess(plan, kChem, 2022, counts(-1, -1, -1, 1000, 5), AnnexCounts{}).status ==
          ProgressStatus::NoBaseline);
    CHECK(progress::assess(plan, kChem, 2022, AnnexCounts{}, base).status ==
          ProgressStatus::NoData);
    // A rise is a negative reduction, rounded half-up on its magnitude.
    const ProgressFigure rise =
        progress::assess(plan, kChem, 2021, counts(-1, -1, -1, 3000, 31), base);
    CHECK(rise.reduction->format(100) == u"-3.33"_s);
    CHECK(rates::Ratio{-1, 100000}.format(100) == u"0.00"_s);
    CHECK(rates::Ratio{-1, 200}.format(100, 0) == u"-1"_s); // -0.5 rounds away from zero
    for (int y = 2019; y <= 2027; ++y)
        CHECK(*progress::glidePath(plan, y).value() == Approx(rates::glidePath(plan, y)));
    CHECK(progressStatusKey(ProgressStatus::OnTrack) == u"on_track"_s);
    CHECK(progressStatusOfficialName(ProgressStatus::Behind) == u"滞后"_s);
}

TEST_CASE("a county with several industries over 2020-2025", "[progress]") {
    TempDatabase t;
    fillLanshan(t.connection());
    const UnitProgress p = progressOf(t.connection(), kLanshan);
    CHECK(p.years == QList<int>{2020, 2021, 2022, 2023, 2024, 2025});
    CHECK(p.yearsWithData == QList<int>{2020, 2021, 2022, 2023, 2025});
    CHECK(p.latestYear() == 2025);
    // seven plan industries, then the local one
    REQUIRE(p.industries.size() == 8);
    CHECK(p.industries.first().industry == kChem);
    CHECK(p.industries.last().industry == kLogistics);
    CHECK(p.industries.last().local);

    struct Expect {
        QString industry;
        int year;
        QString rate, reduction, glide;
        ProgressStatus status;
    };
    const QList<Expect> expected = {
        {kChem, 2020, u"5.00"_s, u"0.00"_s, u"0.00"_s, ProgressStatus::OnTrack},
        {kChem, 2021, u"5.00"_s, u"0.00"_s, u"4.00"_s, ProgressStatus::Behind},
        {kChem, 2022, u"4.50"_s, u"10.00"_s, u"8.00"_s, ProgressStatus::OnTrack},
        {kChem, 2023, u"4.00"_s, u"20.00"_s, u"12.00"_s, ProgressStatus::Met}, // exactly the target
        {kChem, 2025, u"3.50"_s, u"30.00"_s, u"20.00"_s, ProgressStatus::Met},
        {kBuild, 2021, u"3.90"_s, u"2.50"_s, u"4.00"_s, ProgressStatus::Behind},
        {kBuild, 2022, u"3.70"_s, u"7.50"_s, u"8.00"_s, ProgressStatus::Behind},
        {kBuild, 2023, u"3.50"_s, u"12.50"_s, u"12.00"_s, ProgressStatus::OnTrack},
        {kBuild, 2025, u"3.20"_s, u"20.00"_s, u"20.00"_s, ProgressStatus::Met},
        {u"合计"_s, 2020, u"4.00"_s, u"0.00"_s, u"0.00"_s, ProgressStatus::OnTrack},
        {u"合计"_s, 2021, u"4.00"_s, u"0.00"_s, u"4.00"_s, ProgressStatus::Behind},
        {u"合计"_s, 2022, u"3.76"_s, u"6.00"_s, u"8.00"_s, ProgressStatus::Behind},
        {u"合计"_s, 2023, u"3.52"_s, u"12.00"_s, u"12.00"_s,
         ProgressStatus::OnTrack}, // exactly on the path
        {u"合计"_s, 2025, u"3.20"_s, u"20.00"_s, u"20.00"_s, ProgressStatus::Met},
    };
    for (const Expect& e : expected) {
        const ProgressFigure& f = figure(p, e.industry, e.year);
        INFO(e.industry.toStdString() << " " << e.year);
        CHECK(fmt(f.accidentRate, 1000) == e.rate);
        CHECK(fmt(f.reduction, 100) == e.reduction);
        CHECK(f.glidePath.format(100) == e.glide);
        CHECK(f.target.format(100) == u"20.00"_s);
        CHECK(progressStatusKey(f.status) == progressStatusKey(e.status));
    }
    CHECK(fmt(figure(p, u"合计"_s, 2025).baselineRate, 1000) == u"4.00"_s);
    // coverage by year: 12500 ÷ 15100 = 82.781… %
    CHECK(fmt(figure(p, u"合计"_s, 2020).coverage, 100) == u"82.78"_s);
}

TEST_CASE("a missing year and a zero baseline and an industry without data", "[progress]") {
    TempDatabase t;
    fillLanshan(t.connection());
    const UnitProgress p = progressOf(t.connection(), kLanshan);
    const ProgressFigure& missing = figure(p, u"合计"_s, 2024);
    CHECK(missing.status == ProgressStatus::NoData);
    CHECK_FALSE(missing.accidentRate.has_value());
    CHECK(missing.glidePath.format(100) == u"16.00"_s);
    CHECK(figure(p, kBuild, 2024).status == ProgressStatus::NoData);
    // the local industry had no accident in 2020: a zero baseline, never a division by zero
    for (int y : p.years) {
        const ProgressFigure& f = figure(p, kLogistics, y);
        CHECK(f.status == ProgressStatus::NoBaseline);
        CHECK(f.local);
        CHECK_FALSE(f.reduction.has_value());
    }
    CHECK(fmt(figure(p, kLogistics, 2025).accidentRate, 1000) == u"2.00"_s);
    // 矿山: a plan industry the county never reported
    CHECK(figure(p, u"矿山"_s, 2025).status == ProgressStatus::NoBaseline);
}

TEST_CASE("a city's rates come from summed counts and never from its counties' rates",
          "[progress]") {
    // 罗庄区 危险化学品: 2020 10 of 1000 (10 ‰), 2025 2 of 1000 (2 ‰): down 80 %
    // 河东区 危险化学品: 2020 9 of 9000 (1 ‰), 2025 16 of 9000 (1.78 ‰): up 77.78 %
    // Averaging the counties' rates (5.5 ‰ → 1.89 ‰, down 65.7 %) or their reductions (1.1 %)
    // would say "met" or differ; the city's counts say 19/10000 = 1.90 ‰ → 18/10000 = 1.80 ‰,
    // down 5.26 %: behind.
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    save(db, u"371311"_s, 2020, {row(kChem, 1000, 1000, 10)});
    save(db, u"371311"_s, 2025, {row(kChem, 1000, 1000, 2)});
    save(db, u"371312"_s, 2020, {row(kChem, 9000, 9000, 9)});
    save(db, u"371312"_s, 2025, {row(kChem, 9000, 9000, 16)});
    const UnitProgress city = progressOf(db, u"371300"_s);
    const ProgressFigure& total = figure(city, u"合计"_s, 2025);
    CHECK(total.counts.accidents == 18);
    CHECK(total.counts.insuredPersons == 10000);
    CHECK(fmt(total.baselineRate, 1000) == u"1.90"_s);
    CHECK(fmt(total.accidentRate, 1000) == u"1.80"_s);
    CHECK(fmt(total.reduction, 100) == u"5.26"_s);
    // The two counties reported in both years: the like-for-like figure is the same, but they
    // are 2 of the 15 units expected, so the city gets no status (docs/progress.md).
    CHECK(fmt(total.matchedReduction, 100) == u"5.26"_s);
    CHECK(total.reporting.matched == 2);
    CHECK(total.reporting.expected == 15);
    CHECK(total.status == ProgressStatus::LowCoverage);
    CHECK(fmt(figure(city, kChem, 2025).reduction, 100) == u"5.26"_s);
    CHECK(figure(city, u"合计"_s, 2023).status == ProgressStatus::NoData);

    // Children worst first: 河东区 lags the 20 % path by 97.78 points, 罗庄区 is 60 points ahead,
    // the thirteen units without data follow in tree order.
    const QList<ChildProgress> ranked = ProgressService(db).childrenRanked(u"371300"_s);
    REQUIRE(ranked.size() == 15);
    CHECK(ranked.at(0).unit.code == u"371312"_s);
    CHECK(ranked.at(0).total.status == ProgressStatus::Behind);
    CHECK(*ranked.at(0).total.gapPoints() == Approx(20.0 + 700.0 / 9.0));
    CHECK(ranked.at(1).unit.code == u"371311"_s);
    CHECK(ranked.at(1).total.status == ProgressStatus::Met);
    CHECK(ranked.at(2).unit.code == u"371302"_s);
    CHECK(ranked.at(2).total.status == ProgressStatus::NoBaseline);
}

TEST_CASE("a 2026-2030 plan with a 10 % target works as data", "[progress]") {
    // 沂南县 follows a plan inserted as a row: baseline 2025, 2026-2030, 10 %, with 即时配送.
    //   2025: 危险化学品 20 of 4000 (5 ‰), 即时配送 4 of 2000 (2 ‰), total 24/6000 = 4 ‰
    //   2027: 19 of 4000 (4.75 ‰, −5 %: on track, path 4 %), 4 of 2000 (0 %: behind),
    //         total 23/6000 = 3.83 ‰, −4.17 %: on track
    //   2031: 16 of 4000 (−20 %: met), 3 of 2000 (1.5 ‰, −25 %: met), total 19/6000, −20.83 %: met
    TempDatabase t;
    QSqlDatabase db = t.connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(
        u"INSERT INTO plan (code, title, baseline_year, start_year, end_year, accident_rate_target)"
        " VALUES ('test-2026', '工伤预防五年行动计划（2026-2030年）', 2025, 2026, 2030, 0.1)"_s));
    const qint64 planId = q.lastInsertId().toLongLong();
    int position = 0;
    for (const QString& industry : {kChem, u"即时配送"_s}) {
        q.prepare(u"INSERT INTO plan_industry (plan_id, name, position) VALUES (?, ?, ?)"_s);
        q.addBindValue(planId);
        q.addBindValue(industry);
        q.addBindValue(position++);
        REQUIRE(q.exec());
    }
    q.prepare(u"UPDATE unit SET plan_id = ? WHERE code = '371321'"_s);
    q.addBindValue(planId);
    REQUIRE(q.exec());
    const QString yinan = u"371321"_s, delivery = u"即时配送"_s;
    save(db, yinan, 2024, {row(kChem, 4000, 4000, 99)}); // before the baseline: ignored
    save(db, yinan, 2025, {row(kChem, 4000, 4000, 20), row(delivery, 2000, 2000, 4)});
    save(db, yinan, 2027, {row(kChem, 4000, 4000, 19), row(delivery, 2000, 2000, 4)});
    save(db, yinan, 2031, {row(kChem, 4000, 4000, 16), row(delivery, 2000, 2000, 3)});

    const UnitProgress p = progressOf(db, yinan);
    CHECK(p.plan.code == u"test-2026"_s);
    CHECK(p.years == QList<int>{2025, 2026, 2027, 2028, 2029, 2030, 2031});
    REQUIRE(p.industries.size() == 2);
    CHECK_FALSE(p.series(delivery)->local); // a plan industry of the new plan
    CHECK(figure(p, kChem, 2027).glidePath.format(100) == u"4.00"_s);
    CHECK(figure(p, kChem, 2027).target.format(100) == u"10.00"_s);
    CHECK(fmt(figure(p, kChem, 2027).reduction, 100) == u"5.00"_s);
    CHECK(figure(p, kChem, 2027).status == ProgressStatus::OnTrack);
    CHECK(figure(p, delivery, 2027).status == ProgressStatus::Behind);
    CHECK(fmt(figure(p, u"合计"_s, 2027).accidentRate, 1000) == u"3.83"_s);
    CHECK(fmt(figure(p, u"合计"_s, 2027).reduction, 100) == u"4.17"_s);
    CHECK(figure(p, u"合计"_s, 2027).status == ProgressStatus::OnTrack);
    CHECK(figure(p, u"合计"_s, 2030).status == ProgressStatus::NoData);
    CHECK(figure(p, u"合计"_s, 2031).glidePath.format(100) == u"10.00"_s);
    CHECK(fmt(figure(p, u"合计"_s, 2031).reduction, 100) == u"20.83"_s);
    CHECK(figure(p, u"合计"_s, 2031).status == ProgressStatus::Met);
    CHECK(p.latestYear() == 2031);
}

TEST_CASE("progress CSV rows with empty cells for not applicable", "[progress][csv]") {
    TempDatabase t;
    fillLanshan(t.connection());
    const UnitProgress p = progressOf(t.connection(), kLanshan);
    const QStringList lines = progressCsv(p, 2023).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 8 + 1);
    CHECK(lines.at(0) == progressCsvHeader().join(u','));
    CHECK(lines.at(0).startsWith(u"单位代码,单位名称,年度,重点行业名称,工伤事故数量"_s));
    CHECK(lines.at(1) == u"371302,兰山区,2023,危险化学品,8,2500,2000,80.00,4.00,2020,5.00,20.00,12."
                         u"00,20.00,已达成,met,"
                         "1,1,1,1,5.00,4.00,20.00,,"_s);
    CHECK(lines.at(2) ==
          u"371302,兰山区,2023,矿山,,,,,,2020,,,12.00,20.00,无基线,no_baseline,1,1,1,1,,,,,"_s);
    CHECK(lines.at(8) == u"371302,兰山区,2023,物流仓储,1,600,500,83.33,2.00,2020,0.00,,12.00,20.00,"
                         u"无基线,no_baseline,"
                         "1,1,1,1,0.00,2.00,,,"_s);
    CHECK(lines.at(9) == u"371302,兰山区,2023,合计,44,15100,12500,82.78,3.52,2020,4.00,12.00,12.00,"
                         u"20.00,进度正常,on_track,"
                         "1,1,1,1,4.00,3.52,12.00,,"_s);
    const QStringList all = progressCsv(p).split(u"\r\n"_s, Qt::SkipEmptyParts);
    CHECK(all.size() == 1 + 6 * 9);
    CHECK(
        all.at(1 + 4 * 9 + 8) ==
        u"371302,兰山区,2024,合计,,,,,,2020,4.00,,16.00,20.00,无数据,no_data,1,1,0,0,,,,,兰山区"_s);
}

TEST_CASE("chart models carry the values of the progress table", "[progress][charts]") {
    TempDatabase t;
    fillLanshan(t.connection());
    const UnitProgress p = progressOf(t.connection(), kLanshan);
    const ChartSpec rate = progress_charts::accidentRateChart(p);
    CHECK(rate.yTitle.contains(u"‰"_s));
    const ChartSeries* total = rate.find(u"合计"_s);
    REQUIRE(total != nullptr);
    CHECK(total->role == ChartSeries::Role::Total);
    // 2024 has no data: no point rather than a false zero
    CHECK(total->points ==
          QList<QPointF>{{2020, 4.0}, {2021, 4.0}, {2022, 3.76}, {2023, 3.52}, {2025, 3.2}});
    CHECK(total->tooltips.at(2).contains(u"3.76‰"_s));
    CHECK(rate.find(u"矿山"_s) == nullptr); // no line for an industry without data
    REQUIRE(rate.find(kLogistics) != nullptr);
    const ChartSeries* baseline = rate.find(u"baseline"_s);
    REQUIRE(baseline != nullptr);
    CHECK(baseline->points == QList<QPointF>{{2020, 4.0}, {2025, 4.0}});
    const ChartSeries* glide = rate.find(u"glide_path"_s);
    REQUIRE(glide != nullptr);
    REQUIRE(glide->points.size() == 6);
    CHECK(glide->points.at(3).y() == Approx(3.52)); // 4 × (1 − 12 %)
    CHECK(rate.find(u"target"_s)->points.first().y() == Approx(3.2));

    const ChartSpec bars = progress_charts::industryReductionChart(p, 2022);
    CHECK(bars.categories == QStringList{kChem, kBuild, u"Total"_s});
    const ChartSeries* values = bars.find(u"reduction"_s);
    REQUIRE(values != nullptr);
    REQUIRE(values->points.size() == 3);
    CHECK(values->points.at(0).y() == Approx(10.0));
    CHECK(values->points.at(1).y() == Approx(7.5));
    CHECK(values->points.at(2).y() == Approx(6.0));
    CHECK(values->highlight == QList<int>{1, 2}); // behind
    CHECK(bars.find(u"target"_s)->points.first().y() == Approx(20.0));
    CHECK(bars.find(u"glide_path"_s)->points.first().y() == Approx(8.0));
    CHECK(progress_charts::industryReductionChart(p, 2025).find(u"glide_path"_s) == nullptr);
}
