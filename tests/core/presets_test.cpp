// The shipped presets: the Shandong and Linyi plans and the unit tree of DESIGN.md "Domain".
#include "test_support.h"

#include "services/form_definitions.h"
#include "storage/annex_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kIndustries = {u"危险化学品"_s, u"矿山"_s,     u"冶金"_s,    u"建材"_s,
                                 u"建筑施工"_s,   u"交通运输"_s, u"机械制造"_s};
}

TEST_CASE("Both preset plans are present with their document data", "[presets]") {
    TempDatabase t;
    const PlanRepository plans(t.connection());
    CHECK(plans.all().size() == 3); // shandong-2021, linyi-2021, national-2026
    const auto [code, title, document] =
        GENERATE(table<const char16_t*, const char16_t*, const char16_t*>({
            {u"shandong-2021", u"山东省工伤预防五年行动计划（2021-2025年）实施方案",
             u"鲁人社字〔2021〕73号"},
            {u"linyi-2021", u"临沂市工伤预防五年行动计划（2021-2025年）实施方案",
             u"临人社字〔2021〕59号"},
        }));
    const auto plan = plans.findByCode(QString::fromUtf16(code));
    REQUIRE(plan.has_value());
    CAPTURE(plan->code);
    CHECK(plan->title == QString::fromUtf16(title));
    CHECK(plan->documentNumber == QString::fromUtf16(document));
    CHECK_FALSE(plan->issuer.isEmpty());
    CHECK(plan->baselineYear == 2020);
    CHECK(plan->startYear == 2021);
    CHECK(plan->endYear == 2025);
    CHECK(plan->periodYears() == 5);
    CHECK(plan->accidentRateReductionTarget == Approx(0.20));
    CHECK(plan->trainingCoverageTarget == Approx(1.0));
    CHECK(plan->rateDenominator == RateDenominator::InsuredPersons);
    CHECK(plan->industries == kIndustries);
    // The 附件备注 are the notes of the plan's 基本情况表.
    const auto annex = FormDefinitions(t.connection()).find(plan->id, u"annex"_s);
    REQUIRE(annex.has_value());
    CHECK(annex->notes.size() == 3);
    CHECK(annex->notes.value(0).contains(u"{year}年底"_s));
    CHECK(plan->preset);
    CHECK(plans.find(plan->id).has_value());
}

TEST_CASE("The unit tree holds Shandong - its 16 cities and Linyi's counties and zones",
          "[presets]") {
    TempDatabase t;
    const UnitRepository units(t.connection());
    CHECK(units.all().size() == 32);

    const auto province = units.find(u"370000"_s);
    REQUIRE(province.has_value());
    CHECK(province->name == u"山东省"_s);
    CHECK(province->level == UnitLevel::Province);
    CHECK(province->parentCode.isEmpty());

    const auto [code, name, parent, level] =
        GENERATE(table<const char*, const char16_t*, const char*, UnitLevel>({
            {"370100", u"济南市", "370000", UnitLevel::City},
            {"370200", u"青岛市", "370000", UnitLevel::City},
            {"370300", u"淄博市", "370000", UnitLevel::City},
            {"370400", u"枣庄市", "370000", UnitLevel::City},
            {"370500", u"东营市", "370000", UnitLevel::City},
            {"370600", u"烟台市", "370000", UnitLevel::City},
            {"370700", u"潍坊市", "370000", UnitLevel::City},
            {"370800", u"济宁市", "370000", UnitLevel::City},
            {"370900", u"泰安市", "370000", UnitLevel::City},
            {"371000", u"威海市", "370000", UnitLevel::City},
            {"371100", u"日照市", "370000", UnitLevel::City},
            {"371300", u"临沂市", "370000", UnitLevel::City},
            {"371400", u"德州市", "370000", UnitLevel::City},
            {"371500", u"聊城市", "370000", UnitLevel::City},
            {"371600", u"滨州市", "370000", UnitLevel::City},
            {"371700", u"菏泽市", "370000", UnitLevel::City},
            {"371302", u"兰山区", "371300", UnitLevel::County},
            {"371311", u"罗庄区", "371300", UnitLevel::County},
            {"371312", u"河东区", "371300", UnitLevel::County},
            {"371321", u"沂南县", "371300", UnitLevel::County},
            {"371322", u"郯城县", "371300", UnitLevel::County},
            {"371323", u"沂水县", "371300", UnitLevel::County},
            {"371324", u"兰陵县", "371300", UnitLevel::County},
            {"371325", u"费县", "371300", UnitLevel::County},
            {"371326", u"平邑县", "371300", UnitLevel::County},
            {"371327", u"莒南县", "371300", UnitLevel::County},
            {"371328", u"蒙阴县", "371300", UnitLevel::County},
            {"371329", u"临沭县", "371300", UnitLevel::County},
            {"371371", u"临沂高新技术产业开发区", "371300", UnitLevel::Zone},
            {"371372", u"临沂经济技术开发区", "371300", UnitLevel::Zone},
            {"371373", u"临沂临港经济开发区", "371300", UnitLevel::Zone},
        }));
    const auto unit = units.find(QString::fromLatin1(code));
    CAPTURE(code);
    REQUIRE(unit.has_value());
    CHECK(unit->name == QString::fromUtf16(name));
    CHECK(unit->parentCode == QString::fromLatin1(parent));
    CHECK(unit->level == level);
}

