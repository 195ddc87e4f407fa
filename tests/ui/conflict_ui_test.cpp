// Two copies of the app on one database file (issue 12, observation 3), driven through the real
// editors: a window whose form went stale is told who changed it and when, and may reload,
// keep editing or overwrite with a reason; a second window is told the database is in use and
// opens it read-only. The other copy is a second Session with its own connection (as
// yufang-cli, or a copy from before the lock, would be).
#include "annex_columns.h"
#include "database_opener.h"
#include "forms/form_table_model.h"
#include "instruments/expert_tab.h"
#include "instruments/fee_tab.h"
#include "plan_features.h"
#include "tasks/hazard_form.h"
#include "tasks/task_table_model.h"
#include "tasks/tasks_tab.h"
#include "training/disease_tab.h"
#include "training/training_feature.h"
#include "training/training_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/annex_repository.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/expert_repository.h"
#include "storage/fee_repository.h"
#include "storage/form_repository.h"
#include "storage/record_revisions.h"
#include "storage/task_repository.h"

#include "services/form_definitions.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSysInfo>
#include <QTableView>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kChem = u"危险化学品"_s;

// The other copy: its own connection on the same file, no lock (like yufang-cli).
struct OtherCopy {
    Session session;
    ScriptedPrompter prompter;
    explicit OtherCopy(const QString& path) {
        auto db = std::make_unique<Database>(path);
        QString error;
        REQUIRE(db->open(&error));
        session.setDatabase(std::move(db));
    }
    QSqlDatabase db() const { return session.connection(); }
};

int rowOf(FormTableModel* model, const QString& industry) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (const int row = model->tableRowOf(r);
            row >= 0 && model->table().rows.at(row).key == industry)
            return r;
    return -1;
}

void as(const char* account) {
    qputenv("USER", account);
}
} // namespace

TEST_CASE("Two windows on one form: the stale one is told and keeps or drops its edit",
          "[ui][conflict]") {
    UiFixture f;
    OtherCopy other(f.dbPath());
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2025));
    REQUIRE(other.session.select(kLanshan, 2025));
    AnnexTab otherEditor(other.session, other.prompter);
    FormTableModel* mine = f.window->annexTab()->model();
    FormTableModel* theirs = otherEditor.model();

    // Copy 2 saves a remark.
    as("clerk-two");
    const int chem = rowOf(theirs, kChem);
    REQUIRE(theirs->setData(theirs->index(chem, annexColumn("remark")), u"含新建园区"_s));
    REQUIRE(otherEditor.save());

    // Copy 1, still showing the old form, saves another cell.
    as("clerk-one");
    REQUIRE(mine->setData(mine->index(rowOf(mine, u"建筑施工"_s), annexColumn("enterprises")), 7));
    f.prompter.answers.enqueue(QMessageBox::Cancel); // keep editing
    CHECK_FALSE(f.window->annexTab()->save());
    REQUIRE_FALSE(f.prompter.asked.isEmpty());
    const QString question = f.prompter.asked.last();
    CHECK(question.contains(u"clerk-two"_s));
    CHECK(question.contains(u"含新建园区"_s)); // their change, among the differences
    CHECK(mine->isModified());
    CHECK(AnnexRepository(f.session->connection()).load(kLanshan, 2025).find(kChem)->remark ==
          u"含新建园区"_s);

    // Discard: the window reloads and shows the remark; nothing of copy 1 was written.
    f.prompter.answers.enqueue(QMessageBox::Discard);
    CHECK_FALSE(f.window->annexTab()->save());
    CHECK_FALSE(mine->isModified());
    CHECK(mine->index(rowOf(mine, kChem), annexColumn("remark")).data().toString() ==
          u"含新建园区"_s);
    for (const AuditEvent& e : AuditLog(f.session->connection()).events())
        CHECK(e.account != u"clerk-one"_s);

    // After the reload, copy 1's next edit saves normally.
    REQUIRE(mine->setData(mine->index(rowOf(mine, u"建筑施工"_s), annexColumn("enterprises")), 7));
    CHECK(f.window->annexTab()->save());
    CHECK(AnnexRepository(other.db()).load(kLanshan, 2025).find(kChem)->remark == u"含新建园区"_s);
}

