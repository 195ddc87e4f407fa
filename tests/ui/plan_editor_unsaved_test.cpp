// The plan editor does not lose typed edits: closing it (关闭, Esc, the window's close) or
// choosing another plan with edits unsaved asks 保存/放弃/取消, as the form tabs do.
#include "plans/plan_editor_dialog.h"
#include "window_fixture.h"

#include "storage/plan_repository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString storedTitle(UiFixture& f, qint64 planId) {
    const auto plan = PlanRepository(f.session->connection()).find(planId);
    REQUIRE(plan.has_value());
    return plan->title;
}
} // namespace

TEST_CASE("The plan editor asks before unsaved plan edits are lost", "[ui][plans]") {
    UiFixture f;
    SECTION("nothing typed: it closes without a question") {
        PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
        dialog.show();
        CHECK_FALSE(dialog.hasUnsavedEdits());
        dialog.reject();
        CHECK_FALSE(dialog.isVisible());
        CHECK(f.prompter.asked.isEmpty());
    }
    SECTION("Cancel keeps it open with the edit, Discard closes it with nothing saved") {
        PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
        dialog.show();
        const qint64 planId = dialog.currentPlanId();
        const QString before = storedTitle(f, planId);
        dialog.titleEdit()->setText(before + u"（修订）"_s);
        CHECK(dialog.hasUnsavedEdits());
        f.prompter.answers.enqueue(QMessageBox::Cancel);
        dialog.reject();
        CHECK(dialog.isVisible());
        REQUIRE(f.prompter.asked.size() == 1);
        CHECK(f.prompter.asked.first().contains(before));
        CHECK(dialog.titleEdit()->text() == before + u"（修订）"_s);
        f.prompter.answers.enqueue(QMessageBox::Discard);
        dialog.reject();
        CHECK_FALSE(dialog.isVisible());
        CHECK(storedTitle(f, planId) == before);
    }
    SECTION("Save saves the edit, then closes") {
        PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
        dialog.show();
        const qint64 planId = dialog.currentPlanId();
        dialog.documentEdit()->setText(u"临人社发〔2021〕9号"_s);
        f.prompter.answers.enqueue(QMessageBox::Save);
        dialog.reject();
        CHECK_FALSE(dialog.isVisible());
        const auto plan = PlanRepository(f.session->connection()).find(planId);
        REQUIRE(plan.has_value());
        CHECK(plan->documentNumber == u"临人社发〔2021〕9号"_s);
    }
    SECTION("choosing another plan asks too: Cancel stays on the edited plan") {
        PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
        dialog.show();
        const qint64 planId = dialog.currentPlanId();
        QComboBox* plans = dialog.planBox();
        REQUIRE(plans->count() > 1);
        dialog.titleEdit()->setText(u"改过的标题"_s);
        const int other = plans->currentIndex() == 0 ? 1 : 0;
        f.prompter.answers.enqueue(QMessageBox::Cancel);
        plans->setCurrentIndex(other);
        CHECK(dialog.currentPlanId() == planId);
        CHECK(dialog.titleEdit()->text() == u"改过的标题"_s);
        // Discard: the other plan is shown, the edit is gone, nothing was saved.
        f.prompter.answers.enqueue(QMessageBox::Discard);
        plans->setCurrentIndex(other);
        CHECK(dialog.currentPlanId() != planId);
        CHECK(dialog.titleEdit()->text() == storedTitle(f, dialog.currentPlanId()));
        CHECK(storedTitle(f, planId) != u"改过的标题"_s);
        CHECK_FALSE(dialog.hasUnsavedEdits());
        // Save on the way out of a plan saves that plan, not the one chosen.
        dialog.titleEdit()->setText(u"另一个标题"_s);
        const qint64 second = dialog.currentPlanId();
        f.prompter.answers.enqueue(QMessageBox::Save);
        plans->setCurrentIndex(plans->findData(planId));
        CHECK(dialog.currentPlanId() == planId);
        CHECK(storedTitle(f, second) == u"另一个标题"_s);
        CHECK(plans->itemText(plans->findData(second)) == u"另一个标题"_s);
        CHECK(storedTitle(f, planId) != u"另一个标题"_s);
    }
}
