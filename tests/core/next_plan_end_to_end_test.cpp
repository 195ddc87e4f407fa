// The 2026-2030 plan end to end, made only through the plan editor's API (no SQL, no code):
// copy of the Linyi plan, baseline 2025, target 10 %, 即时配送 added, 主要负责人 added as a
// key-personnel category, training coverage target 90 %, assigned to 兰山区 (371302).
//
// Annex (accidents / insured persons, rate ‰):
//   year   危险化学品        即时配送         key-industry total
//   2025   20/4000  5.00     4/2000  2.00     24/6000  4.00
//   2027   19/4000  4.75     4/2000  2.00     23/6000  3.83
//   reduction 2027: 危险化学品 (5−4.75)/5 = 5.00 %, 即时配送 0 %, total (4−3.8333)/4 = 4.17 %
//   glide path 2027: 10 % × (2027 − 2025) ÷ 5 = 4.00 %; target 10.00 %
// Training (即时配送 × 主要负责人, key personnel / trained):
//   2026 100/50 → 50 %; 2027 100/70 → 70 %
//   path 2027: 0.5 + (0.9 − 0.5) × (2027 − 2026) ÷ (2030 − 2026) = 60 %: on track, 10 points ahead
#include "form_fixtures.h"
#include "test_support.h"

#include "domain/plan_targets.h"
#include "domain/progress.h"
#include "domain/training_coverage.h"
#include "services/indicator_service.h"
#include "services/progress_service.h"
#include "storage/annex_repository.h"
#include "storage/indicator_repository.h"
#include "storage/plan_category_store.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kChem = u"危险化学品"_s;
const QString kDelivery = u"即时配送"_s;
const QString kHead = u"主要负责人"_s;

void saveAnnex(const QSqlDatabase& db, int year, qint64 chemAccidents, qint64 deliveryAccidents) {
    AnnexTable t;
    t.unitCode = kLanshan;
    t.year = year;
    t.rows = {AnnexRow{kChem, false, counts(1, 1, 4000, 4000, chemAccidents), {}},
              AnnexRow{kDelivery, false, counts(1, 1, 2000, 2000, deliveryAccidents), {}}};
    QString error;
    const bool saved = AnnexRepository(db).save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

void saveTraining(const QSqlDatabase& db, int year, qint64 personnel, qint64 trained) {
    FormTable t = loadForm(db, u"training"_s, kLanshan, year);
    FormRow& row = formRow(t, kHead, kDelivery);
    row.setNumber(u"key_personnel"_s, personnel);
    row.setNumber(u"trained"_s, trained);
    storeForm(db, t);
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

TEST_CASE("A second plan made as data drives progress and training targets end to end",
          "[plans][progress][training]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const PlanStore store(db);
    const auto linyi = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(linyi.has_value());
    QString error;
    auto next = store.copy(linyi->id, u"linyi-2026"_s, 2026, &error);
    INFO(error.toStdString());
    REQUIRE(next.has_value());
    next->accidentRateReductionTarget = 0.10;
    next->trainingCoverageTarget = 0.90;
    next->industries << kDelivery;
    REQUIRE(store.save(*next, PlanTaskRepository(db).forPlan(next->id), &error));
    const PlanCategoryStore planCategories(db);
    const int linyiCategories = planCategories.categoriesOfPlan(linyi->id).size();
    REQUIRE(planCategories.add(next->id, kHead, &error));
    REQUIRE(store.assign(kLanshan, next->id, &error));

    saveAnnex(db, 2025, 20, 4);
    saveAnnex(db, 2027, 19, 4);
    saveTraining(db, 2026, 100, 50);
    saveTraining(db, 2027, 100, 70);

    // Progress: baseline 2025, target 10 %, glide path 4 % in 2027, 即时配送 a plan industry.
    const auto p = ProgressService(db).unitProgress(kLanshan, &error);
    REQUIRE(p.has_value());
    CHECK(p->plan.code == u"linyi-2026"_s);
    CHECK(p->plan.baselineYear == 2025);
    CHECK(p->years.first() == 2025);
    CHECK(p->years.contains(2030));
    REQUIRE(p->series(kDelivery) != nullptr);
    CHECK_FALSE(p->series(kDelivery)->local);
    CHECK(figure(*p, kChem, 2027).glidePath.format(100) == u"4.00"_s);
    CHECK(figure(*p, kChem, 2027).target.format(100) == u"10.00"_s);
    CHECK(fmt(figure(*p, kChem, 2027).reduction, 100) == u"5.00"_s);
    CHECK(figure(*p, kChem, 2027).status == ProgressStatus::OnTrack);
    CHECK(figure(*p, kDelivery, 2027).status == ProgressStatus::Behind);
    CHECK(fmt(figure(*p, u"合计"_s, 2027).accidentRate, 1000) == u"3.83"_s);
    CHECK(fmt(figure(*p, u"合计"_s, 2027).reduction, 100) == u"4.17"_s);
    CHECK(figure(*p, u"合计"_s, 2027).status == ProgressStatus::OnTrack);

    // Training: the plan's categories, with 主要负责人 last, and its 90 % coverage target.
    const QStringList categories = planCategories.categoriesOf(kLanshan);
    CHECK(categories.size() == linyiCategories + 1);
    CHECK(categories.last() == kHead);
    CHECK_FALSE(planCategories.categoriesOf(u"371311"_s).contains(kHead)); // siblings keep Linyi's
    const TrainingTable table = trainingFigures(db, kLanshan, 2027);
    CHECK(table.rows.size() == 8 * categories.size()); // 8 key industries × the categories
    // Its coverage is the plan's training-coverage indicator, as 培训, 概览 and the page read it.
    const auto plan = PlanRepository(db).find(UnitRepository(db).effectivePlanId(kLanshan, 2027));
    REQUIRE(plan);
    CHECK(plan->trainingCoverageTarget == Approx(0.90));
    const QList<IndicatorDefinition> indicators = IndicatorRepository(db).forPlan(plan->id);
    const auto index = plan_targets::trainingCoverageIndex(indicators);
    REQUIRE(index);
    const IndicatorDefinition& coverage = indicators.at(*index);
    CHECK(coverage.target == Approx(0.90));
    const IndicatorService service(db);
    const IndicatorFigure a = service.evaluate(coverage, *plan, kLanshan, 2027).total;
    REQUIRE(a.value.has_value());
    CHECK(a.value->format(100) == u"70.00"_s);
    REQUIRE(a.expected.has_value());
    CHECK(*a.expected->value() == Approx(0.60));
    CHECK(a.pathStartYear == 2026);
    CHECK(a.status == glossary::Term::OnTrack);
    CHECK(*indicators::shortfall(coverage, a) == Approx(-0.10));
    const IndicatorFigure end = service.evaluate(coverage, *plan, kLanshan, 2030).total;
    REQUIRE(end.expected.has_value());
    CHECK(*end.expected->value() == Approx(0.90));
}