TEST_CASE("The stale window may overwrite giving a reason and the audit trail records it",
          "[ui][conflict]") {
    UiFixture f;
    OtherCopy other(f.dbPath());
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2025));
    REQUIRE(other.session.select(kLanshan, 2025));
    AnnexTab otherEditor(other.session, other.prompter);
    // This time the window saves first and the other copy is the stale one: both orders.
    as("clerk-one");
    FormTableModel* mine = f.window->annexTab()->model();
    REQUIRE(mine->setData(mine->index(rowOf(mine, kChem), annexColumn("enterprises")), 9));
    REQUIRE(f.window->annexTab()->save());

    as("clerk-two");
    FormTableModel* theirs = otherEditor.model();
    REQUIRE(theirs->setData(theirs->index(rowOf(theirs, kChem), annexColumn("enterprises")), 11));
    other.prompter.answers.enqueue(QMessageBox::Save);
    other.prompter.texts.enqueue(u"县局来电更正"_s);
    REQUIRE(otherEditor.save());
    CHECK(other.prompter.asked.at(0).contains(u"clerk-one"_s));
    CHECK(AnnexRepository(f.session->connection())
              .load(kLanshan, 2025)
              .find(kChem)
              ->counts.enterprises == 11);
    bool recorded = false;
    for (const AuditEvent& e : AuditLog(f.session->connection()).events())
        recorded = recorded || (e.action == audit::kRecordOverwritten &&
                                e.account == u"clerk-two"_s && e.reason == u"县局来电更正"_s);
    CHECK(recorded);

    // An overwrite without a reason is not done.
    as("clerk-one");
    REQUIRE(mine->setData(mine->index(rowOf(mine, kChem), annexColumn("enterprises")), 12));
    f.prompter.answers.enqueue(QMessageBox::Save);
    f.prompter.texts.enqueue(std::nullopt);
    CHECK_FALSE(f.window->annexTab()->save());
    CHECK(AnnexRepository(other.db()).load(kLanshan, 2025).find(kChem)->counts.enterprises == 11);
}

TEST_CASE("Every other editor refuses a save over another copy's change and names it",
          "[ui][conflict]") {
    UiFixture f;
    installPlanFeatures(*f.window, *f.session, f.prompter);
    installTrainingFeature(*f.window, *f.session, f.prompter);
    OtherCopy other(f.dbPath());
    QString error;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2021));

    SECTION("training") {
        auto* tab = f.window->findChild<TrainingTab*>();
        REQUIRE(tab);
        as("clerk-two");
        const auto definition = FormDefinitions(other.db()).forUnit(kLanshan, u"training"_s, 2021);
        REQUIRE(definition);
        FormTable t = FormRepository(other.db()).load(*definition, kLanshan, 2021);
        t.rows.first().setText(u"remark"_s, u"另一副本"_s);
        REQUIRE(FormRepository(other.db()).save(t, u"manual"_s, audit::kFormSaved, &error));
        as("clerk-one");
        FormTableModel* m = tab->model();
        REQUIRE(m->setData(m->index(0, m->columnOf(u"key_personnel"_s)), 10));
        f.prompter.answers.enqueue(QMessageBox::Cancel);
        CHECK_FALSE(tab->save());
        // The question lists their change and the clerk's, as for the 基本情况表.
        REQUIRE_FALSE(f.prompter.asked.isEmpty());
        CHECK(f.prompter.asked.last().contains(u"另一副本"_s));
        CHECK(f.prompter.asked.last().contains(u"\"\" → \"10\""_s));
        CHECK(FormRepository(other.db())
                  .load(*definition, kLanshan, 2021)
                  .rows.first()
                  .text(u"remark"_s) == u"另一副本"_s);
    }
    SECTION("occupational disease") {
        auto* tab = f.window->findChild<DiseaseTab*>();
        REQUIRE(tab);
        as("clerk-two");
        const auto definition = FormDefinitions(other.db()).forUnit(kLanshan, u"disease"_s, 2021);
        REQUIRE(definition);
        FormTable t = FormRepository(other.db()).load(*definition, kLanshan, 2021);
        REQUIRE_FALSE(t.rows.isEmpty());
        t.rows.first().setText(u"remark"_s, u"另一副本"_s);
        REQUIRE(FormRepository(other.db()).save(t, u"manual"_s, audit::kFormSaved, &error));
        as("clerk-one");
        FormTableModel* m = tab->model();
        REQUIRE(m->setData(m->index(0, m->columnOf(u"pneumoconiosis"_s)), 1));
        f.prompter.answers.enqueue(QMessageBox::Cancel);
        CHECK_FALSE(tab->save());
        CHECK(tab->isModified()); // the edit stays on screen
        CHECK(FormRepository(other.db())
                  .load(*definition, kLanshan, 2021)
                  .rows.first()
                  .text(u"remark"_s) == u"另一副本"_s);
    }
    SECTION("task record") {
        auto* tasks = f.window->findChild<TasksTab*>();
        REQUIRE(tasks);
        tasks->selectRow(0);
        const ChecklistItem* item = tasks->model()->itemAt(0);
        REQUIRE(item);
        as("clerk-two");
        TaskRecord r = item->record;
        r.unitCode = kLanshan;
        r.obligationId = item->obligation.id;
        r.year = 2021;
        r.note = u"另一副本"_s;
        REQUIRE(TaskRepository(other.db()).saveRecord(r, &error));
        as("clerk-one");
        tasks->noteEdit()->setPlainText(u"本窗口"_s);
        f.prompter.answers.enqueue(QMessageBox::Cancel);
        CHECK_FALSE(tasks->saveRecord());
        CHECK(TaskRepository(other.db()).records(kLanshan, 2021).value(r.obligationId).note ==
              u"另一副本"_s);
    }
    SECTION("hazard") {
        auto* tasks = f.window->findChild<TasksTab*>();
        HazardForm* form = tasks->hazardForm();
        form->newHazard();
        form->enterpriseEdit()->setText(u"临沂某化工有限公司"_s);
        form->problemEdit()->setText(u"粉尘浓度超标"_s);
        form->foundOnEdit()->setDate(QDate(2021, 5, 10));
        form->deadlineEdit()->setDate(QDate(2021, 6, 30));
        REQUIRE(form->save());
        form->select(0);
        as("clerk-two");
        Hazard h = TaskRepository(other.db()).hazards(kLanshan, 2021).first();
        h.department = u"另一副本"_s;
        REQUIRE(TaskRepository(other.db()).saveHazard(h, &error));
        as("clerk-one");
        form->departmentEdit()->setText(u"本窗口"_s);
        f.prompter.answers.enqueue(QMessageBox::Discard);
        CHECK_FALSE(form->save());
        CHECK(TaskRepository(other.db()).hazards(kLanshan, 2021).first().department ==
              u"另一副本"_s);
    }
    SECTION("fee budget") {
        auto* fee = f.window->findChild<FeeTab*>();
        REQUIRE(fee);
        as("clerk-two");
        FeeBudget b = FeeRepository(other.db()).budget(kLanshan, 2021);
        b.priorIncomeFen = 200'000'000;
        REQUIRE(FeeRepository(other.db()).saveBudget(b, &error));
        as("clerk-one");
        fee->incomeBox()->setValue(1'000'000);
        f.prompter.answers.enqueue(QMessageBox::Cancel);
        CHECK_FALSE(fee->saveBudget());
        CHECK(FeeRepository(other.db()).budget(kLanshan, 2021).priorIncomeFen == 200'000'000);
    }
    SECTION("expert") {
        auto* experts = f.window->findChild<ExpertTab*>();
        REQUIRE(experts);
        experts->newExpert();
        experts->nameEdit()->setText(u"王专家"_s);
        REQUIRE(experts->saveExpert()); // selected after saving
        as("clerk-two");
        Expert x = ExpertRepository(other.db()).all().first();
        x.employer = u"另一副本"_s;
        REQUIRE(ExpertRepository(other.db()).save(x, &error));
        as("clerk-one");
        experts->employerEdit()->setText(u"本窗口"_s);
        f.prompter.answers.enqueue(QMessageBox::Cancel);
        CHECK_FALSE(experts->saveExpert());
        CHECK(ExpertRepository(other.db()).all().first().employer == u"另一副本"_s);
    }
    REQUIRE_FALSE(f.prompter.asked.isEmpty());
    CHECK(f.prompter.asked.last().contains(u"clerk-two"_s));
}

