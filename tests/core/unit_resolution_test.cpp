// Finding the unit a file or a command means: by code, by exact name, or from the free text of
// 填报单位 that names the bureau (UnitRepository::resolve / resolveReportingName).
#include "test_support.h"

#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("resolve takes a unit code or an exact unit name", "[units]") {
    TempDatabase t;
    const UnitRepository units(t.connection());
    CHECK(units.resolve(u"371302"_s)->name == u"兰山区"_s);
    CHECK(units.resolve(u"兰山区"_s)->code == u"371302"_s);
    CHECK(units.resolve(u" 临沂市 "_s)->code == u"371300"_s);
    CHECK_FALSE(units.resolve(u"兰山"_s).has_value()); // not an exact name
    CHECK_FALSE(units.resolve(u"999999"_s).has_value());
    CHECK_FALSE(units.resolve(u""_s).has_value());
}

TEST_CASE("resolve refuses a name shared by two units", "[units]") {
    TempDatabase t;
    UnitRepository units(t.connection());
    QString error;
    REQUIRE(units.add(Unit{u"371301"_s, u"市本级"_s, UnitLevel::Other, u"371300"_s, 0}, &error));
    REQUIRE(units.add(Unit{u"370101"_s, u"市本级"_s, UnitLevel::Other, u"370100"_s, 0}, &error));
    CHECK_FALSE(units.resolve(u"市本级"_s).has_value());
    CHECK(units.resolve(u"371301"_s)->name == u"市本级"_s);
}

TEST_CASE("resolveReportingName finds the most specific unit a bureau's name names", "[units]") {
    TempDatabase t;
    const UnitRepository units(t.connection());
    const auto [text, code] = GENERATE(table<const char16_t*, const char*>({
        {u"临沂市兰山区人力资源和社会保障局", "371302"},
        {u"临沂市 兰山区 人力资源和社会保障局", "371302"},
        {u"兰山区人社局", "371302"},
        {u"兰山区", "371302"},
        {u"临沂市罗庄区人力资源社会保障局", "371311"},
        {u"临沂市河东区人社局", "371312"},
        {u"沂水县人力资源和社会保障局", "371323"},
        {u"临沂市沂南县人力资源和社会保障局", "371321"},
        {u"费县人力资源和社会保障局", "371325"},
        {u"临沂市人力资源和社会保障局", "371300"},
        {u"临沂市社会保险事业中心", "371300"},
        {u"山东省人力资源和社会保障厅", "370000"},
        {u"青岛市人力资源和社会保障局", "370200"},
        {u"临沂经济技术开发区人力资源和社会保障局", "371372"},
        {u"371329", "371329"},
    }));
    const QString name = QString::fromUtf16(text);
    CAPTURE(name);
    QStringList ambiguous;
    const auto unit = units.resolveReportingName(name, &ambiguous);
    INFO("ambiguous: " << ambiguous.join(u"; "_s).toStdString());
    REQUIRE(unit.has_value());
    CHECK(unit->code == QString::fromLatin1(code));
    CHECK(ambiguous.isEmpty());
}

TEST_CASE("resolveReportingName gives nothing for unknown places", "[units]") {
    TempDatabase t;
    const UnitRepository units(t.connection());
    const QString text =
        QString::fromUtf16(GENERATE(as<const char16_t*>{}, u"北京市朝阳区人力资源和社会保障局",
                                    u"人力资源和社会保障局", u"", u"某某公司"));
    CAPTURE(text);
    QStringList ambiguous;
    CHECK_FALSE(units.resolveReportingName(text, &ambiguous).has_value());
    CHECK(ambiguous.isEmpty());
}

TEST_CASE("resolveReportingName lists the candidates when two units fit equally", "[units]") {
    TempDatabase t;
    UnitRepository units(t.connection());
    QString error;
    REQUIRE(units.add(Unit{u"371301"_s, u"市本级"_s, UnitLevel::Other, u"371300"_s, 0}, &error));
    REQUIRE(units.add(Unit{u"370101"_s, u"市本级"_s, UnitLevel::Other, u"370100"_s, 0}, &error));
    SECTION("the shared name alone") {
        QStringList ambiguous;
        CHECK_FALSE(units.resolveReportingName(u"市本级"_s, &ambiguous).has_value());
        REQUIRE(ambiguous.size() == 2);
        CHECK(ambiguous.join(u" "_s).contains(u"371301"_s));
        CHECK(ambiguous.join(u" "_s).contains(u"370101"_s));
    }
    SECTION("two places in one name") {
        QStringList ambiguous;
        CHECK_FALSE(units.resolveReportingName(u"兰山区罗庄区人社局"_s, &ambiguous).has_value());
        CHECK(ambiguous.size() == 2);
    }
}

TEST_CASE("resolveReportingName uses the city named before a shared unit name", "[units][bug]") {
    // 临沂市市本级 names 临沂市 and 市本级; of the two 市本级 units only 371301 lies under 临沂市,
    // so the text is not ambiguous.
    TempDatabase t;
    UnitRepository units(t.connection());
    QString error;
    REQUIRE(units.add(Unit{u"371301"_s, u"市本级"_s, UnitLevel::Other, u"371300"_s, 0}, &error));
    REQUIRE(units.add(Unit{u"370101"_s, u"市本级"_s, UnitLevel::Other, u"370100"_s, 0}, &error));
    QStringList ambiguous;
    const auto unit = units.resolveReportingName(u"临沂市市本级人力资源和社会保障局"_s, &ambiguous);
    INFO("ambiguous: " << ambiguous.join(u"; "_s).toStdString());
    REQUIRE(unit.has_value());
    CHECK(unit->code == u"371301"_s);
}

TEST_CASE("UnitRepository::add appends a unit below its parent", "[units]") {
    TempDatabase t;
    UnitRepository units(t.connection());
    QString error;
    REQUIRE(
        units.add(Unit{u"371302001"_s, u"兰山街道"_s, UnitLevel::Other, u"371302"_s, 0}, &error));
    CHECK(units.find(u"371302001"_s)->parentCode == u"371302"_s);
    CHECK(units.children(u"371302"_s).size() == 1);
    CHECK(units.subtreeCodes(u"371300"_s).contains(u"371302001"_s));
    CHECK(units.all().last().code == u"371302001"_s);
    SECTION("a duplicate code is refused with a message") {
        CHECK_FALSE(
            units.add(Unit{u"371302"_s, u"重复"_s, UnitLevel::County, u"371300"_s, 0}, &error));
        CHECK(error.contains(u"371302"_s));
    }
    SECTION("an unknown parent is refused") {
        CHECK_FALSE(
            units.add(Unit{u"888888"_s, u"孤儿"_s, UnitLevel::County, u"999999"_s, 0}, &error));
        CHECK_FALSE(units.find(u"888888"_s).has_value());
    }
}
