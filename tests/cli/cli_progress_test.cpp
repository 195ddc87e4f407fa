// yufang-cli progress (issue 4): the progress CSV of a unit, consolidated from its counties.
//
// 罗庄区 危险化学品: 2020 10 of 1000 insured (10 ‰), 2023 6 of 1000 (6 ‰, −40 %)
// 河东区 危险化学品: 2020 9 of 9000 (1 ‰), 2023 12 of 9000 (1.33 ‰, +33.33 %)
// 临沂市 (consolidated): 2020 19/10000 = 1.90 ‰, 2023 18/10000 = 1.80 ‰, −5.26 % against a 12 %
// glide-path expectation, but only 2 of its 15 counties reported: 覆盖不足 (like for like,
// docs/progress.md), with 应报 15, 已报 2 and 2, the same two in both years.
#include "cli_support.h"

#include <QStringDecoder>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDataHeader =
    u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s;
const QString kProgressHeader =
    u"单位代码,单位名称,年度,重点行业名称,工伤事故数量,从业总人数,参加工伤保险人数,"
    u"工伤保险参保率（%）,"
    u"工伤事故发生率（‰）,基线年度,基线年度工伤事故发生率（‰）,较基线下降（%）,进度预期下降（%）,"
    u"目标下降（%）,状态,状态代码,"
    u"应报单位数,基线年度已报单位数,本年度已报单位数,同口径单位数,"
    u"同口径基线年度工伤事故发生率（‰）,"
    u"同口径工伤事故发生率（‰）,同口径较基线下降（%）,基线年度未报单位,本年度未报单位"_s;

void prepare(const CliSandbox& box) {
    box.write(u"data.csv"_s, utf8WithBom(csvLines(
                                 {kDataHeader, u"371311,罗庄区,2020,危险化学品,5,5,1000,1000,10,"_s,
                                  u"371312,河东区,2020,危险化学品,9,9,9000,9000,9,"_s})));
    box.write(
        u"data23.csv"_s,
        utf8WithBom(csvLines({kDataHeader, u"371311,罗庄区,2023,危险化学品,5,5,1000,1000,6,"_s,
                              u"371312,河东区,2023,危险化学品,9,9,9000,9000,12,"_s})));
    for (const QString& f : {u"data.csv"_s, u"data23.csv"_s}) {
        const CliResult r = box.run({u"import-annex"_s, box.filePath(f)});
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
    }
}

QStringList lines(const QByteArray& bytes) {
    QByteArray b = bytes;
    REQUIRE(b.startsWith("\xEF\xBB\xBF"));
    b.remove(0, 3);
    QStringList out = QString::fromUtf8(b).split(u"\r\n"_s);
    REQUIRE(out.last().isEmpty()); // every line ends in CRLF
    out.removeLast();
    return out;
}
} // namespace

TEST_CASE("progress writes the consolidated progress CSV of a city", "[cli][progress]") {
    CliSandbox box;
    prepare(box);
    const CliResult r = box.run({u"progress"_s, u"--unit"_s, u"临沂市"_s, u"--year"_s, u"2023"_s,
                                 u"-o"_s, box.filePath(u"p.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QStringList l = lines(box.read(u"p.csv"_s));
    REQUIRE(l.size() == 1 + 7 + 1); // header, seven plan industries, 合计
    CHECK(l.at(0) == kProgressHeader);
    const QString missing =
        u"兰山区、沂南县、郯城县、沂水县、兰陵县、费县、平邑县、莒南县、蒙阴县、"
        u"临沭县、临沂高新技术产业开发区、临沂经济技术开发区、临沂临港经济开发区"_s;
    CHECK(l.at(1) == u"371300,临沂市,2023,危险化学品,18,10000,10000,100.00,1.80,2020,1.90,5.26,"
                     u"12.00,20.00,覆盖不足,low_coverage,15,2,2,2,1.90,1.80,5.26,"_s +
                         missing + u',' + missing);
    CHECK(l.at(2) == u"371300,临沂市,2023,矿山,,,,,,2020,,,12.00,20.00,无基线,no_baseline,"
                     u"15,2,2,2,,,,"_s +
                         missing + u',' + missing);
    CHECK(l.at(8) == u"371300,临沂市,2023,合计,18,10000,10000,100.00,1.80,2020,1.90,5.26,12.00,"
                     u"20.00,覆盖不足,low_coverage,15,2,2,2,1.90,1.80,5.26,"_s +
                         missing + u',' + missing);

    // A county whose rate rose: a negative reduction, written as a number.
    const CliResult hedong =
        box.run({u"progress"_s, u"--unit"_s, u"371312"_s, u"--year"_s, u"2023"_s});
    REQUIRE(hedong.exitCode == 0);
    CHECK(hedong.outText().contains(u"371312,河东区,2023,合计,12,9000,9000,100.00,1.33,2020,1.00,-"
                                    u"33.33,12.00,20.00,滞后,behind,"
                                    u"1,1,1,1,1.00,1.33,-33.33,,"_s));
}

TEST_CASE("progress without --year lists every plan year in GB18030 on request",
          "[cli][progress]") {
    CliSandbox box;
    prepare(box);
    const CliResult r =
        box.run({u"progress"_s, u"--unit"_s, u"371311"_s, u"--encoding"_s, u"gb18030"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.out.startsWith("\xEF\xBB\xBF"));
    QStringDecoder gb("GB18030");
    const QString text = gb.decode(r.out);
    const QStringList l = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    CHECK(l.size() == 1 + 6 * 8); // 2020-2025, seven industries and 合计 each
    CHECK(l.contains(
        u"371311,罗庄区,2023,合计,6,1000,1000,100.00,6.00,2020,10.00,40.00,12.00,20.00,已达成,met,"
        u"1,1,1,1,10.00,6.00,40.00,,"_s));
    CHECK(l.contains(
        u"371311,罗庄区,2022,合计,,,,,,2020,10.00,,8.00,20.00,无数据,no_data,1,1,0,0,,,,,罗庄区"_s));
}

TEST_CASE("progress rejects unknown units and years outside the plan", "[cli][progress]") {
    CliSandbox box;
    prepare(box);
    CHECK(box.run({u"progress"_s}).exitCode == 2);
    CHECK(box.run({u"progress"_s, u"--unit"_s, u"999999"_s}).exitCode == 2);
    CHECK(box.run({u"progress"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"abc"_s}).exitCode == 2);
    CHECK(
        box.run({u"progress"_s, u"--unit"_s, u"371311"_s, u"--encoding"_s, u"latin1"_s}).exitCode ==
        2);
    const CliResult early =
        box.run({u"progress"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2019"_s});
    CHECK(early.exitCode == 1);
    CHECK(early.errText().contains(u"2019"_s));
    CHECK(early.out.isEmpty());
}
