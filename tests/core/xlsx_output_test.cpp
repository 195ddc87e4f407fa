// Workbooks out (io/table_sink, io/xlsx_table_writer, io/annex_xlsx_sheet): the sheet XML
// libxlsxwriter writes is checked byte for byte for cell types and number formats, and the
// workbook reads back through the importers' own reader (readCsvDocument) as the CSV does.
#include "test_support.h"

#include "domain/bureau_name.h"
#include "io/annex_xlsx_sheet.h"
#include "io/csv_reader.h"
#include "io/table_output.h"
#include "io/xlsx_table_writer.h"

#include <QRegularExpression>

#include <zip.h>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// One entry of a zip held in memory (libzip, as io/xlsx_reader reads it).
QByteArray zipEntry(const QByteArray& zipBytes, const char* name) {
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* src =
        zip_source_buffer_create(zipBytes.constData(), zip_uint64_t(zipBytes.size()), 0, &ze);
    REQUIRE(src);
    zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &ze);
    if (!z) {
        zip_source_free(src);
        FAIL("not a zip");
    }
    QByteArray out;
    if (zip_file_t* f = zip_fopen(z, name, 0)) {
        char buf[65536];
        zip_int64_t n;
        while ((n = zip_fread(f, buf, sizeof buf)) > 0)
            out.append(buf, qsizetype(n));
        zip_fclose(f);
    }
    zip_close(z);
    return out;
}

// The <c> element of a cell reference, e.g. cellXml(sheet, "B2").
QString cellXml(const QByteArray& sheet, const QString& ref) {
    const QString xml = QString::fromUtf8(sheet);
    const QRegularExpression re(u"<c r=\"%1\"(?:[^>]*?/>|[^>]*>.*?</c>)"_s.arg(ref));
    return re.match(xml).captured(0);
}

// The number format code of the style index a cell uses (styles.xml's cellXfs → numFmts).
QString formatOf(const QByteArray& styles, const QString& cell) {
    const auto s = QRegularExpression(u"s=\"(\\d+)\""_s).match(cell);
    if (!s.hasMatch())
        return u"General"_s;
    const QString xml = QString::fromUtf8(styles);
    const qsizetype xfs = xml.indexOf(u"<cellXfs"_s);
    QRegularExpression xf(u"<xf [^>]*?numFmtId=\"(\\d+)\""_s);
    auto it = xf.globalMatch(xml, xfs);
    int index = s.captured(1).toInt();
    QString id;
    while (it.hasNext()) {
        const auto m = it.next();
        if (index-- == 0) {
            id = m.captured(1);
            break;
        }
    }
    if (id == u"0"_s)
        return u"General"_s;
    if (id == u"49"_s)
        return u"@"_s;
    if (id == u"10"_s)
        return u"0.00%"_s;
    const auto code =
        QRegularExpression(u"<numFmt numFmtId=\"%1\" formatCode=\"([^\"]*)\""_s.arg(id)).match(xml);
    return code.captured(1).replace(u"&quot;"_s, u"\""_s);
}

void sampleList(TableSink& w) {
    w.addHeaderRow({u"单位代码"_s, u"统一社会信用代码"_s, u"企业户数"_s, u"参保率（%）"_s,
                    u"发生率（‰）"_s, u"日期"_s, u"备注"_s});
    w.addRow({TableCell::str(u"371302000000"_s), TableCell::str(u"913713029458073021"_s),
              TableCell::num(126), TableCell::percent(u"1.52"_s), TableCell::permille(u"3.50"_s),
              TableCell::day(QDate(2026, 3, 15)), TableCell::str(u"=A1*2"_s)});
    w.addRow({TableCell::str(u"0012"_s), TableCell::str(u"05398888888"_s), TableCell::num(0),
              TableCell::str({}), TableCell::str({}), TableCell::day({}),
              TableCell::str(u"-见说明"_s)});
}

