// The like-for-like rule (issue 12, observation 2; docs/progress.md "Like for like"): a
// consolidated reduction compares only the units that reported in both the baseline year and
// the year, says which units it covers, and gets no status below the plan's reporting
// threshold. Every expectation below is computed by hand in the comments.
#include "test_support.h"

#include "domain/like_for_like.h"
#include "domain/progress.h"
#include "io/progress_csv_writer.h"
#include "services/progress_service.h"
#include "storage/annex_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kChem = u"危险化学品"_s;
const QString kLinyi = u"371300"_s;

// Linyi's fifteen county-level units in tree order (DESIGN.md).
const QStringList kCounties = {u"371302"_s, u"371311"_s, u"371312"_s, u"371321"_s, u"371322"_s,
                               u"371323"_s, u"371324"_s, u"371325"_s, u"371326"_s, u"371327"_s,
                               u"371328"_s, u"371329"_s, u"371371"_s, u"371372"_s, u"371373"_s};

void save(const QSqlDatabase& db, const QString& unit, int year, qint64 insured, qint64 accidents) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = {AnnexRow{kChem, false, counts(1, 1, insured, insured, accidents), {}}};
    QString error;
    const bool saved = AnnexRepository(db).save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

UnitProgress progressOf(const QSqlDatabase& db, const QString& unit) {
    QString error;
    const auto p = ProgressService(db).unitProgress(unit, &error);
    INFO(error.toStdString());
    REQUIRE(p.has_value());
    return *p;
}

QString fmt(const std::optional<rates::Ratio>& r, int scale) {
    return r ? r->format(scale) : u"n/a"_s;
}

