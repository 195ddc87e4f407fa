// Bad input through the real yufang-cli (issue 20): a stray quote, NUL bytes, misspelt unit
// levels and codes, empty files and wide rows are refused with FILE:LINE: message and exit 1,
// the database as before (byte for byte on a file, table by table on a server); a local industry's
// name survives export → import.
#include "cli_support.h"

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kTitle =
    u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s;
const QString kHeader2020 =
    u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,2020年工伤事故数量,工伤事故发生率,备注"_s;

// 兰山区 2020 with eight rows (the seven plan industries and one local one), 合计 on line 12.
QStringList eightRows() {
    return {u"危险化学品,10,8,1000,800,80.00%,4,5.00‰,"_s,
            u"矿山,5,5,300,300,100.00%,1,3.33‰,"_s,
            u"冶金,6,6,400,380,95.00%,2,5.26‰,"_s,
            u"建材,7,6,500,450,90.00%,1,2.22‰,"_s,
            u"建筑施工,20,15,5000,6000,120.00%,12,2.00‰,按项目参保"_s,
            u"交通运输,8,8,700,650,92.86%,3,4.62‰,"_s,
            u"机械制造,9,9,900,856,95.11%,2,2.34‰,"_s,
            u"本地行业甲,3,3,100,90,90.00%,0,0.00‰,"_s};
}

QString form(const QStringList& rows) {
    return csvLines(
        QStringList{kTitle, u"填报单位：临沂市兰山区人力资源和社会保障局"_s, kHeader2020} + rows +
        QStringList{u"合计,68,60,8900,9526,107.03%,25,2.62‰,"_s});
}

void requireExit(const CliResult& r, int code) {
    INFO(r.describe());
    REQUIRE(r.exitCode == code);
}

// The first stderr line that names FILE:LINE.
bool namesLine(const CliResult& r, const QString& file, int line) {
    const QString prefix = u"%1:%2: "_s.arg(file).arg(line);
    for (const QString& l : r.errLines())
        if (l.startsWith(prefix))
            return true;
    return false;
}
} // namespace

TEST_CASE("A stray quote in a form makes import-annex --replace fail and change nothing",
          "[cli][faults]") {
    CliSandbox box;
    box.write(u"good.csv"_s, utf8WithBom(form(eightRows())));
    requireExit(box.run({u"import-annex"_s, box.filePath(u"good.csv"_s)}), 0);
    const QByteArray before = box.databaseDigest();

    // The coverage rate of line 5 typed as ,"95.17% : the quote opens and never closes.
    QStringList rows = eightRows();
    rows[1] = u"矿山,5,5,300,300,\"95.17%,1,3.33‰,"_s;
    box.write(u"stray.csv"_s, utf8WithBom(form(rows)));
    const QString stray = box.filePath(u"stray.csv"_s);
    const CliResult r = box.run({u"import-annex"_s, stray, u"--replace"_s});
    requireExit(r, 1);
    CHECK(namesLine(r, stray, 5));
    CHECK(box.databaseDigest() == before);

    // The same quote closed further down the file (at a quoted remark) is refused as well,
    // naming the line where the stray quote opens.
    rows[4] = u"建筑施工,20,15,5000,6000,120.00%,12,2.00‰,\"按项目参保\""_s;
    box.write(u"closed.csv"_s, utf8WithBom(form(rows)));
    const CliResult closed =
        box.run({u"import-annex"_s, box.filePath(u"closed.csv"_s), u"--replace"_s});
    requireExit(closed, 1);
    CHECK(namesLine(closed, box.filePath(u"closed.csv"_s), 5));
    CHECK(box.databaseDigest() == before);
}

TEST_CASE("A stray quote in import-units swallows no line and adds no unit", "[cli][faults]") {
    CliSandbox box;
    requireExit(box.run({u"init"_s}), 0);
    const QByteArray before = box.databaseDigest();
    box.write(u"u.csv"_s,
              utf8WithBom(csvLines(
                  {u"code,name,level,parent_code"_s, u"371391,测试县1,county,371300"_s,
                   u"371392,\"测试县2,county,371300"_s, u"371393,测试县3,county,371300"_s})));
    const QString file = box.filePath(u"u.csv"_s);
    const CliResult r = box.run({u"import-units"_s, file});
    requireExit(r, 1);
    CHECK(namesLine(r, file, 3));
    CHECK(box.databaseDigest() == before);
}

TEST_CASE("import-units refuses misspelt levels - bad codes - NUL headers and empty files",
          "[cli][faults]") {
    CliSandbox box;
    requireExit(box.run({u"init"_s}), 0);
    const QByteArray before = box.databaseDigest();
    const QByteArray header = "code,name,level,parent_code\r\n";
    struct Case {
        const char* what;
        QByteArray bytes;
        int line;
    };
    const Case c = GENERATE_COPY(values<Case>({
        {"level countyy", header + utf8WithBom(u"371394,测试县,countyy,371300\r\n"_s).mid(3), 2},
        {"code :71394", header + utf8WithBom(u":71394,测试县,county,371300\r\n"_s).mid(3), 2},
        {"parent that is no code", header + "371394,x,county,37130\r\n", 2},
        {"a county without a parent", header + "371394,x,county,\r\n", 2},
        {"a header full of NULs", QByteArray(64, '\0') + "\r\n", 0},
        {"an empty file", QByteArray(), 0},
        {"only a header", header, 0},
        {"only a BOM", QByteArray("\xEF\xBB\xBF"), 0},
    }));
    CAPTURE(c.what);
    box.write(u"u.csv"_s, c.bytes);
    const QString file = box.filePath(u"u.csv"_s);
    const CliResult r = box.run({u"import-units"_s, file});
    requireExit(r, 1);
    if (c.line > 0)
        CHECK(namesLine(r, file, c.line));
    CHECK(box.databaseDigest() == before);
}