QByteArray xlsxOf(const TableFill& fill) {
    QByteArray bytes;
    QString error;
    REQUIRE(renderTable(TableFormat::Xlsx, CsvEncoding::Utf8Bom, fill, &bytes, &error));
    REQUIRE(bytes.startsWith("PK\x03\x04"));
    return bytes;
}

Plan samplePlan() {
    Plan p;
    p.title = u"临沂市工伤预防五年行动计划（2021-2025年）实施方案"_s;
    p.industries = {u"危险化学品"_s, u"矿山"_s};
    return p;
}

AnnexTable sampleAnnex() {
    AnnexTable t;
    t.unitCode = u"371302"_s;
    t.year = 2026;
    t.rows = {AnnexRow{u"危险化学品"_s, false, {10, 8, 1000, 800, 4}, {}},
              AnnexRow{u"矿山"_s, false, {2, 2, 300, 0, 0}, u"井下"_s}};
    t.meta = {u"王芳"_s, u"05398888888"_s, QDate(2027, 1, 20)};
    return t;
}
} // namespace

TEST_CASE("An xlsx list holds numbers rates and dates as such and codes as text", "[xlsx]") {
    const QByteArray book = xlsxOf(sampleList);
    const QByteArray sheet = zipEntry(book, "xl/worksheets/sheet1.xml");
    const QByteArray styles = zipEntry(book, "xl/styles.xml");
    const QByteArray strings = zipEntry(book, "xl/sharedStrings.xml");
    REQUIRE(!sheet.isEmpty());

    // Codes are string cells: the 12- and 18-digit codes, the leading zeros survive.
    for (const QString ref : {u"A2"_s, u"B2"_s, u"A3"_s, u"B3"_s})
        CHECK(cellXml(sheet, ref).contains(u"t=\"s\""_s));
    CHECK(strings.contains("913713029458073021"));
    CHECK(strings.contains("05398888888"));
    CHECK(formatOf(styles, cellXml(sheet, u"B2"_s)) == u"@"_s);
    // A count is a number.
    CHECK(cellXml(sheet, u"C2"_s).contains(u"<v>126</v>"_s));
    CHECK(!cellXml(sheet, u"C2"_s).contains(u"t=\""_s));
    // Rates: 1.52 % as 0.0152 in 0.00%, 3.50 ‰ as 3.5 in 0.00"‰".
    CHECK(cellXml(sheet, u"D2"_s).contains(u"<v>0.0152</v>"_s));
    CHECK(formatOf(styles, cellXml(sheet, u"D2"_s)) == u"0.00%"_s);
    CHECK(cellXml(sheet, u"E2"_s).contains(u"<v>3.5</v>"_s));
    CHECK(formatOf(styles, cellXml(sheet, u"E2"_s)) == u"0.00\"‰\""_s);
    // A date is a date serial with a date format: 2026-03-15 is day 46096 since 1899-12-30.
    CHECK(cellXml(sheet, u"F2"_s).contains(u"<v>46096</v>"_s));
    CHECK(formatOf(styles, cellXml(sheet, u"F2"_s)) == u"yyyy-mm-dd"_s);
    // Text that looks like a formula is text: no formula, no apostrophe.
    CHECK(!sheet.contains("<f>"));
    CHECK(strings.contains("<t>=A1*2</t>"));
    CHECK(strings.contains("<t>-见说明</t>"));
    CHECK(!strings.contains("'"));
    // A list: frozen header, autofilter over it, the columns as wide as their text.
    CHECK(sheet.contains("<autoFilter ref=\"A1:G3\"/>"));
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(sheet.contains("ySplit=\"1\""));
    CHECK(sheet.contains("customWidth=\"1\""));
}

