#include "annex_editor.h"
#include "annex_table_model.h"
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

int rowOf(AnnexTableModel* model, const QString& industry) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == industry)
            return r;
    return -1;
}
} // namespace

TEST_CASE("a clerk fills in the form - saves - and finds it again after a restart",
          "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2020));
    AnnexTableModel* model = f.window->annexEditor()->model();
    REQUIRE_FALSE(model->isReadOnly());
    REQUIRE(model->rowCount() == 8); // seven key industries of the Linyi plan + 合计
    const int chem = rowOf(model, QStringLiteral("危险化学品"));
    REQUIRE(model->setData(model->index(chem, AnnexTableModel::EnterprisesColumn), 12));
    REQUIRE(model->setData(model->index(chem, AnnexTableModel::InsuredPersonsColumn), 1100));
    REQUIRE(model->setData(model->index(chem, AnnexTableModel::AccidentsColumn), 3));
    CHECK(f.window->isWindowModified());
    REQUIRE(f.window->annexEditor()->save());
    CHECK_FALSE(f.window->isWindowModified());

    f.reopen(); // restores the last unit and year from the settings
    AnnexTableModel* again = f.window->annexEditor()->model();
    CHECK(f.session->unitCode() == kLanshan);
    CHECK(f.session->year() == 2020);
    CHECK(again
              ->index(rowOf(again, QStringLiteral("危险化学品")),
                      AnnexTableModel::InsuredPersonsColumn)
              .data(AnnexTableModel::RawValueRole)
              .toLongLong() == 1100);
}

TEST_CASE("leaving a unit with unsaved changes asks first - and Cancel stays", "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2020));
    AnnexTableModel* model = f.window->annexEditor()->model();
    REQUIRE(model->setData(model->index(0, AnnexTableModel::EnterprisesColumn), 7));

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
    AnnexEditor* editor = f.window->annexEditor();
    AnnexTableModel* model = editor->model();
    REQUIRE(model->setData(model->index(0, AnnexTableModel::EnterprisesColumn), 5));
    REQUIRE(model->setData(model->index(0, AnnexTableModel::InsuredEnterprisesColumn), 6));
    CHECK_FALSE(editor->save());
    CHECK(f.prompter.messages.size() == 1);
    CHECK_FALSE(AnnexRepository(f.session->connection()).hasData(kLanshan, 2021));

    REQUIRE(model->setData(model->index(0, AnnexTableModel::InsuredEnterprisesColumn), 5));
    REQUIRE(model->setData(model->index(0, AnnexTableModel::EmployeesColumn), 100));
    REQUIRE(model->setData(model->index(0, AnnexTableModel::InsuredPersonsColumn),
                           120)); // warning only
    CHECK(editor->save());
    CHECK(AnnexRepository(f.session->connection()).hasData(kLanshan, 2021));
}

TEST_CASE("a parent shows the consolidated form read-only", "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2020));
    AnnexTableModel* model = f.window->annexEditor()->model();
    REQUIRE(model->setData(model->index(0, AnnexTableModel::EnterprisesColumn), 12));
    REQUIRE(f.window->annexEditor()->save());
    REQUIRE(f.window->unitSelector()->selectUnit(QStringLiteral("371311"), 2020)); // 罗庄区
    REQUIRE(model->setData(model->index(0, AnnexTableModel::EnterprisesColumn), 30));
    REQUIRE(f.window->annexEditor()->save());

    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2020));
    CHECK(model->isReadOnly());
    CHECK(model->index(0, AnnexTableModel::EnterprisesColumn)
              .data(AnnexTableModel::RawValueRole)
              .toLongLong() == 42);
    CHECK_FALSE(model->setData(model->index(0, AnnexTableModel::EnterprisesColumn), 1));
    REQUIRE(f.window->unitSelector()->selectUnit(QStringLiteral("370000"), 2020));
    CHECK(model->index(0, AnnexTableModel::EnterprisesColumn)
              .data(AnnexTableModel::RawValueRole)
              .toLongLong() == 42);
}

TEST_CASE("a clerk adds a local key industry for her district", "[ui][window]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2020));
    AnnexEditor* editor = f.window->annexEditor();
    AnnexTableModel* model = editor->model();
    f.prompter.texts.enqueue(QStringLiteral("纺织"));
    editor->addLocalIndustry();
    const int row = rowOf(model, QStringLiteral("纺织"));
    REQUIRE(row == 7);
    REQUIRE(model->setData(model->index(row, AnnexTableModel::EnterprisesColumn), 8));
    REQUIRE(editor->save());
    CHECK(AnnexRepository(f.session->connection())
              .industriesOf(kLanshan)
              .contains(QStringLiteral("纺织")));

    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2020));
    CHECK(rowOf(model, QStringLiteral("纺织")) == 7); // its own row at the city, after the plan's
}
