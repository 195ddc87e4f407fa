// The form engine in the window (issue 13), offscreen: a 重点平台企业 form defined as data only
// (through the engine's API, as the plan editor saves it), entered in the 报表 tab and saved with
// Ctrl+S; an error that blocks saving; the derived rate and 合计 recomputed live; a column added
// in the plan editor showing in its preview and in the 报表 tab at once; an indicator's card on
// 概览 with its status; a printed title naming the unit's plan ({plan}).
#include "../core/form_fixtures.h"
#include "forms/annex_export_dialog.h"
#include "forms/form_access.h"
#include "forms/form_definition_editor.h"
#include "forms/form_editor.h"
#include "forms/form_table_model.h"
#include "forms/forms_feature.h"
#include "forms/forms_tab.h"
#include "forms/indicator_cards.h"
#include "forms/plan_forms_page.h"
#include "plans/plan_editor_dialog.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "domain/disease.h"
#include "domain/status_glossary.h"
#include "io/csv_reader.h"
#include "services/form_definitions.h"
#include "storage/form_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kCounty = u"371302"_s; // 兰山区, a unit without sub-units of 临沂市
const QString kForm = u"platform-enterprises"_s;

// The 2026-2030 plan's platform form as the preset describes it: data, no code.
FormDefinition platformForm() {
    FormDefinition d;
    d.code = kForm;
    d.title = u"重点平台企业职业伤害情况表"_s;
    d.rowKind = FormRowKind::Free;
    d.rowCaption = u"平台企业名称"_s;
    d.localRowsAllowed = true;
    d.columns = {FormColumn::count(u"platform_workers"_s, u"新就业形态人员数"_s, u"人"_s),
                 FormColumn::count(u"insured_workers"_s, u"参加职业伤害保障人数"_s, u"人"_s),
                 FormColumn::count(u"injured_workers"_s, u"职业伤害人数"_s, u"人"_s),
                 FormColumn::derived(u"injury_rate"_s, u"职业伤害发生率"_s, u"‰"_s,
                                     u"injured_workers"_s, u"insured_workers"_s, 1000, 2)};
    d.rules = {FormRule{u"insured_workers"_s, FormRuleOp::LessOrEqual, u"platform_workers"_s,
                        Severity::Warning, u"参加职业伤害保障人数大于新就业形态人员数"_s},
               FormRule{u"injured_workers"_s, FormRuleOp::LessOrEqual, u"insured_workers"_s,
                        Severity::Error, u"职业伤害人数不得大于参加职业伤害保障人数"_s}};
    d.footerFields = form_fields::standardFooter();
    return d;
}

struct FormsFixture {
    UiFixture f;
    FormsFeature feature;
    qint64 planId = 0;

    FormsFixture() {
        const auto plan = form_access::planFor(f.session->connection(), kCounty, 2025);
        REQUIRE(plan.has_value());
        planId = plan->id;
        RevisionTicket ticket;
        QString error;
        REQUIRE(form_access::saveDefinition(f.session->connection(), planId, platformForm(),
                                            &ticket, &error));
        feature = installFormsFeature(*f.window, *f.session, f.prompter, nullptr);
        REQUIRE(f.window->unitSelector()->selectUnit(kCounty, 2025));
        REQUIRE(feature.tab->selectForm(kForm));
    }
    FormTableModel* model() const { return feature.tab->editor()->model(); }
    // Types into a cell the way the view's editor hands it to the model.
    bool type(int row, const QString& column, const QString& text) {
        return model()->setData(model()->index(row, model()->columnOf(column)), text);
    }
    QString shown(int row, const QString& column) const {
        return model()->index(row, model()->columnOf(column)).data().toString();
    }
};
} // namespace

