// The progress feature in the real main window, offscreen (issue 4): 概览 and 趋势 for Linyi,
// its chart models and Qt Charts series by value, saving charts, the progress report as PDF.
//
// Data (insured persons / accidents), Linyi plan (2020 → 2025, 20 %):
//   兰山区 危险化学品 2000/10 → 2000/7, 建筑施工 10000/40 → 10000/32, 物流仓储* 500/0 → 500/1
//   罗庄区 危险化学品 1000/10 → 1000/2;  河东区 危险化学品 9000/9 → 9000/16
// 临沂市 total: 2020 69/22500 = 3.07 ‰, 2025 58/22500 = 2.58 ‰, down 11/69 = 15.94 % (below the
// 20 % path), but only 3 of its 15 counties reported (the same 3 in both years): 覆盖不足.
// Children in 2025: 河东区 −77.78 % (behind), 兰山区 −20 % (met), 罗庄区 −80 % (met).
#include "charts/chart_adapter.h"
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

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kChem = u"危险化学品"_s;

void save(Session& session, const QString& unit, int year, const QList<AnnexRow>& rows) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = rows;
    QString error;
    const bool saved = AnnexRepository(session.connection()).save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

AnnexRow row(const QString& industry, qint64 insured, qint64 accidents) {
    return AnnexRow{industry, false, AnnexCounts{1, 1, insured, insured, accidents}, {}};
}

struct ProgressFixture : UiFixture {
    ProgressFeature feature;
    ProgressFixture() {
        feature = installProgressFeature(*window, *session, prompter);
        save(*session, u"371302"_s, 2020,
             {row(kChem, 2000, 10), row(u"建筑施工"_s, 10000, 40), row(u"物流仓储"_s, 500, 0)});
        save(*session, u"371302"_s, 2025,
             {row(kChem, 2000, 7), row(u"建筑施工"_s, 10000, 32), row(u"物流仓储"_s, 500, 1)});
        save(*session, u"371311"_s, 2020, {row(kChem, 1000, 10)});
        save(*session, u"371311"_s, 2025, {row(kChem, 1000, 2)});
        save(*session, u"371312"_s, 2020, {row(kChem, 9000, 9)});
        save(*session, u"371312"_s, 2025, {row(kChem, 9000, 16)});
        REQUIRE(window->unitSelector()->selectUnit(u"371300"_s, 2025));
    }
    int rowOf(const ProgressTableModel* model, const QString& name) const {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == name)
                return r;
        return -1;
    }
};
} // namespace