TEST_CASE("A second window on a database in use is told who holds it and opens it read-only",
          "[ui][conflict]") {
    UiFixture f; // holds the lock
    Session second;
    ScriptedPrompter prompter;
    prompter.answers.enqueue(QMessageBox::Cancel);
    CHECK_FALSE(openDatabaseFor(second, prompter, nullptr, f.dbPath()));
    CHECK_FALSE(second.hasDatabase());
    REQUIRE(prompter.asked.size() == 1);
    CHECK(prompter.asked.at(0).contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(prompter.asked.at(0).contains(QSysInfo::machineHostName()));

    prompter.answers.enqueue(QMessageBox::Open);
    REQUIRE(openDatabaseFor(second, prompter, nullptr, f.dbPath()));
    CHECK(second.isReadOnly());
    REQUIRE(second.select(kLanshan, 2021));
    AnnexTab editor(second, prompter);
    CHECK(editor.model()->isReadOnly());
    // Not only greyed out: the save is refused in core.
    QString error;
    AnnexTable table = AnnexRepository(second.connection()).load(kLanshan, 2021);
    table.rows.first().counts.enterprises = 3;
    CHECK_FALSE(AnnexRepository(second.connection()).save(table, u"manual"_s, &error));
    CHECK(error == RecordRevisions::readOnlyMessage());
    // The editing window is unaffected.
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2021));
    FormTableModel* m = f.window->annexTab()->model();
    REQUIRE(m->setData(m->index(0, annexColumn("enterprises")), 4));
    CHECK(f.window->annexTab()->save());
    // Once the first copy is closed, the database opens for editing again.
    f.window.reset();
    f.session.reset();
    Session third;
    CHECK(openDatabaseFor(third, prompter, nullptr, f.dbPath()));
    CHECK_FALSE(third.isReadOnly());
}
