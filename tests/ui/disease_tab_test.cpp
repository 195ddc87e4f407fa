// The 职业病 tab driven offscreen: editing and saving, the consolidated parent, the trend against
// the baseline with and without a plan target, CSV in and out and the PDF.
#include "forms/form_editor.h"
#include "forms/form_file_actions.h"
#include "forms/form_table_model.h"
#include "training/disease_tab.h"
#include "training/training_feature.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "../core/form_fixtures.h"

#include "services/register_figures.h"
#include "services/register_import.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
int rowOf(FormTableModel* m, const QString& industry) {
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(Qt::EditRole).toString() == industry)
            return r;
    return -1;
}

void enter(UiFixture& f, DiseaseTab* tab, const QString& unit, int year, qint64 pneumoconiosis,
           qint64 other) {
    REQUIRE(f.window->unitSelector()->selectUnit(unit, year));
    FormTableModel* m = tab->model();
    const int mining = rowOf(m, u"矿山"_s);
    REQUIRE(mining >= 0);
    REQUIRE(m->setData(m->index(mining, m->columnOf(u"pneumoconiosis"_s)), pneumoconiosis));
    REQUIRE(m->setData(m->index(mining, m->columnOf(u"other_diseases"_s)), other));
    REQUIRE(tab->save());
}
} // namespace

TEST_CASE("the occupational disease tab edits figures and shows the change against 2020",
          "[ui][disease]") {
    UiFixture f;
    installTrainingFeature(*f.window, *f.session, f.prompter);
    auto* tab = f.window->findChild<DiseaseTab*>();
    REQUIRE(tab);
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    enter(f, tab, u"371302"_s, 2020, 8, 2);
    enter(f, tab, u"371311"_s, 2020, 3, 2);
    enter(f, tab, u"371302"_s, 2024, 5, 1);
    FormTableModel* m = tab->model();
    CHECK(m->index(m->rowCount() - 1, m->columnOf(u"new_cases"_s)).data().toString() == u"6"_s);
    CHECK_FALSE(m->flags(m->index(m->rowCount() - 1, m->columnOf(u"pneumoconiosis"_s)))
                    .testFlag(Qt::ItemIsEditable));

    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2024));
    CHECK(tab->model()->isReadOnly());
    QTableWidget* trend = tab->trendTable();
    REQUIRE(trend->rowCount() == 2);
    CHECK(trend->item(1, 0)->text() == u"2024"_s);
    CHECK(trend->item(1, 3)->text() == u"−9 (−60.00%)"_s); // 15 → 6
    CHECK(trend->item(1, 4)->text() == u"—"_s);
    CHECK(tab->targetLabel()->text().contains(u"2020"_s));

    f.prompter.texts.enqueue(u"50"_s);
    tab->setTarget();
    // The verdict is the disease-cases indicator's: 临沂市's −60 % compares all of 2020's
    // returns with 兰山区's alone; like for like it is 兰山区's 10 → 6 (−40 %), and 1 of the 15
    // units reported both years, below the plan's threshold: no verdict (覆盖不足).
    CHECK(tab->trendTable()->item(1, 4)->text() == u"—"_s);
    CHECK(tab->targetLabel()->text().contains(u"50%"_s));
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2024));
    CHECK(tab->trendTable()->item(1, 3)->text() == u"−4 (−40.00%)"_s);
    CHECK(tab->trendTable()->item(1, 4)->text() == u"No"_s); // 40 % short of 50 %
    f.prompter.texts.enqueue(u"40"_s);
    tab->setTarget();
    CHECK(tab->trendTable()->item(1, 4)->text() == u"Yes"_s);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2024));

    QString error;
    const QString csv = f.dir.filePath(u"disease.csv"_s);
    REQUIRE(tab->exportCsv(csv, &error));
    const QString pdf = f.dir.filePath(u"disease.pdf"_s);
    REQUIRE(tab->exportPdf(pdf, &error));
    CHECK(QFile(pdf).size() > 1000);

    // the county's own export, changed and imported back with replace
    REQUIRE(f.window->unitSelector()->selectUnit(u"371311"_s, 2020));
    REQUIRE(tab->exportCsv(csv, &error));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(u"矿山,3,2,5,,"_s, u"矿山,4,2,6,,"_s)
        .replace(u"合计,3,2,5,,"_s, u"合计,4,2,6,,"_s);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    CHECK(tab->importFiles({csv}, false) == 0); // data there: refused without replace
    CHECK(tab->importFiles({csv}, true) == 1);
    // From the 导入… button it asks file by file, as the 培训 tab does (the same actions):
    // No keeps the stored figures, Yes replaces them.
    f.prompter.answers.enqueue(QMessageBox::No);
    CHECK(tab->files()->importFiles({csv}) == 0);
    f.prompter.answers.enqueue(QMessageBox::Yes);
    CHECK(tab->files()->importFiles({csv}) == 1);
    CHECK(f.prompter.answers.isEmpty());
    CHECK(*diseaseTotal(loadForm(f.session->connection(), u"disease"_s, u"371311"_s, 2020))
               .pneumoconiosis == 4);
}

