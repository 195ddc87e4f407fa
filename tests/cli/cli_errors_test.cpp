// yufang-cli's failure contract (DESIGN.md "yufang-cli"): 2 for usage errors, 1 for rejected
// input with FILE:LINE: message on stderr and nothing changed.
#include "cli_support.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kTitle =
    u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s;
const QString kHeader2020 =
    u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,2020年工伤事故数量,工伤事故发生率,备注"_s;

QString goodForm() {
    return csvLines({kTitle, u"填报单位：临沂市兰山区人力资源和社会保障局"_s, kHeader2020,
                     u"危险化学品,10,8,1000,800,,4,,"_s, u"建筑施工,20,15,5000,5000,,12,,"_s,
                     u"合计,30,23,6000,5800,,16,,"_s});
}

// Three distinct errors on lines 4, 5 and 6.
QString threeErrors() {
    return csvLines({kTitle, u"填报单位：临沂市兰山区人力资源和社会保障局"_s, kHeader2020,
                     u"危险化学品,abc,8,1000,800,,4,,"_s, u"矿山,5,6,100,100,,1,,"_s,
                     u"冶金,5,5,100,100,,-3,,"_s});
}

// Lines of stderr in the FILE:LINE: message form for the given file (errors only: English
// warnings and notes say so after the line number).
QList<int> errorLinesFor(const CliResult& r, const QString& file) {
    QList<int> lines;
    const QRegularExpression re(u"^"_s + QRegularExpression::escape(file) + u":(\\d+): (.+)$"_s);
    for (const QString& l : r.errLines()) {
        const auto m = re.match(l);
        if (m.hasMatch() && !m.captured(2).startsWith(u"warning: "_s) &&
            !m.captured(2).startsWith(u"note: "_s))
            lines << m.captured(1).toInt();
    }
    return lines;
}

void initDb(const CliSandbox& box, const QString& db = {}) {
    const CliResult r = box.run({u"init"_s}, db);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}
} // namespace

TEST_CASE("Usage errors exit with 2 and explain on stderr", "[cli]") {
    CliSandbox box;
    initDb(box);
    box.write(u"x.csv"_s, utf8WithBom(goodForm()));
    const QString x = box.filePath(u"x.csv"_s);
    const auto [what, args] = GENERATE_COPY(table<const char*, QStringList>({
        {"no command", {}},
        {"unknown command", {u"frobnicate"_s}},
        {"unknown global option", {u"--bogus"_s, u"init"_s}},
        {"init with an argument", {u"init"_s, u"extra"_s}},
        {"units with an unknown option", {u"units"_s, u"--bogus"_s}},
        {"units with a bad encoding", {u"units"_s, u"--encoding"_s, u"latin1"_s}},
        {"export without --unit", {u"export-annex"_s, u"--year"_s, u"2020"_s}},
        {"export with an unknown unit",
         {u"export-annex"_s, u"--unit"_s, u"999999"_s, u"--year"_s, u"2020"_s}},
        {"export without --year", {u"export-annex"_s, u"--unit"_s, u"371302"_s}},
        {"export with a bad year",
         {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"abc"_s}},
        {"export with a bad layout",
         {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s, u"--layout"_s,
          u"pdf"_s}},
        {"export with a bad encoding",
         {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s, u"--encoding"_s,
          u"latin1"_s}},
        {"export with an unknown option",
         {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s, u"--frob"_s}},
        {"export with a stray argument",
         {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s, u"extra"_s}},
        {"export option without value", {u"export-annex"_s, u"--unit"_s}},
        {"import without a file", {u"import-annex"_s}},
        {"import with an unknown unit", {u"import-annex"_s, x, u"--unit"_s, u"999999"_s}},
        {"import with a bad year", {u"import-annex"_s, x, u"--year"_s, u"20x0"_s}},
        {"import with an unknown option", {u"import-annex"_s, x, u"--bogus"_s}},
        {"import-units without a file", {u"import-units"_s}},
        {"import-units with two files", {u"import-units"_s, x, x}},
    }));
    CAPTURE(what);
    const QByteArray dbBefore = box.databaseDigest();
    const CliResult r = box.run(args);
    INFO(r.describe());
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(r.out.isEmpty());
    CHECK(box.databaseDigest() == dbBefore);
}

