// A plan's indicators in the database (migration 11) and a unit's plan by year: add, copy,
// edit, delete with revision checks; presets loaded once; the one rule for a unit's plan.
#include "test_support.h"

#include "domain/plan_assignment.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/record_revisions.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The plan a unit follows in a year", "[indicators][plans]") {
    // 省 P0 → 市 (own plan P1) → 县 (P1 until 2025, P2 from 2026, P3 from 2031).
    const QHash<QString, UnitPlanLinks> units = {
        {u"省"_s, UnitPlanLinks{{}, 10, {}}},
        {u"市"_s, UnitPlanLinks{u"省"_s, 11, {}}},
        {u"县"_s, UnitPlanLinks{u"市"_s, 0, {{2026, 12}, {2031, 13}}}},
        {u"区"_s, UnitPlanLinks{u"市"_s, 0, {}}},
        {u"新区"_s, UnitPlanLinks{u"省"_s, 0, {{2026, 12}}}},
    };
    const auto plan = [&](const QString& code, int year) {
        return plan_assignment::effectivePlanId(code, year, [&](const QString& c) {
            const auto it = units.constFind(c);
            return it == units.cend() ? nullptr : &*it;
        });
    };
    CHECK(plan(u"县"_s, 2025) == 11); // before its first period: its parent's
    CHECK(plan(u"县"_s, 2026) == 12);
    CHECK(plan(u"县"_s, 2030) == 12);
    CHECK(plan(u"县"_s, 2031) == 13);
    CHECK(plan(u"县"_s, 0) == 13); // now: its latest
    CHECK(plan(u"区"_s, 2026) == 11);
    CHECK(plan(u"新区"_s, 2020) == 10);
    CHECK(plan(u"新区"_s, 2027) == 12);
    CHECK(plan(u"外"_s, 2027) == 0);
}

TEST_CASE("Indicators are added copied edited and deleted per plan", "[indicators][plans]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const PlanRepository plans(db);
    const auto shandong = plans.findByCode(u"shandong-2021"_s);
    const auto linyi = plans.findByCode(u"linyi-2021"_s);
    REQUIRE(shandong.has_value());
    REQUIRE(linyi.has_value());
    IndicatorRepository repo(db);
    // The presets: three per seed plan, in order.
    QStringList codes;
    for (const IndicatorDefinition& d : repo.forPlan(shandong->id))
        codes << d.code;
    CHECK(codes == QStringList{u"accident-rate"_s, u"training-coverage"_s, u"disease-cases"_s});

    QString error;
    auto d = repo.find(shandong->id, u"disease-cases"_s);
    REQUIRE(d.has_value());
    CHECK_FALSE(repo.add(shandong->id, *d, &error)); // the code is taken
    CHECK(error.startsWith(u"code: "_s));
    REQUIRE(repo.copy(shandong->id, u"disease-cases"_s, shandong->id, u"pneumoconiosis"_s, &error));
    CHECK(repo.forPlan(shandong->id).last().code == u"pneumoconiosis"_s);

    // Edit with the revision the editor loaded; a second editor holding the same one is refused.
    RevisionTicket first = RecordRevisions(db).ticket(
        IndicatorRepository::recordKey(shandong->id, u"pneumoconiosis"_s));
    RevisionTicket second = first;
    auto edited = *repo.find(shandong->id, u"pneumoconiosis"_s);
    edited.numeratorKeys = {u"pneumoconiosis"_s};
    REQUIRE(repo.save(shandong->id, edited, &error, &first));
    edited.name = u"另一个名称"_s;
    CHECK_FALSE(repo.save(shandong->id, edited, &error, &second));
    CHECK(repo.find(shandong->id, u"pneumoconiosis"_s)->numeratorKeys ==
          QStringList{u"pneumoconiosis"_s});
    CHECK(repo.find(shandong->id, u"pneumoconiosis"_s)->name != u"另一个名称"_s);
    // An impossible definition is refused naming the field, and nothing changes.
    edited.scale = 0;
    CHECK_FALSE(repo.save(shandong->id, edited, &error));
    CHECK(error.startsWith(u"scale:"_s));

    REQUIRE(repo.remove(shandong->id, u"pneumoconiosis"_s, &error));
    CHECK_FALSE(repo.find(shandong->id, u"pneumoconiosis"_s).has_value());
    CHECK_FALSE(repo.remove(shandong->id, u"pneumoconiosis"_s, &error));

    // Presets are loaded once: a deleted preset indicator stays deleted on the next open.
    REQUIRE(repo.remove(linyi->id, u"training-coverage"_s, &error));
    t.reopen();
    CHECK_FALSE(
        IndicatorRepository(t.connection()).find(linyi->id, u"training-coverage"_s).has_value());
}

TEST_CASE("A unit follows a plan from a year and a period can be removed", "[indicators][plans]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const PlanStore store(db);
    const auto shandong = PlanRepository(db).findByCode(u"shandong-2021"_s);
    REQUIRE(shandong.has_value());
    QString error;
    CHECK_FALSE(store.assignFrom(u"999999"_s, shandong->id, 2026, &error));
    CHECK_FALSE(store.assignFrom(u"371302"_s, shandong->id, 26, &error));
    REQUIRE(store.assignFrom(u"371302"_s, shandong->id, 2026, &error));
    const UnitRepository units(db);
    CHECK(units.effectivePlanId(u"371302"_s, 2026) == shandong->id);
    CHECK(units.planPeriods(u"371302"_s).value(2026) == shandong->id);
    REQUIRE(store.assignFrom(u"371302"_s, 0, 2026, &error));
    CHECK(units.planPeriods(u"371302"_s).isEmpty());
    CHECK(units.effectivePlanId(u"371302"_s, 2026) == units.effectivePlanId(u"371302"_s));
}
