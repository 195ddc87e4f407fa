// Occupational disease: consolidation from counts, the trend against the 2020 baseline with and
// without a plan target (the disease-cases indicator's trend), validation, CSV round trip.
#include "form_fixtures.h"
#include "test_support.h"

#include "domain/disease.h"
#include "domain/form_validation.h"
#include "services/disease_charts.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"
#include "services/indicator_service.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
DiseaseCounts dc(qint64 p, qint64 o, qint64 exposed = -1) {
    return {p, o, exposed < 0 ? Count() : Count(exposed)};
}

// Saved through the form engine, as the 职业病 tab and the imports save.
void put(const QSqlDatabase& db, const QString& unit, int year, const QString& industry,
         const DiseaseCounts& c) {
    FormTable t = loadForm(db, u"disease"_s, unit, year);
    setCounts(formRow(t, industry), c);
    storeForm(db, t);
}
} // namespace

TEST_CASE("Occupational disease figures consolidate and trend against the baseline", "[disease]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    put(db, u"371302"_s, 2020, u"矿山"_s, dc(8, 2, 400)); // baseline: 10 new cases at 兰山
    put(db, u"371311"_s, 2020, u"冶金"_s, dc(3, 2));      // and 5 at 罗庄: 15 for Linyi
    put(db, u"371302"_s, 2024, u"矿山"_s, dc(5, 1, 380));
    put(db, u"371311"_s, 2024, u"冶金"_s, dc(2, 1)); // 9 in 2024: −6, −40 %
    const FormTable linyi = formFigures(db, u"disease"_s, u"371300"_s, 2024);
    CHECK(*diseaseCounts(linyi, u"矿山"_s).pneumoconiosis == 5);
    CHECK(*diseaseTotal(linyi).newCases() == 9);
    CHECK(*diseaseTotal(linyi).dustExposed == 380);

    const Plan plan = *PlanRepository(db).findByCode(u"linyi-2021"_s);
    const IndicatorService service(db);
    auto trend = service.diseaseCasesTrend(plan, u"371300"_s);
    REQUIRE(trend.has_value());
    REQUIRE(trend->points.size() == 2);
    const IndicatorDefinition& d = trend->definition;
    CHECK(indicators::formatDifference(d, trend->points.at(0)) == u"0 (0.00%)"_s);
    CHECK(indicators::formatDifference(d, trend->points.at(1)) == u"−6 (−40.00%)"_s);
    CHECK(trend->points.at(1).sums.value(u"pneumoconiosis"_s) == 7);
    CHECK_FALSE(indicators::targetReached(d, trend->points.at(1))); // the 2021 plans set no number

    // The plan's target is its disease-cases indicator's (one truth): 兰山区 alone, 10 → 6 new
    // cases, −40.00 %, misses a 50 % target and meets a 40 % one (compared exactly).
    QString error;
    IndicatorRepository indicatorsOfPlan(db);
    REQUIRE(indicatorsOfPlan.setDiseaseReductionTarget(plan.id, 0.5, &error));
    CHECK(*indicatorsOfPlan.diseaseReductionTarget(plan.id) == Approx(0.5));
    CHECK(indicatorsOfPlan.find(plan.id, u"disease-cases"_s)->target == Approx(-0.5));
    trend = service.diseaseCasesTrend(plan, u"371302"_s);
    CHECK_FALSE(indicators::targetReached(trend->definition, trend->points.at(0)).has_value());
    CHECK(*indicators::targetReached(trend->definition, trend->points.at(1)) == false);
    REQUIRE(indicatorsOfPlan.setDiseaseReductionTarget(plan.id, 0.4, &error));
    trend = service.diseaseCasesTrend(plan, u"371302"_s);
    CHECK(*indicators::targetReached(trend->definition, trend->points.at(1)) == true);
    // 临沂市: 2 of its 15 units reported, below the plan's threshold: no verdict (覆盖不足).
    trend = service.diseaseCasesTrend(plan, u"371300"_s);
    CHECK(trend->points.at(1).status == glossary::Term::LowCoverage);
    CHECK_FALSE(indicators::targetReached(trend->definition, trend->points.at(1)).has_value());
    REQUIRE(indicatorsOfPlan.setDiseaseReductionTarget(plan.id, std::nullopt, &error));
    CHECK_FALSE(indicatorsOfPlan.diseaseReductionTarget(plan.id).has_value());
    CHECK(indicatorsOfPlan.find(plan.id, u"disease-cases"_s)->targetKind ==
          IndicatorTargetKind::None);
}

