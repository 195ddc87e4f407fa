// Roll-up across the unit tree (DESIGN.md: a unit's figures are its own rows plus the sum
// of its descendants'; rates recomputed from sums; local industries listed separately).
//
// Data for 2020 (enterprises, insured enterprises, employees, insured persons, accidents):
//   371302 兰山区        危险化学品 10 8 1000 800 4 | 建筑施工 20 15 5000 6000 12 | 物流仓储* 5 5
//   300 300 1 371302901 兰山街道   危险化学品  2 2  100 100 1            (4th level, added by the
//   test) 371311 罗庄区        危险化学品  6 6  400 200 0 | 冶金 3 3 900 900 3 371312 河东区 no
//   data 370200 青岛市        危险化学品  7 7  700 700 7 | 港口装卸* 4 4 400 400 2
//   (* local key industry of that unit)
// and for 2021 one row at 罗庄区 that must not leak into 2020.
#include "test_support.h"

#include "domain/rates.h"
#include "services/form_table_export.h"
#include "storage/annex_repository.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
void save(const QSqlDatabase& db, const QString& unit, int year, const QList<AnnexRow>& rows) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = rows;
    AnnexRepository repo(db);
    QString error;
    const bool saved = repo.save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

AnnexRow row(const QString& industry, const AnnexCounts& c) {
    return AnnexRow{industry, false, c, {}};
}

struct Fixture {
    TempDatabase t;
    Fixture() {
        UnitRepository units(t.connection());
        QString error;
        REQUIRE(units.add(Unit{u"371302901"_s, u"兰山街道"_s, UnitLevel::Other, u"371302"_s, 0},
                          &error));
        const QSqlDatabase db = t.connection();
        save(db, u"371302"_s, 2020,
             {row(u"危险化学品"_s, counts(10, 8, 1000, 800, 4)),
              row(u"建筑施工"_s, counts(20, 15, 5000, 6000, 12)),
              row(u"物流仓储"_s, counts(5, 5, 300, 300, 1))});
        save(db, u"371302901"_s, 2020, {row(u"危险化学品"_s, counts(2, 2, 100, 100, 1))});
        save(db, u"371311"_s, 2020,
             {row(u"危险化学品"_s, counts(6, 6, 400, 200, 0)),
              row(u"冶金"_s, counts(3, 3, 900, 900, 3))});
        save(db, u"370200"_s, 2020,
             {row(u"危险化学品"_s, counts(7, 7, 700, 700, 7)),
              row(u"港口装卸"_s, counts(4, 4, 400, 400, 2))});
        save(db, u"371311"_s, 2021, {row(u"危险化学品"_s, counts(99, 99, 9900, 9900, 99))});
    }
    AnnexTable consolidated(const QString& unit, int year = 2020) const {
        return AnnexRepository(t.connection()).consolidated(unit, year);
    }
};

const AnnexRow& rowOf(const AnnexTable& t, const QString& industry) {
    const AnnexRow* r = t.find(industry);
    INFO(industry.toStdString());
    REQUIRE(r != nullptr);
    return *r;
}

QString accidentRate(const AnnexCounts& c) {
    return rates::formatAccidentRate(c, RateDenominator::InsuredPersons);
}
} // namespace

TEST_CASE("A county's consolidated figures include the unit below it", "[consolidation]") {
    Fixture f;
    const AnnexTable t = f.consolidated(u"371302"_s);
    CHECK(rowOf(t, u"危险化学品"_s).counts == counts(12, 10, 1100, 900, 5));
    CHECK(rowOf(t, u"建筑施工"_s).counts == counts(20, 15, 5000, 6000, 12));
    CHECK(rowOf(t, u"物流仓储"_s).counts == counts(5, 5, 300, 300, 1));
    // 5 / 900 × 1000 = 5.555… ; 900 / 1100 × 100 = 81.818…
    CHECK(accidentRate(rowOf(t, u"危险化学品"_s).counts) == u"5.56"_s);
    CHECK(rates::formatCoverageRate(rowOf(t, u"危险化学品"_s).counts) == u"81.82"_s);
}