TEST_CASE("A platform enterprise form is entered in the forms tab and saved with Ctrl+S",
          "[ui][forms]") {
    FormsFixture x;
    QAbstractItemModelTester tester(x.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    FormsTab* tab = x.feature.tab;
    CHECK(x.model()->headerData(1, Qt::Horizontal).toString() == u"新就业形态人员数（人）"_s);
    REQUIRE(tab->editor()->addRow(u"美团"_s));
    // What clerks type: a thousands separator, full-width digits.
    REQUIRE(x.type(0, u"platform_workers"_s, u"1,200"_s));
    REQUIRE(x.type(0, u"insured_workers"_s, u"１０００"_s));
    REQUIRE(x.type(0, u"injured_workers"_s, u"3"_s));
    CHECK_FALSE(x.type(0, u"injured_workers"_s, u"three"_s)); // refused, not stored as text
    CHECK(x.shown(0, u"insured_workers"_s) == QLocale().toString(1000));
    CHECK(x.shown(0, u"injury_rate"_s) == u"3.00"_s);
    tab->editor()->fieldEdit(form_fields::kPreparer)->setText(u"张三"_s);
    Q_EMIT tab->editor()->fieldEdit(form_fields::kPreparer)->textEdited(u"张三"_s);
    CHECK(tab->saveButton()->isEnabled());

    // 文件 → 保存 (Ctrl+S) saves the tab on screen.
    x.f.window->tabs()->setCurrentWidget(tab);
    QAction* save = nullptr;
    for (QAction* a : x.f.window->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Save))
            save = a;
    REQUIRE(save != nullptr);
    REQUIRE(save->isEnabled());
    save->trigger();
    CHECK_FALSE(tab->isModified());

    const FormTable stored =
        FormRepository(x.f.session->connection()).load(platformForm(), kCounty, 2025);
    REQUIRE(stored.rows.size() == 1);
    CHECK(stored.rows.at(0).key == u"美团"_s);
    CHECK(stored.rows.at(0).number(u"platform_workers"_s) == 1200);
    CHECK(stored.rows.at(0).number(u"insured_workers"_s) == 1000);
    CHECK(stored.rows.at(0).number(u"injured_workers"_s) == 3);
    CHECK(stored.field(form_fields::kPreparer) == u"张三"_s);
}

TEST_CASE("A rule error on a form blocks saving and is named at the cell and in the list",
          "[ui][forms]") {
    FormsFixture x;
    FormsTab* tab = x.feature.tab;
    REQUIRE(tab->editor()->addRow(u"饿了么"_s));
    REQUIRE(x.type(0, u"platform_workers"_s, u"100"_s));
    REQUIRE(x.type(0, u"insured_workers"_s, u"10"_s));
    REQUIRE(x.type(0, u"injured_workers"_s, u"20"_s));
    const QModelIndex cell = x.model()->index(0, x.model()->columnOf(u"injured_workers"_s));
    CHECK(cell.data(FormTableModel::SeverityRole).toInt() == int(Severity::Error));
    CHECK(cell.data(Qt::ToolTipRole)
              .toString()
              .contains(u"职业伤害人数不得大于参加职业伤害保障人数"_s));
    REQUIRE(tab->editor()->findings()->count() == 1);
    CHECK(tab->editor()->findings()->item(0)->text().contains(u"不得大于"_s));
    CHECK_FALSE(tab->saveButton()->isEnabled());
    CHECK_FALSE(tab->save());
    REQUIRE_FALSE(x.f.prompter.messages.isEmpty());
    CHECK(x.f.prompter.messages.last().contains(u"职业伤害人数不得大于参加职业伤害保障人数"_s));
    CHECK_FALSE(FormRepository(x.f.session->connection()).hasData(kForm, kCounty, 2025));

    // A warning does not block: fixed, only the warning rule remains.
    REQUIRE(x.type(0, u"injured_workers"_s, u"2"_s));
    REQUIRE(x.type(0, u"insured_workers"_s, u"150"_s));
    REQUIRE(tab->editor()->findings()->count() == 1);
    CHECK(x.model()->diagnostics().first().severity == Severity::Warning);
    CHECK(tab->save());
    CHECK(FormRepository(x.f.session->connection()).hasData(kForm, kCounty, 2025));
}

