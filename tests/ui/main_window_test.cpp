#include "annex_columns.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/annex_repository.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace yufang;
using namespace yufang::test;

namespace {
const QString kLanshan = QStringLiteral("371302");
const QString kLinyi = QStringLiteral("371300");

int rowOf(FormTableModel* model, const QString& industry) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (const int row = model->tableRowOf(r);
            row >= 0 && model->table().rows.at(row).key == industry)
            return r;
    return -1;
}
} // namespace

TEST_CASE("a clerk fills in the form - saves - and finds it again after a restart",
          "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2020));
    FormTableModel* model = f.window->annexTab()->model();
    REQUIRE_FALSE(model->isReadOnly());
    REQUIRE(model->rowCount() == 8); // seven key industries of the Linyi plan + 合计
    const int chem = rowOf(model, QStringLiteral("危险化学品"));
    REQUIRE(model->setData(model->index(chem, annexColumn("enterprises")), 12));
    REQUIRE(model->setData(model->index(chem, annexColumn("insured_persons")), 1100));
    REQUIRE(model->setData(model->index(chem, annexColumn("accidents")), 3));
    CHECK(f.window->isWindowModified());
    REQUIRE(f.window->annexTab()->save());
    CHECK_FALSE(f.window->isWindowModified());

    f.reopen(); // restores the last unit and year from the settings
    FormTableModel* again = f.window->annexTab()->model();
    CHECK(f.session->unitCode() == kLanshan);
    CHECK(f.session->year() == 2020);
    CHECK(again->index(rowOf(again, QStringLiteral("危险化学品")), annexColumn("insured_persons"))
              .data(FormTableModel::RawValueRole)
              .toLongLong() == 1100);
}

TEST_CASE("leaving a unit with unsaved changes asks first - and Cancel stays", "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2020));
    FormTableModel* model = f.window->annexTab()->model();
    REQUIRE(model->setData(model->index(0, annexColumn("enterprises")), 7));

    f.prompter.answers.enqueue(QMessageBox::Cancel);
    CHECK_FALSE(f.window->unitSelector()->selectUnit(kLinyi));
    CHECK(f.session->unitCode() == kLanshan);
    CHECK(f.prompter.asked.size() == 1);
    CHECK(model->isModified());

    f.prompter.answers.enqueue(QMessageBox::Cancel);
    CHECK_FALSE(f.window->close());
    CHECK(f.window->isVisible());

    f.prompter.answers.enqueue(QMessageBox::Discard);
    CHECK(f.window->unitSelector()->selectUnit(kLinyi));
    CHECK(f.session->unitCode() == kLinyi);
    CHECK_FALSE(AnnexRepository(f.session->connection()).hasData(kLanshan, 2020));
}

TEST_CASE("an impossible value blocks saving - a warning does not", "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2021));
    AnnexTab* editor = f.window->annexTab();
    FormTableModel* model = editor->model();
    REQUIRE(model->setData(model->index(0, annexColumn("enterprises")), 5));
    REQUIRE(model->setData(model->index(0, annexColumn("insured_enterprises")), 6));
    CHECK_FALSE(editor->save());
    CHECK(f.prompter.messages.size() == 1);
    CHECK_FALSE(AnnexRepository(f.session->connection()).hasData(kLanshan, 2021));

    REQUIRE(model->setData(model->index(0, annexColumn("insured_enterprises")), 5));
    REQUIRE(model->setData(model->index(0, annexColumn("employees")), 100));
    REQUIRE(model->setData(model->index(0, annexColumn("insured_persons")),
                           120)); // warning only
    CHECK(editor->save());
    CHECK(AnnexRepository(f.session->connection()).hasData(kLanshan, 2021));
}

TEST_CASE("a parent shows the consolidated form read-only", "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2020));
    FormTableModel* model = f.window->annexTab()->model();
    REQUIRE(model->setData(model->index(0, annexColumn("enterprises")), 12));
    REQUIRE(f.window->annexTab()->save());
    REQUIRE(f.window->unitSelector()->selectUnit(QStringLiteral("371311"), 2020)); // 罗庄区
    REQUIRE(model->setData(model->index(0, annexColumn("enterprises")), 30));
    REQUIRE(f.window->annexTab()->save());

    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2020));
    CHECK(model->isReadOnly());
    CHECK(model->index(0, annexColumn("enterprises"))
              .data(FormTableModel::RawValueRole)
              .toLongLong() == 42);
    CHECK_FALSE(model->setData(model->index(0, annexColumn("enterprises")), 1));
    REQUIRE(f.window->unitSelector()->selectUnit(QStringLiteral("370000"), 2020));
    CHECK(model->index(0, annexColumn("enterprises"))
              .data(FormTableModel::RawValueRole)
              .toLongLong() == 42);
}

TEST_CASE("a clerk adds a local key industry for her district", "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2020));
    AnnexTab* editor = f.window->annexTab();
    FormTableModel* model = editor->model();
    f.prompter.texts.enqueue(QStringLiteral("纺织"));
    editor->editor()->addRowButton()->click();
    const int row = rowOf(model, QStringLiteral("纺织"));
    REQUIRE(row == 7);
    REQUIRE(model->setData(model->index(row, annexColumn("enterprises")), 8));
    REQUIRE(editor->save());
    CHECK(AnnexRepository(f.session->connection())
              .industriesOf(kLanshan)
              .contains(QStringLiteral("纺织")));

    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2020));
    CHECK(rowOf(model, QStringLiteral("纺织")) == 7); // its own row at the city, after the plan's
}
