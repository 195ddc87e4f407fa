// Workbooks out (io/table_sink, io/xlsx_table_writer): the sheet XML libxlsxwriter writes is
// checked byte for byte for cell types and number formats, and the workbook reads back through
// the importers' own reader (readCsvDocument) as the CSV does. The official sheet of a form is
// form_xlsx_sheet_test.
#include "test_support.h"
#include "xlsx_parts.h"

#include "domain/bureau_name.h"
#include "io/csv_reader.h"
#include "io/table_output.h"
#include "io/xlsx_table_writer.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
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
