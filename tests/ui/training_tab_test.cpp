// The 培训 tab driven offscreen: the grid's arithmetic and colours under QAbstractItemModelTester,
// saving and the unsaved-changes guard, the consolidated parent with its lagging sub-units and
// chart, CSV out and in through the tab, a new category, the provider list CRUD and the PDF; the
// grid is the form engine's editor on the training definition (subtotals after an edit, Tab,
// 填报人 and 联系电话, the chart after a save).
#include "../core/form_fixtures.h"
#include "forms/form_editor.h"
#include "forms/form_file_actions.h"
#include "forms/form_table_model.h"
#include "forms/form_versions_dialog.h"
#include "returns/audit_table_model.h"
#include "returns/audit_view.h"
#include "training/coverage_chart.h"
#include "training/provider_dialog.h"
#include "training/provider_panel.h"
#include "training/provider_table_model.h"
#include "training/training_feature.h"
#include "training/training_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "forms/form_file_actions.h"
#include "i18n.h"
#include "io/csv_reader.h"
#include "services/form_table_import.h"
#include "storage/form_locks.h"
#include "storage/form_signatures.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"
#include "storage/provider_repository.h"
#include "storage/return_repository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kLuozhuang = u"371311"_s;
const QString kLinyi = u"371300"_s;
const QString A = u"分管负责人"_s;
const QString C = u"一线班组长"_s;

// A file the tab exported, edited as a clerk edits it in a text editor.
void replaceInFile(const QString& path, const QString& from, const QString& to) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(from, to);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// The tab's exported blank file as a clerk fills it: 冶金's 一线班组长 row.
void fillMetallurgyLeaders(const QString& path) {
    replaceInFile(path, u"冶金,一线班组长,,,,,,,,"_s, u"冶金,一线班组长,40,30,,2,1,1,8,"_s);
}

TrainingTab* install(UiFixture& f) {
    installTrainingFeature(*f.window, *f.session, f.prompter);
    auto* tab = f.window->findChild<TrainingTab*>();
    REQUIRE(tab);
    return tab;
}

// The columns of the training definition, by key (the form engine's model lays them out).
const QString KeyPersonnel = u"key_personnel"_s;
const QString Trained = u"trained"_s;
const QString Coverage = u"training_coverage"_s;
const QString Sessions = u"sessions"_s;
const QString Online = u"online_sessions"_s;
const QString Offline = u"offline_sessions"_s;
const QString Category = u"row"_s; // the key-personnel category: the row's key

// The grid row of an industry × category; -1 when none.
int lineOf(FormTableModel* m, const QString& industry, const QString& category) {
    for (int r = 0; r < m->rowCount(); ++r)
        if (!m->isComputedRow(r) && m->index(r, 0).data(Qt::EditRole).toString() == industry &&
            m->index(r, 1).data(Qt::EditRole).toString() == category)
            return r;
    return -1;
}

void set(FormTableModel* m, const QString& industry, const QString& category, const QString& column,
         const QVariant& v) {
    const int row = lineOf(m, industry, category);
    REQUIRE(row >= 0);
    REQUIRE(m->setData(m->index(row, m->columnOf(column)), v));
}

QString cell(FormTableModel* m, int row, const QString& column) {
    return m->index(row, m->columnOf(column)).data().toString();
}

int severity(FormTableModel* m, int row, const QString& column) {
    const QVariant v = m->index(row, m->columnOf(column)).data(FormTableModel::SeverityRole);
    return v.isValid() ? v.toInt() : -1;
}

// The categories of the form on screen, in its order.
QStringList categories(FormTableModel* m) {
    QStringList out;
    for (const FormRow& row : m->table().rows)
        if (!out.contains(row.key))
            out << row.key;
    return out;
}

