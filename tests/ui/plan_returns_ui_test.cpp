// The plan editor's 报送义务 page (issue 13): a clerk copies the Linyi plan into 2026-2030, finds
// its returns there, adds one by typing into the table, changes a deadline, removes one and
// saves; a second editor opened before is refused instead of writing its old list back.
#include "plans/plan_editor_dialog.h"
#include "plans/plan_returns_model.h"
#include "plans/plan_returns_page.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

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

QStringList titles(const QList<Obligation>& list) {
    QStringList out;
    for (const Obligation& o : list)
        out << o.title;
    return out;
}
} // namespace

TEST_CASE("The plan editor adds and edits and removes a plan's returns", "[ui][plans][returns]") {
    UiFixture f;
    f.window->show();
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2026));
    PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
    dialog.show();
    f.prompter.texts.enqueue(u"linyi-2026"_s);
    f.prompter.texts.enqueue(u"2026"_s);
    REQUIRE(dialog.copyCurrent());
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
