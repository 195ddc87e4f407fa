// yufang-cli import-tasks, import-hazards and import-experts: the clerk's records of the plan's
// obligations, hazard lists and the expert pool from files (what tools/make_demo_data.py uses),
// each file all or nothing.
#include "cli_support.h"

#include <QDir>

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

QStringList checklist(const CliSandbox& box) {
    const CliResult r = box.run({u"tasks"_s, u"--unit"_s, u"兰山区"_s, u"--year"_s, u"2022"_s,
                                 u"--as-of"_s, u"2023-01-15"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    return lines(r.out);
}

const QString kWorkPlan = u"制定年度工作方案，确定每年的重点任务"_s;
const QString kPublicity = u"组织一次集中宣传活动"_s;
} // namespace

TEST_CASE("import-tasks reads the filled-in checklist back and tasks shows the records",
          "[cli][tasks]") {
    CliSandbox box;
    // The Chinese header of the exported checklist, extra columns ignored, statuses in the UI
    // language of the run (English here) or as keys.
    box.write(u"done.csv"_s,
              utf8WithBom(
                  csvLines({u"序号,事项,截止日期,状态,完成日期,责任部门,佐证材料"_s,
                            u"1,"_s + kWorkPlan + u",2022-03-31,Done,2022-03-20,办公室,工作方案"_s,
                            u"2,"_s + kPublicity + u",2022-08-31,done,2022-09-10,,"_s})));
    const CliResult r = box.run({u"import-tasks"_s, box.filePath(u"done.csv"_s), u"--unit"_s,
                                 u"371302"_s, u"--year"_s, u"2022"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(u"2 record(s) saved, 2 done"_s));
    const QStringList l = checklist(box);
    REQUIRE(l.filter(kWorkPlan).size() == 1);
    CHECK(l.filter(kWorkPlan).first().contains(u",Done,2022-03-20,办公室,工作方案,"_s));
    CHECK(l.filter(kPublicity).first().contains(u",Done,2022-09-10,"_s));
    // A row not in the file is left as it was: not done, past its deadline.
    CHECK(l.filter(u"编制工伤预防项目预算"_s).first().contains(u",Overdue,"_s));
}

TEST_CASE("import-tasks rejects a file with an unknown obligation or a done row without date",
          "[cli][tasks]") {
    CliSandbox box;
    box.write(u"bad.csv"_s, utf8WithBom(csvLines(
                                {u"obligation,status,done_on"_s, kWorkPlan + u",done,2022-03-20"_s,
                                 u"不存在的事项,done,2022-03-20"_s, kPublicity + u",done,"_s})));
    const CliResult r = box.run({u"import-tasks"_s, box.filePath(u"bad.csv"_s), u"--unit"_s,
                                 u"371302"_s, u"--year"_s, u"2022"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"bad.csv:3: obligation"_s));
    CHECK(r.errText().contains(u"bad.csv:4: done_on"_s));
    // The good first row was not saved either.
    CHECK(checklist(box).filter(kWorkPlan).first().contains(u",Overdue,"_s));
    CHECK(box.run({u"import-tasks"_s, box.filePath(u"bad.csv"_s), u"--unit"_s, u"371302"_s})
              .exitCode == 2);
}

TEST_CASE("import-hazards adds a unit's hazards and the evaluation lists the overdue one",
          "[cli][tasks][evaluation]") {
    CliSandbox box;
    box.write(u"hazards.csv"_s,
              utf8WithBom(csvLines(
                  {u"企业名称,隐患问题,发现日期,整改期限,整改状态,整改完成日期,责任部门"_s,
                   u"甲化工有限公司,粉尘超标,2023-04-01,2023-06-30,Not rectified,,工伤保险科"_s,
                   u"乙建材有限公司,警示标志缺失,2023-05-01,2023-07-31,closed,2023-07-01,"_s})));
    const CliResult r =
        box.run({u"import-hazards"_s, box.filePath(u"hazards.csv"_s), u"--unit"_s, u"371302"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(u"2 hazard(s) added"_s));
    const QString folder = box.filePath(u"eval"_s);
    const CliResult report = box.run(
        {u"report"_s, u"--unit"_s, u"371302"_s, u"--date"_s, u"2026-03-01"_s, u"-o"_s, folder});
    INFO(report.describe());
    REQUIRE(report.exitCode == 0);
    const QStringList files = QDir(folder).entryList({u"*overdue_hazards.csv"_s});
    REQUIRE(files.size() == 1);
    const QStringList l = lines(readBytes(QDir(folder).filePath(files.first())));
    REQUIRE(l.size() == 2);
    CHECK(l[1].startsWith(u"甲化工有限公司,粉尘超标,2023-06-30,"_s));

    box.write(u"bad.csv"_s,
              utf8WithBom(csvLines({u"enterprise,problem,found_on,deadline,status,closed_on"_s,
                                    u"丙公司,问题,2023-04-01,2023-06-30,open,"_s,
                                    u"丁公司,问题,2023-04-01,2023-06-30,closed,"_s,
                                    u"戊公司,问题,2023-04-01,2023-06-31,open,"_s})));
    const CliResult bad =
        box.run({u"import-hazards"_s, box.filePath(u"bad.csv"_s), u"--unit"_s, u"371302"_s});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errText().contains(u"bad.csv:3: "_s));
    CHECK(bad.errText().contains(u"bad.csv:4: deadline"_s));
}

TEST_CASE("import-experts adds the pool in one go or not at all", "[cli][tasks]") {
    CliSandbox box;
    box.write(u"experts.csv"_s,
              utf8WithBom(csvLines({u"姓名,专业领域,级别,工作单位,有效期至"_s,
                                    u"王建国,工伤预防,省级,临沂市应急管理局,2027-12-31"_s,
                                    u"李秀英,职业卫生,市级,临沂大学,2024-12-31"_s})));
    const CliResult r = box.run({u"import-experts"_s, box.filePath(u"experts.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.outText().contains(u"2 expert(s) added"_s));
    box.write(u"bad.csv"_s, utf8WithBom(csvLines({u"姓名,专业领域,级别"_s, u"张三,工伤预防,省级"_s,
                                                  u"李四,天文,市级"_s})));
    const CliResult bad = box.run({u"import-experts"_s, box.filePath(u"bad.csv"_s)});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errText().contains(u"bad.csv:3: field"_s));
    CHECK(box.run({u"import-experts"_s}).exitCode == 2);
}

TEST_CASE("import-fee-budgets and import-fee-projects fill the evaluation's prevention fee",
          "[cli][evaluation]") {
    CliSandbox box;
    box.write(u"experts.csv"_s,
              utf8WithBom(csvLines({u"姓名,专业领域,级别"_s, u"王建国,工伤预防,省级"_s,
                                    u"李秀英,职业卫生,市级"_s})));
    REQUIRE(box.run({u"import-experts"_s, box.filePath(u"experts.csv"_s)}).exitCode == 0);
    // 2023: 3 % of 1,000,000.00 = 30,000.00; 2024: 4 % with the approval.
    box.write(u"budgets.csv"_s,
              utf8WithBom(csvLines({u"年度,上年度基金征缴收入（元）,提取比例（%）,批准文号"_s,
                                    u"2023,\"1,000,000.00\",3,"_s,
                                    u"2024,1000000,4,鲁人社字〔2024〕1号"_s})));
    const CliResult b = box.run(
        {u"import-fee-budgets"_s, box.filePath(u"budgets.csv"_s), u"--unit"_s, u"371300"_s});
    INFO(b.describe());
    REQUIRE(b.exitCode == 0);
    CHECK(b.outText().contains(u"2 budget(s) saved"_s));
    box.write(u"projects.csv"_s,
              utf8WithBom(csvLines({u"年度,项目名称,类别,承办机构,金额（元）,阶段,评审专家"_s,
                                    u"2023,宣传月,publicity,电视台,12000,accepted,王建国、李秀英"_s,
                                    u"2023,班组长培训,Training,,6000.00,Approval,李秀英"_s,
                                    u"2023,未立项的申报,training,,90000,applied,"_s})));
    const CliResult p = box.run(
        {u"import-fee-projects"_s, box.filePath(u"projects.csv"_s), u"--unit"_s, u"371300"_s});
    INFO(p.describe());
    REQUIRE(p.exitCode == 0);
    CHECK(p.outText().contains(u"3 project(s) added"_s));

    const QString folder = box.filePath(u"eval"_s);
    const CliResult report = box.run(
        {u"report"_s, u"--unit"_s, u"371300"_s, u"--date"_s, u"2026-03-01"_s, u"-o"_s, folder});
    INFO(report.describe());
    REQUIRE(report.exitCode == 0);
    const QStringList files = QDir(folder).entryList({u"*prevention_fee.csv"_s});
    REQUIRE(files.size() == 1);
    const QStringList l = lines(readBytes(QDir(folder).filePath(files.first())));
    // Committed: the accepted and the approved project (18,000.00 of 30,000.00 = 60.00 %); the
    // application is not committed. Two experts reviewed that year.
    REQUIRE(l.filter(u"2023,"_s).size() == 1);
    CHECK(l.filter(u"2023,"_s).first() == u"2023,30000.00,18000.00,60.00,3,2"_s);

    // Over the cap: refused whole, nothing added.
    box.write(u"over.csv"_s, utf8WithBom(csvLines({u"year,name,kind,amount,stage"_s,
                                                   u"2024,小项目,publicity,100,approved"_s,
                                                   u"2024,大项目,publicity,40000.01,approved"_s})));
    const CliResult over =
        box.run({u"import-fee-projects"_s, box.filePath(u"over.csv"_s), u"--unit"_s, u"371300"_s});
    CHECK(over.exitCode == 1);
    box.write(u"bad.csv"_s, utf8WithBom(csvLines({u"year,name,kind,amount,stage,experts"_s,
                                                  u"2024,项目,publicity,1x,approved,"_s,
                                                  u"2024,项目,publicity,1,approved,无名氏"_s})));
    const CliResult bad =
        box.run({u"import-fee-projects"_s, box.filePath(u"bad.csv"_s), u"--unit"_s, u"371300"_s});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errText().contains(u"bad.csv:2: amount"_s));
    CHECK(bad.errText().contains(u"bad.csv:3: experts"_s));
    box.write(u"badbudget.csv"_s,
              utf8WithBom(csvLines({u"year,prior_income,cap_percent"_s, u"2025,1000000,5"_s})));
    CHECK(box.run({u"import-fee-budgets"_s, box.filePath(u"badbudget.csv"_s), u"--unit"_s,
                   u"371300"_s})
              .exitCode == 1);
}
