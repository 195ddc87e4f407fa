// services/unit_bureau: the bureau a unit's forms name in 填报单位 and in the running header of
// printed pages (issue 15: "填报单位 prints the place rather than the bureau").
#include "test_support.h"

#include "services/unit_bureau.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
Unit unit(const QString& code, const QString& name, UnitLevel level, const QString& parent = {}) {
    Unit u;
    u.code = code;
    u.name = name;
    u.level = level;
    u.parentCode = parent;
    return u;
}
} // namespace

TEST_CASE("A unit's bureau is named from the place and its level", "[bureau]") {
    const Unit shandong = unit(u"370000"_s, u"山东省"_s, UnitLevel::Province);
    const Unit linyi = unit(u"371300"_s, u"临沂市"_s, UnitLevel::City, u"370000"_s);
    CHECK(bureauName(shandong, std::nullopt) == u"山东省人力资源和社会保障厅"_s);
    CHECK(bureauName(linyi, shandong) == u"临沂市人力资源和社会保障局"_s);
    // a county under a city carries the city's name, as the seed's 填报单位 examples do
    CHECK(bureauName(unit(u"371302"_s, u"兰山区"_s, UnitLevel::County), linyi) ==
          u"临沂市兰山区人力资源和社会保障局"_s);
    // a zone whose name already starts with the city's does not repeat it
    CHECK(bureauName(unit(u"371371"_s, u"临沂高新技术产业开发区"_s, UnitLevel::Zone), linyi) ==
          u"临沂高新技术产业开发区人力资源和社会保障局"_s);
    // 市本级 reports through the city's own bureau
    CHECK(bureauName(unit(u"371399"_s, u"临沂市本级"_s, UnitLevel::Other), linyi) ==
          u"临沂市人力资源和社会保障局"_s);
    // a unit the user named as an office keeps that name
    CHECK(bureauName(unit(u"371398"_s, u"临沂市社会保险事业中心"_s, UnitLevel::Other), linyi) ==
          u"临沂市社会保险事业中心"_s);
    // a unit named after its bureau (局 or 厅 last) is not named twice
    CHECK(bureauName(unit(u"371397"_s, u"临沂市人力资源和社会保障局"_s, UnitLevel::City),
                     shandong) == u"临沂市人力资源和社会保障局"_s);
    CHECK(bureauName(unit(u"370001"_s, u"山东省人力资源和社会保障厅"_s, UnitLevel::Province),
                     std::nullopt) == u"山东省人力资源和社会保障厅"_s);
    CHECK(bureauName(unit(u"371395"_s, u"临沂市医疗保障局"_s, UnitLevel::Other), linyi) ==
          u"临沂市医疗保障局"_s);
    CHECK(bureauName(unit(u"370099"_s, u"山东省人力资源和社会保障厅"_s, UnitLevel::Province),
                     std::nullopt) == u"山东省人力资源和社会保障厅"_s);
    // a name ending in what 局 and 厅 would be as one Latin-1 byte ('@' and 0x85) is no office
    CHECK(bureauName(unit(u"371396"_s, u"测试@"_s, UnitLevel::County), linyi) ==
          u"临沂市测试@人力资源和社会保障局"_s);
}

TEST_CASE("The bureau of a stored unit is looked up with its parent", "[bureau]") {
    TempDatabase t;
    CHECK(bureauName(t.connection(), u"371302"_s) == u"临沂市兰山区人力资源和社会保障局"_s);
    CHECK(bureauName(t.connection(), u"371300"_s) == u"临沂市人力资源和社会保障局"_s);
    CHECK(bureauName(t.connection(), u"370000"_s) == u"山东省人力资源和社会保障厅"_s);
    CHECK(bureauName(t.connection(), u"999999"_s).isEmpty());
}