TEST_CASE("The derived rate and the total row follow every edit", "[ui][forms]") {
    FormsFixture x;
    FormsTab* tab = x.feature.tab;
    REQUIRE(tab->editor()->addRow(u"美团"_s));
    REQUIRE(tab->editor()->addRow(u"滴滴"_s));
    REQUIRE(x.model()->rowCount() == 3);
    const int total = 2;
    CHECK(x.model()->isTotalRow(total));
    CHECK(x.shown(total, u"injury_rate"_s) == u"—"_s); // nothing to divide yet
    REQUIRE(x.type(0, u"insured_workers"_s, u"1000"_s));
    REQUIRE(x.type(0, u"injured_workers"_s, u"3"_s));
    REQUIRE(x.type(1, u"insured_workers"_s, u"3000"_s));
    REQUIRE(x.type(1, u"injured_workers"_s, u"2"_s));
    CHECK(x.shown(0, u"injury_rate"_s) == u"3.00"_s);
    CHECK(x.shown(1, u"injury_rate"_s) == u"0.67"_s);
    // The total's rate comes from the summed counts (5 ÷ 4000 × 1000), not from the rates.
    CHECK(x.shown(total, u"insured_workers"_s) == QLocale().toString(4000));
    CHECK(x.shown(total, u"injured_workers"_s) == u"5"_s);
    CHECK(x.shown(total, u"injury_rate"_s) == u"1.25"_s);
    REQUIRE(x.type(1, u"injured_workers"_s, u"7"_s));
    CHECK(x.shown(total, u"injured_workers"_s) == u"10"_s);
    CHECK(x.shown(total, u"injury_rate"_s) == u"2.50"_s);
    // Derived cells and the total are not editable.
    CHECK_FALSE(x.model()->flags(x.model()->index(0, x.model()->columnOf(u"injury_rate"_s))) &
                Qt::ItemIsEditable);
    CHECK_FALSE(x.model()->flags(x.model()->index(total, 1)) & Qt::ItemIsEditable);
}

TEST_CASE("A column added in the plan editor shows in its preview and in the forms tab at once",
          "[ui][forms]") {
    FormsFixture x;
    const int before = x.model()->columnCount();
    PlanEditorDialog dialog(*x.f.session, x.f.prompter, x.f.window.get());
    dialog.selectPlan(x.planId);
    PlanFormsPage* page = dialog.formsPage();
    REQUIRE(page->selectForm(kForm));
    FormDefinitionEditor* editor = page->definitionEditor();
    REQUIRE(page->preview()->model()->columnCount() == before);
    editor->addColumn(FormColumn::count(u"riders"_s, u"骑手人数"_s, u"人"_s));
    REQUIRE(page->preview()->model()->columnCount() == before + 1);
    CHECK(page->preview()->model()->headerData(before, Qt::Horizontal).toString() ==
          u"骑手人数（人）"_s);

    // An invalid definition is refused, naming the field.
    editor->setColumnField(4, FormDefinitionEditor::KeyField, u"骑手"_s); // not ASCII
    CHECK(page->problemsLabel()->text().contains(u"columns[4].key"_s));
    CHECK_FALSE(page->saveCurrent());
    CHECK(x.f.prompter.messages.last().contains(u"columns[4].key"_s));
    editor->setColumnField(4, FormDefinitionEditor::KeyField, u"riders"_s);
    REQUIRE(page->saveCurrent());
    CHECK(dialog.changedSomething());

    // What 文件 → 计划… does when the dialog closes with changes: every view re-reads.
    x.f.session->notifyFiguresChanged(x.f.session->unitCode(), x.f.session->year());
    REQUIRE(x.feature.tab->currentDefinition().has_value());
    REQUIRE(x.model()->columnCount() == before + 1);
    CHECK(x.model()->headerData(before, Qt::Horizontal).toString() == u"骑手人数（人）"_s);
}

