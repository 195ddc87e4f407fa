// Observation 2 of issue 12 on screen: 临沂市 2025 with 13 of its 15 counties, and 山东省 with
// only Linyi reporting. Like the core test (tests/core/like_for_like_test.cpp), each of the
// fifteen counties insures 10000 persons in 危险化学品; 2020: thirteen counties 20 accidents,
// 兰陵县 and 费县 40; 2025: the thirteen 17, 兰陵县 and 费县 nothing.
//   all reported:  2020 340/150000 = 2.27 ‰, 2025 221/130000 = 1.70 ‰, down 25.00 %
//   like for like: 2020 260/130000 = 2.00 ‰, 2025 1.70 ‰, down 15.00 % — 13 of 15: 覆盖不足
#include "charts/chart_panel.h"
#include "progress/dashboard_tab.h"
#include "progress/progress_feature.h"
#include "progress/progress_report_actions.h"
#include "progress/progress_table_model.h"
#include "progress/trends_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/annex_repository.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kCounties = {u"371302"_s, u"371311"_s, u"371312"_s, u"371321"_s, u"371322"_s,
                               u"371323"_s, u"371324"_s, u"371325"_s, u"371326"_s, u"371327"_s,
                               u"371328"_s, u"371329"_s, u"371371"_s, u"371372"_s, u"371373"_s};

void save(Session& session, const QString& unit, int year, qint64 accidents) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = {AnnexRow{u"危险化学品"_s, false, AnnexCounts{1, 1, 10000, 10000, accidents}, {}}};
    QString error;
    REQUIRE(AnnexRepository(session.connection()).save(t, u"test"_s, &error));
}

struct Linyi13Fixture : UiFixture {
    ProgressFeature feature;
    Linyi13Fixture() {
        feature = installProgressFeature(*window, *session, prompter);
        for (const QString& county : kCounties) {
            const bool late = county == u"371324"_s || county == u"371325"_s;
            save(*session, county, 2020, late ? 40 : 20);
            if (!late)
                save(*session, county, 2025, 17);
        }
    }
};
} // namespace

TEST_CASE("Linyi 2025 with two counties missing says so on the overview",
          "[ui][progress][observation2]") {
    Linyi13Fixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2025));
    DashboardTab* tab = f.feature.dashboard;
    f.window->tabs()->setCurrentWidget(tab);
    // The cards compare the thirteen with themselves.
    CHECK(tab->baselineValue()->text() == u"2.00‰"_s);
    CHECK(tab->latestValue()->text() == u"1.70‰"_s);
    CHECK(tab->reductionValue()->text() == u"15.00%"_s);
    // No status for a partial total; the words say which units are missing.
    CHECK(tab->statusBadge()->text() == u"Incomplete coverage"_s);
    CHECK(tab->statusBadge()->property("statusKey").toString() == u"low_coverage"_s);
    CHECK(tab->coverageLine()->text() ==
          u"Expected 15, Reported: 15 in 2020, 13 in 2025; Not reported in 2025: 兰陵县, 费县."_s);
    // the summary gives the full-set figure beside the like-for-like one
    CHECK(tab->summary()->text().contains(u"down 15.00%"_s));
    CHECK(tab->summary()->text().contains(u"All reported: 1.70‰ in 2025 against 2.27‰ in 2020, "
                                          u"down 25.00%"_s));
    // the year table: 2020 complete, 2025 not
    ProgressTableModel* years = tab->yearModel();
    REQUIRE(years->rowCount() == 6);
    CHECK(years->index(0, ProgressTableModel::ReportingColumn).data().toString() ==
          u"Expected 15, Reported 15"_s);
    CHECK(years->index(5, ProgressTableModel::ReportingColumn).data().toString() ==
          u"Expected 15, Reported 15/13"_s);
    CHECK(years->index(5, ProgressTableModel::AllReportedReductionColumn).data().toString() ==
          u"25.00"_s);
    CHECK(years->index(5, ProgressTableModel::ReductionColumn).data().toString() == u"15.00"_s);
    // the child list: the two counties have no data for 2025, and are named
    CHECK(tab->missingLine()->text() == u"No data (2025): 兰陵县, 费县"_s);

    // 趋势: the bars are like for like and the title says which units they cover.
    TrendsTab* trends = f.feature.trends;
    f.window->tabs()->setCurrentWidget(trends);
    const ChartSpec& bars = trends->reductionChart()->spec();
    CHECK(bars.title.contains(u"Expected 15, Reported: 15 in 2020, 13 in 2025"_s));
    CHECK(bars.find(u"reduction"_s)->points.constLast().y() == Approx(15.0));
    CHECK(trends->rateChart()->spec().title.contains(u"(2025: Expected 15, Reported 13)"_s));

    // The progress report says the same.
    QTemporaryDir dir;
    QString error;
    const auto doc = f.feature.report->document(&error);
    REQUIRE(doc.has_value());
    bool summary = false;
    for (const ReportBlock& b : doc->blocks)
        summary = summary || (b.kind == ReportBlock::Kind::Paragraph &&
                              b.text.contains(u"Not reported in 2025: 兰陵县, 费县"_s) &&
                              b.text.contains(u"Incomplete coverage"_s));
    CHECK(summary);
}

TEST_CASE("Shandong with only Linyi reporting lists the cities without figures",
          "[ui][progress][observation2]") {
    Linyi13Fixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(u"370000"_s, 2025));
    DashboardTab* tab = f.feature.dashboard;
    f.window->tabs()->setCurrentWidget(tab);
    CHECK(tab->statusBadge()->text() == u"Incomplete coverage"_s);
    CHECK(tab->coverageLine()->text().startsWith(
        u"Expected 30, Reported: 15 in 2020, 13 in 2025; Not reported in 2020: 济南市, "_s));
    // the province view: sixteen cities, Linyi first, the fifteen others named
    ProgressTableModel* cities = tab->childModel();
    REQUIRE(cities->rowCount() == 16);
    CHECK(cities->index(0, 0).data().toString() == u"临沂市"_s);
    CHECK(cities->index(0, ProgressTableModel::ReportingColumn).data().toString() ==
          u"Expected 15, Reported 15/13"_s);
    const QString missing = tab->missingLine()->text();
    CHECK(missing.startsWith(u"No baseline (2020): 济南市, 青岛市, "_s));
    CHECK(missing.contains(u"No data (2025): 济南市, "_s));
    CHECK_FALSE(missing.contains(u"临沂市"_s));
}
