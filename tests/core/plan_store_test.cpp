// Plans as data: the 2026-2030 plan is made by copying the Linyi plan and editing it, then
// assigned to a county; the county's annex, titles and task calendar follow without code.
#include "test_support.h"

#include "services/form_table_export.h"
#include "services/task_checklist.h"
#include "storage/annex_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kTitle2026 = u"临沂市工伤预防五年行动计划（2026-2030年）实施方案"_s;

Plan makeNextPlan(const QSqlDatabase& db) {
    const PlanStore store(db);
    const auto linyi = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(linyi.has_value());
    QString error;
    auto next = store.copy(linyi->id, u"linyi-2026"_s, 2026, &error);
    INFO(error.toStdString());
    REQUIRE(next.has_value());
    next->title = kTitle2026;
    next->documentNumber = u"临人社字〔2026〕1号"_s;
    next->accidentRateReductionTarget = 0.10;
    next->industries << u"即时配送"_s;
    QList<PlanTask> obligations = PlanTaskRepository(db).forPlan(next->id);
    REQUIRE(store.save(*next, obligations, &error));
    REQUIRE(store.assign(u"371302"_s, next->id, &error));
    return *next;
}
} // namespace

TEST_CASE("Copying a plan moves its years and keeps its obligations", "[plans]") {
    TempDatabase t;
    const Plan next = makeNextPlan(t.connection());
    const auto stored = PlanRepository(t.connection()).findByCode(u"linyi-2026"_s);
    REQUIRE(stored.has_value());
    CHECK(stored->baselineYear == 2025);
    CHECK(stored->startYear == 2026);
    CHECK(stored->endYear == 2030);
    CHECK(stored->accidentRateReductionTarget == Approx(0.10));
    CHECK(stored->industries.size() == 8);
    CHECK(stored->industries.last() == u"即时配送"_s);
    CHECK_FALSE(stored->preset);
    const QList<PlanTask> obligations = PlanTaskRepository(t.connection()).forPlan(next.id);
    CHECK(obligations.size() == 22);
    for (const PlanTask& o : obligations) {
        CAPTURE(o.code);
        if (o.code == u"mid-term-evaluation"_s)
            CHECK(o.dueYear == 2028);
        if (o.code == u"annual-report"_s) {
            CHECK(o.firstYear == 2026);
            CHECK(o.lastYear == 2030);
            CHECK(o.dueDate(2027) == QDate(2027, 12, 5));
        }
        if (o.code == u"implementation-plan"_s)
            CHECK_FALSE(o.dueFromSeed); // the 2021 text's date is not the new plan's text
    }
    // The source plan is untouched.
    const auto linyi = PlanRepository(t.connection()).findByCode(u"linyi-2021"_s);
    CHECK(linyi->industries.size() == 7);
    CHECK(PlanTaskRepository(t.connection()).forPlan(linyi->id).size() == 22);
}

TEST_CASE("A county assigned the 2026 plan gets its industries and titles and calendar",
          "[plans]") {
    TempDatabase t;
    const Plan next = makeNextPlan(t.connection());
    const UnitRepository units(t.connection());
    CHECK(units.effectivePlanId(u"371302"_s) == next.id);
    CHECK(units.effectivePlanId(u"371311"_s) != next.id); // siblings keep Linyi's plan

    CHECK(AnnexRepository(t.connection()).industriesOf(u"371302"_s).contains(u"即时配送"_s));
    CHECK_FALSE(AnnexRepository(t.connection()).industriesOf(u"371311"_s).contains(u"即时配送"_s));
    QString error;
    const auto form =
        FormTableExport(t.connection()).csv(u"371302"_s, u"annex"_s, 2026, CsvLayout::Form, &error);
    REQUIRE(form.has_value());
    CHECK(form->contains(kTitle2026));
    CHECK(form->contains(u"即时配送"_s));
    CHECK(form->contains(u"2026年工伤事故数量"_s));

    const auto checklist =
        TaskChecklistService(t.connection()).build(u"371302"_s, 2028, QDate(2028, 1, 1), &error);
    REQUIRE(checklist.has_value());
    CHECK(checklist->plan.code == u"linyi-2026"_s);
    bool midTerm = false;
    for (const ChecklistItem& i : checklist->items)
        midTerm = midTerm || i.obligation.code == u"mid-term-evaluation"_s;
    CHECK(midTerm);
    // Under the old plan 2028 is outside the period: nothing falls due.
    CHECK(TaskChecklistService(t.connection())
              .build(u"371311"_s, 2028, QDate(2028, 1, 1), &error)
              ->items.isEmpty());

    // Clearing the unit's own plan sends it back to its parent's.
    REQUIRE(PlanStore(t.connection()).assign(u"371302"_s, 0, &error));
    CHECK(units.effectivePlanId(u"371302"_s) == units.effectivePlanId(u"371300"_s));
    CHECK(PlanStore(t.connection()).unitsAssigned(next.id).isEmpty());
}

TEST_CASE("Invalid plans and duplicate codes are refused whole", "[plans]") {
    TempDatabase t;
    const PlanStore store(t.connection());
    const auto linyi = PlanRepository(t.connection()).findByCode(u"linyi-2021"_s);
    QString error;
    CHECK_FALSE(store.copy(linyi->id, u"shandong-2021"_s, 2026, &error).has_value());
    CHECK(error.contains(u"shandong-2021"_s));
    Plan p = *linyi;
    p.industries << u"矿山"_s;
    CHECK_FALSE(store.save(p, PlanTaskRepository(t.connection()).forPlan(p.id), &error));
    p = *linyi;
    p.endYear = 2019;
    CHECK_FALSE(store.save(p, {}, &error));
    p = *linyi;
    p.accidentRateReductionTarget = 1.5;
    CHECK_FALSE(store.save(p, {}, &error));
    QList<PlanTask> bad = PlanTaskRepository(t.connection()).forPlan(linyi->id);
    bad[1].code = bad[0].code;
    CHECK_FALSE(store.save(p = *linyi, bad, &error));
    CHECK(PlanTaskRepository(t.connection()).forPlan(linyi->id).size() ==
          22); // nothing half-written
    CHECK_FALSE(store.assign(u"999999"_s, linyi->id, &error));
}