TEST_CASE("NUL bytes in an industry name or a credit code are refused and never stored",
          "[cli][faults]") {
    CliSandbox box;
    requireExit(box.run({u"init"_s}), 0);
    const QByteArray before = box.databaseDigest();
    QByteArray annex = utf8WithBom(form(eightRows()));
    const QByteArray nulName =
        QStringLiteral("危险化学").toUtf8() + QByteArray(3, '\0') + QStringLiteral("品").toUtf8();
    annex.replace(QStringLiteral("危险化学品").toUtf8(), nulName);
    box.write(u"a.csv"_s, annex);
    const CliResult a = box.run({u"import-annex"_s, box.filePath(u"a.csv"_s)});
    requireExit(a, 1);
    CHECK(namesLine(a, box.filePath(u"a.csv"_s), 4));
    CHECK(a.errText().contains(u"U+0000"_s));

    QByteArray reg = "unit_code,enterprise_name,credit_code,industry,year,employees,"
                     "insured_employees,insured,accidents,occupational_disease_cases,"
                     "key_personnel,key_personnel_trained\r\n";
    reg +=
        QStringLiteral("371302,甲公司,91371302MA3C\0\0\0\0\0\0,危险化学品,2023,10,10,1,0,0,2,2\r\n")
            .toUtf8();
    box.write(u"r.csv"_s, reg);
    const CliResult r = box.run({u"import-register"_s, box.filePath(u"r.csv"_s)});
    requireExit(r, 1);
    CHECK(namesLine(r, box.filePath(u"r.csv"_s), 2));
    CHECK(box.databaseDigest() == before);
}

TEST_CASE("A local industry's name round-trips export and import unchanged", "[cli][faults]") {
    CliSandbox box;
    QStringList rows = eightRows();
    rows[7] = u"=1+2本地行业,3,3,100,90,90.00%,0,0.00‰,"_s;
    box.write(u"in.csv"_s, utf8WithBom(form(rows)));
    requireExit(box.run({u"import-annex"_s, box.filePath(u"in.csv"_s)}), 0);
    const QString layout = GENERATE(u"form"_s, u"data"_s);
    CAPTURE(layout);
    const QStringList exportArgs = {u"export-annex"_s, u"--unit"_s,   u"371302"_s, u"--year"_s,
                                    u"2020"_s,         u"--layout"_s, layout};
    const CliResult first = box.run(exportArgs + QStringList{u"-o"_s, box.filePath(u"1.csv"_s)});
    requireExit(first, 0);
    CHECK(box.read(u"1.csv"_s).contains(u"'=1+2本地行业"_s.toUtf8())); // neutralised for Excel
    for (int cycle = 0; cycle < 2; ++cycle)
        requireExit(box.run({u"import-annex"_s, box.filePath(u"1.csv"_s), u"--replace"_s}), 0);
    requireExit(box.run(exportArgs + QStringList{u"-o"_s, box.filePath(u"2.csv"_s)}), 0);
    CHECK(box.read(u"2.csv"_s) == box.read(u"1.csv"_s));
    CHECK_FALSE(box.read(u"2.csv"_s).contains(u"''=1+2本地行业"_s.toUtf8()));
}

TEST_CASE("A title row 100000 columns wide is read in one pass and the form imported",
          "[cli][faults]") {
    CliSandbox box;
    requireExit(box.run({u"export-training"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s,
                         u"-o"_s, box.filePath(u"t.csv"_s)}),
                0);
    QString text = QString::fromUtf8(box.read(u"t.csv"_s).mid(3));
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学品,分管负责人,12,9,,4,3,2,16,"_s);
    // The title cell followed by 100,000 cells, as a sheet whose title was merged over them.
    const qsizetype titleEnd = text.indexOf(u"\r\n"_s);
    QString wide = text.left(titleEnd);
    wide.reserve(wide.size() + 400000);
    for (int i = 0; i < 100000; ++i)
        wide += u",标题"_s;
    text = wide + text.mid(titleEnd);
    box.write(u"wide.csv"_s, utf8WithBom(text));
    const CliResult r = box.run({u"import-training"_s, box.filePath(u"wide.csv"_s)});
    requireExit(r, 0);
    const CliResult out =
        box.run({u"export-training"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s});
    requireExit(out, 0);
    CHECK(out.outText().contains(u"危险化学品,分管负责人,12,9,75.00%,4,3,2,16,"_s));
}

TEST_CASE("A 10 MB remark is refused with a message that quotes only an excerpt", "[cli][faults]") {
    CliSandbox box;
    requireExit(box.run({u"init"_s}), 0);
    const QByteArray before = box.databaseDigest();
    QStringList rows = eightRows();
    rows[0] = u"危险化学品,10,8,1000,800,80.00%,4,5.00‰,\""_s + QString(10 * 1024 * 1024, u'长') +
              u"\""_s;
    box.write(u"big.csv"_s, utf8WithBom(form(rows)));
    const CliResult r = box.run({u"import-annex"_s, box.filePath(u"big.csv"_s)});
    requireExit(r, 1);
    CHECK(namesLine(r, box.filePath(u"big.csv"_s), 4));
    CHECK(r.err.size() < 2000); // the issue saw 3.4 million lines on stderr
    CHECK(box.databaseDigest() == before);
}