TEST_CASE("An indicator card on the overview shows its status in words", "[ui][forms]") {
    FormsFixture x;
    const QSqlDatabase db = x.f.session->connection();
    // 临沂's plan counts new occupational-disease cases with no numeric target: 已达成 when they
    // fell from the baseline (2020), 不作评价 otherwise.
    const auto saveCases = [&](int year, qint64 cases) {
        // Saved through the form engine, as the 职业病 tab saves.
        FormTable t = loadForm(db, u"disease"_s, kCounty, year);
        setCounts(formRow(t, u"矿山"_s), DiseaseCounts{cases, 1, {}});
        storeForm(db, t);
    };
    saveCases(2020, 9);
    saveCases(2025, 4);
    IndicatorCards cards(*x.f.session);
    cards.reload();
    QLabel* status = cards.statusLabel(u"disease-cases"_s);
    REQUIRE(status != nullptr);
    CHECK(status->text() == glossary::label(glossary::Term::Met));
    CHECK(status->property("statusKey").toString() == glossary::key(glossary::Term::Met));
    const auto* value = cards.card(u"disease-cases"_s)->findChild<QLabel*>(u"IndicatorValue"_s);
    REQUIRE(value != nullptr);
    CHECK(value->text() == u"5例"_s);
    // The accident rate keeps the cards above: no second card for it.
    CHECK(cards.card(u"accident-rate"_s) == nullptr);

    saveCases(2025, 12); // up from 10 to 13: not the plan's way
    cards.reload();
    REQUIRE(cards.statusLabel(u"disease-cases"_s) != nullptr);
    CHECK(cards.statusLabel(u"disease-cases"_s)->text() ==
          glossary::label(glossary::Term::NotAssessed));
}

TEST_CASE("The forms tab lists the forms of the plan the unit follows in the selected year",
          "[ui][forms]") {
    UiFixture f;
    const QSqlDatabase db = f.session->connection();
    const auto linyi = form_access::planFor(db, kCounty, 2025);
    REQUIRE(linyi.has_value());
    QString error;
    const auto next = PlanStore(db).copy(linyi->id, u"linyi-2026"_s, 2026, &error);
    REQUIRE(next.has_value());
    RevisionTicket ticket;
    REQUIRE(form_access::saveDefinition(db, next->id, platformForm(), &ticket, &error));
    REQUIRE(PlanStore(db).assignFrom(kCounty, next->id, 2026, &error));
    const FormsFeature feature = installFormsFeature(*f.window, *f.session, f.prompter, nullptr);
    REQUIRE(f.window->unitSelector()->selectUnit(kCounty, 2025));
    CHECK(feature.tab->formBox()->count() == 0);
    CHECK(feature.tab->emptyLabel()->isVisibleTo(feature.tab));
    REQUIRE(f.window->unitSelector()->selectUnit(kCounty, 2026));
    REQUIRE(feature.tab->formBox()->count() == 1);
    CHECK(feature.tab->formBox()->currentData().toString() == kForm);
    CHECK(feature.tab->editor()->titleLabel()->text() == u"重点平台企业职业伤害情况表"_s);
}

