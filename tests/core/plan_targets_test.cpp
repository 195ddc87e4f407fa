// One truth for a plan's targets (domain/plan_targets, docs/indicators.md "One truth"): the
// plan's accident-rate and training-coverage targets are its indicators' targets. Editing the
// plan (the plan editor's PlanStore::save) changes the indicators, editing the indicator changes
// the plan, and progress and the indicator service (概览's cards) always use the same number.
//
// 兰山区 371302 under linyi-2021 (baseline 2020, end 2025), 危险化学品 only:
//   2020: 10 accidents / 1000 insured = 10.00 ‰; 2023: 8 / 1000 = 8.00 ‰
//   reduction (10 − 8) ÷ 10 = 20.00 % (change −20.00 %)
//   target 25 %: glide path 2023 = 25 % × 3 ÷ 5 = 15.00 %: 20 ≥ 15 but < 25: on track
//   target 15 %: glide path 2023 = 15 % × 3 ÷ 5 = 9.00 %; 20 ≥ 15: met
#include "test_support.h"

#include "domain/plan_targets.h"
#include "domain/progress.h"
#include "services/indicator_service.h"
#include "services/progress_service.h"
#include "storage/annex_repository.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;

void saveAnnex(const QSqlDatabase& db, int year, qint64 accidents) {
    AnnexTable t;
    t.unitCode = kLanshan;
    t.year = year;
    t.rows = {AnnexRow{u"危险化学品"_s, false, counts(1, 1, 1100, 1000, accidents), {}}};
    QString error;
    const bool saved = AnnexRepository(db).save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

struct Seen {
    QString progressTarget, progressGlide, progressStatus;
    QString indicatorTarget, indicatorExpected, indicatorStatus;
};

// What progress (进度, the progress CSV) and the indicator service (概览's cards) make of 2023.
Seen seen(const QSqlDatabase& db) {
    QString error;
    const auto p = ProgressService(db).unitProgress(kLanshan, &error);
    INFO(error.toStdString());
    REQUIRE(p.has_value());
    const ProgressFigure* f = p->total.at(2023);
    REQUIRE(f != nullptr);
    const auto result = IndicatorService(db).evaluate(kLanshan, 2023, 0, &error);
    REQUIRE(result.has_value());
    const IndicatorResult* rate = nullptr;
    for (const IndicatorResult& r : result->indicators)
        if (r.definition.code == u"accident-rate"_s)
            rate = &r;
    REQUIRE(rate != nullptr);
    REQUIRE(rate->total.target.has_value());
    REQUIRE(rate->total.expected.has_value());
    return {f->target.format(100),
            f->glidePath.format(100),
            progressStatusKey(f->status),
            rate->total.target->format(100),
            rate->total.expected->format(100),
            glossary::key(rate->total.status)};
}

Plan linyi(const QSqlDatabase& db) {
    const auto p = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(p.has_value());
    return *p;
}
} // namespace

TEST_CASE("A plan's indicators carry its targets and the presets agree", "[plans][indicators]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    for (const Plan& p : PlanRepository(db).all()) {
        CAPTURE(p.code.toStdString());
        const QList<IndicatorDefinition> list = IndicatorRepository(db).forPlan(p.id);
        const auto accident = plan_targets::accidentRateIndex(list);
        REQUIRE(accident.has_value());
        CHECK(list.at(*accident).code == u"accident-rate"_s);
        CHECK(-list.at(*accident).target == p.accidentRateReductionTarget);
        CHECK(plan_targets::carrying(p, list).isEmpty());
        if (const auto training = plan_targets::trainingCoverageIndex(list))
            CHECK(list.at(*training).target == p.trainingCoverageTarget);
    }
    // The disease count and the platform rate carry no plan target.
    const auto national = PlanRepository(db).findByCode(u"national-2026"_s);
    REQUIRE(national.has_value());
    const QList<IndicatorDefinition> list = IndicatorRepository(db).forPlan(national->id);
    CHECK(list.at(*plan_targets::accidentRateIndex(list)).target == Approx(-0.10));
    CHECK_FALSE(plan_targets::trainingCoverageIndex(list).has_value());
}

