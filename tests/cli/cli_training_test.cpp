// export-training / import-training and export-disease / import-disease: the blank table of a
// unit and year, filled in and imported back, consolidated on export from a parent, rejected
// files with FILE:LINE and exit code 1, usage errors with exit code 2.
#include "cli_support.h"

#include <QStringEncoder>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString fromBom(const QByteArray& bytes) {
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    return QString::fromUtf8(b);
}
} // namespace

TEST_CASE("export-training gives the blank table which import-training takes back filled",
          "[cli][training]") {
    CliSandbox box;
    const CliResult blank = box.run({u"export-training"_s, u"--unit"_s, u"兰山区"_s, u"--year"_s,
                                     u"2023"_s, u"-o"_s, box.filePath(u"blank.csv"_s)});
    INFO(blank.describe());
    REQUIRE(blank.exitCode == 0);
    const QByteArray bytes = box.read(u"blank.csv"_s);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    QString text = fromBom(bytes);
    CHECK(text.count(u",,,,,,,,\r\n"_s) == 21 + 1); // 7 industries × 3 categories, and 合计
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学品,分管负责人,12,9,,4,3,2,16,"_s);
    text.replace(u"矿山,一线班组长,,,,,,,,"_s, u"矿山,一线班组长,\"1,000\",700,,6,6,0,30,"_s);
    box.write(u"filled.csv"_s, utf8WithBom(text));
    const CliResult imported = box.run({u"import-training"_s, box.filePath(u"filled.csv"_s)});
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);

    // the city's export is the consolidated table: 709 / 1012 = 70.06 %
    const CliResult city = box.run({u"export-training"_s, u"--unit"_s, u"371300"_s, u"--year"_s,
                                    u"2023"_s, u"--encoding"_s, u"gb18030"_s});
    REQUIRE(city.exitCode == 0);
    CHECK_FALSE(city.out.startsWith("\xEF\xBB\xBF"));
    QStringEncoder gb18030("GB18030");
    const QByteArray totalRow = gb18030.encode(u"合计,,1012,709,70.06%,10,9,2,46,"_s);
    CHECK(city.out.contains(totalRow));

    // the same file again: refused without --replace, accepted with it
    const CliResult again = box.run({u"import-training"_s, box.filePath(u"filled.csv"_s)});
    CHECK(again.exitCode == 1);
    CHECK(again.errText().contains(u"--replace"_s));
    CHECK(box.run({u"import-training"_s, box.filePath(u"filled.csv"_s), u"--replace"_s}).exitCode ==
          0);
}

