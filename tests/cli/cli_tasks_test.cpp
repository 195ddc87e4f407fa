// yufang-cli tasks (the year's checklist as CSV) and float (batch rate floating).
#include "cli_support.h"

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList lines(const QByteArray& bytes) {
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    QStringList l = QString::fromUtf8(b).split(u"\r\n"_s);
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}
} // namespace

TEST_CASE("tasks writes the year's checklist with overdue items on the given day", "[cli][tasks]") {
    CliSandbox box;
    const CliResult r =
        box.run({u"tasks"_s, u"--unit"_s, u"兰山区"_s, u"--year"_s, u"2021"_s, u"--as-of"_s,
                 u"2021-09-15"_s, u"-o"_s, box.filePath(u"tasks.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = box.read(u"tasks.csv"_s);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList l = lines(bytes);
    REQUIRE(l.size() == 1 + 18);
    CHECK(l.first().startsWith(u"No.,Section,Obligation"_s));
    // Linyi's implementation plan was due 2021-07-15 and the baseline survey 2021-09-10.
    CHECK(l.filter(u"2021-07-15,Plan text,Overdue"_s).size() == 1);
    CHECK(l.filter(u"2021-09-10,Plan text,Overdue"_s).size() == 1);
    CHECK(l.filter(u"2021-12-05,Plan text,Not started"_s).size() == 1);
    CHECK(l.filter(u"预防尘肺病——工伤保险进企业"_s).size() == 1);
}

TEST_CASE("tasks refuses an unknown unit and a bad date as usage errors", "[cli][tasks]") {
    CliSandbox box;
    CHECK(box.run({u"tasks"_s, u"--unit"_s, u"nowhere"_s, u"--year"_s, u"2021"_s}).exitCode == 2);
    CHECK(box.run({u"tasks"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"x"_s}).exitCode == 2);
    CHECK(box.run({u"tasks"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2021"_s, u"--as-of"_s,
                   u"2021-13-01"_s})
              .exitCode == 2);
    const CliResult stdoutRun =
        box.run({u"tasks"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2030"_s});
    CHECK(stdoutRun.exitCode == 0);
    CHECK(lines(stdoutRun.out).size() == 1); // outside the plan period: header only
}

TEST_CASE("float applies the example scheme to a CSV of employers", "[cli][float]") {
    CliSandbox box;
    box.write(u"employers.csv"_s,
              utf8WithBom(
                  csvLines({u"单位名称,风险类别,缴费工资总额,缴费额,基金支付额,上年新发工伤人数"_s,
                            u"甲公司,4,1000000,9000,0,0"_s, u"乙公司,1,500000,1000,5000,2"_s,
                            u"丙公司,3,100000,0,0,0"_s})));
    const CliResult r = box.run(
        {u"float"_s, box.filePath(u"employers.csv"_s), u"-o"_s, box.filePath(u"out.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QStringList l = lines(box.read(u"out.csv"_s));
    REQUIRE(l.size() == 4);
    CHECK(l[0].contains(u"浮动档次"_s));
    CHECK(
        l[1].startsWith(u"甲公司,,4,1000000.00,9000.00,0.00,0,0.00%,0.90%,80%,0.720%,7200.00,"_s));
    CHECK(l[2].contains(u",150%,"_s));
    // No contributions: the 支缴率 cell is empty (a number column a spreadsheet can sum), not "—".
    CHECK(l[3].contains(u",0,,0.70%,"_s));
    CHECK_FALSE(l[3].contains(u"—"_s));
    CHECK(l[3].contains(u",100%,"_s));
}

TEST_CASE("float rejects a bad file with FILE:LINE and writes nothing", "[cli][float]") {
    CliSandbox box;
    box.write(
        u"bad.csv"_s,
        utf8WithBom(csvLines({u"name,risk_class,payroll,contributions,benefits_paid,new_injuries"_s,
                              u"A,9,1,1,1,0"_s})));
    const CliResult r =
        box.run({u"float"_s, box.filePath(u"bad.csv"_s), u"-o"_s, box.filePath(u"out.csv"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"bad.csv:2: risk_class"_s));
    CHECK_FALSE(QFile::exists(box.filePath(u"out.csv"_s)));
    CHECK(box.run({u"float"_s}).exitCode == 2);
    CHECK(box.run({u"float"_s, box.filePath(u"missing.csv"_s)}).exitCode == 1);
}