// The first row (危险化学品 × 分管负责人) of the unit's form, saved through the form engine.
void store(UiFixture& f, const QString& unit, int year, qint64 personnel, qint64 trained) {
    const QSqlDatabase db = f.session->connection();
    FormTable t = loadForm(db, u"training"_s, unit, year);
    t.rows[0].setNumber(KeyPersonnel, personnel);
    t.rows[0].setNumber(Trained, trained);
    storeForm(db, t);
}
// Several counties over four years with rising coverage, for the screenshot only.
void showcase(UiFixture& f) {
    const QSqlDatabase db = f.session->connection();
    const QStringList units{kLanshan, kLuozhuang, u"371312"_s, u"371321"_s, u"371322"_s};
    for (int u = 0; u < units.size(); ++u)
        for (int year = 2021; year <= 2024; ++year) {
            FormTable t = loadForm(db, u"training"_s, units.at(u), year);
            for (int r = 0; r < t.rows.size(); ++r) {
                const qint64 personnel = 6 + (r * 7 + u * 3) % 40;
                const int step = year - 2020;
                const qint64 trained =
                    std::min(personnel, personnel * (15 + step * (14 + 3 * (u % 3)) + r % 9) / 100);
                setCounts(t.rows[r],
                          TrainingCounts{personnel, trained, step + r % 3, (step + r % 3) / 2,
                                         (step + r % 3 + 1) / 2, 4 * (step + r % 3)});
            }
            storeForm(db, t, u"showcase"_s);
        }
}
} // namespace

TEST_CASE("training grid sums subtotals and totals from counts and marks errors and warnings",
          "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    FormTableModel* m = tab->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_FALSE(m->isReadOnly());
    REQUIRE(m->rowCount() == 7 * 4 + 3 + 1);
    set(m, u"危险化学品"_s, A, KeyPersonnel, 10);
    set(m, u"危险化学品"_s, A, Trained, 8);
    set(m, u"危险化学品"_s, C, KeyPersonnel, u"２００"_s);
    set(m, u"危险化学品"_s, C, Trained, 50);
    CHECK(cell(m, 0, Coverage) == u"80.00"_s);
    CHECK(cell(m, 3, Category) == u"Subtotal"_s);
    CHECK(cell(m, 3, Coverage) == u"27.62"_s); // 58 / 210
    CHECK(cell(m, m->rowCount() - 1, Coverage) == u"27.62"_s);
    CHECK(cell(m, m->rowCount() - 4, Coverage) == u"80.00"_s); // category A total
    CHECK_FALSE(m->flags(m->index(3, m->columnOf(KeyPersonnel))).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(m->flags(m->index(0, m->columnOf(Coverage))).testFlag(Qt::ItemIsEditable));

    set(m, u"危险化学品"_s, A, Trained, 11); // > 10: error
    CHECK(severity(m, 0, Trained) == int(Severity::Error));
    CHECK_FALSE(tab->save());
    CHECK_FALSE(f.prompter.messages.isEmpty());
    set(m, u"危险化学品"_s, A, Trained, 8);
    set(m, u"危险化学品"_s, A, Sessions, 3);
    set(m, u"危险化学品"_s, A, Online, 2);
    set(m, u"危险化学品"_s, A, Offline, 2); // 2 + 2 > 3: warning only
    CHECK(severity(m, 0, Offline) == int(Severity::Warning));
    REQUIRE(tab->save());
    CHECK_FALSE(tab->isModified());
    f.reopen();
    TrainingTab* again = install(f);
    CHECK(f.session->unitCode() == kLanshan);
    CHECK(cell(again->model(), again->model()->rowCount() - 1, Coverage) == u"27.62"_s);
}

TEST_CASE("leaving the training tab with unsaved changes asks first", "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    set(tab->model(), u"矿山"_s, A, KeyPersonnel, 4);
    f.prompter.answers.enqueue(QMessageBox::Cancel);
    CHECK_FALSE(f.window->unitSelector()->selectUnit(kLinyi));
    CHECK(f.session->unitCode() == kLanshan);
    f.prompter.answers.enqueue(QMessageBox::Save);
    CHECK(f.window->unitSelector()->selectUnit(kLinyi));
    CHECK(FormRepository(f.session->connection()).hasData(u"training"_s, kLanshan, 2023));
}

TEST_CASE("a parent shows the consolidated table its chart and the sub-units that lag",
          "[ui][training]") {
    const QString shot = qEnvironmentVariable("YUFANG_TRAINING_SCREENSHOT");
    if (!shot.isEmpty())
        installTranslations(u"zh_CN"_s); // docs/training.png shows the Chinese UI
    UiFixture f;
    TrainingTab* tab = install(f);
    store(f, kLanshan, 2023, 100, 60);   // first year: on its path
    store(f, kLuozhuang, 2022, 100, 75); // 75 % in 2022 ...
    store(f, kLuozhuang, 2023, 100, 80); // ... 80 % in 2023 but the path asks 83.33 %: behind
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2023));
    FormTableModel* m = tab->model();
    CHECK(m->isReadOnly());
    CHECK(tab->banner()->isVisibleTo(tab));
    CHECK(cell(m, 0, KeyPersonnel) == u"200"_s);
    CHECK(cell(m, m->rowCount() - 1, Coverage) == u"70.00"_s); // 140 / 200
    CHECK(tab->statusLabel()->text().contains(u"70.00%"_s));
    QTableWidget* children = tab->childTable();
    REQUIRE(children->rowCount() == 15);
    CHECK(children->item(0, 0)->text() == u"罗庄区"_s);
    CHECK(children->item(0, 0)->data(Qt::UserRole + 1).toString() == u"behind"_s);
    CHECK(children->item(14, 0)->text() == u"兰山区"_s);
    const QList<QPointF> points = tab->chart()->coveragePoints();
    REQUIRE(points.size() == 2); // 2022: 75/100, 2023: 140/200
    CHECK(points.at(0) == QPointF(2022, 75.0));
    CHECK(points.at(1) == QPointF(2023, 70.0));
    // The legend wraps under the plot instead of eliding: every line is named in full.
    const QString legend = tab->chart()->legendText();
    CHECK(legend.contains(CoverageChart::tr("Coverage")));
    CHECK(legend.contains(CoverageChart::tr("Path to target")));
    CHECK(legend.contains(u"100%"_s));

    if (!shot.isEmpty()) {
        showcase(f);
        f.window->unitSelector()->selectUnit(kLanshan, 2024);
        f.window->unitSelector()->selectUnit(kLinyi, 2024);
        f.window->resize(1280, 800);
        f.window->tabs()->setCurrentWidget(tab);
        QApplication::processEvents(); // the editor shows the fields it rebuilt on the next pass
        f.window->grab().save(shot);
    }
}

