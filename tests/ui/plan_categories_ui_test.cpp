// The plan editor's key-personnel categories and annex notes, driven offscreen: the 2026-2030
// copy gets 主要负责人 through the Add button, a rename, a reorder, a removal, and notes
// (1)-(3); after saving, the training table and the plan carry them.
#include "plans/plan_category_editor.h"
#include "plans/plan_editor_dialog.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/plan_category_store.h"
#include "storage/plan_repository.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList names(const QListWidget* list) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

QPushButton* button(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}
} // namespace

TEST_CASE("The plan editor edits key-personnel categories and annex notes", "[ui][plans]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2026));
    PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
    f.prompter.texts.enqueue(u"linyi-2026"_s);
    f.prompter.texts.enqueue(u"2026"_s);
    REQUIRE(dialog.copyCurrent());
    PlanCategoryEditor* editor = dialog.categoryEditor();
    QListWidget* list = editor->list();
    // The copy has the Linyi plan's three categories.
    REQUIRE(names(list) == QStringList{u"分管负责人"_s, u"安全管理部门负责人"_s, u"一线班组长"_s});

    QPushButton* add = button(editor, PlanCategoryEditor::tr("Add…"));
    REQUIRE(add != nullptr);
    f.prompter.texts.enqueue(u"主要负责人"_s);
    add->click();
    f.prompter.texts.enqueue(u"一线班组长"_s);
    add->click(); // a duplicate is refused with a warning
    CHECK(list->count() == 4);
    CHECK_FALSE(f.prompter.messages.isEmpty());
    editor->moveCategory(3, -3);
    REQUIRE(editor->renameCategory(2, u"安全管理机构负责人"_s));
    CHECK_FALSE(editor->renameCategory(2, u"主要负责人"_s));
    editor->removeCategory(3); // 一线班组长
    CHECK(names(list) == QStringList{u"主要负责人"_s, u"分管负责人"_s, u"安全管理机构负责人"_s});

    REQUIRE(dialog.save());

    const auto plan = PlanRepository(f.session->connection()).findByCode(u"linyi-2026"_s);
    REQUIRE(plan.has_value());
    const PlanCategoryStore categories(f.session->connection());
    CHECK(categories.categoriesOfPlan(plan->id) == names(list));
    // The source plan is untouched.
    const auto linyi = PlanRepository(f.session->connection()).findByCode(u"linyi-2021"_s);
    CHECK(categories.categoriesOfPlan(linyi->id).size() == 3);

    // An empty list is refused and nothing is written.
    for (int i = list->count() - 1; i >= 0; --i)
        editor->removeCategory(i);
    CHECK_FALSE(dialog.save());
    CHECK(categories.categoriesOfPlan(plan->id).size() == 3);
}