TEST_CASE("A city's consolidated figures sum its counties", "[consolidation]") {
    Fixture f;
    const AnnexTable t = f.consolidated(u"371300"_s);
    CHECK(t.unitCode == u"371300"_s);
    CHECK(t.year == 2020);
    // 10+2+6, 8+2+6, 1000+100+400, 800+100+200, 4+1+0
    const AnnexCounts chemicals = rowOf(t, u"危险化学品"_s).counts;
    CHECK(chemicals == counts(18, 16, 1500, 1100, 5));
    // rate recomputed from the sums: 5 / 1100 × 1000 = 4.545… ‰ ; the average of the two
    // county rates (5.56 and 0.00) would be 2.78
    CHECK(accidentRate(chemicals) == u"4.55"_s);
    CHECK(rates::formatCoverageRate(chemicals) == u"73.33"_s); // 1100 / 1500
    CHECK(rowOf(t, u"冶金"_s).counts == counts(3, 3, 900, 900, 3));
    CHECK(accidentRate(rowOf(t, u"冶金"_s).counts) == u"3.33"_s);
    CHECK(rowOf(t, u"建筑施工"_s).counts == counts(20, 15, 5000, 6000, 12));
    // nobody reported 矿山: it stays empty (not zero) and its rate is not applicable
    CHECK(rowOf(t, u"矿山"_s).counts.isEmpty());
    CHECK(accidentRate(rowOf(t, u"矿山"_s).counts) == u"—"_s);
    // total over the consolidated rows
    CHECK(t.total() == counts(18 + 3 + 20 + 5, 16 + 3 + 15 + 5, 1500 + 900 + 5000 + 300,
                              1100 + 900 + 6000 + 300, 5 + 3 + 12 + 1));
    CHECK(accidentRate(t.total()) == u"2.53"_s); // 21 / 8300 × 1000 = 2.5301…
}

TEST_CASE("Plan industries come first - then each local industry as its own row",
          "[consolidation]") {
    Fixture f;
    const AnnexTable city = f.consolidated(u"371300"_s);
    QStringList names;
    for (const AnnexRow& r : city.rows)
        names << r.industry;
    CHECK(names == QStringList{u"危险化学品"_s, u"矿山"_s, u"冶金"_s, u"建材"_s, u"建筑施工"_s,
                               u"交通运输"_s, u"机械制造"_s, u"物流仓储"_s});
    CHECK(rowOf(city, u"物流仓储"_s).local);
    CHECK_FALSE(rowOf(city, u"危险化学品"_s).local);
    CHECK(city.find(u"港口装卸"_s) == nullptr); // 青岛's local industry is not Linyi's business
}

TEST_CASE("The province sums cities and counties across three levels", "[consolidation]") {
    Fixture f;
    const AnnexTable t = f.consolidated(u"370000"_s);
    const AnnexCounts chemicals = rowOf(t, u"危险化学品"_s).counts;
    CHECK(chemicals == counts(25, 23, 2200, 1800, 12));
    CHECK(accidentRate(chemicals) == u"6.67"_s); // 12 / 1800 × 1000
    CHECK(rowOf(t, u"物流仓储"_s).counts == counts(5, 5, 300, 300, 1));
    CHECK(rowOf(t, u"物流仓储"_s).local);
    CHECK(rowOf(t, u"港口装卸"_s).counts == counts(4, 4, 400, 400, 2));
    CHECK(rowOf(t, u"港口装卸"_s).local);
    CHECK(accidentRate(rowOf(t, u"港口装卸"_s).counts) == u"5.00"_s);
    // every local industry listed once
    int logistics = 0;
    for (const AnnexRow& r : t.rows)
        logistics += r.industry == u"物流仓储"_s ? 1 : 0;
    CHECK(logistics == 1);
    CHECK(t.rows.size() == 9);
}

TEST_CASE("Units without data contribute nothing and years stay apart", "[consolidation]") {
    Fixture f;
    const AnnexTable hedong = f.consolidated(u"371312"_s);
    CHECK_FALSE(hedong.hasFigures());
    const AnnexRepository repo(f.t.connection());
    CHECK(repo.unitsWithData(u"371300"_s, 2020) == 3); // 兰山区, 兰山街道, 罗庄区
    CHECK(repo.unitsWithData(u"370000"_s, 2020) == 4);
    CHECK(repo.unitsWithData(u"371312"_s, 2020) == 0);
    CHECK(repo.years(u"371300"_s) == QList<int>{2020, 2021});
    CHECK(repo.years(u"370200"_s) == QList<int>{2020});
    CHECK_FALSE(repo.hasData(u"371300"_s, 2020)); // the city itself has no own form
    CHECK(repo.hasData(u"371311"_s, 2021));

    const AnnexTable y2021 = f.consolidated(u"371300"_s, 2021);
    CHECK(rowOf(y2021, u"危险化学品"_s).counts == counts(99, 99, 9900, 9900, 99));
    CHECK_FALSE(rowOf(y2021, u"冶金"_s).counts.enterprises.has_value());
    CHECK(f.consolidated(u"371300"_s, 2019).hasFigures() == false);
}

