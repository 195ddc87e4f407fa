// Exported CSVs survive a spreadsheet (issue 15): text cells of digits that Excel, WPS or
// LibreOffice would turn into a number (a remark 0012, a phone 05398888888, a 12-digit unit
// code, an 18-digit 统一社会信用代码) carry the writer's apostrophe, which survives an open and
// a save and which every reader strips; `float` refuses a credit code already destroyed into
// exponent form, as the register import does.
#include "test_support.h"

#include "io/csv_reader.h"
#include "io/csv_stream_reader.h"
#include "io/csv_writer.h"
#include "services/rate_float_batch.h"
#include "storage/rate_scheme_repository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Digits a spreadsheet would mangle get the apostrophe and read back unchanged",
          "[csv][data-safety]") {
    const auto [cell, written] = GENERATE(table<const char16_t*, const char16_t*>({
        {u"0012", u"'0012"},                             // remark: the zeros would go
        {u"05398888888", u"'05398888888"},               // phone: the 0 would go
        {u"371302001001", u"'371302001001"},             // 12-digit unit code: 3.71302E+11
        {u"913713029458073021", u"'913713029458073021"}, // credit code: 9.13713029458073E+17
        {u"'0012", u"''0012"},                           // the clerk's own apostrophe kept
        {u"371302", u"371302"},                          // 6 digits: a number, but unharmed
        {u"0", u"0"},
        {u"13812345678", u"13812345678"}, // 11 digits: Excel shows and saves them whole
        {u"0539-1234567", u"0539-1234567"},
        {u"91371302MA3C000015", u"91371302MA3C000015"},
        {u"12a", u"12a"},
    }));
    const QString in = QString::fromUtf16(cell);
    const QString out = QString::fromUtf16(written);
    CAPTURE(in);
    CHECK(CsvWriter::neutralise(in) == out);
    CsvWriter w;
    w.addRow({CsvField::str(u"x"_s), CsvField::str(in)});
    const QList<CsvRecord> records = CsvReader::parse(w.text(), QLatin1Char(','));
    REQUIRE(records.size() == 1);
    CHECK(records.at(0).fields.value(1) == out);
    CHECK(records.at(0).at(1) == in);
}

TEST_CASE("Counts are numbers and never get the apostrophe", "[csv][data-safety]") {
    CsvWriter w;
    w.addRow({CsvField::num(qint64(123456789012)), CsvField::num(0)});
    CHECK(w.text() == u"123456789012,0\r\n"_s);
}

TEST_CASE("The streamed reader strips the apostrophe too: an exported register re-imports",
          "[csv][data-safety]") {
    QByteArray bytes = "credit_code,name,remark\r\n'913713029458073021,'=x,'abc\r\n";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvStreamReader reader(&buffer);
    CsvByteRecord r;
    REQUIRE(reader.next(r));
    REQUIRE(reader.next(r));
    CHECK(r.at(0) == QByteArrayView("913713029458073021"));
    CHECK(r.at(1) == QByteArrayView("=x"));
    CHECK(r.at(2) == QByteArrayView("'abc")); // not written by us: left alone
}

TEST_CASE("A spreadsheet's open and save keeps the protected digits", "[csv][data-safety]") {
    // LibreOffice opens the CSV and saves it again as CSV, as a clerk would; the re-read cells
    // must be the ones written. Without LibreOffice (CI) the case only warns.
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        WARN("soffice not installed: the spreadsheet round trip was not run");
        return;
    }
    const QStringList cells = {u"0012"_s, u"05398888888"_s, u"371302001001"_s,
                               u"913713029458073021"_s, u"'=A1*2"_s};
    CsvWriter w;
    w.addTextRow({u"remark"_s, u"phone"_s, u"unit_code"_s, u"credit_code"_s, u"note"_s});
    w.addTextRow(cells);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile in(dir.filePath(u"in.csv"_s));
    REQUIRE(in.open(QIODevice::WriteOnly));
    in.write(w.encoded(CsvEncoding::Utf8Bom));
    in.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir.filePath(u"home"_s)); // a private LibreOffice profile
    p.setProcessEnvironment(env);
    p.start(soffice, {u"--headless"_s, u"--infilter=CSV:44,34,76,1"_s, u"--convert-to"_s,
                      u"csv:Text - txt - csv (StarCalc):44,34,76"_s, u"--outdir"_s,
                      dir.filePath(u"out"_s), in.fileName()});
    REQUIRE(p.waitForFinished(180000));
    QFile out(dir.filePath(u"out/in.csv"_s));
    REQUIRE(out.open(QIODevice::ReadOnly));
    const CsvDocument doc = readCsvDocument(out.readAll(), u"out.csv"_s);
    REQUIRE(doc.records.size() == 2);
    for (int i = 0; i < cells.size(); ++i) {
        CAPTURE(i, doc.records.at(1).fields.value(i));
        CHECK(doc.records.at(1).at(i) == cells.at(i));
    }
}

TEST_CASE("float refuses a credit code destroyed into exponent form and protects whole ones",
          "[csv][data-safety]") {
    TempDatabase t;
    const RateScheme s = RateSchemeRepository(t.connection()).load();
    const QByteArray destroyed =
        utf8(u"单位名称,统一社会信用代码,风险类别,缴费工资总额,缴费额,基金支付额,上年新发工伤人数\n"
             "甲化工,9.13713029458073E+17,5,1000000,11000,5000,0\n"_s);
    const FloatBatch bad = runFloatBatch(s, destroyed, u"f.csv"_s);
    CHECK_FALSE(bad.ok());
    bool named = false;
    for (const Diagnostic& d : bad.diagnostics)
        named = named || (d.line == 2 && d.field == u"credit_code"_s &&
                          d.message.contains(u"9.13713029458073E+17"_s));
    CHECK(named);

    const FloatBatch good = runFloatBatch(
        s,
        utf8(u"单位名称,统一社会信用代码,风险类别,缴费工资总额,缴费额,基金支付额,上年新发工伤人数\n"
             "甲化工,913713029458073021,5,1000000,11000,5000,0\n"_s),
        u"g.csv"_s);
    REQUIRE(good.ok());
    const QString out = floatBatchCsv(s, good.rows);
    CHECK(out.contains(u",'913713029458073021,"_s));
}
