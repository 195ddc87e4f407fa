#include "annex_table_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace yufang;

namespace {
AnnexTable sampleTable() {
    AnnexTable t;
    t.unitCode = QStringLiteral("371302");
    t.year = 2020;
    t.rows = {AnnexRow{QStringLiteral("危险化学品"), false, {12, 10, 1200, 1100, 3}, {}},
              AnnexRow{QStringLiteral("矿山"), false, {5, 4, 800, 790, 2}, {}}};
    return t;
}
} // namespace

TEST_CASE("annex model computes rates and the total row from counts", "[ui][annex]") {
    AnnexTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(sampleTable(), RateDenominator::InsuredPersons, false);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.isTotalRow(2));
    // 1100 / 1200 = 91.666… %, 3 / 1100 × 1000 = 2.7272… ‰
    CHECK(model.index(0, AnnexTableModel::CoverageRateColumn).data().toString() ==
          QStringLiteral("91.67"));
    CHECK(model.index(0, AnnexTableModel::AccidentRateColumn).data().toString() ==
          QStringLiteral("2.73"));
    // Total: 5 accidents / 1890 insured = 2.6455… ‰ (not the mean of 2.73 and 2.53)
    CHECK(model.index(2, AnnexTableModel::AccidentsColumn)
              .data(AnnexTableModel::RawValueRole)
              .toLongLong() == 5);
    CHECK(model.index(2, AnnexTableModel::AccidentRateColumn).data().toString() ==
          QStringLiteral("2.65"));
    CHECK_FALSE(model.flags(model.index(2, AnnexTableModel::EnterprisesColumn))
                    .testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(0, AnnexTableModel::CoverageRateColumn))
                    .testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(
        model.flags(model.index(0, AnnexTableModel::IndustryColumn)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("annex model edits update rates - total and modified state", "[ui][annex]") {
    AnnexTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(sampleTable(), RateDenominator::InsuredPersons, false);
    QSignalSpy modified(&model, &AnnexTableModel::modifiedChanged);
    REQUIRE(
        model.setData(model.index(1, AnnexTableModel::AccidentsColumn), QStringLiteral("１０")));
    CHECK(model.isModified());
    CHECK(modified.count() == 1);
    CHECK(model.index(2, AnnexTableModel::AccidentsColumn)
              .data(AnnexTableModel::RawValueRole)
              .toLongLong() == 13);
    CHECK(model.index(1, AnnexTableModel::AccidentRateColumn).data().toString() ==
          QStringLiteral("12.66"));
    CHECK_FALSE(
        model.setData(model.index(1, AnnexTableModel::AccidentsColumn), QStringLiteral("abc")));
    // A view calls the model's revert() when an editor is cancelled (Escape): the edits stay.
    static_cast<QAbstractItemModel&>(model).revert();
    CHECK(model.isModified());
    model.revertEdits();
    CHECK_FALSE(model.isModified());
    CHECK(model.index(1, AnnexTableModel::AccidentsColumn)
              .data(AnnexTableModel::RawValueRole)
              .toLongLong() == 2);
}

TEST_CASE("annex model marks impossible values as errors and over-insurance as a warning",
          "[ui][annex]") {
    AnnexTableModel model;
    model.setTable(sampleTable(), RateDenominator::InsuredPersons, false);
    REQUIRE(model.setData(model.index(0, AnnexTableModel::InsuredEnterprisesColumn), 13));
    const QModelIndex cell = model.index(0, AnnexTableModel::InsuredEnterprisesColumn);
    CHECK(cell.data(AnnexTableModel::SeverityRole).toInt() == int(Severity::Error));
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("13")));
    CHECK(hasErrors(model.diagnostics()));

    REQUIRE(model.setData(cell, 10));
    REQUIRE(model.setData(model.index(0, AnnexTableModel::EmployeesColumn), QStringLiteral("-5")));
    CHECK(model.index(0, AnnexTableModel::EmployeesColumn)
              .data(AnnexTableModel::SeverityRole)
              .toInt() == int(Severity::Error));
    REQUIRE(model.setData(model.index(0, AnnexTableModel::EmployeesColumn), 1000));
    CHECK_FALSE(hasErrors(model.diagnostics()));
    CHECK(model.index(0, AnnexTableModel::InsuredPersonsColumn)
              .data(AnnexTableModel::SeverityRole)
              .toInt() == int(Severity::Warning));
    REQUIRE(model.setData(model.index(0, AnnexTableModel::AccidentsColumn), 2000));
    CHECK(model.index(0, AnnexTableModel::AccidentsColumn)
              .data(AnnexTableModel::SeverityRole)
              .toInt() == int(Severity::Error));
}

TEST_CASE("annex model adds and removes a local key industry", "[ui][annex]") {
    AnnexTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(sampleTable(), RateDenominator::InsuredPersons, false);
    QString error;
    REQUIRE(model.addLocalIndustry(QStringLiteral(" 纺织 "), &error));
    REQUIRE(model.rowCount() == 4);
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("纺织"));
    CHECK(model.index(2, 0).data(AnnexTableModel::LocalIndustryRole).toBool());
    CHECK(model.flags(model.index(2, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.addLocalIndustry(QStringLiteral("矿山"), &error));
    CHECK_FALSE(model.removeLocalIndustry(0)); // the plan's industries stay
    REQUIRE(model.removeLocalIndustry(2));
    CHECK(model.rowCount() == 3);
    CHECK_FALSE(model.isModified());
}

TEST_CASE("a read-only annex model refuses edits", "[ui][annex]") {
    AnnexTableModel model;
    model.setTable(sampleTable(), RateDenominator::InsuredPersons, true);
    CHECK_FALSE(model.flags(model.index(0, AnnexTableModel::EnterprisesColumn))
                    .testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(0, AnnexTableModel::EnterprisesColumn), 1));
}