TEST_CASE("The city total equals the sum of the counties' own tables", "[consolidation]") {
    Fixture f;
    const AnnexRepository repo(f.t.connection());
    AnnexCounts sum;
    for (const QString& code : UnitRepository(f.t.connection()).subtreeCodes(u"371300"_s))
        sum += repo.load(code, 2020).total();
    CHECK(f.consolidated(u"371300"_s).total() == sum);
}

TEST_CASE("Export figures are consolidated for parents and own for leaves", "[consolidation]") {
    Fixture f;
    const FormTableExport exporter(f.t.connection());
    // The counts of a row of the form `annex` as the annex's five counts.
    const auto countsOf = [](const FormRow& r) {
        return AnnexCounts{r.number(u"enterprises"_s), r.number(u"insured_enterprises"_s),
                           r.number(u"employees"_s), r.number(u"insured_persons"_s),
                           r.number(u"accidents"_s)};
    };
    const auto figures = [&](const QString& unit) {
        QString error;
        const auto fig = exporter.figures(unit, u"annex"_s, 2020, &error);
        INFO(error.toStdString());
        REQUIRE(fig);
        return *fig;
    };
    const auto city = figures(u"371300"_s);
    CHECK(countsOf(city.table.total(city.definition)) == f.consolidated(u"371300"_s).total());
    CHECK_FALSE(city.statusNote.isEmpty()); // a parent's 应报/已报 line
    const auto lanshan = figures(u"371302"_s);
    CHECK(countsOf(*lanshan.table.find(u"危险化学品"_s)) == counts(12, 10, 1100, 900, 5));
    const auto luozhuang = figures(u"371311"_s);
    CHECK(countsOf(*luozhuang.table.find(u"冶金"_s)) == counts(3, 3, 900, 900, 3));
    CHECK(luozhuang.statusNote.isEmpty());
    // a leaf's own form lists every key industry, empty where nothing is stored
    CHECK(luozhuang.table.rows.size() == 7);
}

TEST_CASE("load() returns the unit's own form with local industries marked", "[consolidation]") {
    Fixture f;
    const AnnexRepository repo(f.t.connection());
    const AnnexTable own = repo.load(u"371302"_s, 2020);
    CHECK(own.rows.size() == 8);
    CHECK(rowOf(own, u"危险化学品"_s).counts == counts(10, 8, 1000, 800, 4)); // not the street's
    CHECK(rowOf(own, u"物流仓储"_s).local);
    CHECK(repo.industriesOf(u"371302"_s).last() == u"物流仓储"_s);
    CHECK_FALSE(repo.industriesOf(u"371311"_s).contains(u"物流仓储"_s));
}

TEST_CASE("A unit and year without data exports the blank form of its key industries",
          "[consolidation]") {
    TempDatabase t;
    QString error;
    const auto csv =
        FormTableExport(t.connection()).csv(u"371312"_s, u"annex"_s, 2021, CsvLayout::Form, &error);
    INFO(error.toStdString());
    REQUIRE(csv.has_value());
    const QStringList lines = csv->split(u"\r\n"_s);
    CHECK(lines.at(1) == u"填报单位：河东区"_s);
    CHECK(lines.at(2).contains(u"2021年工伤事故数量"_s));
    CHECK(lines.at(3) == u"危险化学品,,,,,,,,"_s);
    CHECK(lines.at(9) == u"机械制造,,,,,,,,"_s);
    CHECK(lines.at(10) == u"合计,,,,,,,,"_s);
    CHECK(lines.contains(u"备注：（1）请填写2021年底的数据。"_s)); // note (1) names the form's year
    CHECK_FALSE(FormTableExport(t.connection())
                    .csv(u"999999"_s, u"annex"_s, 2021, CsvLayout::Form, &error)
                    .has_value());
    CHECK(error.contains(u"999999"_s));
}