TEST_CASE("the occupational disease tab is the form engine's editor on the disease definition",
          "[ui][disease]") {
    UiFixture f;
    installTrainingFeature(*f.window, *f.session, f.prompter);
    auto* tab = f.window->findChild<DiseaseTab*>();
    REQUIRE(tab);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2021));
    FormTableModel* m = tab->model();
    // The columns and headers are the definition's, as printed and exported.
    CHECK(m->headerData(0, Qt::Horizontal).toString() == u"重点行业名称"_s);
    CHECK(m->headerData(m->columnOf(u"pneumoconiosis"_s), Qt::Horizontal).toString() ==
          u"尘肺病新发病例数"_s);
    CHECK(m->headerData(m->columnOf(u"new_cases"_s), Qt::Horizontal).toString() ==
          u"新发病例合计"_s);
    CHECK(m->headerData(m->columnOf(u"dust_exposed"_s), Qt::Horizontal).toString() ==
          u"接尘人数"_s);
    CHECK(m->columnCount() == 6);
    CHECK(tab->editor()->titleLabel()->text().endsWith(u"》重点行业职业病情况表"_s));
    CHECK_FALSE(tab->editor()->titleLabel()->text().contains(u"{plan}"_s));
    // 新发病例合计 is computed, never typed; the industries come from the annex: no row of its own.
    const int mining = rowOf(m, u"矿山"_s);
    REQUIRE(mining >= 0);
    CHECK_FALSE(
        m->flags(m->index(mining, m->columnOf(u"new_cases"_s))).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(m->canAddRows());
    CHECK_FALSE(tab->editor()->addRowButton()->isVisibleTo(tab->editor()));

    // Figures, 填报人 and 联系电话 saved with Ctrl+S, as the form engine saves any form.
    REQUIRE(m->setData(m->index(mining, m->columnOf(u"pneumoconiosis"_s)), 2));
    REQUIRE(m->setData(m->index(mining, m->columnOf(u"dust_exposed"_s)), 1));
    CHECK(m->data(m->index(mining, m->columnOf(u"pneumoconiosis"_s)), FormTableModel::SeverityRole)
              .toInt() == int(Severity::Warning)); // more cases than workers exposed to dust
    CHECK(m->index(mining, m->columnOf(u"new_cases"_s)).data().toString() == u"2"_s);
    QLineEdit* preparer = tab->editor()->fieldEdit(form_fields::kPreparer);
    QLineEdit* phone = tab->editor()->fieldEdit(form_fields::kPhone);
    REQUIRE(preparer);
    REQUIRE(phone);
    CHECK(tab->editor()->filledOnEdit() == nullptr); // the definition's footer: no 填报日期
    preparer->setText(u"张三"_s);
    Q_EMIT preparer->textEdited(u"张三"_s);
    phone->setText(u"0539-8888888"_s);
    Q_EMIT phone->textEdited(u"0539-8888888"_s);
    f.window->tabs()->setCurrentWidget(tab);
    QAction* save = nullptr;
    for (QAction* a : f.window->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Save))
            save = a;
    REQUIRE(save);
    REQUIRE(save->isEnabled());
    save->trigger();
    CHECK_FALSE(tab->isModified());
    CHECK(f.window->statusBar()->currentMessage().contains(u"兰山区"_s));
    const FormTable stored = loadForm(f.session->connection(), u"disease"_s, u"371302"_s, 2021);
    CHECK(diseaseCounts(stored, u"矿山"_s).pneumoconiosis == 2);
    CHECK(diseaseCounts(stored, u"矿山"_s).dustExposed == 1);
    CHECK(stored.field(form_fields::kPreparer) == u"张三"_s);
    CHECK(stored.field(form_fields::kPhone) == u"0539-8888888"_s);

    // Leaving with unsaved changes asks; Discard drops them.
    REQUIRE(m->setData(m->index(mining, m->columnOf(u"other_diseases"_s)), 7));
    CHECK(tab->isModified());
    const int asked = int(f.prompter.asked.size());
    f.prompter.answers.enqueue(QMessageBox::Discard);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2021));
    REQUIRE(f.prompter.asked.size() == asked + 1);
    CHECK(f.prompter.asked.last().contains(u"unsaved changes"_s));
    CHECK_FALSE(
        diseaseCounts(loadForm(f.session->connection(), u"disease"_s, u"371302"_s, 2021), u"矿山"_s)
            .otherDiseases.has_value());

    // The parent: consolidated, read-only, and the banner says from how many units.
    CHECK(m->isReadOnly());
    CHECK(m->index(rowOf(m, u"矿山"_s), m->columnOf(u"pneumoconiosis"_s)).data().toString() ==
          u"2"_s);
    CHECK_FALSE(m->flags(m->index(rowOf(m, u"矿山"_s), m->columnOf(u"pneumoconiosis"_s)))
                    .testFlag(Qt::ItemIsEditable));
    // 应报 and 已报 as on every consolidated form, and who has not reported.
    CHECK(tab->editor()->banner()->text().startsWith(
        u"Consolidated: the unit's own rows plus all units below it; 应报 15, 已报 1 for 2021."_s));
    CHECK(tab->editor()->banner()->text().contains(u"Not reported: "_s));
    // The figures are summed from below; the office signs the total it sends up.
    CHECK_FALSE(tab->editor()->fieldEdit(form_fields::kPreparer)->isReadOnly());
}

