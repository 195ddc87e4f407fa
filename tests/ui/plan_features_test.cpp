// The plan's tasks and instruments, driven through the real main window offscreen: the 任务 tab
// on a fixed clock, evidence and hazards, the rate-floating form, the fee cap, the expert pool,
// and the plan editor making the 2026-2030 plan.
#include "annex_columns.h"
#include "instruments/expert_models.h"
#include "instruments/expert_tab.h"
#include "instruments/fee_project_model.h"
#include "instruments/fee_tab.h"
#include "instruments/rate_float_tab.h"
#include "instruments/rate_scheme_models.h"
#include "plan_features.h"
#include "plans/plan_editor_dialog.h"
#include "plans/plan_task_table_model.h"
#include "tasks/hazard_form.h"
#include "tasks/hazard_table_model.h"
#include "tasks/task_table_model.h"
#include "tasks/tasks_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/plan_repository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// The application installs the feature in main(); the fixture builds a bare window.
template <typename T> T* tab(UiFixture& f) {
    if (!f.window->findChild<TasksTab*>())
        installPlanFeatures(*f.window, *f.session, f.prompter);
    T* t = f.window->findChild<T*>();
    REQUIRE(t != nullptr);
    return t;
}

int rowWithTitle(TaskTableModel* m, const QString& start) {
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->itemAt(r)->obligation.title.startsWith(start))
            return r;
    return -1;
}
} // namespace

TEST_CASE("The tasks tab marks overdue obligations on a fixed day and saves a record",
          "[ui][tasks]") {
    UiFixture f;
    TasksTab* tasks = tab<TasksTab>(f);
    QAbstractItemModelTester tester(tasks->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester hazardTester(tasks->hazardModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    tasks->setClock([] { return QDate(2021, 9, 15); });
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2021));
    TaskTableModel* m = tasks->model();
    REQUIRE(m->rowCount() == 18);
    const int plan = rowWithTitle(m, u"制定具体实施方案"_s);
    REQUIRE(plan >= 0);
    CHECK(m->index(plan, TaskTableModel::DueColumn).data().toString() == u"2021-07-15"_s);
    CHECK(m->index(plan, TaskTableModel::StatusColumn).data(TaskTableModel::RawValueRole).toInt() ==
          int(TaskStatus::Overdue));
    CHECK(m->index(plan, 0).data(TaskTableModel::OverdueRole).toBool());
    CHECK(m->index(plan, 0).data(Qt::ForegroundRole).isValid()); // stands out
    CHECK(tasks->summaryLabel()->text().contains(u"9 overdue"_s));

    tasks->selectRow(plan);
    tasks->statusBox()->setCurrentIndex(tasks->statusBox()->findData(int(TaskProgress::Done)));
    CHECK(tasks->doneOnEdit()->isEnabled());
    tasks->doneOnEdit()->setDate(QDate(2021, 7, 14));
    tasks->departmentEdit()->setText(u"工伤保险科"_s);
    tasks->noteEdit()->setPlainText(u"兰人社字〔2021〕20号"_s);
    REQUIRE(tasks->saveRecord());
    CHECK(m->index(plan, TaskTableModel::StatusColumn).data(TaskTableModel::RawValueRole).toInt() ==
          int(TaskStatus::Done));
    CHECK(m->index(plan, TaskTableModel::DoneOnColumn).data().toString() == u"2021-07-14"_s);
    CHECK(tasks->summaryLabel()->text().contains(u"8 overdue"_s));

    // Evidence is copied beside the database and survives the original being deleted.
    const QString source = f.dir.filePath(u"报送通知.txt"_s);
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("notice");
    }
    REQUIRE(tasks->attachFile(source));
    REQUIRE(QFile::remove(source));
    REQUIRE(tasks->fileList()->count() == 1);
    CHECK(tasks->fileList()->item(0)->text() == u"报送通知.txt"_s);
    CHECK(QFile::exists(f.dbPath() + u".files/"_s +
                        tasks->fileList()->item(0)->data(Qt::UserRole).toString()));

    // The checklist exports as CSV and PDF.
    REQUIRE(tasks->exportCsv(f.dir.filePath(u"tasks.csv"_s)));
    QFile csv(f.dir.filePath(u"tasks.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    REQUIRE(tasks->exportPdf(f.dir.filePath(u"tasks.pdf"_s)));
    CHECK(QFile(f.dir.filePath(u"tasks.pdf"_s)).size() > 1000);

    f.reopen(); // records are in the database
    TasksTab* again = tab<TasksTab>(f);
    again->setClock([] { return QDate(2021, 9, 15); });
    CHECK(again->model()->index(plan, TaskTableModel::DepartmentColumn).data().toString() ==
          u"工伤保险科"_s);
}

TEST_CASE("Hazards are added and flagged when overdue and then closed", "[ui][tasks][hazards]") {
    UiFixture f;
    TasksTab* tasks = tab<TasksTab>(f);
    tasks->setClock([] { return QDate(2022, 7, 1); });
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2022));
    HazardForm* form = tasks->hazardForm();
    form->newHazard();
    form->enterpriseEdit()->setText(u"临沂某化工有限公司"_s);
    form->problemEdit()->setText(u"粉尘浓度超标"_s);
    form->foundOnEdit()->setDate(QDate(2022, 5, 10));
    form->deadlineEdit()->setDate(QDate(2022, 6, 30));
    form->departmentEdit()->setText(u"应急管理局"_s);
    REQUIRE(form->save());
    HazardTableModel* m = tasks->hazardModel();
    REQUIRE(m->rowCount() == 1);
    CHECK(m->index(0, 0).data(HazardTableModel::OverdueRole).toBool());
    CHECK(tasks->summaryLabel()->text().contains(u"hazard"_s));
    form->select(0);
    form->statusBox()->setCurrentIndex(form->statusBox()->findData(int(HazardStatus::Closed)));
    form->closedOnEdit()->setDate(QDate(2022, 6, 28));
    REQUIRE(form->save());
    CHECK_FALSE(m->index(0, 0).data(HazardTableModel::OverdueRole).toBool());
    form->newHazard(); // an empty entry is refused with a message
    const qsizetype before = f.prompter.messages.size();
    CHECK_FALSE(form->save());
    CHECK(f.prompter.messages.size() == before + 1);
}