void setThreshold(const QSqlDatabase& db, const QString& unit, int percent) {
    const UnitRepository units(db);
    auto plan = PlanRepository(db).find(units.effectivePlanId(unit));
    REQUIRE(plan.has_value());
    plan->reportingThreshold = percent;
    QString error;
    const bool saved = PlanStore(db).save(*plan, PlanTaskRepository(db).forPlan(plan->id), &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

UnitYear unitYear(const QString& code, bool hasChildren, std::optional<AnnexCounts> own) {
    UnitYear u;
    u.code = code;
    u.name = code;
    u.hasChildren = hasChildren;
    u.hasForm = own.has_value();
    if (own)
        u.own.rows << AnnexRow{kChem, false, *own, {}};
    return u;
}

// Observation 2's database: the fifteen Linyi counties each insure 10000 persons in 危险化学品.
// 2020: thirteen counties 20 accidents each (2.00 ‰), 兰陵县 371324 and 费县 371325 40 each.
// 2025: the thirteen report 17 each (1.70 ‰); 兰陵县 and 费县 sent nothing.
void fillObservation2(const QSqlDatabase& db) {
    for (const QString& county : kCounties) {
        const bool late = county == u"371324"_s || county == u"371325"_s;
        save(db, county, 2020, 10000, late ? 40 : 20);
        if (!late)
            save(db, county, 2025, 10000, 17);
    }
}
} // namespace

TEST_CASE("the like-for-like rule counts leaves and parents with figures of their own",
          "[progress][like_for_like]") {
    // A city C with own figures in the baseline only (市本级), and four counties:
    //   K1 both years (10 of 1000 → 8 of 1000), K2 baseline only (30 of 1000),
    //   K3 year only (5 of 1000), K4 neither.
    // Expected: C (own rows in one of the years) + 4 leaves = 5. Reported: baseline C, K1, K2 = 3;
    // year K1, K3 = 2. Matched (both): K1 alone, so the like-for-like counts are K1's.
    const QList<UnitYear> baseline = {
        unitYear(u"C"_s, true, counts(1, 1, 1000, 1000, 50)),
        unitYear(u"K1"_s, false, counts(1, 1, 1000, 1000, 10)),
        unitYear(u"K2"_s, false, counts(1, 1, 1000, 1000, 30)),
        unitYear(u"K3"_s, false, std::nullopt),
        unitYear(u"K4"_s, false, std::nullopt),
    };
    const QList<UnitYear> year = {
        unitYear(u"C"_s, true, std::nullopt),
        unitYear(u"K1"_s, false, counts(1, 1, 1000, 1000, 8)),
        unitYear(u"K2"_s, false, std::nullopt),
        unitYear(u"K3"_s, false, counts(1, 1, 1000, 1000, 5)),
        unitYear(u"K4"_s, false, std::nullopt),
    };
    const LikeForLike m = like_for_like::apply(baseline, year, 2020, 2025);
    CHECK(m.coverage.expected == 5);
    CHECK(m.coverage.reportedBaseline == 3);
    CHECK(m.coverage.reportedYear == 2);
    CHECK(m.coverage.matched == 1);
    CHECK(m.coverage.missingBaseline == QStringList{u"K3"_s, u"K4"_s});
    CHECK(m.coverage.missingYear == QStringList{u"C"_s, u"K2"_s, u"K4"_s});
    CHECK(m.baseline.total().accidents == 10);
    CHECK(m.year.total().accidents == 8);
    CHECK(m.coverage.officialText() == u"应报5，已报：2020年3，2025年2"_s);
    // 1 of 5 = 20 %: meets a 20 % threshold, not 21 %.
    CHECK(m.coverage.meets(20));
    CHECK_FALSE(m.coverage.meets(21));

    // A parent with no figures of its own in either year is covered through its children only:
    // four expected, and a 填报人 line on its consolidated form (hasForm) is not a return.
    QList<UnitYear> bare = baseline, bareYear = year;
    bare[0] = unitYear(u"C"_s, true, std::nullopt);
    bare[0].hasForm = true;
    bareYear[0] = bare[0];
    const LikeForLike n = like_for_like::apply(bare, bareYear, 2020, 2025);
    CHECK(n.coverage.expected == 4);
    CHECK(n.coverage.reportedBaseline == 2);
    CHECK(n.coverage.matched == 1);
}

TEST_CASE("units missing in the baseline in the year and in both", "[progress][like_for_like]") {
    // 危险化学品, insured persons / accidents:
    //   兰山区 371302  2020 1000/10  2025 1000/8    both
    //   罗庄区 371311  2020 1000/20  2025 1000/10   both
    //   河东区 371312  —             2025 1000/2    missing in the baseline
    //   沂南县 371321  2020 1000/30  —              missing in the year
    //   the other eleven: nothing in either year    missing in both
    // 应报 15; 已报 2020: 3, 2025: 3; like for like (both years): 兰山区, 罗庄区 = 2.
    // All reported: 2020 60/3000 = 20.00 ‰, 2025 20/3000 = 6.67 ‰, down 2/3 = 66.67 %.
    // Like for like: 2020 30/2000 = 15.00 ‰, 2025 18/2000 = 9.00 ‰, down 6/15 = 40.00 %.
    // Threshold 100 %: 2 of 15 < 100 % → 覆盖不足. Threshold 10 %: 2/15 = 13.3 % ≥ 10 % → the
    // like-for-like 40 % reaches the 20 % target → 已达成.
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    save(db, u"371302"_s, 2020, 1000, 10);
    save(db, u"371302"_s, 2025, 1000, 8);
    save(db, u"371311"_s, 2020, 1000, 20);
    save(db, u"371311"_s, 2025, 1000, 10);
    save(db, u"371312"_s, 2025, 1000, 2);
    save(db, u"371321"_s, 2020, 1000, 30);

    const UnitProgress p = progressOf(db, kLinyi);
    const ProgressFigure& f = *p.total.at(2025);
    CHECK(f.reporting.expected == 15);
    CHECK(f.reporting.reportedBaseline == 3);
    CHECK(f.reporting.reportedYear == 3);
    CHECK(f.reporting.matched == 2);
    CHECK(f.reporting.missingBaseline.size() == 12);
    CHECK(f.reporting.missingBaseline.first() == u"河东区"_s);
    CHECK(f.reporting.missingYear.size() == 12);
    CHECK(f.reporting.missingYear.first() == u"沂南县"_s);
    CHECK(fmt(f.baselineRate, 1000) == u"20.00"_s);
    CHECK(fmt(f.accidentRate, 1000) == u"6.67"_s);
    CHECK(fmt(f.reduction, 100) == u"66.67"_s);
    CHECK(fmt(f.matchedBaselineRate, 1000) == u"15.00"_s);
    CHECK(fmt(f.matchedRate, 1000) == u"9.00"_s);
    CHECK(fmt(f.matchedReduction, 100) == u"40.00"_s);
    CHECK(f.status == ProgressStatus::LowCoverage);
    // the industry row follows the same units
    CHECK(fmt(p.series(kChem)->at(2025)->matchedReduction, 100) == u"40.00"_s);
    CHECK(p.series(kChem)->at(2025)->status == ProgressStatus::LowCoverage);

    setThreshold(db, kLinyi, 10);
    const UnitProgress lowered = progressOf(db, kLinyi);
    CHECK(lowered.plan.reportingThreshold == 10);
    CHECK(lowered.total.at(2025)->status == ProgressStatus::Met);
    CHECK(fmt(lowered.total.at(2025)->matchedReduction, 100) == u"40.00"_s);
}

TEST_CASE("Linyi 2025 with 13 of 15 counties is no longer a complete total",
          "[progress][like_for_like][observation2]") {
    // Observation 2. All reported: 2020 (13 × 20 + 2 × 40) / 150000 = 340/150000 = 2.27 ‰;
    // 2025 13 × 17 / 130000 = 221/130000 = 1.70 ‰; down 1 − (221 × 150000)/(130000 × 340)
    // = 1 − 0.75 = 25.00 %, which alone would read "已达成" although two counties with the
    // highest rates are missing.
    // Like for like (the thirteen): 260/130000 = 2.00 ‰ → 221/130000 = 1.70 ‰, down 15.00 %:
    // below the 20 % target and the 2025 path (20 %). 13 of 15 < 100 % → 覆盖不足.
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    fillObservation2(db);
    const UnitProgress linyi = progressOf(db, kLinyi);
    const ProgressFigure& f = *linyi.total.at(2025);
    CHECK(fmt(f.reduction, 100) == u"25.00"_s);
    CHECK(fmt(f.matchedBaselineRate, 1000) == u"2.00"_s);
    CHECK(fmt(f.matchedRate, 1000) == u"1.70"_s);
    CHECK(fmt(f.matchedReduction, 100) == u"15.00"_s);
    CHECK(f.reporting.expected == 15);
    CHECK(f.reporting.reportedBaseline == 15);
    CHECK(f.reporting.reportedYear == 13);
    CHECK(f.reporting.missingYear == QStringList{u"兰陵县"_s, u"费县"_s});
    CHECK(f.reporting.officialText() == u"应报15，已报：2020年15，2025年13"_s);
    CHECK(f.status == ProgressStatus::LowCoverage);
    CHECK(progressStatusOfficialName(f.status) == u"覆盖不足"_s);
    // 2020 itself is complete: 15 of 15, the baseline compares with itself.
    CHECK(linyi.total.at(2020)->reporting.matched == 15);
    CHECK(linyi.total.at(2020)->status == ProgressStatus::OnTrack);

    // A plan that accepts 85 %: 13/15 = 86.7 % qualifies, and the status is the like-for-like
    // one: 15 % < 20 % expected → 滞后, never the 已达成 of the partial total.
    setThreshold(db, kLinyi, 85);
    CHECK(progressOf(db, kLinyi).total.at(2025)->status == ProgressStatus::Behind);
    setThreshold(db, kLinyi, 87); // 86.67 % < 87 %
    CHECK(progressOf(db, kLinyi).total.at(2025)->status == ProgressStatus::LowCoverage);
}

TEST_CASE("Shandong with only Linyi reporting is not Linyi's figure",
          "[progress][like_for_like][observation2]") {
    // 山东省's reporting units: its fifteen other cities (no counties loaded: each reports
    // itself) and Linyi's fifteen counties = 30. 已报 2020: 15, 2025: 13; like for like 13.
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    fillObservation2(db);
    const UnitProgress shandong = progressOf(db, u"370000"_s);
    const ProgressFigure& f = *shandong.total.at(2025);
    CHECK(f.reporting.expected == 30);
    CHECK(f.reporting.reportedBaseline == 15);
    CHECK(f.reporting.reportedYear == 13);
    CHECK(f.reporting.matched == 13);
    CHECK(f.reporting.missingBaseline.first() == u"济南市"_s);
    CHECK(f.reporting.missingBaseline.size() == 15);
    CHECK(f.status == ProgressStatus::LowCoverage);

    // The province view: sixteen cities; the fifteen without figures have no baseline and no
    // data, Linyi is the only one assessed (and itself incomplete).
    const QList<ChildProgress> cities = ProgressService(db).childrenRanked(u"370000"_s, 2025);
    REQUIRE(cities.size() == 16);
    int noBaseline = 0;
    for (const ChildProgress& c : cities) {
        if (c.unit.code == kLinyi) {
            CHECK(c.total.status == ProgressStatus::LowCoverage);
            CHECK(c.total.reporting.matched == 13);
            CHECK(fmt(c.total.matchedReduction, 100) == u"15.00"_s);
        } else {
            CHECK(c.total.status == ProgressStatus::NoBaseline);
            CHECK(c.total.reporting.reportedYear == 0);
            ++noBaseline;
        }
    }
    CHECK(noBaseline == 15);
    CHECK(cities.first().unit.code == kLinyi); // the one with a reduction ranks first
}

TEST_CASE("progress CSV appends the units each row covers", "[progress][like_for_like][csv]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    fillObservation2(db);
    const QStringList lines =
        progressCsv(progressOf(db, kLinyi), 2025).split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = lines.at(0).split(u',');
    REQUIRE(header.size() == 16 + 9);
    // the original sixteen columns keep their order; the new ones follow
    CHECK(header.mid(14, 2) == QStringList{u"状态"_s, u"状态代码"_s});
    CHECK(header.mid(16) == QStringList{u"应报单位数"_s, u"基线年度已报单位数"_s,
                                        u"本年度已报单位数"_s, u"同口径单位数"_s,
                                        u"同口径基线年度工伤事故发生率（‰）"_s,
                                        u"同口径工伤事故发生率（‰）"_s, u"同口径较基线下降（%）"_s,
                                        u"基线年度未报单位"_s, u"本年度未报单位"_s});
    // 合计 2025: 221 accidents of 130000 insured; all reported 340/150000 = 2.27 ‰ → 25.00 %;
    // like for like 2.00 → 1.70 ‰, 15.00 %.
    CHECK(lines.constLast() ==
          u"371300,临沂市,2025,合计,221,130000,130000,100.00,1.70,2020,2.27,25.00,20.00,20.00,"
          "覆盖不足,low_coverage,15,15,13,13,2.00,1.70,15.00,,兰陵县、费县"_s);
}