TEST_CASE("A parent's 职业病 banner says which units took their figures from the register",
          "[ui][disease]") {
    // The register does not split cases by disease: the consolidated view says so beside
    // 应报/已报, as the county's own view does.
    UiFixture f;
    installTrainingFeature(*f.window, *f.session, f.prompter);
    auto* tab = f.window->findChild<DiseaseTab*>();
    REQUIRE(tab);
    QBuffer file;
    file.setData(("\xEF\xBB\xBF"
                  "unit_code,enterprise_name,credit_code,industry,year,employees,"
                  "insured_employees,insured,accidents,occupational_disease_cases,key_personnel,"
                  "key_personnel_trained\r\n"
                  "371302,甲矿业,91371302MA3C000015,矿山,2023,40,40,1,0,2,3,3\r\n"
                  "371302,乙建设,91371302MA3C000028,建筑施工,2023,20,20,1,0,1,2,2\r\n"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(RegisterImport(f.session->connection()).importDevice(&file, u"r.csv"_s, {}).landed);
    const RegisterFiguresDerivation derivation(f.session->connection());
    QString error;
    REQUIRE(derivation.apply(derivation.compute(u"371300"_s, 2023), false, &error));
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2023));
    const QString banner = tab->editor()->banner()->text();
    CHECK(banner.startsWith(u"Consolidated: the unit's own rows plus all units below it"_s));
    CHECK(banner.contains(u"1 unit(s) took their figures from the enterprise register"_s));
    CHECK(banner.contains(u"Not reported: "_s));
}