TEST_CASE("the city signs the consolidated training table it sends up", "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    store(f, kLanshan, 2023, 100, 60);
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2023));
    REQUIRE(tab->model()->isReadOnly()); // the counts are summed from below
    CHECK(tab->banner()->text().contains(
        FormEditor::tr("填报人, 联系电话 and 填报日期 below are this office's own: it signs the "
                       "total it sends up.")));
    QLineEdit* preparer = tab->editor()->fieldEdit(u"preparer"_s);
    REQUIRE(preparer);
    CHECK_FALSE(preparer->isReadOnly());
    QTest::keyClicks(preparer, u"Wang Wu"_s); // QTest types ASCII only
    CHECK(tab->isModified());
    REQUIRE(tab->save());
    CHECK_FALSE(tab->isModified());
    const QSqlDatabase db = f.session->connection();
    CHECK(FormSignatures(db).load(u"training"_s, kLinyi, 2023).value(u"preparer"_s) ==
          u"Wang Wu"_s);
    CHECK_FALSE(FormRepository(db).hasData(u"training"_s, kLinyi, 2023)); // no form of its own
    // Shown again from the database, and the county's own table is not the city's to sign.
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2023));
    CHECK(tab->editor()->fieldEdit(u"preparer"_s)->text() == u"Wang Wu"_s);
}

