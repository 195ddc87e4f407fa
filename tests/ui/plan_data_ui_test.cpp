// Plans as data in the window (issue 13), offscreen: the accident-rate target edited in the plan
// editor is the one 概览 and the 指标 page use, and the other way round (domain/plan_targets);
// the 报表 tab's import dialog records the return as received on the day the clerk chooses, as
// the annex import does.
//
// 兰山区 371302, linyi-2021, 危险化学品: 2020 10 / 1000 = 10.00 ‰, 2023 8 / 1000 = 8.00 ‰:
//   reduction 20.00 %. Target 20 %: glide path 12 %: 已达成. Target 25 %: glide path
//   25 × 3 ÷ 5 = 15 %: 20 ≥ 15 but < 25: 进度正常. Target 15 %: 已达成.
#include "forms/form_import_dialog.h"
#include "forms/plan_indicators_page.h"
#include "plans/plan_editor_dialog.h"
#include "progress/dashboard_tab.h"
#include "progress/progress_feature.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "domain/status_glossary.h"
#include "storage/annex_repository.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/return_repository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kCounty = u"371302"_s;

void saveAnnex(Session& session, int year, qint64 accidents) {
    AnnexTable t;
    t.unitCode = kCounty;
    t.year = year;
    t.rows = {AnnexRow{u"危险化学品"_s, false, AnnexCounts{1, 1, 1000, 1000, accidents}, {}}};
    QString error;
    const bool saved = AnnexRepository(session.connection()).save(t, u"test"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}
} // namespace

TEST_CASE("A target edited in the plan editor is the one the overview and the indicator use",
          "[ui][plans][indicators]") {
    UiFixture f;
    const ProgressFeature feature = installProgressFeature(*f.window, *f.session, f.prompter);
    saveAnnex(*f.session, 2020, 10);
    saveAnnex(*f.session, 2023, 8);
    REQUIRE(f.window->unitSelector()->selectUnit(kCounty, 2023));
    DashboardTab* overview = feature.dashboard;
    f.window->tabs()->setCurrentWidget(overview);
    const auto refresh = [&] { f.session->notifyFiguresChanged(kCounty, 2023); };
    refresh();
    CHECK(overview->reductionValue()->text() == u"20.00%"_s);
    CHECK(overview->statusBadge()->text() == glossary::label(glossary::Term::Met));

    PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
    CHECK(dialog.targetBox()->value() == Approx(20));
    dialog.targetBox()->setValue(25);
    REQUIRE(dialog.save());
    PlanIndicatorsPage* indicators = dialog.indicatorsPage();
    REQUIRE(indicators->selectIndicator(u"accident-rate"_s));
    CHECK(indicators->targetBox()->value() == Approx(-0.25));
    refresh();
    CHECK(overview->statusBadge()->text() == glossary::label(glossary::Term::OnTrack));

    // The other way: the indicator's target on the 指标 page shows on the plan page at once,
    // and saving the plan page next is no conflict.
    indicators->targetBox()->setValue(-0.15);
    REQUIRE(indicators->saveCurrent());
    CHECK(dialog.targetBox()->value() == Approx(15));
    refresh();
    CHECK(overview->statusBadge()->text() == glossary::label(glossary::Term::Met));
    REQUIRE(dialog.save());
    const auto plan = PlanRepository(f.session->connection()).findByCode(u"linyi-2021"_s);
    REQUIRE(plan.has_value());
    CHECK(plan->accidentRateReductionTarget == Approx(0.15));
    CHECK(IndicatorRepository(f.session->connection()).find(plan->id, u"accident-rate"_s)->target ==
          Approx(-0.15));
}

TEST_CASE("The forms tab's import records the return as received on the chosen day",
          "[ui][forms][returns]") {
    UiFixture f;
    const QSqlDatabase db = f.session->connection();
    const auto national = PlanRepository(db).findByCode(u"national-2026"_s);
    REQUIRE(national.has_value());
    QString error;
    // 临沂市 follows the 2026-2030 plan from 2026, and so its counties, which owe it the form.
    REQUIRE(PlanStore(db).assignFrom(u"371300"_s, national->id, 2026, &error));
    const QString path = f.dir.filePath(u"platform.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF");
    file.write(u"单位代码,单位名称,年度,平台企业名称,新就业形态人员数,参加职业伤害保障人数,"
               u"职业伤害人数,备注\r\n"
               u"371302,兰山区,2026,甲平台,1200,1000,3,\r\n"_s.toUtf8());
    file.close();

    // Days in the past, whatever today is: the dialog accepts no date after today.
    const QDate typed = QDate::currentDate().addDays(-12),
                chosen = QDate::currentDate().addDays(-7);
    FormImportOptions options;
    options.unit = kCounty;
    options.year = 2026;
    FormImportDialog dialog(db, u"platform-enterprises"_s, {path}, options);
    CHECK(dialog.recordsReturns()); // the plan owes platform-annual of this form
    REQUIRE(dialog.importButton()->isEnabled());
    // Before 导入 the dialog says what would land, not "rejected, 0 errors".
    CHECK(dialog.summary().contains(u"ready to import 兰山区 2026, 1 row(s)"_s));
    CHECK(dialog.receiptBox()->count() == 3);
    // Typing a date means "this date".
    dialog.receivedOnEdit()->setDate(typed);
    CHECK(dialog.receiptBox()->currentData().toInt() == int(FormImportDialog::Receipt::Chosen));
    CHECK(dialog.receivedOn() == typed);
    dialog.setReceipt(FormImportDialog::Receipt::Today);
    CHECK(dialog.receivedOn() == QDate::currentDate());
    dialog.setReceipt(FormImportDialog::Receipt::Chosen, chosen);
    REQUIRE(dialog.commitAll() == 1);

    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM plan_obligation WHERE plan_id = ? AND code = 'platform-annual'"_s);
    q.addBindValue(national->id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const auto received = ReturnRepository(db).find(kCounty, q.value(0).toLongLong(), 2026);
    REQUIRE(received.has_value());
    CHECK(received->receivedOn == chosen);
}

TEST_CASE("The import dialog asks no receipt date for a form no return names",
          "[ui][forms][returns]") {
    UiFixture f;
    const QSqlDatabase db = f.session->connection();
    // Linyi's plan owes no return of the 职业病 table: its import is no return.
    const QString path = QStringLiteral(YUFANG_SOURCE_DIR "/tests/data/xlsx/disease.csv");
    FormImportDialog dialog(db, u"disease"_s, {path}, {}, f.window.get());
    dialog.show();
    CHECK_FALSE(dialog.recordsReturns());
    CHECK_FALSE(dialog.receiptBox()->isVisible());
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.commitAll() == 1);
    CHECK(dialog.summary().contains(u"disease.csv: "_s));
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM return_record"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // The 基本情况表 of the same unit is a return: the date is asked.
    const QString annex = QStringLiteral(YUFANG_SOURCE_DIR "/tests/data/xlsx/annex_form.csv");
    FormImportDialog annexDialog(db, u"annex"_s, {annex}, {}, f.window.get());
    annexDialog.show();
    CHECK(annexDialog.recordsReturns());
    CHECK(annexDialog.receiptBox()->isVisible());
}
