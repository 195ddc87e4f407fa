// yufang-cli's happy paths (DESIGN.md "yufang-cli"): init, units, import-annex/export-annex
// round trips in both layouts and encodings, consolidation on export, import-units.
#include "cli_support.h"

#include "../test_server.h"

#include <QDirIterator>
#include <QStringDecoder>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDataHeader =
    u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s;

// Two Linyi counties in the data layout.
QString twoCounties() {
    return csvLines({kDataHeader, u"371302,兰山区,2020,危险化学品,10,8,1000,800,4,"_s,
                     u"371302,兰山区,2020,建筑施工,20,15,5000,6000,12,按项目参保"_s,
                     u"371302,兰山区,2020,物流仓储,5,5,300,300,1,\"含快递,仓储\""_s,
                     u"371311,罗庄区,2020,危险化学品,6,6,400,200,0,\"'=HYPERLINK(\"\"x\"\")\""_s,
                     u"371311,罗庄区,2020,冶金,3,3,900,900,3,"_s});
}

QStringList crlfLines(const QByteArray& bytes) {
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    QStringList lines = QString::fromUtf8(b).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool everyNewlineIsCrlf(const QByteArray& bytes) {
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            return false;
    return bytes.endsWith("\r\n");
}

void importTwoCounties(const CliSandbox& box, const QString& db) {
    box.write(u"two.csv"_s, utf8WithBom(twoCounties()));
    const CliResult r = box.run({u"import-annex"_s, box.filePath(u"two.csv"_s)}, db);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}
} // namespace

TEST_CASE("init creates the database and is idempotent", "[cli]") {
    CliSandbox box;
    const CliResult first = box.run({u"init"_s});
    INFO(first.describe());
    REQUIRE(first.exitCode == 0);
    if (!onTestServer())
        CHECK(QFile::exists(box.dbPath()));
    CHECK(first.outText().contains(u"32 units"_s));
    const CliResult unitsBefore = box.run({u"units"_s});
    REQUIRE(unitsBefore.exitCode == 0);

    const CliResult second = box.run({u"init"_s});
    INFO(second.describe());
    CHECK(second.exitCode == 0);
    CHECK(second.out == first.out);
    CHECK(second.err.isEmpty());
    const CliResult unitsAfter = box.run({u"units"_s});
    CHECK(unitsAfter.out == unitsBefore.out);
}

