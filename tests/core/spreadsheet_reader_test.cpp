// Workbooks read as records (io/sheet_cells, io/xlsx_reader, io/xls_reader,
// io/spreadsheet_reader through readCsvDocument): what each kind of cell becomes, how the
// sheet is chosen, and the experts file (which only the GUI imports) in all three forms.
#include "test_support.h"

#include "io/csv_reader.h"
#include "io/sheet_cells.h"
#include "io/spreadsheet_reader.h"
#include "services/expert_csv.h"

#include <QFile>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray fixture(const QString& name) {
    QFile f(QStringLiteral(YUFANG_TEST_DATA_DIR "/xlsx/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString numberText(double v, NumberStyle style = NumberStyle::General, bool date1904 = false) {
    QByteArray out;
    QString error;
    if (!numberCellText(v, style, date1904, &out, &error))
        return u"error: "_s + error;
    return QString::fromLatin1(out);
}
} // namespace

TEST_CASE("A number cell reads as a CSV saved from the sheet would hold it", "[spreadsheet]") {
    CHECK(numberText(126.0) == u"126"_s);
    CHECK(numberText(0) == u"0"_s);
    CHECK(numberText(371302000000.0) == u"371302000000"_s); // a 12-digit unit code, exact
    CHECK(numberText(999999999999999.0) == u"999999999999999"_s);
    CHECK(numberText(0.1) == u"0.1"_s);
    CHECK(numberText(1000000.5) == u"1000000.5"_s);
    CHECK(numberText(-3) == u"-3"_s);
    // An 18-digit credit code typed into a General cell: its last digits are gone.
    CHECK(numberText(9.13713029458073e17).startsWith(u"error: "_s));
    CHECK(numberText(9.13713029458073e17).contains(u"15"_s));
    CHECK(numberText(1e15).startsWith(u"error: "_s));
    CHECK(numberText(0.8, NumberStyle::Percent) == u"80%"_s);
    CHECK(numberText(1.1333333333333333, NumberStyle::Percent) == u"113.333333333%"_s);
    CHECK(numberText(0.0152, NumberStyle::Percent) == u"1.52%"_s);
    CHECK(numberText(45000, NumberStyle::Date) == u"2023-03-15"_s);
    CHECK(numberText(45000.5, NumberStyle::Date) == u"2023-03-15 12:00:00"_s);
    CHECK(numberText(59, NumberStyle::Date) == u"1900-02-28"_s);
    CHECK(numberText(61, NumberStyle::Date) == u"1900-03-01"_s); // after Excel's 1900-02-29
    CHECK(numberText(0, NumberStyle::Date, true) == u"1904-01-01"_s);
}

TEST_CASE("Number formats tell dates and percentages from plain numbers", "[spreadsheet]") {
    CHECK(numberStyleOf(0, {}) == NumberStyle::General);
    CHECK(numberStyleOf(14, {}) == NumberStyle::Date);
    CHECK(numberStyleOf(31, {}) == NumberStyle::Date); // yyyy"年"m"月"d"日" in Chinese Excel
    CHECK(numberStyleOf(10, {}) == NumberStyle::Percent);
    CHECK(numberStyleOf(164, u"yyyy/mm/dd"_s) == NumberStyle::Date);
    CHECK(numberStyleOf(165, u"0.00%"_s) == NumberStyle::Percent);
    CHECK(numberStyleOf(166, u"0.00\"‰\""_s) == NumberStyle::General);
    CHECK(numberStyleOf(167, u"[Red]#,##0"_s) == NumberStyle::General);
    CHECK(numberStyleOf(168, u"0\" days\""_s) == NumberStyle::General); // d, s quoted
    CHECK(cellName(5, 2) == u"C5"_s);
    CHECK(cellName(1, 27) == u"AB1"_s);
    CHECK(columnOfReference(u"AB12") == 27);
    CHECK(columnOfReference(u"A1") == 0);
    CHECK(columnOfReference(u"12") == -1);
    CHECK(rowOfReference(u"AB12") == 12);
}

TEST_CASE("A file is told a workbook or text by its first bytes and not its name",
          "[spreadsheet]") {
    CHECK(sniffFileContent(fixture(u"annex_form.xlsx"_s)) == FileContent::Zip);
    CHECK(sniffFileContent(fixture(u"annex_form.xls"_s)) == FileContent::Ole);
    CHECK(sniffFileContent(fixture(u"annex_form.csv"_s)) == FileContent::Text);
    CHECK(sniffFileContent(QByteArray("a,b\r\n1,\0\r\n", 10)) == FileContent::Text); // one NUL
    CHECK(sniffFileContent(QByteArray("%PDF-1.4\n")) == FileContent::NotText);
    CHECK(sniffFileContent(QByteArray(600, '\x02')) == FileContent::NotText);
    // UTF-16 without a BOM has a NUL beside every ASCII character: still text.
    const QString tsv = u"code\tname\r\n371302\t兰山区\r\n"_s.repeated(20);
    CHECK(sniffFileContent(QByteArray(reinterpret_cast<const char*>(tsv.utf16()),
                                      tsv.size() * 2)) == FileContent::Text);
}