TEST_CASE("The forms tab names the unit's plan where a form's printed title says {plan}",
          "[ui][forms]") {
    FormsFixture x;
    const QSqlDatabase db = x.f.session->connection();
    FormDefinition d = platformForm();
    d.code = u"platform-by-plan"_s;
    d.title = u"平台企业情况表（按方案）"_s;
    d.printTitle = u"《{plan}》重点平台企业职业伤害情况表"_s;
    RevisionTicket ticket;
    QString error;
    REQUIRE(form_access::saveDefinition(db, x.planId, d, &ticket, &error));
    const auto plan = form_access::planFor(db, kCounty, 2025);
    REQUIRE(plan.has_value());
    const QString expected = u"《%1》重点平台企业职业伤害情况表"_s.arg(plan->title);
    FormsTab* tab = x.feature.tab;
    tab->reload();
    REQUIRE(tab->selectForm(d.code));
    // On screen, on the printed page and in the CSV: the plan's title, never "{plan}".
    CHECK(tab->editor()->titleLabel()->text() == expected);
    const auto doc = tab->document(&error);
    REQUIRE(doc.has_value());
    bool titled = false;
    for (const ReportBlock& b : doc->blocks)
        if (b.kind == ReportBlock::Kind::Title)
            titled = titled || b.text == expected;
    CHECK(titled);
    const QString csv = x.f.dir.filePath(u"by-plan.csv"_s);
    tab->runExportDialog = [](AnnexExportDialog&) { return true; };
    tab->chooseExportFile = [&](const QString&) { return csv; };
    tab->exportCsv();
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(expected));
    CHECK_FALSE(text.contains(u"{plan}"_s));
    // The stored definition keeps the placeholder, so a renamed plan prints its new name.
    const auto stored = FormDefinitions(db).find(x.planId, d.code);
    REQUIRE(stored.has_value());
    CHECK(stored->printTitle == d.printTitle);
}

// The printed layout of the 培训 and 职业病 forms (`print`) and the other members the plan
// editor has no field for (the aliases, the 职业病 table's sum column 新发病例合计 with its
// summands) come back from it as loaded: a save from the editor never drops them.
// A column added there drops only the printed column widths and header cells (the annex's),
// which belong to the columns they were set for.
TEST_CASE("The plan editor keeps the members it has no field for", "[ui][forms][print]") {
    UiFixture f;
    FormDefinitionEditor editor;
    for (const QString form : {u"training"_s, u"disease"_s}) {
        INFO(form.toStdString());
        const auto loaded =
            form_access::definitionFor(f.session->connection(), form, kCounty, 2023);
        REQUIRE(loaded.has_value());
        REQUIRE_FALSE(loaded->print.columnWidths.isEmpty());
        editor.setDefinition(*loaded);
        CHECK(editor.definition() == *loaded);
        editor.addColumn(FormColumn::count(u"extra"_s, u"补充"_s, u"人"_s));
        const FormDefinition edited = editor.definition();
        CHECK(edited.print.columnWidths.isEmpty());
        CHECK(edited.print.columnHeaders.isEmpty());
        FormPrintLayout rest = loaded->print;
        rest.columnWidths.clear();
        rest.columnHeaders.clear();
        CHECK(edited.print == rest);
        CHECK(edited.rowAliases == loaded->rowAliases);
        CHECK(edited.consolidationNote == loaded->consolidationNote);
        CHECK(validateFormDefinition(edited).isEmpty());
    }
    // The annex's header cells go with the widths; the rest of its layout stays.
    const auto annex =
        form_access::definitionFor(f.session->connection(), u"annex"_s, kCounty, 2023);
    REQUIRE(annex.has_value());
    REQUIRE_FALSE(annex->print.columnHeaders.isEmpty());
    editor.setDefinition(*annex);
    CHECK(editor.definition().print == annex->print);
    // Loaded and taken back unedited, nothing is lost: not the members the editor has no cell
    // for either ({year}年工伤事故数量, the rate following the plan's denominator).
    CHECK(editor.definition() == *annex);
    REQUIRE(editor.definition().column(u"accidents"_s));
    CHECK(editor.definition().column(u"accidents"_s)->printedCaption ==
          annex->column(u"accidents"_s)->printedCaption);
    CHECK_FALSE(annex->column(u"accidents"_s)->printedCaption.isEmpty());
    editor.addColumn(FormColumn::count(u"extra"_s, u"补充"_s, u"人"_s));
    FormPrintLayout rest = annex->print;
    rest.columnWidths.clear();
    rest.columnHeaders.clear();
    CHECK(editor.definition().print == rest);
    CHECK(validateFormDefinition(editor.definition()).isEmpty());
}

