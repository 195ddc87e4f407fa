// The window shows what a server login may change (docs/server.md, "Access"), from the rights
// the server gives (storage/login_rights), here faked: a county login edits its own unit's forms
// and reads the plans; the plan editor, its forms' and indicators' definitions and the
// obligations are read-only for it; a city accepts and returns only its own and its children's
// returns. A file keeps everything editable.
#include "forms/plan_forms_page.h"
#include "forms/plan_indicators_page.h"
#include "plans/plan_editor_dialog.h"
#include "window_fixture.h"

#include "storage/unit_repository.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// A login of one unit, answering as the server's policies do: it writes its own unit and
// collects its own and its children's returns; the shared tables only when told so.
class FakeRights : public server::RightsQuestions {
public:
    FakeRights(QString unit, QHash<QString, QString> parents, bool shared = false)
        : m_unit(std::move(unit)), m_parents(std::move(parents)), m_shared(shared) {}
    QString login() const override { return u"login_"_s + m_unit; }
    QString unitCode() const override { return m_unit; }
    bool mayWriteShared() const override { return m_shared; }
    bool mayWriteUnit(const QString& code) const override { return code == m_unit; }
    bool mayCollectUnit(const QString& code) const override {
        return code == m_unit || m_parents.value(code) == m_unit;
    }

private:
    QString m_unit;
    QHash<QString, QString> m_parents;
    bool m_shared;
};

QHash<QString, QString> parentsOf(Session& session) {
    QHash<QString, QString> parents;
    for (const Unit& u : UnitRepository(session.connection()).all())
        parents.insert(u.code, u.parentCode);
    return parents;
}

QPushButton* saveButton(PlanEditorDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
}
} // namespace

TEST_CASE("A unit login reads the plan editor and edits only its own unit", "[ui][server]") {
    UiFixture f;
    Session& session = *f.session;

    SECTION("on a file everything stays editable") {
        CHECK(session.mayEditPlans());
        REQUIRE(session.select(u"371311"_s, 2024));
        CHECK_FALSE(session.isReadOnly());
        PlanEditorDialog dialog(session, f.prompter);
        CHECK(dialog.findChild<QLabel*>(u"PlanReadOnlyNote"_s) == nullptr);
        CHECK(saveButton(dialog)->isEnabled());
        CHECK(dialog.titleEdit()->isEnabled());
    }
    SECTION("a county login") {
        session.setRights(
            server::LoginRights(std::make_shared<FakeRights>(u"371302"_s, parentsOf(session))));
        CHECK_FALSE(session.mayEditPlans());
        REQUIRE(session.select(u"371302"_s, 2024));
        CHECK_FALSE(session.isReadOnly());
        REQUIRE(session.select(u"371311"_s, 2024));
        CHECK(session.isReadOnly());
        REQUIRE(session.select(u"371300"_s, 2024));
        CHECK(session.isReadOnly());
        CHECK(session.mayCollect(u"371302"_s));
        CHECK_FALSE(session.mayCollect(u"371311"_s));

        PlanEditorDialog dialog(session, f.prompter);
        const auto* note = dialog.findChild<QLabel*>(u"PlanReadOnlyNote"_s);
        REQUIRE(note);
        CHECK(note->text().contains(u"login_371302"_s));
        CHECK_FALSE(saveButton(dialog)->isEnabled());
        CHECK_FALSE(dialog.titleEdit()->isEnabled());
        // Even when asked directly, nothing is saved or copied.
        dialog.titleEdit()->setText(u"改过的标题"_s);
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.assignToUnit());
        // The 报表 and 指标 pages offer no change of a definition either (the preview's own
        // buttons try the form out and save nothing).
        const QStringList changes = {u"New form"_s,         u"Copy from a plan…"_s,
                                     u"Remove form"_s,      u"Save form definition"_s,
                                     u"New indicator"_s,    u"Copy indicator…"_s,
                                     u"Remove indicator"_s, u"Save indicator"_s};
        int seen = 0;
        for (const QPushButton* b : dialog.findChildren<QPushButton*>()) {
            if (!changes.contains(b->text()))
                continue;
            ++seen;
            INFO(b->text().toStdString());
            CHECK_FALSE(b->isEnabled());
        }
        CHECK(seen == changes.size());
    }
    SECTION("a city login collects its children's returns, not another city's") {
        session.setRights(
            server::LoginRights(std::make_shared<FakeRights>(u"371300"_s, parentsOf(session))));
        CHECK(session.mayCollect(u"371300"_s));
        CHECK(session.mayCollect(u"371302"_s));
        CHECK(session.mayCollect(u"371311"_s));
        CHECK_FALSE(session.mayCollect(u"370100"_s));
        REQUIRE(session.select(u"371300"_s, 2024));
        CHECK_FALSE(session.isReadOnly());
        REQUIRE(session.select(u"371302"_s, 2024));
        CHECK(session.isReadOnly());
    }
    SECTION("a login the server lets write the shared tables edits plans") {
        session.setRights(server::LoginRights(
            std::make_shared<FakeRights>(u"370000"_s, parentsOf(session), true)));
        CHECK(session.mayEditPlans());
        PlanEditorDialog dialog(session, f.prompter);
        CHECK(saveButton(dialog)->isEnabled());
    }
}
