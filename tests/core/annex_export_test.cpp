// Annex export (the form engine's FormTableExport of the form annex): the exact bytes Excel gets
// (BOM, CRLF, RFC 4180 quoting, neutralised text cells, GB18030), the blank form a city sends
// out and gets back filled in, round trips in both layouts and encodings, atomic writes.
#include "test_support.h"

#include "annex_form_import.h"
#include "io/file_output.h"
#include "services/form_table_export.h"
#include "storage/annex_repository.h"

#include <QDir>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
AnnexRow row(const QString& industry, const AnnexCounts& c, const QString& remark = {}) {
    AnnexRow r;
    r.industry = industry;
    r.counts = c;
    r.remark = remark;
    return r;
}

// 兰山区 2020 with two filled rows whose remarks need quoting and neutralising.
void saveLanshan(const TempDatabase& t,
                 const QString& remark = u"=HYPERLINK(\"http://x\",\"y\")"_s) {
    AnnexTable table;
    table.unitCode = u"371302"_s;
    table.year = 2020;
    table.rows = {row(u"危险化学品"_s, counts(10, 8, 1000, 800, 4), remark),
                  row(u"建筑施工"_s, counts(20, 15, 5000, 4000, 12), u"含\"园区\",另计"_s)};
    table.meta.preparer = u"张三"_s;
    table.meta.phone = u"0539-1234567"_s;
    QString error;
    REQUIRE(AnnexRepository(t.connection()).save(table, u"test"_s, &error));
}

QString exported(const TempDatabase& t, const QString& unit, int year, CsvLayout layout) {
    QString error;
    const auto text = FormTableExport(t.connection()).csv(unit, u"annex"_s, year, layout, &error);
    INFO(error.toStdString());
    REQUIRE(text.has_value());
    return *text;
}

const QString kExpectedForm =
    u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表\r\n"
    u"填报单位：兰山区\r\n"
    u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率（%）,"
    u"2020年工伤事故数量,"
    u"工伤事故发生率（‰）,备注\r\n"
    u"危险化学品,10,8,1000,800,80.00,4,5.00,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"
    u"矿山,,,,,,,,\r\n"
    u"冶金,,,,,,,,\r\n"
    u"建材,,,,,,,,\r\n"
    u"建筑施工,20,15,5000,4000,80.00,12,3.00,\"含\"\"园区\"\",另计\"\r\n"
    u"交通运输,,,,,,,,\r\n"
    u"机械制造,,,,,,,,\r\n"
    u"合计,30,23,6000,4800,80.00,16,3.33,\r\n"
    u"填报人：张三\r\n"
    u"联系电话：0539-1234567\r\n"
    u"填报日期：\r\n"
    u"备注：（1）请填写2020年底的数据。\r\n"
    u"（2）重点行业为《实施方案》中明确的行业及各县区确定的重点行业，分别列出。\r\n"
    u"（3）基本情况作为考核评估的基础数据。\r\n"_s;
} // namespace

TEST_CASE("The form export is byte-exact with BOM and CRLF and quoting and a neutralised remark",
          "[export]") {
    TempDatabase t;
    saveLanshan(t);
    const QString text = exported(t, u"371302"_s, 2020, CsvLayout::Form);
    CHECK(text == kExpectedForm);
    const QByteArray bytes = encodeCsv(text, CsvEncoding::Utf8Bom);
    CHECK(bytes.startsWith("\xEF\xBB\xBF\xE3\x80\x8A")); // BOM, then 《
    CHECK(bytes.mid(3) == kExpectedForm.toUtf8());
    CHECK(bytes.count('\n') == bytes.count("\r\n"));
}

TEST_CASE("The GB18030 export has no BOM and the GB18030 bytes of the form", "[export]") {
    TempDatabase t;
    saveLanshan(t);
    const QByteArray bytes =
        encodeCsv(exported(t, u"371302"_s, 2020, CsvLayout::Form), CsvEncoding::Gb18030);
    CHECK(bytes.startsWith("\xA1\xB6\xC1\xD9\xD2\xCA")); // 《临沂, no BOM
    CHECK(bytes.contains(
        "\r\n\xBA\xCF\xBC\xC6,30,23,6000,4800,80.00,16,3.33,\r\n")); // 合计: plain rates
    CHECK(bytes.contains("\xCC\xEE\xB1\xA8\xC8\xCB\xA3\xBA\xD5\xC5\xC8\xFD\r\n")); // 填报人：张三
    CHECK(bytes.count('\n') == bytes.count("\r\n"));
}

TEST_CASE("Every text cell a spreadsheet would evaluate is neutralised and numbers never are",
          "[export]") {
    TempDatabase t;
    const auto [remark, written] = GENERATE(table<QString, QString>({
        {u"=1+1"_s, u"'=1+1"_s},
        {u"+86 0539"_s, u"'+86 0539"_s},
        {u"-3起"_s, u"'-3起"_s},
        {u"@SUM(A1)"_s, u"'@SUM(A1)"_s},
        {u"\tx"_s, u"'\tx"_s},
        {u"\rx"_s, u"\"'\rx\""_s},
        {u"'=已是文本"_s, u"''=已是文本"_s},
        {u"正常备注"_s, u"正常备注"_s},
    }));
    CAPTURE(remark);
    saveLanshan(t, remark);
    const QString text = exported(t, u"371302"_s, 2020, CsvLayout::Data);
    CHECK(text.contains(u"371302,兰山区,2020,危险化学品,10,8,1000,800,4,"_s + written + u"\r\n"_s));

    // and it reads back as the remark typed
    TempDatabase fresh;
    FormTableFileImport import =
        AnnexFormImporter(fresh.connection()).prepare(utf8WithBom(text), u"x.csv"_s, {});
    REQUIRE(AnnexFormImporter(fresh.connection()).commit(import));
    CHECK(
        AnnexRepository(fresh.connection()).load(u"371302"_s, 2020).find(u"危险化学品"_s)->remark ==
        remark);
}