TEST_CASE("import-training rejects a bad file naming FILE:LINE and changes nothing",
          "[cli][training]") {
    CliSandbox box;
    REQUIRE(box.run({u"export-training"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2024"_s,
                     u"-o"_s, box.filePath(u"t.csv"_s)})
                .exitCode == 0);
    QString text = fromBom(box.read(u"t.csv"_s));
    text.replace(u"冶金,安全管理部门负责人,,,,,,,,"_s, u"冶金,安全管理部门负责人,3,5,,,,,,"_s);
    box.write(u"bad.csv"_s, utf8WithBom(text));
    const CliResult r = box.run({u"import-training"_s, box.filePath(u"bad.csv"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(box.filePath(u"bad.csv"_s) +
                               u":12: "_s)); // 冶金 is the 3rd industry: line 4 + 8
    const CliResult after =
        box.run({u"export-training"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2024"_s});
    CHECK(fromBom(after.out).contains(u"冶金,安全管理部门负责人,,,,,,,,"_s));
    CHECK(box.run({u"export-training"_s, u"--unit"_s, u"nowhere"_s, u"--year"_s, u"2024"_s})
              .exitCode == 2);
    CHECK(box.run({u"import-training"_s}).exitCode == 2);
}

TEST_CASE("export-disease and import-disease round trip and consolidate", "[cli][disease]") {
    CliSandbox box;
    for (const auto& [unit, year, cells] : {std::tuple{u"371302"_s, 2020, u"矿山,5,2,,300,"_s},
                                            std::tuple{u"371302"_s, 2024, u"矿山,3,1,,280,"_s},
                                            std::tuple{u"371311"_s, 2024, u"冶金,1,0,,50,"_s}}) {
        const QString file = box.filePath(u"d-%1-%2.csv"_s.arg(unit).arg(year));
        REQUIRE(box.run({u"export-disease"_s, u"--unit"_s, unit, u"--year"_s, QString::number(year),
                         u"-o"_s, file})
                    .exitCode == 0);
        QString text = fromBom(readBytes(file));
        const QString industry = cells.section(u',', 0, 0);
        text.replace(industry + u",,,,,"_s, cells);
        box.write(u"in.csv"_s, utf8WithBom(text));
        const CliResult r = box.run({u"import-disease"_s, box.filePath(u"in.csv"_s)});
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
    }
    const CliResult city =
        box.run({u"export-disease"_s, u"--unit"_s, u"临沂市"_s, u"--year"_s, u"2024"_s});
    REQUIRE(city.exitCode == 0);
    const QString text = fromBom(city.out);
    CHECK(text.contains(
        u"重点行业名称,尘肺病新发病例数,其他职业病新发病例数,新发病例合计,接尘人数,备注\r\n"_s));
    CHECK(text.contains(u"矿山,3,1,4,280,\r\n"_s));
    CHECK(text.contains(u"合计,4,1,5,330,\r\n"_s));
}

TEST_CASE("import-form refuses a table whose return was accepted until it is reopened",
          "[cli][training][locks]") {
    CliSandbox box;
    REQUIRE(box.run({u"export-training"_s, u"--unit"_s, u"兰山区"_s, u"--year"_s, u"2023"_s,
                     u"-o"_s, box.filePath(u"blank.csv"_s)})
                .exitCode == 0);
    QString text = fromBom(box.read(u"blank.csv"_s));
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学品,分管负责人,12,9,,4,3,2,16,"_s);
    box.write(u"training.csv"_s, utf8WithBom(text));
    REQUIRE(box.run({u"export-annex"_s, u"--unit"_s, u"兰山区"_s, u"--year"_s, u"2023"_s, u"-o"_s,
                     box.filePath(u"annex.csv"_s)})
                .exitCode == 0);
    text = fromBom(box.read(u"annex.csv"_s));
    REQUIRE(text.contains(u"\r\n危险化学品,,,,,,,,\r\n"_s));
    text.replace(u"\r\n危险化学品,,,,,,,,\r\n"_s, u"\r\n危险化学品,10,8,1000,800,,2,,\r\n"_s);
    box.write(u"annex.csv"_s, utf8WithBom(text));

    // The city accepted both returns of 兰山区 for 2023 (ReturnsService::accept locks the form
    // the obligation names): what another copy of Yufang leaves in the database.
    for (const QString& form : {u"training"_s, u"annex"_s})
        box.execSql(u"INSERT INTO form_lock (form_code, unit_code, year, locked_at, locked_by,"
                    " reason) VALUES ('%1', '371302', 2023, '2023-12-20T08:00:00Z', 'city',"
                    " 'return accepted')"_s.arg(form));
    const QByteArray before = box.databaseDigest();
    for (const QString& form : {u"training"_s, u"annex"_s}) {
        const CliResult refused = box.run(
            {u"import-form"_s, box.filePath(form + u".csv"_s), u"--form"_s, form, u"--replace"_s});
        INFO(refused.describe());
        CHECK(refused.exitCode == 1);
        CHECK(refused.errText().contains(u"is locked"_s));
    }
    const CliResult training = box.run({u"import-training"_s, box.filePath(u"training.csv"_s)});
    CHECK(training.exitCode == 1);
    CHECK(training.errText().contains(u"is locked"_s));
    CHECK(box.databaseDigest() == before);

    // Reopened (unlocked), the same files go in.
    box.execSql(u"DELETE FROM form_lock"_s);
    for (const QString& form : {u"training"_s, u"annex"_s}) {
        const CliResult imported = box.run(
            {u"import-form"_s, box.filePath(form + u".csv"_s), u"--form"_s, form, u"--replace"_s});
        INFO(imported.describe());
        CHECK(imported.exitCode == 0);
    }
}
