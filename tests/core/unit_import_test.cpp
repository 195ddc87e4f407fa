// Adding units from CSV `code,name,level,parent_code` in one transaction (services/unit_import.h).
#include "test_support.h"

#include "services/unit_import.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
UnitImportResult run(const TempDatabase& t, const QString& text,
                     const QString& file = u"units.csv"_s) {
    return UnitImport(t.connection()).run(utf8WithBom(text), file);
}

std::string describe(const Diagnostics& ds) {
    std::string out;
    for (const Diagnostic& d : ds)
        out += d.toString().toStdString() + "\n";
    return out;
}
} // namespace

TEST_CASE("Units are added - a parent may come later in the file", "[unit-import]") {
    TempDatabase t;
    const UnitImportResult r = run(t, u"code,name,level,parent_code\r\n"
                                      "370102001,历下区某街道,other,370102\r\n"
                                      "370102,历下区,county,370100\r\n"
                                      "370103,市中区,county,370100\r\n"_s);
    INFO(describe(r.diagnostics));
    CHECK_FALSE(hasErrors(r.diagnostics));
    CHECK(r.added == 3);
    CHECK(r.unchanged == 0);
    const UnitRepository units(t.connection());
    REQUIRE(units.find(u"370102001"_s).has_value());
    CHECK(units.find(u"370102001"_s)->parentCode == u"370102"_s);
    CHECK(units.find(u"370102"_s)->level == UnitLevel::County);
    CHECK(units.find(u"370102"_s)->name == u"历下区"_s);
    CHECK(units.children(u"370100"_s).size() == 2);
    CHECK(units.all().size() == 35);
    CHECK(units.subtreeCodes(u"370000"_s).contains(u"370102001"_s));
}

TEST_CASE("Chinese headers - any column order - GB18030 and no header are accepted",
          "[unit-import]") {
    TempDatabase t;
    SECTION("Chinese headers in another order, GB18030") {
        const QString text = u"上级代码,单位名称,单位代码,级别\r\n370100,历城区,370112,区\r\n"_s;
        const UnitImportResult r = UnitImport(t.connection()).run(gb18030(text), u"u.csv"_s);
        INFO(describe(r.diagnostics));
        CHECK(r.added == 1);
        const auto unit = UnitRepository(t.connection()).find(u"370112"_s);
        REQUIRE(unit.has_value());
        CHECK(unit->name == u"历城区"_s);
        CHECK(unit->parentCode == u"370100"_s);
        CHECK(unit->level == UnitLevel::County);
    }
    SECTION("no header") {
        const UnitImportResult r = run(t, u"370112,历城区,county,370100\r\n"_s);
        INFO(describe(r.diagnostics));
        CHECK(r.added == 1);
        CHECK(UnitRepository(t.connection()).find(u"370112"_s).has_value());
    }
}

TEST_CASE("A unit that exists already is left alone - a conflicting one is an error",
          "[unit-import]") {
    TempDatabase t;
    SECTION("same name and parent") {
        const UnitImportResult r =
            run(t, u"code,name,level,parent_code\r\n371302,兰山区,county,371300\r\n"_s);
        CHECK_FALSE(hasErrors(r.diagnostics));
        CHECK(r.added == 0);
        CHECK(r.unchanged == 1);
    }
    SECTION("another name") {
        const UnitImportResult r =
            run(t, u"code,name,level,parent_code\r\n371302,兰山,county,371300\r\n"_s);
        REQUIRE(hasErrors(r.diagnostics));
        CHECK(r.diagnostics[0].line == 2);
        CHECK(UnitRepository(t.connection()).find(u"371302"_s)->name == u"兰山区"_s);
    }
}

TEST_CASE("An unknown parent rejects the whole file and nothing is added", "[unit-import]") {
    TempDatabase t;
    const UnitImportResult r = run(t,
                                   u"code,name,level,parent_code\r\n"
                                   "370102,历下区,county,370100\r\n"
                                   "888801,无主区,county,888800\r\n"_s,
                                   u"/data/units.csv"_s);
    REQUIRE(hasErrors(r.diagnostics));
    CHECK(r.added == 0);
    CHECK(countOf(r.diagnostics, Severity::Error) == 1);
    const Diagnostic& d = r.diagnostics.first();
    CHECK(d.line == 3);
    CHECK(d.field == u"parent_code"_s);
    CHECK(d.message.contains(u"888800"_s));
    CHECK(d.toString().startsWith(u"/data/units.csv:3: "_s));
    const UnitRepository units(t.connection());
    CHECK_FALSE(units.find(u"370102"_s).has_value());
    CHECK_FALSE(units.find(u"888801"_s).has_value());
    CHECK(units.all().size() == 32);
}

TEST_CASE("Duplicates - missing names and cycles are errors", "[unit-import]") {
    TempDatabase t;
    const auto [what, text, line] = GENERATE(table<const char*, const char16_t*, int>({
        {"duplicate code",
         u"code,name,level,parent_code\r\n370102,历下区,county,370100\r\n370102,历下,county,"
         u"370100\r\n",
         3},
        {"missing name", u"code,name,level,parent_code\r\n370102,,county,370100\r\n", 2},
        {"cycle",
         u"code,name,level,parent_code\r\n900001,甲,other,900002\r\n900002,乙,other,900001\r\n", 2},
    }));
    CAPTURE(what);
    const UnitImportResult r = run(t, QString::fromUtf16(text));
    INFO(describe(r.diagnostics));
    REQUIRE(hasErrors(r.diagnostics));
    CHECK(r.diagnostics.first().line == line);
    CHECK(r.added == 0);
    CHECK(UnitRepository(t.connection()).all().size() == 32);
}
