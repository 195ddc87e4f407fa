// The 培训 tab driven offscreen: the grid's arithmetic and colours under QAbstractItemModelTester,
// saving and the unsaved-changes guard, the consolidated parent with its lagging sub-units and
// chart, CSV out and in through the tab, a new category, the provider list CRUD and the PDF.
#include "returns/audit_view.h"
#include "training/coverage_chart.h"
#include "training/provider_dialog.h"
#include "training/provider_panel.h"
#include "training/provider_table_model.h"
#include "training/training_feature.h"
#include "training/training_tab.h"
#include "training/training_table_model.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "i18n.h"
#include "storage/provider_repository.h"
#include "storage/training_repository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kLuozhuang = u"371311"_s;
const QString kLinyi = u"371300"_s;
const QString A = u"分管负责人"_s;
const QString C = u"一线班组长"_s;

TrainingTab* install(UiFixture& f) {
    installTrainingFeature(*f.window, *f.session, f.prompter);
    auto* tab = f.window->findChild<TrainingTab*>();
    REQUIRE(tab);
    return tab;
}

void set(TrainingTableModel* m, const QString& industry, const QString& category, int column,
         const QVariant& v) {
    const int row = m->lineOf(industry, category);
    REQUIRE(row >= 0);
    REQUIRE(m->setData(m->index(row, column), v));
}

QString cell(TrainingTableModel* m, int row, int column) {
    return m->index(row, column).data().toString();
}

void store(UiFixture& f, const QString& unit, int year, qint64 personnel, qint64 trained) {
    TrainingRepository repo(f.session->connection());
    TrainingTable t = repo.load(unit, year);
    t.rows[0].counts.keyPersonnel = personnel;
    t.rows[0].counts.trained = trained;
    QString error;
    REQUIRE(repo.save(t, u"test"_s, &error));
}
// Several counties over four years with rising coverage, for the screenshot only.
void showcase(UiFixture& f) {
    TrainingRepository repo(f.session->connection());
    const QStringList units{kLanshan, kLuozhuang, u"371312"_s, u"371321"_s, u"371322"_s};
    for (int u = 0; u < units.size(); ++u)
        for (int year = 2021; year <= 2024; ++year) {
            TrainingTable t = repo.load(units.at(u), year);
            for (int r = 0; r < t.rows.size(); ++r) {
                const qint64 personnel = 6 + (r * 7 + u * 3) % 40;
                const int step = year - 2020;
                const qint64 trained =
                    std::min(personnel, personnel * (15 + step * (14 + 3 * (u % 3)) + r % 9) / 100);
                t.rows[r].counts = {personnel,
                                    trained,
                                    step + r % 3,
                                    (step + r % 3) / 2,
                                    (step + r % 3 + 1) / 2,
                                    4 * (step + r % 3)};
            }
            QString error;
            REQUIRE(repo.save(t, u"showcase"_s, &error));
        }
}
} // namespace