TEST_CASE("Occupational disease validation and a zero baseline", "[disease]") {
    // The plan's `disease` definition: a negative count is an error, pneumoconiosis cases above
    // the workers exposed to dust only a warning (diagnosed years after exposure).
    TempDatabase t;
    const auto definition =
        FormDefinitions(t.connection()).forUnit(u"371302"_s, u"disease"_s, 2023);
    REQUIRE(definition);
    const auto row = [](const DiseaseCounts& c) {
        FormRow r;
        r.key = u"矿山"_s;
        setCounts(r, c);
        return r;
    };
    CHECK(validateFormRow(*definition, row(dc(2, 0, 100)), 0).isEmpty());
    const Diagnostics above = validateFormRow(*definition, row(dc(5, 0, 3)), 0);
    REQUIRE(above.size() == 1);
    CHECK(above.first().severity == Severity::Warning);
    CHECK(hasErrors(validateFormRow(*definition, row(dc(-1, 0)), 0)));
    // No new cases in the baseline year, one now: +1, and no percentage against zero.
    IndicatorDefinition d;
    d.kind = IndicatorKind::Count;
    d.decimals = 0;
    IndicatorFigure f;
    f.baselineValue = rates::Ratio{0, 1};
    f.value = rates::Ratio{1, 1};
    f.change = indicators::relativeChange(f.baselineValue, f.value);
    CHECK_FALSE(f.change.has_value());
    CHECK(indicators::formatDifference(d, f) == u"+1"_s);
    f.value.reset();
    CHECK(indicators::formatDifference(d, f) == u"—"_s);
}

TEST_CASE("Occupational disease CSV round trip through the blank table", "[disease][csv]") {
    TempDatabase t;
    QString error;
    QString text = *FormTableExport(t.connection())
                        .csv(u"371302"_s, u"disease"_s, 2023, CsvLayout::Form, &error);
    CHECK(text.contains(
        u"年度：2023\r\n重点行业名称,尘肺病新发病例数,其他职业病新发病例数,新发病例合计,接尘人数,备注\r\n"_s));
    text.replace(u"建材,,,,,"_s, u"建材,4,1,5,\"1,200\",水泥粉尘"_s);
    const FormTableImporter importer(t.connection());
    FormTableFileImport import = importer.prepare(utf8WithBom(text), u"d.csv"_s, u"disease"_s, {});
    REQUIRE(importer.commit(import));
    const FormTable stored = loadForm(t.connection(), u"disease"_s, u"371302"_s, 2023);
    CHECK(diseaseCounts(stored, u"建材"_s) == dc(4, 1, 1200));
    CHECK(stored.find(u"建材"_s)->text(u"remark"_s) == u"水泥粉尘"_s);
    const QString again = *FormTableExport(t.connection())
                               .csv(u"371302"_s, u"disease"_s, 2023, CsvLayout::Form, &error);
    CHECK(again.contains(u"建材,4,1,5,1200,水泥粉尘\r\n"_s));

    QString bad = again;
    bad.replace(u"合计,4,1,5,1200,"_s, u"合计,5,1,6,1200,"_s);
    FormTableFileImport rejected =
        importer.prepare(utf8WithBom(bad), u"bad.csv"_s, u"disease"_s, {{}, {}, true});
    CHECK_FALSE(importer.commit(rejected));
    bool named = false;
    for (const Diagnostic& d : rejected.diagnostics)
        named = named || d.toString().startsWith(u"bad.csv:12: 合计"_s);
    CHECK(named);
}

TEST_CASE("The new-cases chart has a line per disease with the years that have figures",
          "[disease][charts]") {
    // 2022: only pneumoconiosis reported, so the other line skips that year.
    QList<IndicatorFigure> trend;
    for (const auto& [year, sums] :
         {std::pair{2020, ColumnSums{{u"pneumoconiosis"_s, 9}, {u"other_diseases"_s, 3}}},
          std::pair{2022, ColumnSums{{u"pneumoconiosis"_s, 7}}},
          std::pair{2024, ColumnSums{{u"pneumoconiosis"_s, 4}, {u"other_diseases"_s, 0}}}}) {
        IndicatorFigure f;
        f.year = year;
        f.sums = sums;
        trend << f;
    }
    const ChartSpec spec = disease_charts::newCasesChart(u"兰山区"_s, trend);
    CHECK(spec.kind == ChartSpec::Kind::Line);
    REQUIRE(spec.series.size() == 2);
    CHECK(spec.series.at(0).key == u"pneumoconiosis"_s);
    CHECK(spec.series.at(0).points == QList<QPointF>{{2020, 9}, {2022, 7}, {2024, 4}});
    CHECK(spec.series.at(1).key == u"other_diseases"_s);
    CHECK(spec.series.at(1).points == QList<QPointF>{{2020, 3}, {2024, 0}});
    CHECK(spec.series.at(0).tooltips.at(1) == u"Pneumoconiosis 2022: 7 new cases"_s);
    CHECK(disease_charts::newCasesChart(u"x"_s, {}).isEmpty());
}