TEST_CASE("a training file imported in the 培训 tab is the return received on the date chosen",
          "[ui][training][returns]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    const QSqlDatabase db = f.session->connection();
    // Linyi's plan asks its counties for the training table every year (报送义务 naming the
    // form), so its import is the county's return.
    const auto plan = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(plan.has_value());
    Obligation annual;
    annual.planId = plan->id;
    annual.code = u"training-annual"_s;
    annual.title = u"培训情况表"_s;
    annual.recurrence = Recurrence::Yearly;
    annual.dueMonth = 12;
    annual.dueDay = 31;
    annual.annexKind = AnnexKind::Annual;
    annual.formCode = u"training"_s;
    annual.position = 30;
    QString error;
    REQUIRE(ObligationRepository(db).add(annual, &error));
    const auto obligation = ObligationRepository(db).findByCode(plan->id, u"training-annual"_s);
    REQUIRE(obligation.has_value());

    REQUIRE(f.window->unitSelector()->selectUnit(kLuozhuang, 2024));
    const QString path = f.dir.filePath(u"luozhuang-2024.csv"_s);
    REQUIRE(tab->exportCsv(path, &error));
    fillMetallurgyLeaders(path);

    // The clerk is asked as the import dialogs ask; a return that came in weeks ago.
    const QDate chosen = QDate::currentDate().addDays(-23);
    QStringList asked;
    tab->files()->chooseReceiptDate = [&](const FormTableFileImport& import) {
        asked << (import.unit ? import.unit->code : QString());
        return std::optional<QDate>(chosen);
    };
    CHECK(tab->importFiles({path}) == 1);
    CHECK(asked == QStringList{kLuozhuang});
    const auto received = ReturnRepository(db).find(kLuozhuang, obligation->id, 2024);
    REQUIRE(received.has_value());
    CHECK(received->receivedOn == chosen);
    CHECK(received->sourceFile == u"luozhuang-2024.csv"_s);

    // Cancelling the question imports nothing.
    tab->files()->chooseReceiptDate = [](const FormTableFileImport&) {
        return std::optional<QDate>();
    };
    replaceInFile(path, u"冶金,一线班组长,40,30,,2,1,1,8,"_s, u"冶金,一线班组长,40,35,,2,1,1,8,"_s);
    CHECK(tab->files()->importFiles({path}, true) == 0);
    CHECK(ReturnRepository(db).find(kLuozhuang, obligation->id, 2024)->receivedOn == chosen);
    CHECK(cell(tab->model(), tab->model()->rowCount() - 1, Coverage) == u"75.00"_s);
}

TEST_CASE("the training tab exports the blank table and imports it back filled", "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLuozhuang, 2024));
    const QString path = f.dir.filePath(u"blank.csv"_s);
    QString error;
    REQUIRE(tab->exportCsv(path, &error));
    fillMetallurgyLeaders(path);
    CHECK(tab->importFiles({path}) == 1);
    CHECK(cell(tab->model(), tab->model()->rowCount() - 1, Coverage) == u"75.00"_s);
    // a second import asks before replacing; No keeps the stored figures
    f.prompter.answers.enqueue(QMessageBox::No);
    CHECK(tab->importFiles({path}) == 0);
    f.prompter.answers.enqueue(QMessageBox::Yes);
    CHECK(tab->importFiles({path}) == 1);

    const QString pdf = f.dir.filePath(u"training.pdf"_s);
    REQUIRE(tab->exportPdf(pdf, &error));
    CHECK(QFile(pdf).size() > 1000);
    if (const QString keep = qEnvironmentVariable("YUFANG_TRAINING_PDF"); !keep.isEmpty())
        QFile::copy(pdf, keep);
}

TEST_CASE("the training tab exports its official sheet and blank template as workbooks",
          "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLuozhuang, 2024));
    QString error;
    const auto read = [&](const QString& path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return readCsvDocument(file.readAll(), path);
    };
    // 导出表格… with an .xlsx name: the official sheet, both label columns, 合计 under
    // 重点行业名称.
    const QString sheet = f.dir.filePath(u"training.xlsx"_s);
    REQUIRE(tab->exportCsv(sheet, &error));
    const CsvDocument doc = read(sheet);
    REQUIRE(doc.records.size() > 4);
    CHECK(doc.records[0].at(0).endsWith(u"重点行业企业重点人员工伤预防培训情况表"_s));
    CHECK(doc.records[1].at(0) == u"填报单位：临沂市罗庄区人力资源和社会保障局"_s);
    CHECK(doc.records[2].at(0) == u"重点行业名称"_s);
    CHECK(doc.records[2].at(1) == u"重点人员类别"_s);
    // 报表 → 培训情况表：空白模板: the same sheet to fill in, which imports back as it is.
    const QString blank = f.dir.filePath(u"training-blank.xlsx"_s);
    REQUIRE(tab->files()->exportTemplate(blank, &error));
    CHECK(read(blank).records.size() == doc.records.size());
    CHECK(tab->importFiles({blank}) == 1);
}