TEST_CASE("training grid sums subtotals and totals from counts and marks errors and warnings",
          "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    TrainingTableModel* m = tab->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_FALSE(m->isReadOnly());
    REQUIRE(m->rowCount() == 7 * 4 + 3 + 1);
    set(m, u"危险化学品"_s, A, TrainingTableModel::KeyPersonnelColumn, 10);
    set(m, u"危险化学品"_s, A, TrainingTableModel::TrainedColumn, 8);
    set(m, u"危险化学品"_s, C, TrainingTableModel::KeyPersonnelColumn, u"２００"_s);
    set(m, u"危险化学品"_s, C, TrainingTableModel::TrainedColumn, 50);
    CHECK(cell(m, 0, TrainingTableModel::CoverageColumn) == u"80.00"_s);
    CHECK(cell(m, 3, TrainingTableModel::CategoryColumn) == u"Subtotal"_s);
    CHECK(cell(m, 3, TrainingTableModel::CoverageColumn) == u"27.62"_s); // 58 / 210
    CHECK(cell(m, m->rowCount() - 1, TrainingTableModel::CoverageColumn) == u"27.62"_s);
    CHECK(cell(m, m->rowCount() - 4, TrainingTableModel::CoverageColumn) ==
          u"80.00"_s); // category A total
    CHECK_FALSE(
        m->flags(m->index(3, TrainingTableModel::KeyPersonnelColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(
        m->flags(m->index(0, TrainingTableModel::CoverageColumn)).testFlag(Qt::ItemIsEditable));

    set(m, u"危险化学品"_s, A, TrainingTableModel::TrainedColumn, 11); // > 10: error
    CHECK(m->index(0, TrainingTableModel::TrainedColumn)
              .data(TrainingTableModel::SeverityRole)
              .toInt() == int(Severity::Error));
    CHECK_FALSE(tab->save());
    CHECK_FALSE(f.prompter.messages.isEmpty());
    set(m, u"危险化学品"_s, A, TrainingTableModel::TrainedColumn, 8);
    set(m, u"危险化学品"_s, A, TrainingTableModel::SessionsColumn, 3);
    set(m, u"危险化学品"_s, A, TrainingTableModel::OnlineColumn, 2);
    set(m, u"危险化学品"_s, A, TrainingTableModel::OfflineColumn, 2); // 2 + 2 > 3: warning only
    CHECK(m->index(0, TrainingTableModel::OfflineColumn)
              .data(TrainingTableModel::SeverityRole)
              .toInt() == int(Severity::Warning));
    REQUIRE(tab->save());
    CHECK_FALSE(tab->isModified());
    f.reopen();
    TrainingTab* again = install(f);
    CHECK(f.session->unitCode() == kLanshan);
    CHECK(cell(again->model(), again->model()->rowCount() - 1,
               TrainingTableModel::CoverageColumn) == u"27.62"_s);
}

TEST_CASE("leaving the training tab with unsaved changes asks first", "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2023));
    set(tab->model(), u"矿山"_s, A, TrainingTableModel::KeyPersonnelColumn, 4);
    f.prompter.answers.enqueue(QMessageBox::Cancel);
    CHECK_FALSE(f.window->unitSelector()->selectUnit(kLinyi));
    CHECK(f.session->unitCode() == kLanshan);
    f.prompter.answers.enqueue(QMessageBox::Save);
    CHECK(f.window->unitSelector()->selectUnit(kLinyi));
    CHECK(TrainingRepository(f.session->connection()).hasData(kLanshan, 2023));
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
    TrainingTableModel* m = tab->model();
    CHECK(m->isReadOnly());
    CHECK(tab->banner()->isVisibleTo(tab));
    CHECK(cell(m, 0, TrainingTableModel::KeyPersonnelColumn) == u"200"_s);
    CHECK(cell(m, m->rowCount() - 1, TrainingTableModel::CoverageColumn) ==
          u"70.00"_s); // 140 / 200
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
        f.window->grab().save(shot);
    }
}

TEST_CASE("the training tab exports the blank table and imports it back filled", "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLuozhuang, 2024));
    const QString path = f.dir.filePath(u"blank.csv"_s);
    QString error;
    REQUIRE(tab->exportCsv(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(u"冶金,一线班组长,,,,,,,,"_s, u"冶金,一线班组长,40,30,,2,1,1,8,"_s);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    CHECK(tab->importFiles({path}) == 1);
    CHECK(cell(tab->model(), tab->model()->rowCount() - 1, TrainingTableModel::CoverageColumn) ==
          u"75.00"_s);
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

TEST_CASE("a plan category added in the tab becomes a column of rows", "[ui][training]") {
    UiFixture f;
    TrainingTab* tab = install(f);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2027));
    f.prompter.texts.enqueue(u"主要负责人"_s);
    tab->addCategory();
    CHECK(tab->model()->table().categories.last() == u"主要负责人"_s);
    CHECK(tab->model()->rowCount() == 7 * 5 + 4 + 1);
    CHECK(tab->model()->lineOf(u"建材"_s, u"主要负责人"_s) >= 0);
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
    TrainingTableModel* m = tab->model();
    const int row = m->lineOf(u"危险化学品"_s, A);
    set(m, u"危险化学品"_s, A, TrainingTableModel::KeyPersonnelColumn, 10);
    set(m, u"危险化学品"_s, A, TrainingTableModel::TrainedColumn, 7); // 7 < 9: warning
    CHECK(m->index(row, TrainingTableModel::TrainedColumn)
              .data(TrainingTableModel::SeverityRole)
              .toInt() == int(Severity::Warning));
    set(m, u"危险化学品"_s, A, TrainingTableModel::TrainedColumn, 9); // same as 2022: fine
    CHECK_FALSE(m->index(row, TrainingTableModel::TrainedColumn)
                    .data(TrainingTableModel::SeverityRole)
                    .isValid());
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
    set(tab->model(), u"矿山"_s, A, TrainingTableModel::KeyPersonnelColumn, 4);
    REQUIRE(tab->isModified());
    save->trigger();
    CHECK_FALSE(tab->isModified());
    CHECK(TrainingRepository(f.session->connection()).hasData(kLanshan, 2023));
    // A tab with nothing to save (the audit trail) disables the action instead of ignoring it.
    f.window->tabs()->setCurrentWidget(f.window->auditView());
    CHECK_FALSE(save->isEnabled());
}
