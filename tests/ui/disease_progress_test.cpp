// The occupational-disease trend on 概览 and 趋势 (issue 6), offscreen, on Linyi's plan
// (baseline 2020). Figures in 矿山, new cases pneumoconiosis / other:
//   兰山区 (371302) 2020 8/2, 2024 5/1;  罗庄区 (371311) 2020 3/2.
// 兰山区 alone: 10 → 6 new cases, −4 (−40.00%).
// 临沂市 consolidated: 2020 11/4 = 15, 2024 5/1 = 6: −9 (−60.00%); a 50 % target is met.
#include "../core/form_fixtures.h"
#include "charts/chart_panel.h"
#include "progress/dashboard_tab.h"
#include "progress/progress_feature.h"
#include "progress/trends_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/indicator_repository.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QTabWidget>
#include <QValueAxis>
#include <cmath>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
void saveDisease(Session& session, const QString& unit, int year, qint64 pneumoconiosis,
                 qint64 other) {
    // Saved through the form engine, as the 职业病 tab saves.
    FormTable t = loadForm(session.connection(), u"disease"_s, unit, year);
    setCounts(formRow(t, u"矿山"_s), DiseaseCounts{pneumoconiosis, other, {}});
    storeForm(session.connection(), t);
}

struct DiseaseFixture : UiFixture {
    ProgressFeature feature;
    DiseaseFixture() {
        feature = installProgressFeature(*window, *session, prompter);
        saveDisease(*session, u"371302"_s, 2020, 8, 2);
        saveDisease(*session, u"371311"_s, 2020, 3, 2);
        saveDisease(*session, u"371302"_s, 2024, 5, 1);
    }
};
} // namespace

TEST_CASE("the overview shows new disease cases against the baseline for a county and the city",
          "[ui][progress][disease]") {
    DiseaseFixture f;
    DashboardTab* tab = f.feature.dashboard;
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2024));
    f.window->tabs()->setCurrentWidget(tab);
    REQUIRE(tab->diseaseTrend().size() == 2);
    QString text = tab->diseaseLine()->text();
    CHECK(text.contains(u"New pneumoconiosis cases: 8 in 2020 (baseline), 5 in 2024"_s));
    CHECK(text.contains(u"Other occupational disease cases: 2 in 2020 (baseline), 1 in 2024"_s));
    CHECK(text.contains(u"Change in new cases since 2020: −4 (−40.00%)"_s));
    CHECK(text.contains(u"no numeric target"_s));

    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2024));
    text = tab->diseaseLine()->text();
    CHECK(text.contains(u"New pneumoconiosis cases: 11 in 2020 (baseline), 5 in 2024"_s));
    CHECK(text.contains(u"Other occupational disease cases: 4 in 2020 (baseline), 1 in 2024"_s));
    CHECK(text.contains(u"−9 (−60.00%)"_s));

    // A target set while the overview is hidden shows when it comes back. The verdict is the
    // disease-cases indicator's status: 临沂市 compares like for like (兰山区 alone, 10 → 6,
    // −40 %) and only 1 of its 15 units reported both years, so no verdict (覆盖不足); 兰山区
    // alone misses 50 %.
    QString error;
    f.window->tabs()->setCurrentWidget(f.feature.trends);
    REQUIRE(IndicatorRepository(f.session->connection())
                .setDiseaseReductionTarget(f.session->plan()->id, 0.5, &error));
    f.window->tabs()->setCurrentWidget(tab);
    CHECK(tab->diseaseTrend().constLast().status == glossary::Term::LowCoverage);
    // the glossary's status words (docs/glossary.md)
    CHECK(tab->diseaseLine()->text().contains(u"Plan target: down 50% — Incomplete coverage"_s));
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2024));
    CHECK(tab->diseaseTrend().constLast().status == glossary::Term::NotMet);
    CHECK(tab->diseaseLine()->text().contains(u"Plan target: down 50% — Target not met"_s));
    REQUIRE(IndicatorRepository(f.session->connection())
                .setDiseaseReductionTarget(f.session->plan()->id, 0.4, &error));
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2020));
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2024));
    CHECK(tab->diseaseLine()->text().contains(u"Plan target: down 40% — Target met"_s));
}

TEST_CASE("the trends tab charts new disease cases by year by value", "[ui][progress][disease]") {
    DiseaseFixture f;
    TrendsTab* tab = f.feature.trends;
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2024));
    f.window->tabs()->setCurrentWidget(tab);
    const ChartSpec& spec = tab->diseaseChart()->spec();
    REQUIRE(spec.series.size() == 2);
    const ChartSeries* pneumoconiosis = spec.find(u"pneumoconiosis"_s);
    const ChartSeries* other = spec.find(u"other_diseases"_s);
    REQUIRE(pneumoconiosis);
    REQUIRE(other);
    CHECK(pneumoconiosis->points == QList<QPointF>{{2020, 11}, {2024, 5}});
    CHECK(other->points == QList<QPointF>{{2020, 4}, {2024, 1}});
    CHECK(other->tooltips.at(1) == u"Other occupational diseases 2024: 1 new cases"_s);
    // The Qt chart holds the same values.
    // The Qt chart holds the same values, each line broken where years are missing: 2020 and
    // 2024 are two points, not a line through three years without figures.
    QChart* chart = tab->diseaseChart()->chartView()->chart();
    REQUIRE(chart->series().size() == 4);
    QList<QPointF> drawn;
    for (QAbstractSeries* s : chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        REQUIRE(line);
        CHECK(line->count() == 1);
        if (line->name() == u"Pneumoconiosis"_s)
            drawn << line->points();
    }
    CHECK(drawn == QList<QPointF>{{2020, 11}, {2024, 5}});
    // Counts: an integer axis.
    const auto axes = chart->axes(Qt::Vertical);
    REQUIRE_FALSE(axes.isEmpty());
    auto* values = qobject_cast<QValueAxis*>(axes.first());
    REQUIRE(values);
    CHECK(values->labelFormat() == u"%d"_s);
    CHECK(values->tickInterval() == std::floor(values->tickInterval()));

    // A unit without figures: no disease chart.
    REQUIRE(f.window->unitSelector()->selectUnit(u"371312"_s, 2024));
    CHECK(tab->diseaseChart()->spec().isEmpty());
    CHECK_FALSE(tab->diseaseChart()->isVisible());
}
