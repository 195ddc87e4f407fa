// Not a test: renders docs/tasks.png, docs/rate-floating.png, docs/prevention-fee.png and
// docs/plan-editor.png on a fresh database with a few records. Hidden from CTest ("[.]"):
//   YUFANG_SHOTS=docs [YUFANG_PDF=tasks.pdf] build/tests/ui/yufang_ui_tests "[tasks-screenshots]"
#include "instruments/fee_tab.h"
#include "instruments/rate_float_tab.h"
#include "main_window.h"
#include "plan_features.h"
#include "plans/plan_editor_dialog.h"
#include "progress/progress_feature.h"
#include "scripted_prompter.h"
#include "session.h"
#include "tasks/hazard_form.h"
#include "tasks/tasks_tab.h"
#include "unit_selector.h"

#include "i18n.h"
#include "settings.h"
#include "storage/expert_repository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace yufang;

TEST_CASE("screenshots of the task and instrument tabs", "[.][tasks-screenshots]") {
    const QString out = qEnvironmentVariable("YUFANG_SHOTS");
    REQUIRE_FALSE(out.isEmpty());
    QTemporaryDir dir;
    installTranslations(QStringLiteral("zh_CN"));
    QSettings backend(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(backend);
    test::ScriptedPrompter prompter;
    Session session;
    MainWindow window(session, prompter, settings);
    installProgressFeature(window, session, prompter);
    const PlanFeatures f = installPlanFeatures(window, session, prompter);
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("shots.sqlite"))));
    window.resize(1280, 800);
    window.show();
    f.tasks->setClock([] { return QDate(2021, 9, 15); });
    REQUIRE(window.unitSelector()->selectUnit(QStringLiteral("371302"), 2021));
    for (int row : {0, 1}) {
        f.tasks->selectRow(row);
        f.tasks->statusBox()->setCurrentIndex(row == 0 ? 2 : 1);
        f.tasks->doneOnEdit()->setDate(QDate(2021, 3, 20));
        f.tasks->departmentEdit()->setText(QStringLiteral("工伤保险科"));
        f.tasks->noteEdit()->setPlainText(QStringLiteral("兰人社字〔2021〕12号"));
        REQUIRE(f.tasks->saveRecord());
    }
    HazardForm* h = f.tasks->hazardForm();
    h->newHazard();
    h->enterpriseEdit()->setText(QStringLiteral("临沂某化工有限公司"));
    h->problemEdit()->setText(QStringLiteral("粉尘浓度超标"));
    h->foundOnEdit()->setDate(QDate(2021, 6, 1));
    h->deadlineEdit()->setDate(QDate(2021, 8, 31));
    h->departmentEdit()->setText(QStringLiteral("应急管理局"));
    REQUIRE(h->save());
    f.tasks->selectRow(5);
    window.tabs()->setCurrentWidget(f.tasks);
    QTest::qWait(200);
    REQUIRE(window.grab().save(QDir(out).filePath(QStringLiteral("tasks.png"))));
    if (const QString pdf = qEnvironmentVariable("YUFANG_PDF"); !pdf.isEmpty())
        REQUIRE(f.tasks->exportPdf(pdf));

    f.rates->classBox()->setValue(4);
    f.rates->payrollBox()->setValue(12'500'000);
    f.rates->contributionsBox()->setValue(112'500);
    f.rates->benefitsBox()->setValue(40'000);
    window.tabs()->setCurrentWidget(f.rates);
    QTest::qWait(200);
    REQUIRE(window.grab().save(QDir(out).filePath(QStringLiteral("rate-floating.png"))));

    Expert e;
    e.name = QStringLiteral("王立新");
    e.employer = QStringLiteral("临沂市职业病防治院");
    e.field = ExpertField::Health;
    QString error;
    REQUIRE(ExpertRepository(session.connection()).save(e, &error));
    REQUIRE(window.unitSelector()->selectUnit(QStringLiteral("371300"), 2022));
    f.fee->incomeBox()->setValue(86'000'000);
    REQUIRE(f.fee->saveBudget());
    f.fee->newProject();
    f.fee->nameEdit()->setText(QStringLiteral("预防尘肺病——工伤保险进企业宣传"));
    f.fee->providerEdit()->setText(QStringLiteral("临沂某文化传媒公司"));
    f.fee->amountBox()->setValue(680'000);
    f.fee->stageBox()->setCurrentIndex(2);
    f.fee->expertList()->item(0)->setCheckState(Qt::Checked);
    REQUIRE(f.fee->saveProject());
    window.tabs()->setCurrentWidget(f.fee);
    QTest::qWait(200);
    REQUIRE(window.grab().save(QDir(out).filePath(QStringLiteral("prevention-fee.png"))));

    PlanEditorDialog dialog(session, prompter, &window);
    dialog.resize(1280, 800);
    dialog.show();
    QTest::qWait(200);
    REQUIRE(dialog.grab().save(QDir(out).filePath(QStringLiteral("plan-editor.png"))));
}