TEST_CASE("An xlsx table reads back as the records of its CSV", "[xlsx]") {
    const CsvDocument fromXlsx = readCsvDocument(xlsxOf(sampleList), u"list.xlsx"_s);
    QByteArray csv;
    QString error;
    REQUIRE(renderTable(TableFormat::Csv, CsvEncoding::Utf8Bom, sampleList, &csv, &error));
    const CsvDocument fromCsv = readCsvDocument(csv, u"list.csv"_s);
    REQUIRE(fromXlsx.records.size() == 3);
    REQUIRE(fromCsv.records.size() == 3);
    for (int r = 0; r < 3; ++r)
        for (int c : {0, 1, 2, 5, 6}) {
            CAPTURE(r, c);
            CHECK(fromXlsx.records[r].at(c) == fromCsv.records[r].at(c));
        }
    // The rate keeps its unit in the workbook's shown text and is the plain number in the CSV.
    CHECK(fromXlsx.records[1].at(3) == u"1.52%"_s);
    CHECK(fromCsv.records[1].at(3) == u"1.52"_s);
    CHECK(fromXlsx.records[1].at(1) == u"913713029458073021"_s);
}

TEST_CASE("The xlsx output is chosen by the extension and CSV stays the default", "[xlsx]") {
    CHECK(tableFormatForPath(u"/tmp/a.xlsx"_s) == TableFormat::Xlsx);
    CHECK(tableFormatForPath(u"/tmp/A.XLSX"_s) == TableFormat::Xlsx);
    CHECK(tableFormatForPath(u"/tmp/a.csv"_s) == TableFormat::Csv);
    CHECK(tableFormatForPath({}) == TableFormat::Csv);
    CHECK(tableHasFragileCodes(sampleList));
    CHECK_FALSE(tableHasFragileCodes([](TableSink& w) {
        w.addHeaderRow({u"a"_s});
        w.addRow({TableCell::str(u"371302"_s), TableCell::num(123456789012)});
    }));
}

TEST_CASE("The bureau named as 填报单位", "[xlsx]") {
    const Unit city{u"371300"_s, u"临沂市"_s, UnitLevel::City, u"370000"_s};
    const Unit province{u"370000"_s, u"山东省"_s, UnitLevel::Province, {}};
    CHECK(bureauName(province, std::nullopt) == u"山东省人力资源和社会保障厅"_s);
    CHECK(bureauName(city, province) == u"临沂市人力资源和社会保障局"_s);
    CHECK(bureauName(Unit{u"371302"_s, u"兰山区"_s, UnitLevel::County, u"371300"_s}, city) ==
          u"临沂市兰山区人力资源和社会保障局"_s);
    CHECK(bureauName(Unit{u"371371"_s, u"临沂高新技术产业开发区"_s, UnitLevel::Zone, u"371300"_s},
                     city) == u"临沂高新技术产业开发区人力资源和社会保障局"_s);
}