TEST_CASE("Without --db the default database under the user's data folder is used", "[cli]") {
    // About the default FILE's place: without --db or --server there is no server to use.
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    const CliResult r = box.runRaw({u"init"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    QStringList found;
    QDirIterator it(box.dataHome(), {u"yufang.sqlite"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    CHECK(found.size() == 1);
}

TEST_CASE("units writes UTF-8 CSV with BOM and CRLF: code/name/level/parent_code", "[cli]") {
    CliSandbox box;
    const CliResult r = box.run({u"units"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith("\xEF\xBB\xBF"));
    CHECK(everyNewlineIsCrlf(r.out));
    const QStringList lines = crlfLines(r.out);
    REQUIRE(lines.size() == 33);
    CHECK(lines.first() == u"code,name,level,parent_code"_s);
    CHECK(lines.contains(u"371302,兰山区,county,371300"_s));
    CHECK(lines.contains(u"370000,山东省,province,"_s));
    CHECK(lines.contains(u"371300,临沂市,city,370000"_s));
    CHECK(lines.contains(u"371373,临沂临港经济开发区,zone,371300"_s));

    SECTION("-o writes the same bytes to a file") {
        const CliResult o = box.run({u"units"_s, u"-o"_s, box.filePath(u"units.csv"_s)});
        REQUIRE(o.exitCode == 0);
        CHECK(o.out.isEmpty());
        CHECK(box.read(u"units.csv"_s) == r.out);
    }
}

TEST_CASE("A data-layout export imports into a fresh database and exports identically", "[cli]") {
    CliSandbox box;
    const QString dbA = box.dbPath(u"a.sqlite"_s);
    const QString dbB = box.dbPath(u"b.sqlite"_s);
    importTwoCounties(box, dbA);

    const QStringList exportArgs = {u"export-annex"_s, u"--unit"_s,   u"371302"_s, u"--year"_s,
                                    u"2020"_s,         u"--layout"_s, u"data"_s};
    const CliResult ea = box.run(exportArgs + QStringList{u"-o"_s, box.filePath(u"a.csv"_s)}, dbA);
    INFO(ea.describe());
    REQUIRE(ea.exitCode == 0);
    const QByteArray a = box.read(u"a.csv"_s);
    CHECK(a.startsWith("\xEF\xBB\xBF"));
    CHECK(everyNewlineIsCrlf(a));
    const QStringList rowsA = crlfLines(a);
    REQUIRE(rowsA.size() == 9); // header, seven plan industries, one local industry
    CHECK(rowsA[0] == kDataHeader);
    CHECK(rowsA[1] == u"371302,兰山区,2020,危险化学品,10,8,1000,800,4,"_s);
    CHECK(rowsA[2] == u"371302,兰山区,2020,矿山,,,,,,"_s);
    CHECK(rowsA.contains(u"371302,兰山区,2020,建筑施工,20,15,5000,6000,12,按项目参保"_s));
    CHECK(rowsA[8] == u"371302,兰山区,2020,物流仓储,5,5,300,300,1,\"含快递,仓储\""_s);

    // stdout carries the same bytes as -o
    const CliResult toStdout = box.run(exportArgs, dbA);
    REQUIRE(toStdout.exitCode == 0);
    CHECK(toStdout.out == a);

    const CliResult ib = box.run({u"import-annex"_s, box.filePath(u"a.csv"_s)}, dbB);
    INFO(ib.describe());
    REQUIRE(ib.exitCode == 0);
    const CliResult eb = box.run(exportArgs + QStringList{u"-o"_s, box.filePath(u"b.csv"_s)}, dbB);
    REQUIRE(eb.exitCode == 0);
    const QByteArray b = box.read(u"b.csv"_s);
    CHECK(crlfLines(b) == rowsA);
    CHECK(b == a);
}

TEST_CASE("A neutralised remark survives export and re-import", "[cli]") {
    CliSandbox box;
    const QString dbA = box.dbPath(u"a.sqlite"_s);
    const QString dbB = box.dbPath(u"b.sqlite"_s);
    importTwoCounties(box, dbA);
    const QStringList args = {u"export-annex"_s, u"--unit"_s,   u"罗庄区"_s, u"--year"_s,
                              u"2020"_s,         u"--layout"_s, u"data"_s,   u"-o"_s};
    REQUIRE(box.run(args + QStringList{box.filePath(u"a.csv"_s)}, dbA).exitCode == 0);
    const QStringList rows = crlfLines(box.read(u"a.csv"_s));
    // the remark =HYPERLINK("x") is written as text: apostrophe first, RFC 4180 quoted
    CHECK(
        rows.contains(u"371311,罗庄区,2020,危险化学品,6,6,400,200,0,\"'=HYPERLINK(\"\"x\"\")\""_s));
    REQUIRE(box.run({u"import-annex"_s, box.filePath(u"a.csv"_s)}, dbB).exitCode == 0);
    REQUIRE(box.run(args + QStringList{box.filePath(u"b.csv"_s)}, dbB).exitCode == 0);
    CHECK(box.read(u"b.csv"_s) == box.read(u"a.csv"_s));
}

TEST_CASE("A form-layout export imports back and exports identically", "[cli]") {
    CliSandbox box;
    const QString dbA = box.dbPath(u"a.sqlite"_s);
    const QString dbB = box.dbPath(u"b.sqlite"_s);
    importTwoCounties(box, dbA);
    const QStringList args = {u"export-annex"_s, u"--unit"_s, u"371302"_s,
                              u"--year"_s,       u"2020"_s,   u"-o"_s};
    const CliResult ea = box.run(args + QStringList{box.filePath(u"form-a.csv"_s)}, dbA);
    INFO(ea.describe());
    REQUIRE(ea.exitCode == 0);
    const QStringList lines = crlfLines(box.read(u"form-a.csv"_s));
    REQUIRE(lines.size() > 12);
    CHECK(lines[0].contains(u"重点行业企业基本情况表"_s));
    CHECK(lines[1] == u"填报单位：兰山区"_s);
    CHECK(lines[2].contains(u"2020年工伤事故数量"_s));
    // The rates are plain numbers, their unit in the header (issue 15).
    CHECK(lines[2].contains(u"工伤保险参保率（%）"_s));
    CHECK(lines[2].contains(u"工伤事故发生率（‰）"_s));
    CHECK(lines[3] == u"危险化学品,10,8,1000,800,80.00,4,5.00,"_s);
    // 合计: 35,28,6300,7100 → coverage 7100/6300 = 112.70 %, accidents 17/7100 = 2.39 ‰
    CHECK(lines.contains(u"合计,35,28,6300,7100,112.70,17,2.39,"_s));

    const CliResult ib = box.run({u"import-annex"_s, box.filePath(u"form-a.csv"_s)}, dbB);
    INFO(ib.describe());
    REQUIRE(ib.exitCode == 0);
    REQUIRE(box.run(args + QStringList{box.filePath(u"form-b.csv"_s)}, dbB).exitCode == 0);
    CHECK(box.read(u"form-b.csv"_s) == box.read(u"form-a.csv"_s));
}

TEST_CASE("Exporting the city from county data gives the summed city total", "[cli]") {
    CliSandbox box;
    importTwoCounties(box, box.dbPath());
    const QString unit = QString::fromUtf16(GENERATE(as<const char16_t*>{}, u"371300", u"临沂市"));
    CAPTURE(unit);
    SECTION("data layout") {
        const CliResult r = box.run({u"export-annex"_s, u"--unit"_s, unit, u"--year"_s, u"2020"_s,
                                     u"--layout"_s, u"data"_s});
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
        const QStringList rows = crlfLines(r.out);
        // 危险化学品: 10+6, 8+6, 1000+400, 800+200, 4+0
        CHECK(rows.contains(u"371300,临沂市,2020,危险化学品,16,14,1400,1000,4,"_s));
        CHECK(rows.contains(u"371300,临沂市,2020,冶金,3,3,900,900,3,"_s));
        CHECK(rows.contains(u"371300,临沂市,2020,建筑施工,20,15,5000,6000,12,"_s));
        CHECK(rows.contains(u"371300,临沂市,2020,物流仓储,5,5,300,300,1,"_s));
        CHECK(rows.contains(u"371300,临沂市,2020,矿山,,,,,,"_s));
    }
    SECTION("form layout with the 合计 rates recomputed from the sums") {
        const CliResult r = box.run({u"export-annex"_s, u"--unit"_s, unit, u"--year"_s, u"2020"_s});
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
        const QStringList rows = crlfLines(r.out);
        CHECK(rows.contains(u"填报单位：临沂市"_s));
        // 1000/1400 = 71.43 %, 4/1000 = 4.00 ‰
        CHECK(rows.contains(u"危险化学品,16,14,1400,1000,71.43,4,4.00,"_s));
        // 44,37,7600,8200: coverage 8200/7600 = 107.89 %, accidents 20/8200 = 2.44 ‰
        CHECK(rows.contains(u"合计,44,37,7600,8200,107.89,20,2.44,"_s));
    }
}

TEST_CASE("The province total includes the Linyi counties", "[cli]") {
    CliSandbox box;
    importTwoCounties(box, box.dbPath());
    const CliResult r = box.run({u"export-annex"_s, u"--unit"_s, u"370000"_s, u"--year"_s,
                                 u"2020"_s, u"--layout"_s, u"data"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(crlfLines(r.out).contains(u"370000,山东省,2020,危险化学品,16,14,1400,1000,4,"_s));
}

TEST_CASE(
    "export-annex --encoding gb18030 writes GB18030 without BOM that decodes and imports back",
    "[cli]") {
    CliSandbox box;
    importTwoCounties(box, box.dbPath());
    const QString layout = QString::fromLatin1(GENERATE(as<const char*>{}, "form", "data"));
    CAPTURE(layout);
    const QStringList args = {u"export-annex"_s, u"--unit"_s,   u"371302"_s, u"--year"_s,
                              u"2020"_s,         u"--layout"_s, layout};
    const CliResult utf8 = box.run(args);
    REQUIRE(utf8.exitCode == 0);
    const CliResult gb = box.run(
        args + QStringList{u"--encoding"_s, u"gb18030"_s, u"-o"_s, box.filePath(u"gb.csv"_s)});
    INFO(gb.describe());
    REQUIRE(gb.exitCode == 0);
    const QByteArray bytes = box.read(u"gb.csv"_s);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder asUtf8(QStringConverter::Utf8);
    const QString asText = asUtf8.decode(bytes);
    CHECK_FALSE(asText.isEmpty());
    CHECK(asUtf8.hasError()); // really not UTF-8
    QStringDecoder gbDecoder("GB18030");
    REQUIRE(gbDecoder.isValid());
    const QString text = gbDecoder.decode(bytes);
    CHECK_FALSE(gbDecoder.hasError());
    CHECK(text == utf8.outText());
    CHECK(bytes.contains(QByteArray("\xC0\xBC\xC9\xBD\xC7\xF8"))); // 兰山区 in GB18030

    const QString fresh = box.dbPath(u"fresh.sqlite"_s);
    const CliResult back = box.run({u"import-annex"_s, box.filePath(u"gb.csv"_s)}, fresh);
    INFO(back.describe());
    REQUIRE(back.exitCode == 0);
    CHECK(box.run(args, fresh).out == utf8.out);
}

TEST_CASE("import-units adds units - a parent may come later in the file", "[cli]") {
    CliSandbox box;
    box.write(u"units.csv"_s,
              utf8WithBom(csvLines(
                  {u"code,name,level,parent_code"_s, u"370102001,历下区某街道,other,370102"_s,
                   u"370102,历下区,county,370100"_s, u"371302001,兰山街道,other,371302"_s})));
    const CliResult r = box.run({u"import-units"_s, box.filePath(u"units.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(u"3 unit"_s));
    const QStringList units = crlfLines(box.run({u"units"_s}).out);
    CHECK(units.size() == 36);
    CHECK(units.contains(u"370102,历下区,county,370100"_s));
    CHECK(units.contains(u"370102001,历下区某街道,other,370102"_s));
    CHECK(units.contains(u"371302001,兰山街道,other,371302"_s));

    SECTION("the new level takes part in consolidation") {
        box.write(
            u"street.csv"_s,
            utf8WithBom(csvLines({kDataHeader, u"371302001,兰山街道,2020,冶金,2,2,50,50,1,"_s})));
        REQUIRE(box.run({u"import-annex"_s, box.filePath(u"street.csv"_s)}).exitCode == 0);
        const CliResult city = box.run({u"export-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s,
                                        u"2020"_s, u"--layout"_s, u"data"_s});
        CHECK(crlfLines(city.out).contains(u"371300,临沂市,2020,冶金,2,2,50,50,1,"_s));
    }
    SECTION("importing the same file again adds nothing") {
        const CliResult again = box.run({u"import-units"_s, box.filePath(u"units.csv"_s)});
        CHECK(again.exitCode == 0);
        CHECK(crlfLines(box.run({u"units"_s}).out).size() == 36);
    }
}