TEST_CASE("A hand-made workbook: shared and inline and rich strings and formulas and the "
          "form's sheet",
          "[spreadsheet]") {
    const CsvDocument doc = readCsvDocument(fixture(u"annex_handmade.xlsx"_s), u"h.xlsx"_s,
                                            {u"重点行业名称"_s, u"企业户数"_s});
    INFO((doc.diagnostics.isEmpty() ? std::string()
                                    : doc.diagnostics.first().message.toStdString()));
    REQUIRE(doc.diagnostics.isEmpty());
    CHECK(doc.encoding == u"Excel .xlsx, sheet 基本情况表"_s); // not the first sheet, 说明
    REQUIRE(doc.records.size() == 9);                          // row 7 is empty: no record
    CHECK(doc.records.at(0).line == 1);
    CHECK(doc.records.at(0).fields.size() == 1); // the merged title: its top-left cell only
    CHECK(doc.records.at(0).at(0).endsWith(u"重点行业企业基本情况表"_s));
    CHECK(doc.records.at(1).at(0) == u"填报单位：临沂市兰山区人力资源和社会保障局"_s); // inline
    const CsvRecord& chemicals = doc.records.at(3);
    CHECK(chemicals.line == 4);
    CHECK(chemicals.fields ==
          QStringList{u"危险化学品"_s, u"10"_s, u"8"_s, u"1000"_s, u"800"_s, u"80%"_s, u"4"_s,
                      u"5.00‰"_s}); // 1.0E3 exact; the formula's cached value, % formatted
    CHECK(doc.records.at(4).at(8) == u"按项目参保"_s); // rich-text runs, no phonetic guide
    const CsvRecord& total = doc.records.at(5);
    CHECK(total.line == 6);
    CHECK(total.at(1) == u"30"_s); // SUM's cached value
    CHECK(total.at(5) == u"113.333333333%"_s);
    CHECK(doc.records.at(6).line == 8);
}

TEST_CASE("The expert pool reads the same from its CSV and xlsx and xls and GB18030 CSV",
          "[spreadsheet]") {
    const ExpertCsvRead csv = readExpertCsv(fixture(u"experts.csv"_s), u"experts.csv"_s);
    REQUIRE(csv.diagnostics.isEmpty());
    REQUIRE(csv.experts.size() == 2);
    CHECK(csv.experts.at(0).validUntil == QDate(2027, 12, 31));
    CHECK(csv.experts.at(0).contact == u"0539-8123456"_s);
    for (const QString name : {u"experts.xlsx"_s, u"experts.xls"_s, u"experts_gb18030.csv"_s}) {
        INFO(name.toStdString());
        const ExpertCsvRead book = readExpertCsv(fixture(name), name);
        REQUIRE(book.diagnostics.isEmpty());
        REQUIRE(book.experts.size() == csv.experts.size());
        for (qsizetype i = 0; i < csv.experts.size(); ++i) {
            const Expert& a = csv.experts.at(i);
            const Expert& b = book.experts.at(i);
            CHECK(b.name == a.name);
            CHECK(b.field == a.field);
            CHECK(b.level == a.level);
            CHECK(b.employer == a.employer);
            CHECK(b.title == a.title);
            CHECK(b.contact == a.contact);
            CHECK(b.validUntil == a.validUntil); // a date cell, read as an ISO date
        }
    }
}

TEST_CASE("The expert pool saved without a character set and as ods names the cause",
          "[spreadsheet]") {
    // LibreOffice's default Western Europe character set turned the Chinese into '?'.
    const ExpertCsvRead lost = readExpertCsv(fixture(u"experts_saved_without_charset.csv"_s),
                                             u"experts_saved_without_charset.csv"_s);
    CHECK(lost.experts.isEmpty());
    REQUIRE_FALSE(lost.diagnostics.isEmpty());
    CHECK(lost.diagnostics.first().toString().contains(u"arrived as '?'"_s));
    const ExpertCsvRead ods = readExpertCsv(fixture(u"units.ods"_s), u"experts.ods"_s);
    CHECK(ods.experts.isEmpty());
    REQUIRE_FALSE(ods.diagnostics.isEmpty());
    CHECK(ods.diagnostics.first().toString().contains(u"(.ods)"_s));
}