TEST_CASE("a plan category added in the tab becomes a column of rows", "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2027));
    f.prompter.texts.enqueue(u"主要负责人"_s);
    tab->addCategory();
    CHECK(categories(tab->model()).last() == u"主要负责人"_s);
    CHECK(tab->model()->rowCount() == 7 * 5 + 4 + 1);
    CHECK(lineOf(tab->model(), u"建材"_s, u"主要负责人"_s) >= 0);
}

TEST_CASE("recommended providers are added edited and removed", "[ui][training][providers]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    ProviderPanel* panel = tab->providerPanel();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<TrainingProvider> answers{TrainingProvider{0,
                                                     u"山东省工伤预防线上培训平台"_s,
                                                     TrainingProvider::Kind::Online,
                                                     u"省人社厅遴选"_s,
                                                     u"province"_s,
                                                     QDate(2026, 12, 31),
                                                     {}},
                                    TrainingProvider{0,
                                                     u"临沂市安全生产培训中心"_s,
                                                     TrainingProvider::Kind::Offline,
                                                     u"三级培训机构"_s,
                                                     u"city"_s,
                                                     QDate(2020, 12, 31),
                                                     {}}};
    panel->setEditor([&](QWidget*, TrainingProvider* p) {
        const qint64 id = p->id;
        *p = answers.takeFirst();
        p->id = id;
        return true;
    });
    panel->add();
    panel->add();
    REQUIRE(panel->model()->rowCount() == 2);
    const int expired =
        panel->model()->index(0, 0).data().toString() == u"临沂市安全生产培训中心"_s ? 0 : 1;
    CHECK(panel->model()->index(expired, 0).data(ProviderTableModel::ExpiredRole).toBool());
    CHECK_FALSE(
        panel->model()->index(1 - expired, 0).data(ProviderTableModel::ExpiredRole).toBool());

    answers << TrainingProvider{0,
                                u"临沂市安全生产培训中心"_s,
                                TrainingProvider::Kind::Offline,
                                u"三级培训机构"_s,
                                u"city"_s,
                                QDate(2027, 6, 30),
                                {}};
    panel->view()->setCurrentIndex(panel->model()->index(expired, 0));
    panel->editCurrent();
    CHECK(ProviderRepository(f.session->connection()).all().size() == 2);
    CHECK_FALSE(panel->model()->index(expired, 0).data(ProviderTableModel::ExpiredRole).toBool());

    f.prompter.answers.enqueue(QMessageBox::Yes);
    panel->removeCurrent();
    CHECK(ProviderRepository(f.session->connection()).all().size() == 1);

    ProviderDialog dialog;
    CHECK_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.nameEdit()->setText(u"平台"_s);
    CHECK(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.kindBox()->setCurrentIndex(1);
    CHECK(dialog.provider().kind == TrainingProvider::Kind::Offline);
    CHECK_FALSE(dialog.provider().validUntil.isValid());
}

TEST_CASE("trained below last year's stored figure is a warning in the grid", "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    store(f, kLanshan, 2022, 10, 9); // 危险化学品 · 分管负责人: 9 trained by 2022
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    FormTableModel* m = tab->model();
    const int row = lineOf(m, u"危险化学品"_s, A);
    set(m, u"危险化学品"_s, A, KeyPersonnel, 10);
    set(m, u"危险化学品"_s, A, Trained, 7); // 7 < 9: warning
    CHECK(severity(m, row, Trained) == int(Severity::Warning));
    set(m, u"危险化学品"_s, A, Trained, 9); // same as 2022: fine
    CHECK_FALSE(m->index(row, m->columnOf(Trained)).data(FormTableModel::SeverityRole).isValid());
}

