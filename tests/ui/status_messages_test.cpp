// Issue 18: after every import, export and print the status bar names the file written or read
// (only Ctrl+S said anything before), and an office's 启用日期 keeps what fell due before it
// out of the overdue count (a fresh city database said "117 项报送逾期" for 2021-2025).
#include "forms/annex_export_dialog.h"
#include "forms/annex_file_actions.h"
#include "feature_installer.h"
#include "forms/form_import_dialog.h"
#include "office/home_unit_dialog.h"
#include "progress/progress_report_actions.h"
#include "returns/audit_view.h"
#include "returns/returns_tab.h"
#include "status_messages.h"
#include "tasks/tasks_tab.h"
#include "training/disease_tab.h"
#include "training/training_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "services/returns_service.h"
#include "storage/annex_repository.h"
#include "storage/tracking_repository.h"
#include "storage/unit_repository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPrinter>
#include <QStatusBar>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kLinyi = u"371300"_s;

void saveForm(const QSqlDatabase& db, const QString& unit, int year) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = {AnnexRow{u"危险化学品"_s, false, {10, 8, 1000, 800, 2}, {}}};
    QString error;
    REQUIRE(AnnexRepository(db).save(t, u"manual"_s, &error));
}

// The bar's passing message names the file (its absolute path, as the system writes it).
void checkNamed(UiFixture& f, const QString& path, const char* what) {
    const QString message = f.window->statusBar()->currentMessage();
    INFO(what << ": \"" << message.toStdString() << "\"");
    CHECK(message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    f.window->statusBar()->clearMessage();
}
} // namespace

TEST_CASE("every import and export names its file in the status bar", "[ui][status-bar]") {
    UiFixture f;
    installFeatures(*f.window, *f.session, f.prompter);
    saveForm(f.session->connection(), kLanshan, 2024);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2024));
    QApplication::processEvents();
    const QDir out(f.dir.path());

    // File → 导出 / 导出 PDF / 导入 of the 基本情况表.
    auto* annex = f.window->findChild<AnnexFileActions*>();
    REQUIRE(annex);
    const QString csv = out.filePath(u"兰山区-2024.csv"_s);
    annex->runExportDialog = [](AnnexExportDialog&) { return true; };
    annex->chooseExportFile = [&](const QString&) { return csv; };
    annex->exportAction()->trigger();
    checkNamed(f, csv, "annex CSV");
    const QString pdf = out.filePath(u"兰山区-2024.pdf"_s);
    annex->choosePdfFile = [&](const QString&) { return pdf; };
    annex->pdfAction()->trigger();
    checkNamed(f, pdf, "annex PDF");
    annex->chooseImportFiles = [&] { return QStringList{csv}; };
    annex->runImportDialog = [](FormImportDialog& d) {
        d.replaceBox()->setChecked(true);
        d.importAll();
        return true;
    };
    annex->importAction()->trigger();
    checkNamed(f, csv, "annex import");

    // 培训 and 职业病: CSV and PDF out, CSV back in.
    auto* training = f.window->findChild<TrainingTab*>();
    REQUIRE(training);
    QString error;
    const QString trainingCsv = out.filePath(u"training.csv"_s);
    REQUIRE(training->exportCsv(trainingCsv, &error));
    checkNamed(f, trainingCsv, "training CSV");
    REQUIRE(training->exportPdf(out.filePath(u"training.pdf"_s), &error));
    checkNamed(f, out.filePath(u"training.pdf"_s), "training PDF");
    f.prompter.answers.enqueue(QMessageBox::Yes); // replace what the tab holds
    if (training->importFiles({trainingCsv}) == 1)
        checkNamed(f, trainingCsv, "training import");
    auto* disease = f.window->findChild<DiseaseTab*>();
    REQUIRE(disease);
    const QString diseaseCsv = out.filePath(u"disease.csv"_s);
    REQUIRE(disease->exportCsv(diseaseCsv, &error));
    checkNamed(f, diseaseCsv, "disease CSV");
    REQUIRE(disease->exportPdf(out.filePath(u"disease.pdf"_s), &error));
    checkNamed(f, out.filePath(u"disease.pdf"_s), "disease PDF");
    if (disease->importFiles({diseaseCsv}, true) == 1)
        checkNamed(f, diseaseCsv, "disease import");

    // 报表 → 进度报告 as PDF, the 报送 board, the audit trail, the task checklist.
    auto* progress = f.window->findChild<ProgressReportActions*>();
    REQUIRE(progress);
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2024));
    const QString report = out.filePath(u"progress.pdf"_s);
    if (progress->exportPdf(report, &error))
        checkNamed(f, report, "progress report");
    const QString board = out.filePath(u"board.csv"_s);
    REQUIRE(f.window->returnsTab()->exportBoardCsv(board, &error));
    checkNamed(f, board, "returns board");
    const QString audit = out.filePath(u"audit.csv"_s);
    REQUIRE(f.window->auditView()->exportCsv(audit, &error));
    checkNamed(f, audit, "audit trail");
    auto* tasks = f.window->findChild<TasksTab*>();
    REQUIRE(tasks);
    REQUIRE(tasks->exportCsv(out.filePath(u"tasks.csv"_s)));
    checkNamed(f, out.filePath(u"tasks.csv"_s), "tasks CSV");
    REQUIRE(tasks->exportPdf(out.filePath(u"tasks.pdf"_s)));
    checkNamed(f, out.filePath(u"tasks.pdf"_s), "tasks PDF");
}