TEST_CASE("Bad global options exit with 2 before touching a database", "[cli]") {
    CliSandbox box;
    const QString db = box.dbPath(u"never.sqlite"_s);
    const auto [what, args] = GENERATE_COPY(table<const char*, QStringList>({
        {"unknown language", {u"--db"_s, db, u"--lang"_s, u"fr"_s, u"init"_s}},
        {"--lang without value", {u"--db"_s, db, u"--lang"_s}},
        {"unknown command", {u"--db"_s, db, u"frobnicate"_s}},
        {"no command", {u"--db"_s, db}},
        {"--db without value", {u"--db"_s}},
    }));
    CAPTURE(what);
    const CliResult r = box.runRaw(args);
    INFO(r.describe());
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("The --help option prints the usage and exits with 0", "[cli]") {
    CliSandbox box;
    const CliResult r = box.runRaw({u"--help"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.outText().contains(u"export-annex"_s));
}

TEST_CASE("A rejected annex file exits with 1 - FILE:LINE: lines on stderr - nothing changed",
          "[cli]") {
    CliSandbox box;
    initDb(box);
    const QString lang = QString::fromLatin1(GENERATE(as<const char*>{}, "en", "zh_CN"));
    CAPTURE(lang);
    box.write(u"bad.csv"_s, utf8WithBom(threeErrors()));
    const QString bad = box.filePath(u"bad.csv"_s);
    const QByteArray before = box.databaseDigest();
    const CliResult r = box.runRaw(box.databaseArguments() +
                                   QStringList{u"--lang"_s, lang, u"import-annex"_s, bad});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(errorLinesFor(r, bad) == QList<int>{4, 5, 6});
    CHECK(box.databaseDigest() == before);
    const CliResult units = box.run({u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s,
                                     u"2020"_s, u"--layout"_s, u"data"_s});
    CHECK_FALSE(units.outText().contains(u",10,8,"_s));
}

TEST_CASE("A 合计 mismatch is rejected with the line of the total row", "[cli]") {
    CliSandbox box;
    initDb(box);
    QString text = goodForm();
    text.replace(u"合计,30,23,6000,5800"_s, u"合计,30,23,6000,5801"_s);
    box.write(u"total.csv"_s, utf8WithBom(text));
    const CliResult r = box.run({u"import-annex"_s, box.filePath(u"total.csv"_s)});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(errorLinesFor(r, box.filePath(u"total.csv"_s)) == QList<int>{6});
    CHECK(r.errText().contains(u"5800"_s));
    CHECK(r.errText().contains(u"5801"_s));
}

TEST_CASE("A missing file is rejected with exit 1", "[cli]") {
    CliSandbox box;
    initDb(box);
    const QString missing = box.filePath(u"missing.csv"_s);
    const CliResult r = box.run({u"import-annex"_s, missing});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().startsWith(missing));
}

TEST_CASE("Existing data is refused without --replace and replaced with it", "[cli]") {
    CliSandbox box;
    box.write(u"a.csv"_s, utf8WithBom(goodForm()));
    const QString a = box.filePath(u"a.csv"_s);
    REQUIRE(box.run({u"import-annex"_s, a}).exitCode == 0);
    QString changed = goodForm();
    changed.replace(u"危险化学品,10,8,1000,800"_s, u"危险化学品,11,8,1000,800"_s)
        .replace(u"合计,30,"_s, u"合计,31,"_s);
    box.write(u"b.csv"_s, utf8WithBom(changed));
    const QString b = box.filePath(u"b.csv"_s);
    const QByteArray before = box.databaseDigest();

    const CliResult refused = box.run({u"import-annex"_s, b});
    INFO(refused.describe());
    CHECK(refused.exitCode == 1);
    CHECK(errorLinesFor(refused, b) == QList<int>{2});
    CHECK(box.databaseDigest() == before);

    const CliResult replaced = box.run({u"import-annex"_s, b, u"--replace"_s});
    INFO(replaced.describe());
    CHECK(replaced.exitCode == 0);
    const CliResult out = box.run({u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s,
                                   u"2020"_s, u"--layout"_s, u"data"_s});
    CHECK(out.outText().contains(u"371302,兰山区,2020,危险化学品,11,8,1000,800,4,"_s));
}

TEST_CASE("import-annex rejects --unit or --year that contradict the file", "[cli]") {
    CliSandbox box;
    initDb(box);
    box.write(u"a.csv"_s, utf8WithBom(goodForm()));
    const QString a = box.filePath(u"a.csv"_s);
    const auto [option, value, line] = GENERATE(table<const char*, const char*, int>({
        {"--year", "2021", 3},
        {"--unit", "371311", 2},
        {"--unit", "罗庄区", 2},
    }));
    const QStringList args = {u"import-annex"_s, a, QString::fromLatin1(option),
                              QString::fromUtf8(value)};
    CAPTURE(args);
    const QByteArray before = box.databaseDigest();
    const CliResult r = box.run(args);
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(errorLinesFor(r, a) == QList<int>{line});
    CHECK(box.databaseDigest() == before);
}

TEST_CASE("import-annex accepts --unit and --year that agree with the file", "[cli]") {
    CliSandbox box;
    box.write(u"a.csv"_s, utf8WithBom(goodForm()));
    const CliResult r = box.run({u"import-annex"_s, box.filePath(u"a.csv"_s), u"--unit"_s,
                                 u"兰山区"_s, u"--year"_s, u"2020"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 0);
}

TEST_CASE("An ambiguous or unknown 填报单位 is rejected", "[cli]") {
    CliSandbox box;
    box.write(u"units.csv"_s, utf8WithBom(csvLines({u"code,name,level,parent_code"_s,
                                                    u"371301,市本级,other,371300"_s,
                                                    u"370101,市本级,other,370100"_s})));
    REQUIRE(box.run({u"import-units"_s, box.filePath(u"units.csv"_s)}).exitCode == 0);
    const QString unitText = QString::fromUtf16(
        GENERATE(as<const char16_t*>{}, u"市本级", u"北京市朝阳区人力资源和社会保障局"));
    CAPTURE(unitText);
    QString text = goodForm();
    text.replace(u"临沂市兰山区人力资源和社会保障局"_s, unitText);
    box.write(u"a.csv"_s, utf8WithBom(text));
    const CliResult r = box.run({u"import-annex"_s, box.filePath(u"a.csv"_s)});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(errorLinesFor(r, box.filePath(u"a.csv"_s)) == QList<int>{2});
}

TEST_CASE("import-units with an unknown parent adds nothing and exits with 1", "[cli]") {
    CliSandbox box;
    initDb(box);
    const QByteArray unitsBefore = box.run({u"units"_s}).out;
    box.write(u"units.csv"_s, utf8WithBom(csvLines({u"code,name,level,parent_code"_s,
                                                    u"370102,历下区,county,370100"_s,
                                                    u"888801,无主区,county,888800"_s})));
    const QString file = box.filePath(u"units.csv"_s);
    const CliResult r = box.run({u"import-units"_s, file});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(errorLinesFor(r, file) == QList<int>{3});
    CHECK(r.errText().contains(u"888800"_s));
    CHECK(box.run({u"units"_s}).out == unitsBefore);
}

TEST_CASE("export-annex to a path that cannot be written exits with 1", "[cli]") {
    CliSandbox box;
    initDb(box);
    const CliResult r = box.run({u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s,
                                 u"2020"_s, u"-o"_s, box.filePath(u"no/such/folder/out.csv"_s)});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.isEmpty());
}

TEST_CASE("A database from a newer Yufang is refused with exit 1 and left unchanged", "[cli]") {
    CliSandbox box;
    initDb(box);
    box.execSql(u"INSERT INTO schema_migration (version, applied_at)"
                " SELECT MAX(version) + 1, '2030-01-01T00:00:00Z' FROM schema_migration"_s);
    const QByteArray before = box.databaseDigest();
    const CliResult r = box.run({u"units"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"newer"_s));
    CHECK(r.out.isEmpty());
    CHECK(box.databaseDigest() == before);
}
