// The plan editor's 报送义务 page (issue 13): a clerk copies the Linyi plan into 2026-2030, finds
// its returns there, adds one by typing into the table, changes a deadline, removes one and
// saves; a second editor opened before is refused instead of writing its old list back. The
// clerk chooses which form's import counts as a return, and a form copied from another plan on
// 报表 brings the returns that name it.
#include "forms/plan_forms_page.h"
#include "plans/plan_editor_dialog.h"
#include "plans/plan_returns_model.h"
#include "plans/plan_returns_page.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// Opens the cell's editor, types `text` (or picks the choice at `choice`) and presses Enter,
// as a clerk does.
void typeInto(QTableView* view, int row, int column, const QString& text, int choice = -1) {
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->edit(index);
    QApplication::processEvents();
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor);
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        REQUIRE(choice >= 0);
        box->setCurrentIndex(choice);
    } else {
        auto* line = qobject_cast<QLineEdit*>(editor);
        REQUIRE(line);
        line->selectAll();
        line->insert(text); // what an input method hands over; QTest types ASCII only
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
}

// The plan editor, shown, on a copy of 临沂's plan for 2026 made with 复制为新方案… (兰山区 and
// 2026 selected in the window).
std::unique_ptr<PlanEditorDialog> editorOnLinyiCopy(UiFixture& f) {
    f.window->show();
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2026));
    auto dialog = std::make_unique<PlanEditorDialog>(*f.session, f.prompter, f.window.get());
    dialog->show();
    f.prompter.texts.enqueue(u"linyi-2026"_s);
    f.prompter.texts.enqueue(u"2026"_s);
    REQUIRE(dialog->copyCurrent());
    return dialog;
}

QStringList titles(const QList<Obligation>& list) {
    QStringList out;
    for (const Obligation& o : list)
        out << o.title;
    return out;
}
} // namespace

TEST_CASE("The plan editor adds and edits and removes a plan's returns", "[ui][plans][returns]") {
    UiFixture f;
    const std::unique_ptr<PlanEditorDialog> shown = editorOnLinyiCopy(f);
    PlanEditorDialog& dialog = *shown;
    PlanReturnsPage* page = dialog.returnsPage();
    REQUIRE(page);
    dialog.pages()->setCurrentWidget(page);
    QApplication::processEvents();
    PlanReturnsModel* model = page->model();
    // The copy brought the Linyi plan's four returns, the one-off dates moved to 2026.
    REQUIRE(model->rowCount() == 4);
    CHECK(model->index(0, PlanReturnsModel::DueColumn).data().toString() == u"2026-07-15"_s);
    CHECK(model->index(2, PlanReturnsModel::DueColumn).data().toString() == u"12-05"_s);
    CHECK(model->index(2, PlanReturnsModel::RecipientColumn).data().toString() ==
          u"临沂市人力资源和社会保障局"_s);

    // A second editor on the same plan, opened before this one saves.
    PlanEditorDialog stale(*f.session, f.prompter, f.window.get());
    stale.selectPlan(dialog.currentPlanId());

    QTableView* view = page->view();
    page->findChild<QPushButton*>(u"AddReturnButton"_s)->click();
    QApplication::processEvents();
    REQUIRE(model->rowCount() == 5);
    // The new row's title is being edited already: type it.
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit*>(editor));
    qobject_cast<QLineEdit*>(editor)->selectAll();
    qobject_cast<QLineEdit*>(editor)->insert(u"工伤预防工作总结"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    typeInto(view, 4, PlanReturnsModel::DirectionColumn, {}, 1); // this level → the level above
    typeInto(view, 4, PlanReturnsModel::RecipientColumn, u"山东省人力资源和社会保障厅"_s);
    typeInto(view, 4, PlanReturnsModel::DueColumn, u"03-31"_s);
    typeInto(view, 4, PlanReturnsModel::DueColumn, u"02-30"_s); // refused: no such day
    CHECK(model->index(4, PlanReturnsModel::DueColumn).data().toString() == u"03-31"_s);
    typeInto(view, 2, PlanReturnsModel::DueColumn, u"11-30"_s);
    view->selectRow(0); // 具体实施方案: done with, removed
    page->findChild<QPushButton*>(u"RemoveReturnButton"_s)->click();
    REQUIRE(model->rowCount() == 4);

    REQUIRE(dialog.save());
    const auto plan = PlanRepository(f.session->connection()).findByCode(u"linyi-2026"_s);
    REQUIRE(plan.has_value());
    const QList<Obligation> stored = ObligationRepository(f.session->connection()).ofPlan(plan->id);
    REQUIRE(stored.size() == 4);
    CHECK(stored.at(1).dueMonth == 11);
    CHECK(stored.at(1).dueDay == 30);
    CHECK(stored.at(3).title == u"工伤预防工作总结"_s);
    CHECK(stored.at(3).scope == ObligationScope::Self);
    CHECK(stored.at(3).recurrence == Recurrence::Yearly);
    CHECK(stored.at(3).dueMonth == 3);
    CHECK(stored.at(3).dueDay == 31);
    CHECK(stored.at(3).recipient == u"山东省人力资源和社会保障厅"_s);

    // The stale editor still shows the copy's four returns; its save is refused (the clerk
    // keeps editing) and the saved list stays.
    REQUIRE(stale.returnsPage()->model()->rowCount() == 4);
    stale.returnsPage()->model()->removeObligation(2);
    f.prompter.answers.enqueue(QMessageBox::Cancel);
    CHECK_FALSE(stale.save());
    CHECK(titles(ObligationRepository(f.session->connection()).ofPlan(plan->id)) == titles(stored));
}

