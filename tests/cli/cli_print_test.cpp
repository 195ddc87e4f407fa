// print-annex (DESIGN.md "yufang-cli", issue 3 "Print"): an A4 landscape PDF whose text can
// be searched, made without a display; one page per child unit on request.
#include "cli_support.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = csvLines({
    u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s,
    u"填报单位：临沂市兰山区人力资源和社会保障局"_s,
    u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,2020年工伤事故数量,工伤事故发生率,备注"_s,
    u"危险化学品,10,8,1000,800,80.00%,4,5.00‰,"_s,
    u"物流仓储,5,5,300,300,,1,,含快递"_s,
    u"填报人：张三,,,,联系电话：0539-1234567"_s,
});

// Every /MediaBox of the PDF as width x height in points.
QList<QSizeF> mediaBoxes(const QByteArray& pdf) {
    QList<QSizeF> boxes;
    static const QRegularExpression re(
        u"/MediaBox\\s*\\[\\s*([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"_s);
    for (auto it = re.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        boxes << QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                        m.captured(4).toDouble() - m.captured(2).toDouble());
    }
    return boxes;
}

// pdftotext's reading of the PDF, or nullopt when poppler-utils is not installed.
std::optional<QString> pdfText(const QString& path) {
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForStarted(-1))
        return std::nullopt;
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void importLanshan(const CliSandbox& box) {
    box.write(u"lanshan.csv"_s, utf8WithBom(kLanshan));
    const CliResult r = box.run({u"import-annex"_s, box.filePath(u"lanshan.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}
} // namespace

TEST_CASE("print-annex writes an A4 landscape PDF whose Chinese text extracts without a display",
          "[cli][print]") {
    CliSandbox box;
    importLanshan(box);
    box.unsetEnvironment = {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s};
    const QString pdf = box.filePath(u"lanshan.pdf"_s);
    const CliResult r =
        box.run({u"print-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s, u"-o"_s, pdf});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = readBytes(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    const QList<QSizeF> boxes = mediaBoxes(bytes);
    REQUIRE(boxes.size() == 1);
    CHECK(qRound(boxes[0].width()) ==
          842); // A4 is 595 x 842 pt; landscape puts the long side across
    CHECK(qRound(boxes[0].height()) == 595);

    const auto text = pdfText(pdf);
    if (!text) {
        WARN("pdftotext is not installed: the text of the PDF is not checked");
        return;
    }
    CHECK(text->contains(
        u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s));
    CHECK(text->contains(u"填报单位：临沂市兰山区人力资源和社会保障局"_s));   // the bureau
    CHECK(text->trimmed().startsWith(u"临沂市兰山区人力资源和社会保障局"_s)); // running header
    CHECK(text->contains(u"附件"_s));
    CHECK(QString(*text).remove(QLatin1Char(' ')).contains(u"第1页共1页"_s));
    CHECK(text->contains(u"2020年工伤"_s));
    CHECK(text->contains(u"物流仓储"_s));
    CHECK(text->contains(u"联系电话：0539-1234567"_s));
    CHECK(text->contains(u"（3）基本情况作为考核评估的基础数据。"_s));
    CHECK_FALSE(text->contains(QChar(0x2F2F))); // 工 as a Kangxi radical would break searching
}

TEST_CASE("print-annex --per-child prints one page per child unit in one PDF", "[cli][print]") {
    CliSandbox box;
    importLanshan(box);
    const QString pdf = box.filePath(u"linyi.pdf"_s);
    const CliResult r = box.run({u"print-annex"_s, u"--unit"_s, u"临沂市"_s, u"--year"_s, u"2020"_s,
                                 u"--per-child"_s, u"-o"_s, pdf});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QList<QSizeF> boxes = mediaBoxes(readBytes(pdf));
    CHECK(boxes.size() == 15); // Linyi's twelve counties and three development zones
    const auto text = pdfText(pdf);
    if (!text) {
        WARN("pdftotext is not installed: the text of the PDF is not checked");
        return;
    }
    CHECK(text->count(u"填报单位："_s) == 15);
    CHECK(text->contains(u"填报单位：临沂临港经济开发区"_s));

    SECTION("without --per-child the city prints its consolidated table on one page") {
        const CliResult c = box.run(
            {u"print-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2020"_s, u"-o"_s, pdf});
        REQUIRE(c.exitCode == 0);
        CHECK(mediaBoxes(readBytes(pdf)).size() == 1);
        const auto city = pdfText(pdf);
        REQUIRE(city);
        CHECK(city->contains(u"填报单位：临沂市人力资源和社会保障局"_s));
        CHECK(city->contains(u"物流仓储"_s)); // the county's local industry, listed separately
    }
}

TEST_CASE("print-annex usage errors exit with 2 and write nothing", "[cli][print]") {
    CliSandbox box;
    REQUIRE(box.run({u"init"_s}).exitCode == 0);
    const QString pdf = box.filePath(u"x.pdf"_s);
    const QList<QStringList> bad = {
        {u"print-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s},
        {u"print-annex"_s, u"--unit"_s, u"999999"_s, u"--year"_s, u"2020"_s, u"-o"_s, pdf},
        {u"print-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"twenty"_s, u"-o"_s, pdf},
    };
    for (const QStringList& args : bad) {
        CAPTURE(args);
        const CliResult r = box.run(args);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.errText().isEmpty());
    }
    CHECK_FALSE(QFile::exists(pdf));
    // an unwritable target is a failed operation: exit 1, no partial file
    const CliResult r = box.run({u"print-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s,
                                 u"-o"_s, box.filePath(u"x.pdf/sub/a.pdf"_s)});
    CHECK(r.exitCode == 1);
}

namespace {
// One page of the PDF as pdftotext -layout reads it, or nullopt without poppler-utils.
std::optional<QString> pdfPageText(const QString& path, int page) {
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page),
                             u"-l"_s, QString::number(page), path, u"-"_s});
    if (!p.waitForStarted(-1))
        return std::nullopt;
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("A long roll-up prints on numbered pages whose table continues under 续表",
          "[cli][print]") {
    // Two counties with 60 local industries each: Linyi's consolidated annex has 127 rows.
    CliSandbox box;
    QStringList lines = {
        u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s};
    for (const QString& county : {u"371302,兰山区"_s, u"371311,罗庄区"_s})
        for (int i = 1; i <= 60; ++i)
            lines << u"%1,2020,%2本地行业%3,1,1,10,10,0,"_s.arg(county, county.right(3))
                         .arg(i, 2, 10, QLatin1Char('0'));
    box.write(u"long.csv"_s, utf8WithBom(csvLines(lines)));
    const CliResult imported = box.run({u"import-annex"_s, box.filePath(u"long.csv"_s)});
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);
    const QString pdf = box.filePath(u"long.pdf"_s);
    REQUIRE(
        box.run({u"print-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2020"_s, u"-o"_s, pdf})
            .exitCode == 0);
    const int pages = int(mediaBoxes(readBytes(pdf)).size());
    REQUIRE(pages >= 4);
    QList<int> footerPages;
    int continued = 0;
    for (int page = 1; page <= pages; ++page) {
        CAPTURE(page);
        const auto text = pdfPageText(pdf, page);
        if (!text) {
            WARN("pdftotext is not installed: pages are not checked");
            return;
        }
        CAPTURE(*text);
        // pdftotext drops the narrow spaces of 第 x 页 共 N 页, so compare without spaces
        QString squeezed = *text;
        squeezed.remove(QLatin1Char(' '));
        CHECK(squeezed.contains(u"第%1页共%2页"_s.arg(page).arg(pages)));
        CHECK(text->trimmed().startsWith(u"临沂市人力资源和社会保障局"_s)); // running header
        const bool tableRows = text->contains(u"本地行业"_s) || text->contains(u"合计"_s);
        if (page == 1) {
            CHECK(text->contains(u"附件"_s));
            CHECK(text->contains(u"填报单位：临沂市人力资源和社会保障局"_s));
            CHECK(text->contains(u"重点行业名称"_s));
            CHECK_FALSE(text->contains(u"续表"_s));
        } else if (tableRows) {
            // continuation pages: 续表, then the header row again
            CHECK(text->contains(u"续表"_s));
            CHECK(text->contains(u"重点行业名称"_s));
            CHECK(text->indexOf(u"续表"_s) < text->indexOf(u"重点行业名称"_s));
            ++continued;
        }
        for (const QString& field : {u"填报人："_s, u"联系电话："_s, u"填报日期："_s})
            if (text->contains(field))
                footerPages << page;
    }
    CHECK(continued >= 2);
    // the footer block is on one page: each of its three lines found once, on the same page
    REQUIRE(footerPages.size() == 3);
    CHECK(footerPages[0] == footerPages[1]);
    CHECK(footerPages[1] == footerPages[2]);
}
