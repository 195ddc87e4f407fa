// yufang-cli report and report-narrative (docs/evaluation.md) on the hand-computed three-level
// example of tests/core/evaluation_example.h: every format, each child, and the narrative.
#include "cli_support.h"

#include "../core/evaluation_example.h"

#include "io/spreadsheet_reader.h"
#include "report/evaluation_report.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <optional>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
std::optional<QString> pdfText(const QString& path) {
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForStarted(-1))
        return std::nullopt;
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void makeExample(const CliSandbox& box) {
    Database db(box.databaseAddress());
    QString error;
    INFO(error.toStdString());
    REQUIRE(db.open(&error));
    addEvaluationExample(db.connection());
}

CliResult report(const CliSandbox& box, QStringList args) {
    args.prepend(u"report"_s);
    return box.run(args);
}
} // namespace

TEST_CASE("report writes the final evaluation as a PDF with every section and the figures",
          "[cli][evaluation]") {
    CliSandbox box;
    makeExample(box);
    const QString pdf = box.filePath(u"final.pdf"_s);
    const CliResult r =
        report(box, {u"--unit"_s, u"990000"_s, u"--date"_s, u"2026-03-01"_s, u"-o"_s, pdf});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(readBytes(pdf).startsWith("%PDF-"));
    const auto text = pdfText(pdf);
    if (!text) {
        WARN("pdftotext is not installed: the text of the PDF is not checked");
        return;
    }
    const QString flat = QString(*text).remove(QLatin1Char('\n'));
    for (const QString& title : evaluationSectionTitles()) {
        INFO(title.toStdString());
        CHECK(flat.contains(title));
    }
    // The cover.
    CHECK(text->contains(u"测试省人力资源和社会保障厅"_s));
    CHECK(text->contains(u"鲁人社字〔2021〕73号"_s));
    CHECK(text->contains(u"2026-03-01"_s));
    // The figures: 7.00‰ → 5.50‰, −21.43 %, the cities' 6.50 and 4.50, 80.00 % insured, and
    // the county missing in 2023.
    for (const QString& figure : {u"7.00"_s, u"5.50"_s, u"21.43"_s, u"6.50"_s, u"4.50"_s,
                                  u"80.00"_s, u"乙二县"_s, u"乙市"_s, u"甲市"_s}) {
        INFO(figure.toStdString());
        CHECK(text->contains(figure));
    }
}

TEST_CASE("report writes the CSV folder and the same tables as an xlsx workbook",
          "[cli][evaluation]") {
    CliSandbox box;
    makeExample(box);
    const QString folder = box.filePath(u"csv"_s);
    const CliResult r = report(box, {u"--unit"_s, u"990000"_s, u"-o"_s, folder});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QStringList files = QDir(folder).entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    CHECK(files.size() >= 8);
    CHECK(files.contains(u"00_cover.csv"_s));
    CHECK(files.contains(u"02_indicators.csv"_s));
    const QString summary =
        QString::fromUtf8(readBytes(QDir(folder).filePath(u"02_indicators.csv"_s)));
    CHECK(summary.contains(u"5.50"_s));
    CHECK(summary.contains(u"-21.43"_s));

    // The workbook: the cover and every table of the folder, a sheet each in the same order,
    // numbers as numbers (read back through the importers' own reader).
    const QString book = box.filePath(u"final.xlsx"_s);
    const CliResult xlsx = report(box, {u"--unit"_s, u"990000"_s, u"-o"_s, book});
    INFO(xlsx.describe());
    REQUIRE(xlsx.exitCode == 0);
    QFile bookFile(book);
    REQUIRE(bookFile.open(QIODevice::ReadOnly));
    OpenedSpreadsheet opened = openSpreadsheet(bookFile.readAll(), {});
    REQUIRE(opened.source);
    QStringList sheets;
    for (int i = 0; i < opened.source->sheetCount(); ++i)
        sheets << opened.source->sheetName(i);
    QStringList expected;
    for (const QString& f : files)
        expected << QString(f).chopped(4);
    CHECK(sheets == expected);
    REQUIRE(opened.source->selectSheet(int(expected.indexOf(u"02_indicators"_s))));
    QString cells;
    for (SheetRow row; opened.source->next(row);)
        for (int c = 0; c < row.cellCount(); ++c)
            cells += QString::fromUtf8(row.cell(c)) + u'|';
    CHECK(cells.contains(u"5.5|"_s));
    CHECK(cells.contains(u"-21.43|"_s));
    const CliResult eachChild = report(
        box, {u"--unit"_s, u"990000"_s, u"--each-child"_s, u"-o"_s, box.filePath(u"c.xlsx"_s)});
    CHECK(eachChild.exitCode == 2);

    const CliResult annualWithoutYear =
        report(box, {u"--unit"_s, u"990000"_s, u"--kind"_s, u"annual"_s, u"-o"_s, folder});
    CHECK(annualWithoutYear.exitCode == 2);
}

TEST_CASE("report --each-child writes one PDF per child or one combined PDF", "[cli][evaluation]") {
    CliSandbox box;
    makeExample(box);
    const QString folder = box.filePath(u"cities"_s);
    const CliResult each =
        report(box, {u"--unit"_s, u"990000"_s, u"--each-child"_s, u"-o"_s, folder});
    INFO(each.describe());
    REQUIRE(each.exitCode == 0);
    const QStringList pdfs = QDir(folder).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    CHECK(pdfs == QStringList{u"990100-甲市.pdf"_s, u"990200-乙市.pdf"_s});

    const QString combined = box.filePath(u"cities.pdf"_s);
    const CliResult one =
        report(box, {u"--unit"_s, u"990000"_s, u"--each-child"_s, u"-o"_s, combined});
    INFO(one.describe());
    REQUIRE(one.exitCode == 0);
    const auto text = pdfText(combined);
    if (!text)
        return;
    CHECK(text->contains(u"Contents"_s));
    CHECK(text->contains(u"甲市人力资源和社会保障局"_s));
    CHECK(text->contains(u"乙市人力资源和社会保障局"_s));
}

TEST_CASE("report-narrative stores the written sections that the PDF then prints",
          "[cli][evaluation]") {
    CliSandbox box;
    makeExample(box);
    box.write(u"done.txt"_s, u"全市开展集中宣传活动十二场。"_s.toUtf8());
    box.write(u"next.txt"_s, u"推进新就业形态人员职业伤害保障。"_s.toUtf8());
    const CliResult set =
        box.run({u"report-narrative"_s, u"--unit"_s, u"990100"_s, u"--achievements"_s,
                 box.filePath(u"done.txt"_s), u"--next-steps"_s, box.filePath(u"next.txt"_s),
                 u"--preparer"_s, u"李明"_s});
    INFO(set.describe());
    REQUIRE(set.exitCode == 0);
    const QString pdf = box.filePath(u"city.pdf"_s);
    const CliResult r = report(box, {u"--unit"_s, u"990100"_s, u"-o"_s, pdf});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const auto text = pdfText(pdf);
    if (!text)
        return;
    CHECK(text->contains(u"全市开展集中宣传活动十二场。"_s));
    CHECK(text->contains(u"推进新就业形态人员职业伤害保障。"_s));
    CHECK(text->contains(u"李明"_s));
    CHECK(text->contains(u"甲市人力资源和社会保障局"_s));
}