TEST_CASE("Ctrl+S saves the training table when its tab is the current one", "[ui][training]") {
    // Issue 18: 文件 → 保存 (Ctrl+S) saved only the 基本情况表 and did nothing on 培训 and 职业病.
    UiFixture f;
    TrainingTab* tab = install(f);
    QAction* save = nullptr;
    for (QAction* a : f.window->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Save))
            save = a;
    REQUIRE(save);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    f.window->tabs()->setCurrentWidget(tab);
    CHECK(save->isEnabled());
    set(tab->model(), u"矿山"_s, A, KeyPersonnel, 4);
    REQUIRE(tab->isModified());
    save->trigger();
    CHECK_FALSE(tab->isModified());
    CHECK(FormRepository(f.session->connection()).hasData(u"training"_s, kLanshan, 2023));
    // A tab with nothing to save (the audit trail) disables the action instead of ignoring it.
    f.window->tabs()->setCurrentWidget(f.window->auditView());
    CHECK_FALSE(save->isEnabled());
}

TEST_CASE("the training tab is the form engine's editor on the training definition",
          "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    FormTableModel* m = tab->model();
    // The columns, headers and title are the definition's, as printed and exported.
    CHECK(m->headerData(0, Qt::Horizontal).toString() == u"重点行业名称"_s);
    CHECK(m->headerData(1, Qt::Horizontal).toString() == u"重点人员类别"_s);
    CHECK(m->headerData(m->columnOf(KeyPersonnel), Qt::Horizontal).toString() == u"重点人员数"_s);
    // The CSV writes the rate's sign into its cells (70.27%); the screen, into the header.
    CHECK(m->headerData(m->columnOf(Coverage), Qt::Horizontal).toString() == u"培训覆盖率（%）"_s);
    CHECK(m->columnCount() == 2 + 8);
    CHECK(tab->editor()->titleLabel()->text().endsWith(
        u"》重点行业企业重点人员工伤预防培训情况表"_s));
    CHECK_FALSE(tab->editor()->titleLabel()->text().contains(u"{plan}"_s));
    // The industries and categories come from the annex and the plan: no row of the tab's own.
    CHECK_FALSE(m->canAddRows());
    CHECK_FALSE(tab->editor()->addRowButton()->isVisibleTo(tab->editor()));
    // The coverage chart and the providers sit beside the table.
    CHECK(tab->pages()->count() == 2);
    CHECK(tab->editor()->isAncestorOf(tab->chart()));
    CHECK(tab->editor()->isAncestorOf(tab->providerPanel()));

    // A subtotal, a category's 合计 and the total follow an edit, from the summed counts.
    const int chemA = lineOf(m, u"危险化学品"_s, A);
    const int chemSubtotal = lineOf(m, u"危险化学品"_s, C) + 1;
    const int categoryA = m->rowCount() - 4;
    REQUIRE(m->isComputedRow(chemSubtotal));
    CHECK(cell(m, chemSubtotal, Category) == u"Subtotal"_s);
    CHECK(cell(m, categoryA, Category) == A);
    CHECK(cell(m, chemSubtotal, KeyPersonnel).isEmpty());
    set(m, u"危险化学品"_s, A, KeyPersonnel, 40);
    set(m, u"危险化学品"_s, u"安全管理部门负责人"_s, KeyPersonnel, 1200);
    set(m, u"矿山"_s, A, KeyPersonnel, 10);
    set(m, u"危险化学品"_s, A, Trained, 30);
    CHECK(cell(m, chemSubtotal, KeyPersonnel) == QLocale().toString(1240));
    CHECK(cell(m, chemSubtotal, Coverage) == u"2.42"_s); // 30 / 1240
    CHECK(cell(m, categoryA, KeyPersonnel) == u"50"_s);  // 40 + 10
    CHECK(cell(m, categoryA, Coverage) == u"60.00"_s);   // 30 / 50
    CHECK(cell(m, m->rowCount() - 1, KeyPersonnel) == QLocale().toString(1250));
    set(m, u"危险化学品"_s, A, KeyPersonnel, 60);
    CHECK(cell(m, chemSubtotal, KeyPersonnel) == QLocale().toString(1260));
    CHECK(cell(m, categoryA, Coverage) == u"42.86"_s); // 30 / 70

    // Tab walks the cells a clerk types into: past 培训覆盖率, and past the 小计 line.
    f.window->tabs()->setCurrentWidget(tab);
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTableView* view = tab->view();
    view->setFocus();
    const auto tabFrom = [&](int row, const QString& column) {
        view->setCurrentIndex(m->index(row, m->columnOf(column)));
        QTest::keyClick(view, Qt::Key_Tab);
        if (QApplication::focusWidget() != view) // an editor opened: close it unchanged
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        return view->currentIndex();
    };
    QModelIndex next = tabFrom(chemA, Trained);
    CHECK(next.row() == chemA);
    CHECK(next.column() == m->columnOf(Sessions));
    next = tabFrom(chemSubtotal - 1, u"remark"_s);
    CHECK(next.row() == chemSubtotal + 1); // 矿山 × 分管负责人
    CHECK(next.column() == m->columnOf(KeyPersonnel));
    view->setCurrentIndex(m->index(chemA, m->columnOf(Sessions)));
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(view->currentIndex().column() == m->columnOf(Trained));

    // 填报人 and 联系电话 saved with the figures, as the form engine saves any form.
    QLineEdit* preparer = tab->editor()->fieldEdit(form_fields::kPreparer);
    QLineEdit* phone = tab->editor()->fieldEdit(form_fields::kPhone);
    REQUIRE(preparer);
    REQUIRE(phone);
    CHECK(tab->editor()->filledOnEdit() == nullptr); // the definition's footer: no 填报日期
    preparer->setText(u"李四"_s);
    Q_EMIT preparer->textEdited(u"李四"_s);
    phone->setText(u"0539-7654321"_s);
    Q_EMIT phone->textEdited(u"0539-7654321"_s);
    REQUIRE(tab->save());
    const FormTable stored = loadForm(f.session->connection(), u"training"_s, kLanshan, 2023);
    CHECK(stored.field(form_fields::kPreparer) == u"李四"_s);
    CHECK(stored.field(form_fields::kPhone) == u"0539-7654321"_s);
    CHECK(stored.find(A, u"危险化学品"_s)->number(KeyPersonnel) == 60);
    // The coverage chart beside the table follows the save: 30 of 1,270 key personnel in 2023.
    const QList<QPointF> points = tab->chart()->coveragePoints();
    REQUIRE(points.size() == 1);
    CHECK(points.first().x() == 2023);
    CHECK(points.first().y() == Approx(30.0 * 100 / 1270));
    CHECK(tab->statusLabel()->text().contains(u"2.36%"_s));

    // The parent's consolidated form: read-only figures, its own 填报人 (it signs the total),
    // the banner says 应报/已报.
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2023));
    CHECK(m->isReadOnly());
    CHECK_FALSE(m->flags(m->index(lineOf(m, u"危险化学品"_s, A), m->columnOf(KeyPersonnel)))
                    .testFlag(Qt::ItemIsEditable));
    CHECK(cell(m, lineOf(m, u"危险化学品"_s, A), KeyPersonnel) == u"60"_s);
    CHECK_FALSE(tab->editor()->fieldEdit(form_fields::kPreparer)->isReadOnly());
    CHECK(tab->banner()->text().contains(u"应报 15, 已报 1"_s));
}