TEST_CASE("the overview shows the city's rate and reduction and status and who is behind",
          "[ui][progress]") {
    ProgressFixture f;
    DashboardTab* tab = f.feature.dashboard;
    CHECK(f.window->tabs()->indexOf(tab) == 0);
    CHECK(f.window->tabs()->indexOf(f.feature.trends) == f.window->tabs()->count() - 1);
    f.window->tabs()->setCurrentWidget(tab);
    QAbstractItemModelTester tester(tab->industryModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester childTester(tab->childModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(tab->baselineValue()->text() == u"3.07‰"_s);
    CHECK(tab->latestValue()->text() == u"2.58‰"_s);
    CHECK(tab->reductionValue()->text() == u"15.94%"_s);
    CHECK(tab->statusBadge()->text() == u"Incomplete coverage"_s);
    CHECK(tab->statusBadge()->property("statusKey").toString() == u"low_coverage"_s);
    CHECK(tab->statusBadge()->styleSheet().contains(u"#b9770e"_s));
    CHECK(tab->coverageLine()->text().startsWith(u"Expected 15, Reported: 3 in 2020, 3 in 2025"_s));

    // per industry in 2025: seven plan industries, the local one, 合计
    ProgressTableModel* industries = tab->industryModel();
    REQUIRE(industries->rowCount() == 9);
    const int chem = f.rowOf(industries, kChem);
    CHECK(industries->index(chem, ProgressTableModel::ReductionColumn).data().toString() ==
          u"13.79"_s);
    CHECK(industries->index(chem, ProgressTableModel::StatusColumn)
              .data(ProgressTableModel::StatusKeyRole) == u"low_coverage"_s);
    CHECK(industries->index(chem, ProgressTableModel::ReportingColumn).data().toString() ==
          u"Expected 15, Reported 3/3"_s);
    CHECK(
        industries
            ->index(f.rowOf(industries, u"物流仓储 (local)"_s), ProgressTableModel::ReductionColumn)
            .data()
            .toString() == u"—"_s);
    // Sorting uses the raw numbers: as text, "—" would come first in descending order.
    tab->industryView()->sortByColumn(ProgressTableModel::ReductionColumn, Qt::DescendingOrder);
    QSortFilterProxyModel* proxy = tab->industryProxy();
    CHECK(proxy->index(0, 0).data().toString() == u"建筑施工"_s);
    CHECK(proxy->index(1, 0).data().toString() == u"合计"_s);
    CHECK(proxy->index(2, 0).data().toString() == kChem);

    // the total by year carries the coverage rate
    CHECK(tab->yearModel()->rowCount() == 6);
    CHECK(tab->yearModel()->index(0, ProgressTableModel::CoverageColumn).data().toString() ==
          u"100.00"_s);

    ProgressTableModel* children = tab->childModel();
    REQUIRE(children->rowCount() == 15);
    CHECK(children->index(0, 0).data().toString() == u"河东区"_s);
    CHECK(children->index(0, ProgressTableModel::ReductionColumn).data().toString() == u"-77.78"_s);
    CHECK(children->index(1, 0).data().toString() == u"兰山区"_s);
    CHECK(children->index(2, 0).data().toString() == u"罗庄区"_s);
    CHECK(tab->behindLine()->text().contains(u"河东区"_s));
    CHECK_FALSE(tab->behindLine()->text().contains(u"兰山区"_s));
}

TEST_CASE("the overview follows the selection and annex changes", "[ui][progress]") {
    ProgressFixture f;
    DashboardTab* tab = f.feature.dashboard;
    f.window->tabs()->setCurrentWidget(tab);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371312"_s, 2025));
    CHECK(tab->statusBadge()->text() == u"Behind"_s);
    CHECK(tab->childModel()->rowCount() == 0);
    // 河东区 corrects its 2025 figures: 9000/7 → 0.78 ‰, down 22.22 %
    save(*f.session, u"371312"_s, 2025, {row(kChem, 9000, 7)});
    f.session->notifyFiguresChanged(u"371312"_s, 2025);
    CHECK(tab->reductionValue()->text() == u"22.22%"_s);
    CHECK(tab->statusBadge()->text() == u"Target met"_s);
}

TEST_CASE("with no figures below the overview does not say no unit is behind", "[ui][progress]") {
    // Issue 18: a fresh database said 下级单位均无滞后 before anything was entered.
    UiFixture f;
    const ProgressFeature feature = installProgressFeature(*f.window, *f.session, f.prompter);
    f.window->tabs()->setCurrentWidget(feature.dashboard);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2025));
    const QString line = feature.dashboard->behindLine()->text();
    CHECK(line == u"No unit below has figures to assess yet."_s);

    // One county met its target and none is behind: now that is a finding.
    save(*f.session, u"371311"_s, 2020, {row(kChem, 1000, 10)});
    save(*f.session, u"371311"_s, 2025, {row(kChem, 1000, 2)});
    f.session->notifyFiguresChanged(u"371311"_s, 2025);
    CHECK(feature.dashboard->behindLine()->text() == u"No unit below is behind."_s);
}