TEST_CASE("Children and subtrees of the preset tree", "[presets]") {
    TempDatabase t;
    const UnitRepository units(t.connection());
    CHECK(units.children(u"370000"_s).size() == 16);
    CHECK(units.children(u"371300"_s).size() == 15);
    CHECK(units.children(u"371302"_s).isEmpty());
    CHECK(units.hasChildren(u"371300"_s));
    CHECK_FALSE(units.hasChildren(u"370200"_s));
    const QStringList linyi = units.subtreeCodes(u"371300"_s);
    CHECK(linyi.size() == 16);
    CHECK(linyi.contains(u"371300"_s));
    CHECK(linyi.contains(u"371373"_s));
    CHECK_FALSE(linyi.contains(u"370200"_s));
    CHECK(units.subtreeCodes(u"370000"_s).size() == 32);
    // parents come before their children
    const QList<Unit> all = units.all();
    QStringList seen;
    for (const Unit& u : all) {
        if (!u.parentCode.isEmpty())
            CHECK(seen.contains(u.parentCode));
        seen << u.code;
    }
}

TEST_CASE("Linyi's units follow the Linyi plan - the rest of Shandong the Shandong plan",
          "[presets]") {
    TempDatabase t;
    const PlanRepository plans(t.connection());
    const UnitRepository units(t.connection());
    const auto shandong = plans.findByCode(u"shandong-2021"_s);
    const auto linyi = plans.findByCode(u"linyi-2021"_s);
    REQUIRE(shandong.has_value());
    REQUIRE(linyi.has_value());
    REQUIRE(shandong->id != linyi->id);

    CHECK(units.effectivePlanId(u"371302"_s) == linyi->id); // 兰山区, inherited from 临沂市
    CHECK(units.effectivePlanId(u"371373"_s) == linyi->id);
    CHECK(units.effectivePlanId(u"371300"_s) == linyi->id);
    CHECK(units.effectivePlanId(u"370200"_s) == shandong->id); // 青岛市, inherited from 山东省
    CHECK(units.effectivePlanId(u"370000"_s) == shandong->id);
    CHECK(units.effectivePlanId(u"999999"_s) == 0);
    CHECK(units.find(u"371302"_s)->planId == 0); // inherited, not copied

    const AnnexRepository annexes(t.connection());
    CHECK(annexes.planIndustriesOf(u"371302"_s) == kIndustries);
    CHECK(annexes.industriesOf(u"370200"_s) == kIndustries);
}

TEST_CASE("A new plan is data: the 2026-2030 plan with 即时配送 needs no code", "[presets]") {
    TempDatabase t;
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(
        u"INSERT INTO plan (code, title, baseline_year, start_year, end_year,"
        " accident_rate_target) VALUES ('linyi-2026', '临沂市工伤预防五年行动计划（2026-2030年）',"
        " 2025, 2026, 2030, 0.10)"_s));
    const qint64 id = q.lastInsertId().toLongLong();
    int position = 0;
    for (const QString& industry : kIndustries + QStringList{u"即时配送"_s}) {
        q.prepare(u"INSERT INTO plan_industry (plan_id, name, position) VALUES (?, ?, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(industry);
        q.addBindValue(position++);
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(u"UPDATE unit SET plan_id = %1 WHERE code = '371300'"_s.arg(id)));

    const auto plan = PlanRepository(t.connection()).findByCode(u"linyi-2026"_s);
    REQUIRE(plan.has_value());
    CHECK(plan->accidentRateReductionTarget == Approx(0.10));
    CHECK(plan->industries.size() == 8);
    CHECK(UnitRepository(t.connection()).effectivePlanId(u"371302"_s) == id);
    CHECK(AnnexRepository(t.connection()).planIndustriesOf(u"371302"_s).last() == u"即时配送"_s);
    // the reopened database keeps it and does not bring back the old assignment
    t.reopen();
    CHECK(UnitRepository(t.connection()).effectivePlanId(u"371302"_s) == id);
    CHECK(rowCount(t.connection(), u"plan"_s) == 4); // the three presets and this one
}