TEST_CASE("A unit and year without data export the blank form which imports back once filled",
          "[export]") {
    TempDatabase t;
    // 兰山区 has a local industry from an earlier year: the blank form lists it after the plan's.
    AnnexTable earlier;
    earlier.unitCode = u"371302"_s;
    earlier.year = 2020;
    earlier.rows = {row(u"物流仓储"_s, counts(5, 5, 300, 300, 1))};
    earlier.rows[0].local = true;
    QString error;
    REQUIRE(AnnexRepository(t.connection()).save(earlier, u"test"_s, &error));

    const QString blank = exported(t, u"371302"_s, 2023, CsvLayout::Form);
    QStringList lines = blank.split(u"\r\n"_s);
    CHECK(lines[2].contains(u"2023年工伤事故数量"_s));
    const QStringList industries = {u"危险化学品"_s, u"矿山"_s,     u"冶金"_s,     u"建材"_s,
                                    u"建筑施工"_s,   u"交通运输"_s, u"机械制造"_s, u"物流仓储"_s};
    for (int i = 0; i < industries.size(); ++i)
        CHECK(lines[3 + i] == industries[i] + u",,,,,,,,"_s);
    CHECK(lines[11] == u"合计,,,,,,,,"_s);
    CHECK(lines[12] == u"填报人："_s);
    CHECK(blank.contains(u"请填写2023年底的数据"_s));

    // A county fills in two rows and the preparer, and sends it back in GB18030.
    lines[3] = u"危险化学品,3,3,120,100,,1,,"_s;
    lines[10] = u"物流仓储,2,1,50,40,,0,,"_s;
    lines[12] = u"填报人：李四"_s;
    const QByteArray filled = encodeCsv(lines.join(u"\r\n"_s), CsvEncoding::Gb18030);
    const AnnexFormImporter importer(t.connection());
    FormTableFileImport import = importer.prepare(filled, u"lanshan-2023.csv"_s, {});
    CAPTURE(import.summary());
    for (const Diagnostic& d : import.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(importer.commit(import));
    CHECK(countOf(import.diagnostics, Severity::Error) == 0);
    CHECK(countOf(import.diagnostics, Severity::Warning) == 0);
    const AnnexTable stored = AnnexRepository(t.connection()).load(u"371302"_s, 2023);
    CHECK(stored.find(u"危险化学品"_s)->counts == counts(3, 3, 120, 100, 1));
    CHECK(stored.find(u"物流仓储"_s)->counts == counts(2, 1, 50, 40, 0));
    CHECK(stored.find(u"物流仓储"_s)->local);
    CHECK(stored.total() == counts(5, 4, 170, 140, 1));
    CHECK(stored.meta.preparer == u"李四"_s);
}

TEST_CASE("Export then import round-trips in both layouts and both encodings",
          "[export][roundtrip]") {
    const auto layout = GENERATE(CsvLayout::Form, CsvLayout::Data);
    const auto encoding = GENERATE(CsvEncoding::Utf8Bom, CsvEncoding::Gb18030);
    CAPTURE(int(layout), int(encoding));
    TempDatabase a;
    saveLanshan(a);
    const QString text = exported(a, u"371302"_s, 2020, layout);
    const QByteArray bytes = encodeCsv(text, encoding);

    TempDatabase b;
    const AnnexFormImporter importer(b.connection());
    FormTableFileImport import = importer.prepare(bytes, u"a.csv"_s, {});
    for (const Diagnostic& d : import.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(importer.commit(import));
    CHECK(import.encoding == (encoding == CsvEncoding::Gb18030 ? u"GB18030"_s : u"UTF-8 (BOM)"_s));
    const AnnexTable original = AnnexRepository(a.connection()).load(u"371302"_s, 2020);
    const AnnexTable copy = AnnexRepository(b.connection()).load(u"371302"_s, 2020);
    CHECK(copy.rows == original.rows);
    if (layout == CsvLayout::Form)
        CHECK(copy.meta == original.meta); // the data layout carries no 填报人
    CHECK(encodeCsv(exported(b, u"371302"_s, 2020, layout), encoding) == bytes);
}

TEST_CASE("Files are written atomically: complete or not at all", "[export]") {
    QTemporaryDir dir;
    const QString target = dir.filePath(u"form.csv"_s);
    QString error;
    REQUIRE(writeFileAtomically(target, "old", &error));
    REQUIRE(writeFileAtomically(target, "\xEF\xBB\xBFnew\r\n", &error));
    CHECK(readBytes(target) == QByteArray("\xEF\xBB\xBFnew\r\n"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList{u"form.csv"_s}); // no temporary left

    // A folder that cannot exist (its parent is a file): nothing is created, the error says where.
    const QString impossible = target + u"/sub/form.csv"_s;
    CHECK_FALSE(writeFileAtomically(impossible, "x", &error));
    CHECK(error.contains(impossible));
    CHECK(readBytes(target) == QByteArray("\xEF\xBB\xBFnew\r\n"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"form.csv"_s});
}