TEST_CASE("the trends tab charts rates and reductions and the units below by value",
          "[ui][progress][charts]") {
    ProgressFixture f;
    TrendsTab* tab = f.feature.trends;
    f.window->tabs()->setCurrentWidget(tab);

    const ChartSpec& rate = tab->rateChart()->spec();
    const ChartSeries* total = rate.find(u"合计"_s);
    REQUIRE(total != nullptr);
    REQUIRE(total->points.size() == 2);
    CHECK(total->points.at(0) == QPointF(2020, 69.0 / 22.5));
    CHECK(total->tooltips.at(1).contains(u"2.58‰"_s));
    // The Qt chart holds the same values: industries, total, baseline, glide path, target.
    QChart* chart = tab->rateChart()->chartView()->chart();
    const int all = int(chart->series().size());
    QSet<QString> names;
    for (QAbstractSeries* s : chart->series())
        names.insert(s->name());
    CHECK(names.size() == int(rate.series.size()));
    // A line is broken where years are missing (issue 18): the total of 2020 and 2025 is two
    // points, never a line through 2021-2024 that nobody reported.
    bool boldTotal = false;
    QList<QPointF> totalPoints;
    for (QAbstractSeries* s : chart->series())
        if (auto* line = qobject_cast<QLineSeries*>(s);
            line && line->name() == u"Key-industry total"_s) {
            boldTotal = line->pen().widthF() > 3;
            CHECK(line->count() == 1);
            totalPoints << line->points();
        }
    CHECK(boldTotal);
    REQUIRE(totalPoints.size() == 2);
    CHECK(totalPoints.at(1).y() == Approx(58.0 / 22.5));

    // Unticking an industry removes its line.
    QListWidget* list = tab->seriesList();
    REQUIRE(list->count() == int(rate.series.size()));
    const QString first = list->item(0)->text();
    int pieces = 0; // the unticked line's pieces, one per run of consecutive years
    for (QAbstractSeries* s : chart->series())
        pieces += s->name() == first;
    REQUIRE(pieces > 0);
    list->item(0)->setCheckState(Qt::Unchecked);
    CHECK(int(tab->rateChart()->chartView()->chart()->series().size()) == all - pieces);

    const ChartSpec& reduction = tab->reductionChart()->spec();
    CHECK(reduction.yTitle.contains(u"%"_s));
    CHECK(reduction.categories == QStringList{kChem, u"建筑施工"_s, u"Total"_s});
    const ChartSpec& children = tab->childrenChart()->spec();
    CHECK(children.categories == QStringList{u"河东区"_s, u"兰山区"_s, u"罗庄区"_s});
    CHECK(children.find(u"reduction"_s)->points.at(0).y() == Approx(-700.0 / 9.0));
    CHECK(children.find(u"reduction"_s)->highlight == QList<int>{0});
    CHECK(children.find(u"target"_s)->points.at(0).y() == Approx(20.0));
    QChart* bars = tab->childrenChart()->chartView()->chart();
    QAbstractBarSeries* barSeries = nullptr;
    for (QAbstractSeries* s : bars->series())
        if (auto* b = qobject_cast<QAbstractBarSeries*>(s))
            barSeries = b;
    REQUIRE(barSeries != nullptr);
    // horizontal bars, the first unit at the top: Qt counts from the bottom
    CHECK(barSeries->barSets().first()->at(0) == Approx(80.0));
    CHECK(barSeries->barSets().first()->at(2) == Approx(-700.0 / 9.0));
    CHECK(barSeries->barSets().first()->isBarSelected(2)); // 河东区, behind, in red
    CHECK(ChartAdapter::tooltipAt(*children.find(u"reduction"_s), 0).contains(u"-77.78%"_s));

    // A new year of data reaches the charts.
    save(*f.session, u"371311"_s, 2023, {row(kChem, 1000, 5)});
    f.session->notifyFiguresChanged(u"371311"_s, 2023);
    CHECK(tab->rateChart()->spec().find(u"合计"_s)->points.size() == 3);
}

TEST_CASE("charts save as PNG and SVG", "[ui][progress][charts]") {
    ProgressFixture f;
    f.window->tabs()->setCurrentWidget(f.feature.trends);
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(u"rate.png"_s), svg = dir.filePath(u"rate.svg"_s);
    REQUIRE(f.feature.trends->rateChart()->saveTo(png, &error));
    REQUIRE(f.feature.trends->childrenChart()->saveTo(svg, &error));
    const QImage image(png);
    CHECK(image.width() >= 1000);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("<svg"));
    CHECK_FALSE(f.feature.trends->rateChart()->saveTo(dir.filePath(u"missing/x.png"_s), &error));
    CHECK(error.contains(u"missing"_s));
}

TEST_CASE("the progress report carries figures and charts and formulas as PDF",
          "[ui][progress][report]") {
    ProgressFixture f;
    CHECK(f.window->reportsMenu()->actions().contains(f.feature.report->previewAction()));
    QTemporaryDir dir;
    QString error;
    const auto doc = f.feature.report->document(&error);
    REQUIRE(doc.has_value());
    int charts = 0, tables = 0, footnotes = 0;
    for (const ReportBlock& b : doc->blocks) {
        if (b.kind == ReportBlock::Kind::Chart) {
            ++charts;
            CHECK_FALSE(b.chart.isEmpty());
        }
        tables += b.kind == ReportBlock::Kind::Table;
        footnotes += b.kind == ReportBlock::Kind::Footnote;
    }
    CHECK(charts == 3);
    CHECK(tables == 3); // by year, by industry, units below
    CHECK(footnotes >= 5);
    const QString pdf = dir.filePath(u"progress.pdf"_s);
    REQUIRE(f.feature.report->exportPdf(pdf, &error));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}
