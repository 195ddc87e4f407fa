// Roll-up completeness ("12 of 15 units reported") and the leadership matrix.
//
// Data for 2021 (enterprises, insured enterprises, employees, insured persons, accidents):
//   371302 兰山区  危险化学品 10 8 1000 800 4 | 建筑施工 20 15 5000 4000 12
//   371311 罗庄区  危险化学品  6 6  400 200 0
//   371300 临沂市 (own, 市本级) 冶金 1 1 100 100 1
// Linyi has 15 county-level units; 2 of them reported.
#include "test_support.h"

#include "services/form_table_export.h"
#include "services/roll_up.h"
#include "storage/annex_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Fixture {
    TempDatabase t;
    Fixture() {
        save(u"371302"_s, {AnnexRow{u"危险化学品"_s, false, counts(10, 8, 1000, 800, 4), {}},
                           AnnexRow{u"建筑施工"_s, false, counts(20, 15, 5000, 4000, 12), {}}});
        save(u"371311"_s, {AnnexRow{u"危险化学品"_s, false, counts(6, 6, 400, 200, 0), {}}});
        save(u"371300"_s, {AnnexRow{u"冶金"_s, false, counts(1, 1, 100, 100, 1), {}}});
    }
    void save(const QString& unit, const QList<AnnexRow>& rows) {
        AnnexTable table;
        table.unitCode = unit;
        table.year = 2021;
        table.rows = rows;
        QString error;
        REQUIRE(AnnexRepository(t.connection()).save(table, u"test"_s, &error));
    }
};
} // namespace

TEST_CASE("Completeness counts the leaves of the subtree that reported", "[rollup]") {
    Fixture f;
    const Completeness linyi = rollUpCompleteness(f.t.connection(), u"371300"_s, 2021);
    CHECK(linyi.expected == 15);
    CHECK(linyi.reported == 2);
    CHECK(linyi.isPartial());
    CHECK(linyi.missing.size() == 13);
    CHECK(linyi.missing.first() == u"河东区"_s);
    CHECK(linyi.text() == u"2 of 15 units reported"_s);
    CHECK(linyi.officialNote().startsWith(
        u"汇总情况：应报15个单位，已报2个（部分汇总，未报：河东区、沂南县"_s));
    // The province: 15 Linyi leaves plus the 15 other cities, which are leaves here.
    const Completeness province = rollUpCompleteness(f.t.connection(), u"370000"_s, 2021);
    CHECK(province.expected == 30);
    CHECK(province.reported == 2);
    // A leaf expects itself.
    const Completeness lanshan = rollUpCompleteness(f.t.connection(), u"371302"_s, 2021);
    CHECK(lanshan.expected == 1);
    CHECK(lanshan.reported == 1);
    CHECK_FALSE(lanshan.isPartial());
    CHECK(rollUpCompleteness(f.t.connection(), u"371300"_s, 2022).reported == 0);
}

TEST_CASE("A consolidated CSV says it is partial under 填报单位", "[rollup][csv]") {
    Fixture f;
    QString error;
    const auto csv = FormTableExport(f.t.connection())
                         .csv(u"371300"_s, u"annex"_s, 2021, CsvLayout::Form, &error);
    REQUIRE(csv.has_value());
    const QStringList lines = csv->split(u"\r\n"_s);
    REQUIRE(lines.size() > 3);
    CHECK(lines.at(1) == u"填报单位：临沂市"_s);
    CHECK(lines.at(2).startsWith(u"汇总情况：应报15个单位，已报2个（部分汇总"_s));
    // A county's own form has no such line.
    const auto own = FormTableExport(f.t.connection())
                         .csv(u"371302"_s, u"annex"_s, 2021, CsvLayout::Form, &error);
    CHECK_FALSE(own->contains(u"汇总情况"_s));
}

TEST_CASE("The matrix lists children by industry with totals from summed counts",
          "[rollup][matrix]") {
    Fixture f;
    MeasureMatrix m = measureMatrix(f.t.connection(), u"371300"_s, 2021, MatrixMeasure::Accidents);
    CHECK(m.industries.size() == 7);
    REQUIRE(m.rows.size() == 16); // 15 counties and 本级
    CHECK(m.rows.first().name == u"兰山区"_s);
    CHECK(m.rows.last().name == u"本级"_s);
    CHECK(m.cellText(m.rows.first().cells.at(0)) == u"4"_s);
    CHECK(m.cellText(m.rows.first().total) == u"16"_s);
    CHECK(m.cellText(m.rows.at(2).total) == u""_s);   // 河东区 reported nothing
    CHECK(m.cellText(m.total.cells.at(0)) == u"4"_s); // 危险化学品: 4 + 0
    CHECK(m.cellText(m.total.total) == u"17"_s);

    m = measureMatrix(f.t.connection(), u"371300"_s, 2021, MatrixMeasure::AccidentRate);
    // 危险化学品 total: 4 accidents / (800 + 200) insured × 1000 = 4.00 ‰, not the mean of 5 and 0.
    CHECK(m.cellText(m.total.cells.at(0)) == u"4.00"_s);
    CHECK(m.cellText(m.rows.at(2).total) == u"—"_s);

    const QString csv = matrixCsv(m);
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    CHECK(lines.at(0) == u"临沂市2021年重点行业工伤事故发生率（‰）"_s);
    CHECK(lines.at(1).startsWith(u"汇总情况：应报15个单位，已报2个（部分汇总"_s));
    CHECK(lines.at(2) ==
          u"单位代码,单位名称,危险化学品,矿山,冶金,建材,建筑施工,交通运输,机械制造,合计"_s);
    // Not applicable is an empty cell in the CSV, so the columns stay numbers (issue 15).
    CHECK(lines.at(3) == u"371302,兰山区,5.00,,,,3.00,,,3.33"_s);
    CHECK(lines.at(19) == u"371300,合计,4.00,,10.00,,3.00,,,3.33"_s);

    const ReportDocument doc = matrixReport(m);
    CHECK(doc.blocks.size() >= 3);
    MatrixMeasure parsed;
    CHECK(parseMatrixMeasure(u"coverage_rate"_s, &parsed));
    CHECK(parsed == MatrixMeasure::CoverageRate);
    CHECK_FALSE(parseMatrixMeasure(u"nonsense"_s, &parsed));
}