TEST_CASE("Editing a target on the plan or on its indicator changes progress and the cards alike",
          "[plans][indicators]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    saveAnnex(db, 2020, 10);
    saveAnnex(db, 2023, 8);
    QString error;

    // As shipped: 20 %, glide path 12 %, reduction 20 %: met on both.
    Seen s = seen(db);
    CHECK(s.progressTarget == u"20.00"_s);
    CHECK(s.indicatorTarget == u"-20.00"_s);
    CHECK(s.progressStatus == u"met"_s);
    CHECK(s.indicatorStatus == u"met"_s);

    // The plan editor's field: 25 %.
    Plan p = linyi(db);
    p.accidentRateReductionTarget = 0.25;
    p.trainingCoverageTarget = 0.90;
    REQUIRE(PlanStore(db).save(p, PlanTaskRepository(db).forPlan(p.id), &error));
    const auto rate = IndicatorRepository(db).find(p.id, u"accident-rate"_s);
    REQUIRE(rate.has_value());
    CHECK(rate->target == -0.25);
    CHECK(IndicatorRepository(db).find(p.id, u"training-coverage"_s)->target == 0.90);
    s = seen(db);
    CHECK(s.progressTarget == u"25.00"_s);
    CHECK(s.indicatorTarget == u"-25.00"_s);
    CHECK(s.progressGlide == u"15.00"_s);
    CHECK(s.indicatorExpected == u"-15.00"_s);
    CHECK(s.progressStatus == u"on_track"_s);
    CHECK(s.indicatorStatus == u"on_track"_s);

    // The indicator's target (the 指标 page, or import-indicator-definition --replace): −15 %.
    IndicatorDefinition edited = *rate;
    edited.target = -0.15;
    REQUIRE(IndicatorRepository(db).save(p.id, edited, &error));
    CHECK(linyi(db).accidentRateReductionTarget == 0.15);
    s = seen(db);
    CHECK(s.progressTarget == u"15.00"_s);
    CHECK(s.progressGlide == u"9.00"_s);
    CHECK(s.indicatorExpected == u"-9.00"_s);
    CHECK(s.progressStatus == u"met"_s);
    CHECK(s.indicatorStatus == u"met"_s);

    // Removed, the plan keeps the last target the indicator had.
    REQUIRE(IndicatorRepository(db).remove(p.id, u"accident-rate"_s, &error));
    CHECK(linyi(db).accidentRateReductionTarget == 0.15);
}

TEST_CASE("A plan editor opened before an indicator's target changed cannot write it back",
          "[plans][indicators]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    QString error;
    Plan p = linyi(db);
    RevisionTicket ticket = RecordRevisions(db).ticket(RecordKey::plan(p.id));
    auto rate = IndicatorRepository(db).find(p.id, u"accident-rate"_s);
    REQUIRE(rate.has_value());
    rate->target = -0.30; // someone else, on the 指标 page or the CLI
    REQUIRE(IndicatorRepository(db).save(p.id, *rate, &error));
    // The stale editor still shows 20 %: its save is refused, nothing is overwritten.
    CHECK_FALSE(PlanStore(db).save(p, PlanTaskRepository(db).forPlan(p.id), &error, &ticket));
    CHECK(IndicatorRepository(db).find(p.id, u"accident-rate"_s)->target == -0.30);
    CHECK(linyi(db).accidentRateReductionTarget == 0.30);
    // Saving an indicator that carries no target leaves the plan's revision alone.
    ticket = RecordRevisions(db).ticket(RecordKey::plan(p.id));
    auto cases = IndicatorRepository(db).find(p.id, u"disease-cases"_s);
    REQUIRE(cases.has_value());
    cases->name = u"尘肺病等职业病新发病例数（改）"_s;
    REQUIRE(IndicatorRepository(db).save(p.id, *cases, &error));
    p = linyi(db);
    CHECK(PlanStore(db).save(p, PlanTaskRepository(db).forPlan(p.id), &error, &ticket));
}