TEST_CASE("The rate-floating form shows the tier and the rule and class 1 never floats down",
          "[ui][rates-floating]") {
    UiFixture f;
    RateFloatTab* rates = tab<RateFloatTab>(f);
    QAbstractItemModelTester t1(rates->classModel(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(rates->ruleModel(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(rates->batchModel(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rates->schemeLabel()->text().contains(u"示例"_s));
    rates->classBox()->setValue(4);
    rates->payrollBox()->setValue(1'000'000);
    rates->contributionsBox()->setValue(9000);
    rates->benefitsBox()->setValue(0);
    rates->injuriesBox()->setValue(0);
    CHECK(rates->lastResult().tier == Approx(0.8));
    CHECK(rates->resultLabel()->text().contains(u"7200.00"_s));
    CHECK(rates->resultLabel()->text().contains(u"rule 2"_s));
    rates->classBox()->setValue(1);
    CHECK(rates->lastResult().tier == Approx(1.0));
    rates->contributionsBox()->setValue(0);
    CHECK(rates->resultLabel()->text().contains(u"not applicable"_s));

    // Edit the table: class 4's base rate to 1.0 %, saved and used.
    RiskClassModel* classes = rates->classModel();
    REQUIRE(classes->setData(classes->index(3, RiskClassModel::BaseRateColumn), u"1.0"_s));
    CHECK_FALSE(classes->setData(classes->index(3, RiskClassModel::TiersColumn), u"x"_s));
    REQUIRE(rates->saveScheme());
    rates->classBox()->setValue(4);
    rates->contributionsBox()->setValue(9000);
    CHECK(rates->lastResult().baseRate == Approx(0.01));
    FloatRuleModel* rules = rates->ruleModel();
    rules->insertRule(0);
    REQUIRE(rules->setData(rules->index(0, FloatRuleModel::InjuriesColumn), u"none"_s));
    REQUIRE(rules->setData(rules->index(0, FloatRuleModel::MaxColumn), u"10%"_s));
    REQUIRE(rules->setData(rules->index(0, FloatRuleModel::TierColumn), u"50"_s));
    CHECK(rates->lastResult().tier == Approx(0.5)); // the 50 % tier, reached by an added rule
    rates->resetToExample();
    CHECK(rates->ruleModel()->rowCount() == 5);

    // Batch in and out.
    QFile in(f.dir.filePath(u"employers.csv"_s));
    REQUIRE(in.open(QIODevice::WriteOnly));
    in.write(
        u"单位名称,风险类别,缴费工资总额,缴费额,基金支付额,上年新发工伤人数\r\n甲,4,1000000,9000,0,0\r\n乙,2,10,0,0,0\r\n"_s
            .toUtf8());
    in.close();
    REQUIRE(rates->importBatch(in.fileName()));
    REQUIRE(rates->batchModel()->rowCount() == 2);
    CHECK(rates->batchModel()->index(0, FloatBatchModel::TierColumn).data().toString() == u"80%"_s);
    REQUIRE(rates->exportBatch(f.dir.filePath(u"out.csv"_s)));
    CHECK(QFile(f.dir.filePath(u"out.csv"_s)).size() > 100);
}

TEST_CASE("The fee tab refuses a project over the cap with the amounts", "[ui][fee]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2022));
    ExpertTab* experts = tab<ExpertTab>(f);
    experts->newExpert();
    experts->nameEdit()->setText(u"王专家"_s);
    experts->validUntilEdit()->setText(u"2026-12-31"_s);
    REQUIRE(experts->saveExpert());

    FeeTab* fee = tab<FeeTab>(f);
    QAbstractItemModelTester tester(fee->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(fee->incomeYearBox()->value() == 2021);
    fee->incomeBox()->setValue(1'000'000);
    REQUIRE(fee->saveBudget());
    CHECK(fee->usageLabel()->text().contains(u"30,000.00"_s));
    fee->ratioBox()->setValue(5);
    CHECK_FALSE(fee->saveBudget()); // no approval reference
    CHECK(f.prompter.messages.last().contains(u"3%"_s));
    fee->ratioBox()->setValue(3);

    REQUIRE(fee->expertList()->count() == 1);
    fee->newProject();
    fee->nameEdit()->setText(u"尘肺病预防宣传"_s);
    fee->amountBox()->setValue(20000);
    fee->stageBox()->setCurrentIndex(int(ProjectStage::Approved));
    fee->expertList()->item(0)->setCheckState(Qt::Checked);
    REQUIRE(fee->saveProject());
    CHECK(fee->model()->index(0, FeeProjectModel::ExpertsColumn).data().toString() == u"王专家"_s);
    fee->newProject();
    fee->nameEdit()->setText(u"班组长培训"_s);
    fee->kindBox()->setCurrentIndex(1);
    fee->amountBox()->setValue(15000);
    fee->stageBox()->setCurrentIndex(int(ProjectStage::Approved));
    CHECK_FALSE(fee->saveProject());
    CHECK(f.prompter.messages.last().contains(u"5,000.00"_s));
    CHECK(fee->model()->rowCount() == 1);
    fee->amountBox()->setValue(10000);
    REQUIRE(fee->saveProject());
    CHECK(fee->model()->rowCount() == 2);
}

TEST_CASE("The expert pool filters and reads and writes CSV", "[ui][experts]") {
    UiFixture f;
    ExpertTab* experts = tab<ExpertTab>(f);
    QAbstractItemModelTester tester(experts->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(experts->filter(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QFile in(f.dir.filePath(u"experts.csv"_s));
    REQUIRE(in.open(QIODevice::WriteOnly));
    in.write(
        u"姓名,专业领域,级别,工作单位\r\n张三,职业卫生,省级,省职业病医院\r\n李四,安全生产,市级,临沂市应急管理局\r\n王五,工伤预防,市级,临沂市人社局\r\n"_s
            .toUtf8());
    in.close();
    REQUIRE(experts->importCsv(in.fileName()));
    CHECK(experts->filter()->rowCount() == 3);
    experts->levelFilter()->setCurrentIndex(
        experts->levelFilter()->findData(int(ExpertLevel::City)));
    CHECK(experts->filter()->rowCount() == 2);
    experts->searchEdit()->setText(u"应急"_s);
    CHECK(experts->filter()->rowCount() == 1);
    REQUIRE(experts->exportCsv(f.dir.filePath(u"out.csv"_s)));
    QFile out(f.dir.filePath(u"out.csv"_s));
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(out.readAll());
    CHECK(text.contains(u"李四"_s));
    CHECK_FALSE(text.contains(u"张三"_s)); // what is shown is what is exported
}

TEST_CASE("The plan editor makes the 2026-2030 plan and a county follows it", "[ui][plans]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2026));
    PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
    QAbstractItemModelTester tester(dialog.obligationModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.titleEdit()->text().startsWith(u"临沂市"_s));
    f.prompter.texts.enqueue(u"linyi-2026"_s);
    f.prompter.texts.enqueue(u"2026"_s);
    REQUIRE(dialog.copyCurrent());
    CHECK(dialog.baselineBox()->value() == 2025);
    CHECK(dialog.startBox()->value() == 2026);
    CHECK(dialog.endBox()->value() == 2030);
    dialog.titleEdit()->setText(u"临沂市工伤预防五年行动计划（2026-2030年）实施方案"_s);
    dialog.targetBox()->setValue(10);
    REQUIRE(dialog.addIndustry(u"即时配送"_s));
    CHECK_FALSE(dialog.addIndustry(u"矿山"_s));
    dialog.moveIndustry(7, -7);
    CHECK(dialog.industryList()->item(0)->text() == u"即时配送"_s);
    dialog.moveIndustry(0, 7);
    PlanTaskTableModel* obligations = dialog.obligationModel();
    REQUIRE(obligations->rowCount() == 22);
    REQUIRE(
        obligations->setData(obligations->index(21, PlanTaskTableModel::DueColumn), u"12-10"_s));
    CHECK_FALSE(
        obligations->setData(obligations->index(21, PlanTaskTableModel::DueColumn), u"13-40"_s));
    dialog.unitBox()->setCurrentIndex(dialog.unitBox()->findData(u"371302"_s));
    REQUIRE(dialog.assignToUnit()); // saves the plan, then assigns it
    CHECK(dialog.changedSomething());
    f.session->notifyFiguresChanged(u"371302"_s, 2026);

    const auto plan = PlanRepository(f.session->connection()).findByCode(u"linyi-2026"_s);
    REQUIRE(plan.has_value());
    CHECK(plan->accidentRateReductionTarget == Approx(0.10));
    CHECK(f.session->plan()->code == u"linyi-2026"_s);
    // The annex of the county now lists 即时配送 under the new title, without code.
    FormTableModel* annex = f.window->annexTab()->model();
    bool delivery = false;
    for (int r = 0; r < annex->rowCount(); ++r)
        delivery = delivery || annex->index(r, 0).data().toString() == u"即时配送"_s;
    CHECK(delivery);
    TasksTab* tasks = tab<TasksTab>(f);
    tasks->setClock([] { return QDate(2026, 1, 1); });
    bool report = false;
    for (int r = 0; r < tasks->model()->rowCount(); ++r)
        if (tasks->model()->itemAt(r)->obligation.code == u"annual-report"_s)
            report = tasks->model()->itemAt(r)->due == QDate(2026, 12, 10);
    CHECK(report);
}
