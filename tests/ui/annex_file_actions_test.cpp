// 文件 → 导出基本情况表 / 导出 PDF / 打印 driven offscreen: the export dialog's layout and
// encoding reach the file; the PDF is A4 landscape; the page set-up chosen for the printer
// (as in the preview) is the one painted; a parent can print one page per child.
#include "forms/annex_export_dialog.h"
#include "forms/annex_file_actions.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "io/csv_reader.h"
#include "storage/annex_repository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QPageLayout>
#include <QPrinter>
#include <QRegularExpression>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
void saveLanshan(const UiFixture& f) {
    AnnexTable t;
    t.unitCode = u"371302"_s;
    t.year = 2020;
    t.rows = {AnnexRow{u"危险化学品"_s, false, {10, 8, 1000, 800, 4}, u"=HYPERLINK(\"x\")"_s}};
    QString error;
    REQUIRE(AnnexRepository(f.session->connection()).save(t, u"test"_s, &error));
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// width x height of every page, from the /MediaBox entries of the PDF
QList<QPair<int, int>> pages(const QByteArray& pdf) {
    QList<QPair<int, int>> out;
    static const QRegularExpression re(
        u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"_s);
    for (auto it = re.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        out << qMakePair(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble()));
    }
    return out;
}
} // namespace

TEST_CASE("the annex actions sit in the File menu", "[ui][print]") {
    UiFixture f;
    QStringList texts;
    for (QAction* a : f.window->menuBar()->actions().first()->menu()->actions())
        texts << a->text();
    auto* actions = f.window->findChild<AnnexFileActions*>();
    REQUIRE(actions);
    for (QAction* a : {actions->importAction(), actions->exportAction(), actions->templateAction(),
                       actions->previewAction(), actions->printAction(), actions->pdfAction()})
        CHECK(texts.contains(a->text()));
}

TEST_CASE("File → Export writes the chosen layout and encoding atomically", "[ui][export]") {
    UiFixture f;
    saveLanshan(f);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2020));
    auto* actions = f.window->findChild<AnnexFileActions*>();
    const QString path = f.dir.filePath(u"out.csv"_s);
    actions->runExportDialog = [](AnnexExportDialog& d) {
        d.layoutBox()->setCurrentIndex(1);   // data
        d.encodingBox()->setCurrentIndex(1); // GB18030
        return true;
    };
    QString suggested;
    actions->chooseExportFile = [&](const QString& s) {
        suggested = s;
        return path;
    };
    actions->exportAction()->trigger();
    CHECK(suggested.endsWith(u"兰山区-2020-基本情况表.csv"_s));
    const QByteArray bytes = bytesOf(path);
    CHECK(bytes.startsWith("\xB5\xA5\xCE\xBB\xB4\xFA\xC2\xEB,")); // 单位代码, in GB18030, no BOM
    CHECK(bytes.contains("371302,\xC0\xBC\xC9\xBD\xC7\xF8,2020,")); // 兰山区
    CHECK(bytes.contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
    CHECK(f.prompter.messages.isEmpty());

    SECTION("a folder that cannot be written is reported and leaves nothing") {
        actions->chooseExportFile = [&](const QString&) -> QString {
            return path + u"/nope/out.csv"_s;
        };
        actions->exportAction()->trigger();
        REQUIRE(f.prompter.messages.size() == 1);
        CHECK(f.prompter.messages[0].contains(u"nope"_s));
    }
}

TEST_CASE("File → Export PDF writes the annex A4 landscape and a parent can print per child",
          "[ui][print]") {
    UiFixture f;
    saveLanshan(f);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2020));
    auto* actions = f.window->findChild<AnnexFileActions*>();
    CHECK_FALSE(actions->perChildAction()->isEnabled()); // a county has no children
    const QString path = f.dir.filePath(u"annex.pdf"_s);
    actions->choosePdfFile = [&](const QString&) { return path; };
    actions->pdfAction()->trigger();
    CHECK(pages(bytesOf(path)) == QList<QPair<int, int>>{{842, 595}});

    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2020));
    REQUIRE(actions->perChildAction()->isEnabled());
    actions->pdfAction()->trigger();
    CHECK(pages(bytesOf(path)).size() == 1); // the consolidated table
    actions->perChildAction()->setChecked(true);
    actions->pdfAction()->trigger();
    CHECK(pages(bytesOf(path)).size() == 15); // one page per county and zone
}

TEST_CASE("the page set-up chosen for the printer is the one painted", "[ui][print]") {
    UiFixture f;
    saveLanshan(f);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2020));
    auto* actions = f.window->findChild<AnnexFileActions*>();
    QPrinter* printer = actions->printer();
    CHECK(printer->pageLayout().orientation() == QPageLayout::Landscape); // the annex default
    // The clerk switches to portrait A3 in the preview; print paints with that printer.
    printer->setPageSize(QPageSize(QPageSize::A3));
    printer->setPageOrientation(QPageLayout::Portrait);
    const QString path = f.dir.filePath(u"printed.pdf"_s);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    actions->paintOn(printer);
    CHECK(pages(bytesOf(path)) == QList<QPair<int, int>>{{842, 1191}}); // A3 portrait
}

TEST_CASE("File → Export blank template writes the unit's form as a workbook to fill in",
          "[ui][export]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2026));
    auto* actions = f.window->findChild<AnnexFileActions*>();
    REQUIRE(actions->templateAction()->isEnabled());
    QString suggested;
    const QString path = f.dir.filePath(u"blank.xlsx"_s);
    actions->chooseTemplateFile = [&](const QString& s) {
        suggested = s;
        return path;
    };
    actions->templateAction()->trigger();
    CHECK(suggested.endsWith(u"兰山区-2026-基本情况表-空表.xlsx"_s));
    const QByteArray bytes = bytesOf(path);
    REQUIRE(bytes.startsWith("PK\x03\x04"));
    const CsvDocument doc = readCsvDocument(bytes, u"blank.xlsx"_s);
    REQUIRE(doc.diagnostics.isEmpty());
    QStringList cells;
    for (const CsvRecord& r : doc.records)
        cells << r.fields;
    CHECK(cells.contains(u"危险化学品"_s));
    CHECK(cells.join(u' ').contains(u"临沂市兰山区人力资源和社会保障局"_s)); // the bureau signs
    CHECK(f.prompter.messages.isEmpty());
}