TEST_CASE("The returns page chooses the form whose import counts and a copied form brings its "
          "returns",
          "[ui][plans][returns][forms]") {
    UiFixture f;
    const std::unique_ptr<PlanEditorDialog> shown = editorOnLinyiCopy(f);
    PlanEditorDialog& dialog = *shown;
    PlanReturnsModel* model = dialog.returnsPage()->model();
    REQUIRE(model->rowCount() == 4);
    // The copy of Linyi's plan owes the annex: its baseline survey and yearly report, and two
    // documents.
    const QString annex = u"重点行业企业基本情况表"_s;
    CHECK(model->index(0, PlanReturnsModel::FormColumn).data().toString() == u"None (documents)"_s);
    CHECK(model->index(1, PlanReturnsModel::FormColumn).data().toString() ==
          annex + u" (baseline year)"_s);
    CHECK(model->index(2, PlanReturnsModel::FormColumn).data().toString() ==
          annex + u" (each year)"_s);
    // No return, then each form of the plan twice: the annex, training and disease tables.
    CHECK(model->index(0, PlanReturnsModel::FormColumn)
              .data(PlanReturnsModel::ChoicesRole)
              .toStringList()
              .size() == 1 + 2 * 3);

    // 报表 → 从计划复制… → the national plan's platform form, as the clerk picks it.
    dialog.pages()->setCurrentWidget(dialog.formsPage());
    auto* copyButton = dialog.formsPage()->findChild<QPushButton*>(u"CopyFormButton"_s);
    REQUIRE(copyButton);
    Q_EMIT copyButton->menu()->aboutToShow();
    QAction* platform = nullptr;
    for (QAction* a : copyButton->menu()->actions())
        if (a->text().startsWith(u"全国"_s) && a->text().endsWith(u"重点平台企业职业伤害情况表"_s))
            platform = a;
    REQUIRE(platform);
    platform->trigger();
    QApplication::processEvents();
    // The clerk is told that its yearly return came with it.
    QLabel* status = dialog.formsPage()->copyStatusLabel();
    CHECK(status->isVisible());
    CHECK(status->text().contains(u"重点平台企业职业伤害情况表"_s));
    CHECK(status->text().contains(u"12-20"_s));
    REQUIRE(model->rowCount() == 5);
    // Stored with the form: not an unsaved edit that closing the editor would ask about.
    CHECK_FALSE(dialog.hasUnsavedEdits());
    const QString platformTitle = u"重点平台企业职业伤害情况表"_s;
    CHECK(model->index(4, PlanReturnsModel::FormColumn).data().toString() ==
          platformTitle + u" (each year)"_s);
    const QStringList choices = model->index(0, PlanReturnsModel::FormColumn)
                                    .data(PlanReturnsModel::ChoicesRole)
                                    .toStringList();
    REQUIRE(choices.size() == 1 + 2 * 4);
    const int platformBaseline = int(choices.indexOf(platformTitle + u" (baseline year)"_s));
    const int trainingYearly =
        int(choices.indexOf(u"重点行业企业重点人员工伤预防培训情况表 (each year)"_s));
    REQUIRE(platformBaseline > 0);
    REQUIRE(trainingYearly > 0);

    // 报送义务: the 2025 platform figures count as the local plan's return (row 1, a
    // document until now); a new yearly return is the training form's.
    dialog.pages()->setCurrentWidget(dialog.returnsPage());
    QTableView* view = dialog.returnsPage()->view();
    typeInto(view, 0, PlanReturnsModel::FormColumn, {}, platformBaseline);
    dialog.returnsPage()->findChild<QPushButton*>(u"AddReturnButton"_s)->click();
    QApplication::processEvents();
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit*>(editor));
    qobject_cast<QLineEdit*>(editor)->selectAll();
    qobject_cast<QLineEdit*>(editor)->insert(u"培训情况表"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    typeInto(view, 5, PlanReturnsModel::FormColumn, {}, trainingYearly);
    typeInto(view, 3, PlanReturnsModel::FormColumn, {}, 0); // the final evaluation: a document
    CHECK(model->index(5, PlanReturnsModel::FormColumn).data().toString() ==
          u"重点行业企业重点人员工伤预防培训情况表 (each year)"_s);

    // The copy moved the plan's revision with its return: this dialog's own change, so the
    // save is no conflict, and it keeps the copied return.
    REQUIRE(dialog.save());
    const auto plan = PlanRepository(f.session->connection()).findByCode(u"linyi-2026"_s);
    REQUIRE(plan.has_value());
    const QList<Obligation> stored = ObligationRepository(f.session->connection()).ofPlan(plan->id);
    REQUIRE(stored.size() == 6);
    CHECK(stored.at(0).annexKind == AnnexKind::Baseline);
    CHECK(stored.at(0).formCode == u"platform-enterprises"_s);
    CHECK(stored.at(1).annexKind == AnnexKind::Baseline);
    CHECK(stored.at(1).formCode.isEmpty()); // the annex: the code its importer records under
    CHECK(stored.at(3).annexKind == AnnexKind::None);
    CHECK(stored.at(4).code == u"platform-annual"_s);
    CHECK(stored.at(4).annexKind == AnnexKind::Annual);
    CHECK(stored.at(4).formCode == u"platform-enterprises"_s);
    CHECK(stored.at(5).title == u"培训情况表"_s);
    CHECK(stored.at(5).annexKind == AnnexKind::Annual);
    CHECK(stored.at(5).formCode == u"training"_s);

    // The platform form removed from the plan (no unit filed it): the question names the two
    // returns that are its import, and they go with it, stored at once, so closing the editor
    // asks nothing and the next save is no conflict.
    dialog.pages()->setCurrentWidget(dialog.formsPage());
    REQUIRE(dialog.formsPage()->selectForm(u"platform-enterprises"_s));
    f.prompter.asked.clear();
    f.prompter.answers.enqueue(QMessageBox::Yes);
    REQUIRE(dialog.formsPage()->removeCurrent());
    REQUIRE(f.prompter.asked.size() == 1);
    CHECK(f.prompter.asked.first().contains(stored.at(0).title));
    CHECK(f.prompter.asked.first().contains(stored.at(4).title));
    REQUIRE(model->rowCount() == 4);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK_FALSE(model->index(row, PlanReturnsModel::FormColumn)
                        .data()
                        .toString()
                        .startsWith(platformTitle));
    CHECK_FALSE(dialog.hasUnsavedEdits());
    const QList<Obligation> left = ObligationRepository(f.session->connection()).ofPlan(plan->id);
    REQUIRE(left.size() == 4);
    for (const Obligation& o : left)
        CHECK(o.formCode != u"platform-enterprises"_s);
    // The page edits and saves on from there: the revision the removal moved was its own.
    dialog.pages()->setCurrentWidget(dialog.returnsPage());
    typeInto(view, 3, PlanReturnsModel::FormColumn, {}, 2); // the annex, each year
    CHECK(dialog.hasUnsavedEdits());
    CHECK(dialog.save());
    CHECK_FALSE(dialog.hasUnsavedEdits());
}
