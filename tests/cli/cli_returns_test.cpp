// yufang-cli returns / audit / matrix: CSV of the returns board, of the audit trail and of the
// leadership matrix, with the usual exit codes.
#include "cli_support.h"

#include <QCryptographicHash>
#include <QDate>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDataHeader =
    u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s;

QStringList lines(const QByteArray& bytes) {
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    QStringList out = QString::fromUtf8(b).split(u"\r\n"_s);
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

struct Imported {
    CliSandbox box;
    QByteArray file;
    Imported() {
        file =
            utf8WithBom(csvLines({kDataHeader, u"371302,兰山区,2020,危险化学品,10,8,1000,800,4,"_s,
                                  u"371311,罗庄区,2020,冶金,3,3,900,900,3,"_s}));
        box.write(u"baseline.csv"_s, file);
        const CliResult r = box.run({u"import-annex"_s, box.filePath(u"baseline.csv"_s)});
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
    }
};
} // namespace

TEST_CASE("returns writes the board of a parent and year as CSV", "[cli][returns]") {
    Imported t;
    const CliResult r =
        t.box.run({u"returns"_s, u"--unit"_s, u"临沂市"_s, u"--year"_s, u"2021"_s, u"--today"_s,
                   u"2021-08-01"_s, u"-o"_s, t.box.filePath(u"board.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = t.box.read(u"board.csv"_s);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = lines(bytes);
    REQUIRE(rows.size() == 46); // header + 15 units × 3 obligations
    CHECK(
        rows.first() ==
        u"单位代码,单位名称,报送事项,报送对象,截止日期,状态,逾期,接收日期,接收人,来源文件,SHA-256,审核人,审核时间,备注"_s);
    CHECK(rows.at(1).startsWith(
        u"371302,兰山区,各县区具体实施方案,临沂市人力资源和社会保障局,2021-07-15,逾期,是,"_s));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(t.file, QCryptographicHash::Sha256).toHex());
    // The import of the 2020 form is 兰山区's baseline survey.
    CHECK(rows.at(2).startsWith(
        u"371302,兰山区,重点行业企业摸底排查情况（基本情况表）,临沂市人力资源和社会保障局,2021-09-10,已报送,"_s));
    CHECK(rows.at(2).contains(u",baseline.csv,"_s + sha + u','));
    CHECK(rows.at(4).startsWith(u"371311,罗庄区,各县区具体实施方案"_s));
    CHECK(rows.at(5).contains(u",已报送,"_s));
    CHECK(rows.at(8).contains(u"河东区"_s));
    CHECK(rows.at(8).contains(u",未报送,否,"_s)); // baseline survey on 1 August: not yet due

    // stdout gets the same bytes
    const CliResult out = t.box.run({u"returns"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s,
                                     u"--today"_s, u"2021-08-01"_s});
    CHECK(out.out == bytes);
}

TEST_CASE("audit writes the trail as CSV filtered by unit and date", "[cli][audit]") {
    Imported t;
    const CliResult all = t.box.run({u"audit"_s});
    INFO(all.describe());
    REQUIRE(all.exitCode == 0);
    const QStringList rows = lines(all.out);
    // 兰山区: 5 cells, the form's form.imported event and its return; 罗庄区 the same.
    REQUIRE(rows.size() == 15);
    CHECK(rows.filter(u",form.imported,371302,兰山区,2020,annex,,,import:baseline.csv sha256:"_s)
              .size() == 1);
    CHECK(rows.first().startsWith(
        u"时间(UTC),操作系统用户,操作,单位代码,单位名称,年度,对象,字段,原值,新值,原因"_s));
    CHECK(rows.at(1).contains(
        u",annex.cell,371302,兰山区,2020,危险化学品,enterprises,,10,import:baseline.csv sha256:"_s));
    CHECK(
        rows.filter(
                u",return.status,371302,兰山区,2021,baseline-survey,status,not_submitted,submitted,"_s)
            .size() == 1);

    const CliResult one =
        t.box.run({u"audit"_s, u"--unit"_s, u"371311"_s, u"-o"_s, t.box.filePath(u"a.csv"_s)});
    REQUIRE(one.exitCode == 0);
    CHECK(lines(t.box.read(u"a.csv"_s)).size() == 8);
    const CliResult later = t.box.run(
        {u"audit"_s, u"--since"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate)});
    REQUIRE(later.exitCode == 0);
    CHECK(lines(later.out).size() == 1);
}

TEST_CASE("matrix writes child units by industries with totals", "[cli][matrix]") {
    Imported t;
    const CliResult r = t.box.run({u"matrix"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2020"_s,
                                   u"--measure"_s, u"accidents"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QStringList rows = lines(r.out);
    CHECK(rows.at(0) == u"临沂市2020年重点行业工伤事故数量"_s);
    CHECK(rows.at(1).startsWith(u"汇总情况：应报15个单位，已报2个（部分汇总"_s));
    CHECK(rows.at(3) == u"371302,兰山区,4,,,,,,,4"_s);
    CHECK(rows.at(4) == u"371311,罗庄区,,,3,,,,,3"_s);
    CHECK(rows.last() == u"371300,合计,4,,3,,,,,7"_s);
}

TEST_CASE("returns and audit and matrix reject bad options with exit code 2", "[cli][returns]") {
    CliSandbox box;
    CHECK(box.run({u"returns"_s, u"--unit"_s, u"nowhere"_s, u"--year"_s, u"2021"_s}).exitCode == 2);
    CHECK(box.run({u"returns"_s, u"--unit"_s, u"371300"_s}).exitCode == 2);
    CHECK(box.run({u"returns"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s, u"--today"_s,
                   u"soon"_s})
              .exitCode == 2);
    CHECK(box.run({u"audit"_s, u"--since"_s, u"yesterday"_s}).exitCode == 2);
    const CliResult m = box.run({u"matrix"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2020"_s,
                                 u"--measure"_s, u"smiles"_s});
    CHECK(m.exitCode == 2);
    CHECK(m.errText().contains(u"accident_rate"_s));
}

TEST_CASE("import-annex --received records when the returns arrived", "[cli][returns][receipt]") {
    CliSandbox box;
    box.write(
        u"baseline.csv"_s,
        utf8WithBom(csvLines({kDataHeader, u"371302,兰山区,2020,危险化学品,10,8,1000,800,4,"_s})));
    const QString file = box.filePath(u"baseline.csv"_s);

    const CliResult bad = box.run({u"import-annex"_s, file, u"--received"_s, u"2021-13-01"_s});
    CHECK(bad.exitCode == 2);
    const CliResult future = box.run({u"import-annex"_s, file, u"--received"_s,
                                      QDate::currentDate().addDays(2).toString(Qt::ISODate)});
    CHECK(future.exitCode == 1);

    const CliResult r = box.run({u"import-annex"_s, file, u"--received"_s, u"2021-09-01"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const CliResult board = box.run({u"returns"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s,
                                     u"--today"_s, u"2026-05-01"_s});
    REQUIRE(board.exitCode == 0);
    const QStringList rows = lines(board.out);
    // Due 2021-09-10, received 2021-09-01: on time, though imported years later.
    CHECK(rows.at(2).contains(u",2021-09-10,已报送,否,2021-09-01,"_s));

    // The refusal of existing data names the CLI's own option.
    const CliResult again = box.run({u"import-annex"_s, file});
    CHECK(again.exitCode == 1);
    CHECK(again.errText().contains(u"already holds data; use --replace to replace it"_s));
}

TEST_CASE("the 2025 returns board lists the final evaluation beside the annual report",
          "[cli][returns][evaluation]") {
    CliSandbox box;
    const CliResult r = box.run({u"returns"_s, u"--unit"_s, u"临沂市"_s, u"--year"_s, u"2025"_s,
                                 u"--today"_s, u"2025-11-01"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QStringList rows = lines(r.out);
    REQUIRE(rows.size() == 1 + 15 * 2); // the plan period's last year: both documents
    CHECK(rows.filter(u",年度计划落实情况报告（基本情况表）,"_s).size() == 15);
    const QStringList finals = rows.filter(u",工伤预防五年行动计划期末评估报告,"_s);
    REQUIRE(finals.size() == 15);
    CHECK(finals.first().startsWith(
        u"371302,兰山区,工伤预防五年行动计划期末评估报告,临沂市人力资源和社会保障局,2025-12-05,未报送,否,"_s));
    // The cities owe theirs to the province by 12-20; a year earlier there is none.
    const CliResult province = box.run({u"returns"_s, u"--unit"_s, u"370000"_s, u"--year"_s,
                                        u"2025"_s, u"--today"_s, u"2025-11-01"_s});
    REQUIRE(province.exitCode == 0);
    CHECK(lines(province.out)
              .filter(u",工伤预防五年行动计划期末评估报告,山东省人力资源和社会保障厅,2025-12-20,"_s)
              .size() == 16);
    const CliResult before = box.run({u"returns"_s, u"--unit"_s, u"临沂市"_s, u"--year"_s,
                                      u"2024"_s, u"--today"_s, u"2024-11-01"_s});
    REQUIRE(before.exitCode == 0);
    CHECK(lines(before.out).filter(u"期末评估"_s).isEmpty());
}