TEST_CASE("The plan editor's preview titles a form after the plan being edited", "[ui][forms]") {
    // 《{plan}》… names the plan whose form is edited, whichever plan the selected unit follows.
    UiFixture f;
    PlanEditorDialog dialog(*f.session, f.prompter, f.window.get());
    const auto national = PlanRepository(f.session->connection()).findByCode(u"national-2026"_s);
    REQUIRE(national.has_value());
    REQUIRE(f.session->plan().has_value());
    REQUIRE(f.session->plan()->id != national->id);
    dialog.selectPlan(national->id);
    PlanFormsPage* page = dialog.formsPage();
    REQUIRE(page->selectForm(u"training"_s));
    const QString title = page->preview()->titleLabel()->text();
    CHECK(title.startsWith(u"《"_s + national->title + u"》"_s));
    CHECK_FALSE(title.contains(u"{plan}"_s));
}

TEST_CASE("The forms tab exports the form's official sheet and its blank template", "[ui][forms]") {
    FormsFixture x;
    FormsTab* tab = x.feature.tab;
    REQUIRE(tab->editor()->addRow(u"美团"_s));
    REQUIRE(x.type(0, u"platform_workers"_s, u"1200"_s));
    REQUIRE(x.type(0, u"insured_workers"_s, u"1000"_s));
    REQUIRE(x.type(0, u"injured_workers"_s, u"3"_s));
    REQUIRE(tab->save());
    const auto exportAs = [&](const QString& name, bool blank) {
        const QString path = x.f.dir.filePath(name);
        tab->runExportDialog = [blank](AnnexExportDialog& d) {
            // The template is the dialog's last layout, offered by this tab only.
            if (blank)
                d.layoutBox()->setCurrentIndex(d.layoutBox()->count() - 1);
            return true;
        };
        tab->chooseExportFile = [&](const QString&) { return path; };
        tab->exportCsv();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? readCsvDocument(file.readAll(), name)
                                              : CsvDocument{};
    };
    // The form layout as .xlsx is the official sheet: the title, the bureau, the figures.
    const CsvDocument sheet = exportAs(u"platform.xlsx"_s, false);
    REQUIRE(sheet.records.size() > 4);
    CHECK(sheet.records[0].at(0) == u"重点平台企业职业伤害情况表"_s);
    CHECK(sheet.records[1].at(0) == u"填报单位：临沂市兰山区人力资源和社会保障局"_s);
    CHECK(sheet.records[3].at(0) == u"美团"_s);
    CHECK(sheet.records[3].at(4) == u"3"_s); // 3 ÷ 1000 × 1000 ‰, the value with its unit
    // The template: the enterprises the unit named, nothing filled in, spare rows for more.
    const CsvDocument blank = exportAs(u"platform-blank.xlsx"_s, true);
    REQUIRE(blank.records.size() > 5);
    CHECK(blank.records[2].at(0) == u"平台企业名称"_s);
    CHECK(blank.records[3].at(0) == u"美团"_s);
    CHECK(blank.records[3].at(1).isEmpty());
    // Five spare rows (5-9, read as blank) before 合计 on row 10.
    CHECK(blank.records[4].at(0) == u"合计"_s);
    CHECK(blank.records[4].line == 10);
    // The template is a workbook: a CSV name is refused, saying why.
    x.f.prompter.messages.clear();
    exportAs(u"platform-blank.csv"_s, true);
    CHECK_FALSE(QFile::exists(x.f.dir.filePath(u"platform-blank.csv"_s)));
    REQUIRE(x.f.prompter.messages.size() == 1);
    CHECK(x.f.prompter.messages.first().contains(u".xlsx"_s));
}
