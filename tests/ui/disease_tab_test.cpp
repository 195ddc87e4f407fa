// The 职业病 tab driven offscreen: editing and saving, the consolidated parent, the trend against
// the baseline with and without a plan target, CSV in and out and the PDF.
#include "training/disease_tab.h"
#include "training/disease_table_model.h"
#include "training/training_feature.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/disease_repository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QTableWidget>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
int rowOf(DiseaseTableModel* m, const QString& industry) {
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == industry)
            return r;
    return -1;
}

void enter(UiFixture& f, DiseaseTab* tab, const QString& unit, int year, qint64 pneumoconiosis,
           qint64 other) {
    REQUIRE(f.window->unitSelector()->selectUnit(unit, year));
    DiseaseTableModel* m = tab->model();
    const int mining = rowOf(m, u"矿山"_s);
    REQUIRE(m->setData(m->index(mining, DiseaseTableModel::PneumoconiosisColumn), pneumoconiosis));
    REQUIRE(m->setData(m->index(mining, DiseaseTableModel::OtherColumn), other));
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
    DiseaseTableModel* m = tab->model();
    CHECK(m->index(m->rowCount() - 1, DiseaseTableModel::NewCasesColumn).data().toString() ==
          u"6"_s);
    CHECK_FALSE(m->flags(m->index(m->rowCount() - 1, DiseaseTableModel::PneumoconiosisColumn))
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
    CHECK(tab->trendTable()->item(1, 4)->text() == u"Yes"_s);
    CHECK(tab->targetLabel()->text().contains(u"50%"_s));

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
    CHECK(*DiseaseRepository(f.session->connection())
               .load(u"371311"_s, 2020)
               .total()
               .pneumoconiosis == 4);
}