TEST_CASE("The official annex sheet: marker title bureau header total footer and print setup",
          "[xlsx]") {
    AnnexSheetOptions o;
    o.bureau = u"临沂市兰山区人力资源和社会保障局"_s;
    o.notes = {u"（1）企业户数等为2020年底数据。"_s, u"（2）工伤事故发生率按千分比计算。"_s};
    QByteArray book;
    QString error;
    REQUIRE(annexOfficialXlsx(samplePlan(), sampleAnnex(), o, &book, &error));
    const QByteArray sheet = zipEntry(book, "xl/worksheets/sheet1.xml");
    const QByteArray strings = zipEntry(book, "xl/sharedStrings.xml");
    const QByteArray workbook = zipEntry(book, "xl/workbook.xml");
    const QByteArray styles = zipEntry(book, "xl/styles.xml");
    CHECK(strings.contains("<t>附件</t>"));
    CHECK(strings.contains(u"<t>填报单位：临沂市兰山区人力资源和社会保障局</t>"_s.toUtf8()));
    CHECK(sheet.contains("<mergeCell ref=\"A2:I2\"/>")); // the title over the table
    // Rows: 附件 1, title 2, 填报单位 3, header 4, 危险化学品 5, 矿山 6, 合计 7.
    CHECK(cellXml(sheet, u"B5"_s).contains(u"<v>10</v>"_s));
    CHECK(cellXml(sheet, u"F5"_s).contains(u"<v>0.8</v>"_s));
    CHECK(formatOf(styles, cellXml(sheet, u"F5"_s)) == u"0.00%"_s);
    CHECK(cellXml(sheet, u"H5"_s).contains(u"<v>5</v>"_s));
    CHECK(formatOf(styles, cellXml(sheet, u"H5"_s)) == u"0.00\"‰\""_s);
    CHECK(!cellXml(sheet, u"H6"_s).contains(u"<v>"_s));      // not applicable: empty
    CHECK(cellXml(sheet, u"B7"_s).contains(u"<v>12</v>"_s)); // 合计
    CHECK(!sheet.contains("<f>"));                           // a filled export holds values
    CHECK(strings.contains("<t>05398888888</t>"));           // the phone as text
    // A4 landscape, fit to one page wide, header row repeated, page x of N.
    CHECK(sheet.contains("paperSize=\"9\""));
    CHECK(sheet.contains("orientation=\"landscape\""));
    CHECK(sheet.contains("fitToPage=\"1\"")); // one page wide: fitToWidth defaults to 1
    CHECK(sheet.contains("fitToHeight=\"0\""));
    CHECK(workbook.contains("_xlnm.Print_Titles"));
    CHECK(workbook.contains("$4:$4"));
    CHECK(sheet.contains("&amp;P"));
    CHECK(!sheet.contains("sheetProtection"));

    // And the importers' reader sees the form as the CSV layout has it.
    const CsvDocument doc = readCsvDocument(book, u"annex.xlsx"_s);
    REQUIRE(doc.records.size() >= 8);
    CHECK(doc.records[0].at(0) == u"附件"_s);
    CHECK(doc.records[4].at(0) == u"危险化学品"_s);
    CHECK(doc.records[4].at(5) == u"80%"_s); // as the reader shows a % cell
}

TEST_CASE("The annex template has formulas validation spare rows and protection", "[xlsx]") {
    AnnexSheetOptions o;
    o.bureau = u"临沂市兰山区人力资源和社会保障局"_s;
    o.notes = {u"（1）企业户数等为2020年底数据。"_s, u"（2）工伤事故发生率按千分比计算。"_s};
    o.blankTemplate = true;
    o.spareRows = 3;
    QByteArray book;
    QString error;
    REQUIRE(annexOfficialXlsx(samplePlan(), sampleAnnex(), o, &book, &error));
    const QByteArray sheet = zipEntry(book, "xl/worksheets/sheet1.xml");
    // 2 industries + 3 spare rows: data rows 5-9, 合计 on row 10.
    CHECK(cellXml(sheet, u"B10"_s).contains(u"<f>SUM(B5:B9)</f>"_s));
    CHECK(cellXml(sheet, u"F5"_s).contains(u"<f>IF(N(D5)&gt;0,E5/D5,\"\")</f>"_s));
    CHECK(cellXml(sheet, u"H5"_s).contains(u"<f>IF(N(E5)&gt;0,G5/E5*1000,\"\")</f>"_s));
    CHECK(cellXml(sheet, u"H10"_s).contains(u"<f>IF(N(E10)&gt;0,G10/E10*1000,\"\")</f>"_s));
    // The counts are empty: a template, not the unit's figures.
    CHECK(!cellXml(sheet, u"B5"_s).contains(u"<v>"_s));
    // Whole numbers ≥ 0 in the count columns, the sheet protected.
    CHECK(sheet.contains("type=\"whole\""));
    CHECK(sheet.contains("operator=\"greaterThanOrEqual\""));
    CHECK(sheet.contains("sqref=\"B5:B9\""));
    CHECK(sheet.contains("sqref=\"G5:G9\""));
    CHECK(sheet.contains("<sheetProtection"));

    // Unopened, it reads as the form with blank rows: the rate formulas' cached text is empty.
    const CsvDocument doc = readCsvDocument(book, u"template.xlsx"_s);
    bool sawSpare = false;
    for (const CsvRecord& r : doc.records)
        sawSpare = sawSpare || (r.line == 7 && !r.isBlank());
    CHECK_FALSE(sawSpare);
}
