// The official .xlsx sheet of any form from its definition (io/form_xlsx_sheet,
// FormTableExport::officialXlsx): read back cell by cell through io/xlsx_reader, the merged
// title, the formulas and the print setup in the sheet's XML, and the sheet and its blank
// template read back through the form reader (readFormTableCsv) as the form they hold.
#include "test_support.h"
#include "xlsx_parts.h"

#include "io/form_csv_reader.h"
#include "io/form_definition_json.h"
#include "io/form_xlsx_sheet.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "storage/annex_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kBureau = u"临沂市兰山区人力资源和社会保障局"_s;

// 兰山区 2023: two industries of the plan filled in (矿山 with no insured persons, so its accident
// rate is not applicable), the footer too.
void saveAnnex(const QSqlDatabase& db) {
    AnnexTable t;
    t.unitCode = u"371302"_s;
    t.year = 2023;
    t.rows = {AnnexRow{u"危险化学品"_s, false, counts(10, 8, 1000, 800, 4), {}},
              AnnexRow{u"矿山"_s, false, counts(2, 2, 300, 0, 0), u"井下"_s}};
    t.meta = {u"王芳"_s, u"05398888888"_s, QDate(2024, 1, 20)};
    QString error;
    const bool saved = AnnexRepository(db).save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

QByteArray officialSheet(const QSqlDatabase& db, const QString& form, const QString& unit, int year,
                         bool blankTemplate) {
    QByteArray book;
    QString error;
    const bool written =
        FormTableExport(db).officialXlsx(unit, form, year, blankTemplate, &book, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    REQUIRE(book.startsWith("PK\x03\x04"));
    return book;
}

QString planTitle(const QSqlDatabase& db, const QString& unit, int year) {
    const auto plan = PlanRepository(db).find(UnitRepository(db).effectivePlanId(unit, year));
    REQUIRE(plan);
    return plan->title;
}

FormDefinition definitionOf(const QSqlDatabase& db, const QString& form) {
    const auto d = FormDefinitions(db).forUnit(u"371302"_s, form, 2023);
    REQUIRE(d);
    return *d;
}

QByteArray sheetOf(const FormDefinition& d, const FormTable& t, bool blankTemplate,
                   int spareRows = 5) {
    FormSheetOptions o;
    o.bureau = kBureau;
    o.blankTemplate = blankTemplate;
    o.spareRows = spareRows;
    QByteArray book;
    QString error;
    REQUIRE(formOfficialXlsx(d, t, o, &book, &error));
    return book;
}

FormCsvTable readBack(const QByteArray& book, const FormDefinition& d) {
    const FormCsvContent content = readFormTableCsv(book, u"sheet.xlsx"_s, d);
    for (const Diagnostic& x : content.diagnostics)
        INFO(x.toString().toStdString());
    REQUIRE(content.tables.size() == 1);
    return content.tables.first();
}

// The fourth form of the test data: counts, a decimal loss, a ‰ rate, a header field.
FormDefinition accidentsForm() {
    Diagnostics found;
    const auto d = formDefinitionFromJson(
        readBytes(QStringLiteral(YUFANG_TEST_DATA_DIR) + u"/safety_accidents_form.json"_s),
        u"safety_accidents_form.json"_s, &found);
    REQUIRE(d);
    return *d;
}

FormTable accidentFigures() {
    FormTable t;
    t.formCode = u"safety-accidents"_s;
    t.unitCode = u"371302"_s;
    t.year = 2023;
    FormRow a;
    a.key = u"危险化学品"_s;
    a.setNumber(u"employees"_s, 800);
    a.setNumber(u"accidents"_s, 2);
    a.setNumber(u"deaths"_s, 1);
    a.setNumber(u"injured"_s, 3);
    a.setNumber(u"loss"_s, 12050); // 120.50 万元
    a.setText(u"remark"_s, u"=SUM(A1)"_s);
    FormRow b;
    b.key = u"矿山"_s;
    b.setNumber(u"employees"_s, 0);
    b.setNumber(u"loss"_s, 7);
    t.rows = {a, b};
    t.fields = {{u"source"_s, u"安监部门通报"_s},
                {u"preparer"_s, u"张三"_s},
                {u"phone"_s, u"05391234567"_s},
                {u"filled_on"_s, u"2024-01-15"_s}};
    return t;
}
} // namespace

TEST_CASE("The annex official sheet: marker title bureau header rows total footer and notes",
          "[xlsx][forms]") {
    TempDatabase t;
    saveAnnex(t.connection());
    const QByteArray book = officialSheet(t.connection(), u"annex"_s, u"371302"_s, 2023, false);
    const QHash<QString, QString> cells = sheetCells(book);

    CHECK(cells.value(u"A1"_s) == u"附件"_s);
    CHECK(cells.value(u"A2"_s) ==
          u"《%1》重点行业企业基本情况表"_s.arg(planTitle(t.connection(), u"371302"_s, 2023)));
    CHECK(cells.value(u"A3"_s) == u"填报单位：临沂市兰山区人力资源和社会保障局"_s);
    const QStringList header = {u"重点行业名称"_s,
                                u"企业户数"_s,
                                u"参保企业户数"_s,
                                u"从业总人数"_s,
                                u"参加工伤保险人数"_s,
                                u"工伤保险参保率（%）"_s,
                                u"2023年工伤事故数量"_s,
                                u"工伤事故发生率（‰）"_s,
                                u"备注"_s};
    for (int c = 0; c < header.size(); ++c)
        CHECK(cells.value(QChar(u'A' + c) + u"4"_s) == header.at(c));
    // The plan's seven industries in rows 5-11, then 合计.
    CHECK(cells.value(u"A5"_s) == u"危险化学品"_s);
    CHECK(cells.value(u"B5"_s) == u"10"_s);
    CHECK(cells.value(u"E5"_s) == u"800"_s);
    CHECK(cells.value(u"F5"_s) == u"80%"_s); // a % cell as the reader shows it
    CHECK(cells.value(u"G5"_s) == u"4"_s);
    CHECK(cells.value(u"A6"_s) == u"矿山"_s);
    CHECK(cells.value(u"I6"_s) == u"井下"_s);
    CHECK_FALSE(cells.contains(u"H6"_s)); // not applicable: an empty cell
    CHECK_FALSE(cells.contains(u"B7"_s)); // an industry without figures
    CHECK(cells.value(u"A12"_s) == u"合计"_s);
    CHECK(cells.value(u"B12"_s) == u"12"_s);
    CHECK(cells.value(u"E12"_s) == u"800"_s);
    // Footer (a blank row after 合计): each label in its cell, the value beside it.
    CHECK(cells.value(u"A14"_s) == u"填报人："_s);
    CHECK(cells.value(u"B14"_s) == u"王芳"_s);
    CHECK(cells.value(u"D14"_s) == u"联系电话："_s);
    CHECK(cells.value(u"E14"_s) == u"05398888888"_s);
    CHECK(cells.value(u"G14"_s) == u"填报日期："_s);
    CHECK(cells.value(u"H14"_s) == u"2024-01-20"_s);
    // The notes, the year put in, the following ones indented under 备注：.
    CHECK(cells.value(u"A15"_s).startsWith(u"备注：（1）"_s));
    CHECK(cells.value(u"A15"_s).contains(u"2023年底"_s));
    CHECK(cells.value(u"A16"_s).startsWith(u"　　　（2）"_s));

    const QByteArray sheet = zipEntry(book, "xl/worksheets/sheet1.xml");
    const QByteArray styles = zipEntry(book, "xl/styles.xml");
    const QByteArray workbook = zipEntry(book, "xl/workbook.xml");
    CHECK(sheet.contains("<mergeCell ref=\"A2:I2\"/>")); // the title over the table
    CHECK(sheet.contains("<mergeCell ref=\"A3:F3\"/>")); // 填报单位
    CHECK(sheet.contains("<mergeCell ref=\"A15:I15\"/>"));
    CHECK(cellXml(sheet, u"F5"_s).contains(u"<v>0.8</v>"_s));
    CHECK(formatOf(styles, cellXml(sheet, u"F5"_s)) == u"0.00%"_s);
    CHECK(cellXml(sheet, u"H5"_s).contains(u"<v>5</v>"_s));
    CHECK(formatOf(styles, cellXml(sheet, u"H5"_s)) == u"0.00\"‰\""_s);
    CHECK(formatOf(styles, cellXml(sheet, u"B5"_s)) == u"0"_s);
    CHECK(cellXml(sheet, u"E14"_s).contains(u"t=\"s\""_s)); // the phone as text
    CHECK(!sheet.contains("<f>"));                          // a filled sheet holds values
    // A4 landscape, one page wide, the header row on every page, page x of N, not protected.
    CHECK(sheet.contains("paperSize=\"9\""));
    CHECK(sheet.contains("orientation=\"landscape\""));
    CHECK(sheet.contains("fitToPage=\"1\""));
    CHECK(sheet.contains("fitToHeight=\"0\""));
    CHECK(workbook.contains("_xlnm.Print_Titles"));
    CHECK(workbook.contains("$4:$4"));
    CHECK(workbook.contains("name=\"重点行业企业基本情况表\""));
    CHECK(sheet.contains("&amp;P"));
    CHECK(!sheet.contains("sheetProtection"));
}

TEST_CASE("A parent's official annex sheet is consolidated with its 应报 已报 line",
          "[xlsx][forms]") {
    TempDatabase t;
    saveAnnex(t.connection());
    const QHash<QString, QString> cells =
        sheetCells(officialSheet(t.connection(), u"annex"_s, u"371300"_s, 2023, false));
    CHECK(cells.value(u"A3"_s) == u"填报单位：临沂市人力资源和社会保障局"_s);
    CHECK(cells.value(u"A4"_s).startsWith(u"汇总情况：应报"_s));
    CHECK(cells.value(u"A5"_s) == u"重点行业名称"_s);
    CHECK(cells.value(u"A6"_s) == u"危险化学品"_s);
    CHECK(cells.value(u"B6"_s) == u"10"_s); // 兰山区's figures, the only ones in the subtree
    // The template of a parent has no status line: it is a form to fill in.
    const QHash<QString, QString> blank =
        sheetCells(officialSheet(t.connection(), u"annex"_s, u"371300"_s, 2023, true));
    CHECK(blank.value(u"A4"_s) == u"重点行业名称"_s);
}

TEST_CASE("The annex template has formulas validation spare rows and protection", "[xlsx][forms]") {
    TempDatabase t;
    saveAnnex(t.connection());
    const QByteArray book = officialSheet(t.connection(), u"annex"_s, u"371302"_s, 2023, true);
    const QByteArray sheet = zipEntry(book, "xl/worksheets/sheet1.xml");
    // 7 industries + 5 spare rows: data rows 5-16, 合计 on row 17.
    CHECK(cellXml(sheet, u"B17"_s).contains(u"<f>SUM(B5:B16)</f>"_s));
    CHECK(cellXml(sheet, u"G17"_s).contains(u"<f>SUM(G5:G16)</f>"_s));
    CHECK(cellXml(sheet, u"F5"_s).contains(u"<f>IF(N(D5)&gt;0,E5/D5,\"\")</f>"_s));
    CHECK(cellXml(sheet, u"H5"_s).contains(u"<f>IF(N(E5)&gt;0,G5/E5*1000,\"\")</f>"_s));
    CHECK(cellXml(sheet, u"H17"_s).contains(u"<f>IF(N(E17)&gt;0,G17/E17*1000,\"\")</f>"_s));
    CHECK(cellXml(sheet, u"F16"_s).contains(u"<f>IF(N(D16)&gt;0,E16/D16,\"\")</f>"_s));
    // The counts and the remark are empty: a template, not the unit's figures.
    CHECK(!cellXml(sheet, u"B5"_s).contains(u"<v>"_s));
    CHECK(!sheet.contains("井下"));
    // Whole numbers ≥ 0 in the five count columns of every row, the sheet protected.
    CHECK(sheet.count("type=\"whole\"") == 5);
    CHECK(sheet.contains("operator=\"greaterThanOrEqual\""));
    for (const char* range : {"B5:B16", "C5:C16", "D5:D16", "E5:E16", "G5:G16"})
        CHECK(sheet.contains(QByteArray("sqref=\"").append(range).append('"')));
    CHECK(sheet.contains("<sheetProtection"));

    // Unopened, it reads as the form with blank rows: the formulas' cached text is empty.
    const QHash<QString, QString> cells = sheetCells(book);
    CHECK(cells.value(u"A5"_s) == u"危险化学品"_s);
    CHECK_FALSE(cells.contains(u"A12"_s)); // a spare row
    for (int row = 5; row <= 16; ++row)
        for (const QChar c : u"BCDEFGHI"_s)
            CHECK_FALSE(cells.contains(c + QString::number(row)));
    CHECK(cells.value(u"B17"_s) == u"0"_s);
    CHECK_FALSE(cells.contains(u"B19"_s)); // 填报人 left to fill
}

TEST_CASE("The accident rate formula divides as the plan says", "[xlsx][forms]") {
    TempDatabase t;
    FormDefinition d = definitionOf(t.connection(), u"annex"_s);
    // What FormDefinitions::forUnit resolves for a plan dividing by employees (从业总人数, D).
    for (FormColumn& c : d.columns)
        if (c.denominatorFollowsPlan)
            c.denominatorKey = u"employees"_s;
    FormTable table;
    table.year = 2023;
    table.rows = {FormRow{u"危险化学品"_s, {}, false, {}}};
    const QByteArray sheet = zipEntry(sheetOf(d, table, true, 0), "xl/worksheets/sheet1.xml");
    CHECK(cellXml(sheet, u"H5"_s).contains(u"<f>IF(N(D5)&gt;0,G5/D5*1000,\"\")</f>"_s));
    CHECK(cellXml(sheet, u"B6"_s).contains(u"<f>SUM(B5:B5)</f>"_s)); // no spare rows asked
}

TEST_CASE("Any form's official sheet: units decimals a header field and its template",
          "[xlsx][forms]") {
    const FormDefinition d = accidentsForm();
    const FormTable figures = accidentFigures();
    const QByteArray book = sheetOf(d, figures, false);
    const QHash<QString, QString> cells = sheetCells(book);
    // No marker: the title first, 填报单位 and 年度 beside it, the header field, the header.
    CHECK(cells.value(u"A1"_s) == u"安全生产事故和伤亡人数情况表"_s);
    CHECK(cells.value(u"A2"_s) == u"填报单位：临沂市兰山区人力资源和社会保障局"_s);
    CHECK(cells.value(u"F2"_s) == u"年度：2023"_s);
    CHECK(cells.value(u"A3"_s) == u"数据来源："_s);
    CHECK(cells.value(u"B3"_s) == u"安监部门通报"_s);
    CHECK(cells.value(u"B4"_s) == u"从业人数（人）"_s);
    CHECK(cells.value(u"F4"_s) == u"直接经济损失（万元）"_s);
    CHECK(cells.value(u"G4"_s) == u"伤亡率（‰）"_s);
    CHECK(cells.value(u"F5"_s) == u"120.5"_s);
    CHECK(cells.value(u"H5"_s) == u"=SUM(A1)"_s); // text from data stays text
    CHECK(cells.value(u"F6"_s) == u"0.07"_s);
    CHECK(cells.value(u"A7"_s) == u"合计"_s);
    CHECK(cells.value(u"F7"_s) == u"120.57"_s);
    const QByteArray sheet = zipEntry(book, "xl/worksheets/sheet1.xml");
    const QByteArray styles = zipEntry(book, "xl/styles.xml");
    CHECK(formatOf(styles, cellXml(sheet, u"F5"_s)) == u"0.00"_s);
    CHECK(cellXml(sheet, u"G5"_s).contains(u"<v>3.75</v>"_s)); // 3 ÷ 800 × 1000
    CHECK(formatOf(styles, cellXml(sheet, u"G5"_s)) == u"0.00\"‰\""_s);
    CHECK(!cellXml(sheet, u"G6"_s).contains(u"<v>"_s)); // 0 employees: not applicable
    CHECK(sheet.contains("<mergeCell ref=\"A1:H1\"/>"));
    CHECK(sheet.contains("orientation=\"landscape\"")); // seven columns: as the page prints

    // It reads back as the form it holds.
    const FormCsvTable back = readBack(book, d);
    CHECK(back.unitText == kBureau);
    CHECK(back.year == 2023);
    REQUIRE(back.table.rows.size() == 2);
    CHECK(back.table.rows.at(0).number(u"loss"_s) == 12050);
    CHECK(back.table.rows.at(0).text(u"remark"_s) == u"=SUM(A1)"_s);
    CHECK(back.table.rows.at(1).number(u"loss"_s) == 7);
    for (const QString& key : {u"source"_s, u"preparer"_s, u"phone"_s, u"filled_on"_s})
        CHECK(back.table.fields.value(key) == figures.fields.value(key));

    // The template: a decimal ≥ 0 where the loss goes, the rate as a formula, five spare rows.
    const QByteArray blank = sheetOf(d, figures, true);
    const QByteArray blankSheet = zipEntry(blank, "xl/worksheets/sheet1.xml");
    CHECK(blankSheet.count("type=\"whole\"") == 4);
    CHECK(blankSheet.contains("type=\"decimal\""));
    CHECK(blankSheet.contains("sqref=\"F5:F11\""));
    CHECK(cellXml(blankSheet, u"G5"_s).contains(u"<f>IF(N(B5)&gt;0,E5/B5*1000,\"\")</f>"_s));
    CHECK(cellXml(blankSheet, u"F12"_s).contains(u"<f>SUM(F5:F11)</f>"_s));
    const FormCsvTable empty = readBack(blank, d);
    CHECK_FALSE(empty.table.hasFigures());
    CHECK(empty.table.fields.value(u"preparer"_s).isEmpty());
    CHECK(empty.table.fields.value(u"source"_s).isEmpty());
}

TEST_CASE("The training sheet has both label columns 合计 under the industry and no spare rows",
          "[xlsx][forms]") {
    TempDatabase t;
    const FormDefinition d = definitionOf(t.connection(), u"training"_s);
    QString error;
    const auto blankForm =
        FormTableExport(t.connection()).figures(u"371302"_s, u"training"_s, 2023, &error);
    REQUIRE(blankForm);
    FormTable table = blankForm->table;
    REQUIRE(table.rows.size() > 2);
    table.rows[0].setNumber(u"key_personnel"_s, 40);
    table.rows[0].setNumber(u"trained"_s, 30);
    table.rows[0].setNumber(u"sessions"_s, 2);
    table.rows[1].setNumber(u"key_personnel"_s, 10);
    table.rows[1].setNumber(u"trained"_s, 10);
    table.fields = {{u"preparer"_s, u"李四"_s}, {u"phone"_s, u"05398000000"_s}};

    const QByteArray book = sheetOf(d, table, false);
    const QHash<QString, QString> cells = sheetCells(book);
    const int rows = int(table.rows.size());
    // No marker: the title, 填报单位 with 年度, then the header on row 3.
    CHECK(cells.value(u"A3"_s) == u"重点行业名称"_s);
    CHECK(cells.value(u"B3"_s) == u"重点人员类别"_s);
    CHECK(cells.value(u"E3"_s) == u"培训覆盖率"_s);
    CHECK(cells.value(u"A4"_s) == table.rows.at(0).group);
    CHECK(cells.value(u"B4"_s) == table.rows.at(0).key);
    CHECK(cells.value(u"E4"_s) == u"75%"_s);
    const QString total = QString::number(4 + rows);
    CHECK(cells.value(u"A"_s + total) == u"合计"_s);
    CHECK_FALSE(cells.contains(u"B"_s + total));
    CHECK(cells.value(u"C"_s + total) == u"50"_s);
    CHECK(cells.value(u"E"_s + total) == u"80%"_s);
    const FormCsvTable back = readBack(book, d);
    REQUIRE(back.table.rows.size() == table.rows.size());
    CHECK(back.table.rows.at(0).number(u"trained"_s) == 30);
    CHECK(back.table.fields.value(u"preparer"_s) == u"李四"_s);
    CHECK(back.table.fields.value(u"phone"_s) == u"05398000000"_s);

    // Its local rows come from the 基本情况表: no spare rows, the rows as the form has them.
    const QByteArray blank = sheetOf(d, table, true);
    const QByteArray sheet = zipEntry(blank, "xl/worksheets/sheet1.xml");
    CHECK(cellXml(sheet, u"C"_s + total).contains(u"<f>SUM(C4:C%1)</f>"_s.arg(3 + rows)));
    CHECK(cellXml(sheet, u"E4"_s).contains(u"<f>IF(N(C4)&gt;0,D4/C4,\"\")</f>"_s));
    const FormCsvTable empty = readBack(blank, d);
    CHECK(empty.table.rows.size() == table.rows.size());
    CHECK_FALSE(empty.table.hasFigures());
    // 填报人 left empty is empty, not the next label (联系电话：).
    CHECK(empty.table.fields.value(u"preparer"_s).isEmpty());
}

TEST_CASE("The disease template sums its cases by formula", "[xlsx][forms]") {
    TempDatabase t;
    const FormDefinition d = definitionOf(t.connection(), u"disease"_s);
    const QByteArray book = officialSheet(t.connection(), u"disease"_s, u"371302"_s, 2023, true);
    const QByteArray sheet = zipEntry(book, "xl/worksheets/sheet1.xml");
    // 尘肺病 B, 其他职业病 C, 新发病例合计 D.
    CHECK(cellXml(sheet, u"D4"_s).contains(u"<f>IF(COUNT(B4,C4)=0,\"\",SUM(B4,C4))</f>"_s));
    CHECK(sheet.contains("<sheetProtection"));
    CHECK(readBack(book, d).table.rows.size() == 7);
}