TEST_CASE("a print names the printer or the file it printed to", "[ui][status-bar]") {
    UiFixture f;
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = f.dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(file);
    status::printed(f.window.get(), u"兰山区-2024-基本情况表"_s, printer);
    const QString message = f.window->statusBar()->currentMessage();
    CHECK(message.contains(u"兰山区-2024-基本情况表"_s));
    CHECK(message.contains(QDir::toNativeSeparators(file)));
    // From a dialog above the window too (the import preview, a print preview).
    QDialog dialog(f.window.get());
    status::fileWritten(&dialog, file);
    CHECK(f.window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(file)));
}

TEST_CASE("returns due before the office's tracked-since date are not overdue",
          "[ui][first-start]") {
    UiFixture f;
    ReturnsTab* tab = f.window->returnsTab();
    tab->setToday(QDate(2026, 12, 2));
    const ReturnsService service(f.session->connection());
    // A fresh city database: every return of 2021-2025 from the counties counted as overdue.
    const QList<ReturnEntry> all = service.outstandingForOffice(kLinyi, tab->today());
    const auto before2026 = std::count_if(
        all.cbegin(), all.cend(), [](const ReturnEntry& e) { return e.due < QDate(2026, 1, 1); });
    REQUIRE(before2026 > 0);

    // The first start asks; its default is 1 January of this year.
    HomeUnitDialog dialog(UnitRepository(f.session->connection()).all(), {}, QDate(2026, 1, 1));
    CHECK(dialog.trackedSinceEdit()->date() == QDate(2026, 1, 1));
    f.window->setHomeUnitChooser(
        [](const QList<Unit>&, const QString&) -> std::optional<QString> { return kLinyi; });
    REQUIRE(f.window->chooseHomeUnit());
    TrackingRepository tracking(f.session->connection());
    REQUIRE(tracking.trackedSince(kLinyi).has_value());
    CHECK(*tracking.trackedSince(kLinyi) == QDate(2026, 1, 1));
    const QList<ReturnEntry> tracked = service.outstandingForOffice(kLinyi, tab->today());
    CHECK(tracked.size() == all.size() - before2026);
    for (const ReturnEntry& e : tracked)
        CHECK(e.due >= QDate(2026, 1, 1));
    CHECK(f.window->overdueLabel()->text().isEmpty() == tracked.isEmpty());

    // A later date moves the start; the stored date is what the dialog shows next time.
    QString error;
    REQUIRE(tracking.setTrackedSince(kLinyi, QDate(2027, 1, 1), &error));
    CHECK(service.outstandingForOffice(kLinyi, tab->today()).isEmpty());
    // Another office on the same database keeps its own start (none: everything counts).
    CHECK(service.outstandingForOffice(kLanshan, tab->today()).size() >= 1);
}