TEST_CASE("Escape in a cell's editor drops that cell's typing only and keeps the table's edits",
          "[ui][training]") {
    // A view closes a cancelled editor with RevertModelCache, which calls the model's revert():
    // the tab's "discard every edit" must not be that slot, or Escape wiped the table.
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    f.window->tabs()->setCurrentWidget(tab);
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    FormTableModel* m = tab->model();
    set(m, u"危险化学品"_s, A, KeyPersonnel, 12);
    REQUIRE(tab->isModified());
    QTableView* view = tab->view();
    const QModelIndex next = m->index(lineOf(m, u"危险化学品"_s, A), m->columnOf(Trained));
    view->setCurrentIndex(next);
    view->edit(next);
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor != nullptr);
    REQUIRE(editor != view);
    QTest::keyClicks(editor, u"9"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(tab->isModified());
    CHECK(cell(m, lineOf(m, u"危险化学品"_s, A), KeyPersonnel) == u"12"_s);
    CHECK(cell(m, lineOf(m, u"危险化学品"_s, A), Trained).isEmpty());
}

TEST_CASE("an accepted training table shows read-only with its lock and reopens with a reason",
          "[ui][training][locks]") {
    UiFixture f;
    QSqlDatabase db = f.session->connection();
    store(f, kLanshan, 2023, 20, 15);
    QString error;
    REQUIRE(db.transaction());
    REQUIRE(FormLocks(db).lockWithinTransaction(u"training"_s, kLanshan, 2023,
                                                u"return accepted: 培训情况年报"_s, &error));
    REQUIRE(db.commit());
    TrainingTab* tab = install(f);
    auto* editor = tab->findChild<FormEditor*>();
    REQUIRE(editor);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    CHECK(tab->model()->isReadOnly());
    CHECK(editor->banner()->text().contains(u"return accepted: 培训情况年报"_s));
    CHECK_FALSE(editor->unlockButton()->isHidden());
    CHECK_FALSE(editor->versionsButton()->isHidden());
    // Another year is open, without the unlock button.
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2022));
    CHECK_FALSE(tab->model()->isReadOnly());
    CHECK(editor->unlockButton()->isHidden());

    // The versions of the table: the one save so far.
    FormVersionsDialog versions(db, u"training"_s, kLanshan, 2023);
    CHECK(versions.versionCount() == 1);
    CHECK(versions.windowTitle().contains(u"培训情况表"_s));

    // 解锁… asks why; the answer goes to the trail and the table is editable again.
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    f.prompter.texts.enqueue(u"人数有误"_s);
    editor->unlockButton()->click();
    CHECK_FALSE(FormLocks(db).isLocked(u"training"_s, kLanshan, 2023));
    CHECK_FALSE(tab->model()->isReadOnly());
    CHECK(editor->unlockButton()->isHidden());
    set(tab->model(), u"矿山"_s, A, KeyPersonnel, 4);
    REQUIRE(tab->save());
    FormVersionsDialog after(db, u"training"_s, kLanshan, 2023);
    CHECK(after.versionCount() == 2);
    // Where a version came from in words, as the audit view says it, not the stored key.
    CHECK(after.newerBox()->currentText().contains(AuditTableModel::sourceCaption(u"manual"_s)));
    CHECK_FALSE(after.newerBox()->currentText().contains(u"manual"_s));
    REQUIRE(after.model()->rowCount() == 1);
    CHECK(after.model()->index(0, FormChangesModel::RowColumn).data().toString() == u"矿山/"_s + A);
    CHECK(after.model()->index(0, FormChangesModel::FieldColumn).data().toString() ==
          u"重点人员数"_s);
    CHECK(after.model()->index(0, FormChangesModel::NewValueColumn).data().toString() == u"4"_s);

    // The trail names the cell by the definition's caption, the lock events by their reason.
    AuditView* audit = f.window->auditView();
    audit->yearFilter()->setValue(2023);
    audit->reload();
    AuditTableModel* trail = audit->model();
    QStringList cells, locks;
    for (int r = 0; r < trail->rowCount(); ++r) {
        const QString action = trail->index(r, AuditTableModel::ActionColumn)
                                   .data(AuditTableModel::RawValueRole)
                                   .toString();
        if (action == u"form.cell"_s)
            cells << trail->index(r, AuditTableModel::FieldColumn).data().toString();
        if (action == u"form.locked"_s || action == u"form.unlocked"_s)
            locks << trail->index(r, AuditTableModel::ReasonColumn).data().toString();
    }
    CHECK(cells.contains(u"重点人员数"_s));
    CHECK(locks == QStringList{u"return accepted: 培训情况年报"_s, u"人数有误"_s});
}
