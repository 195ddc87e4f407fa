

#include "annex_columns.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace yufang;

// The 基本情况表 on the form engine's model, laid out by the annex definition: what the annex's
// own model guaranteed before the tab moved onto the engine.
namespace {
FormRow industry(const QString& name, QList<qint64> counts) {
    static const QStringList keys = {QStringLiteral("enterprises"),
                                     QStringLiteral("insured_enterprises"),
                                     QStringLiteral("employees"), QStringLiteral("insured_persons"),
                                     QStringLiteral("accidents")};
    FormRow row{name, {}, false, {}};
    for (int i = 0; i < keys.size(); ++i)
        row.setNumber(keys.at(i), counts.at(i));
    return row;
}

FormTable sampleTable() {
    FormTable t{QStringLiteral("annex"), QStringLiteral("371302"), 2020, {}, {}};
    t.rows = {industry(QStringLiteral("危险化学品"), {12, 10, 1200, 1100, 3}),
              industry(QStringLiteral("矿山"), {5, 4, 800, 790, 2})};
    return t;
}

struct Annex {
    FormTableModel model;
    int column(const char* key) const { return model.columnOf(QString::fromLatin1(key)); }
    QModelIndex cell(int row, const char* key) const { return model.index(row, column(key)); }
    qint64 raw(int row, const char* key) const {
        return cell(row, key).data(FormTableModel::RawValueRole).toLongLong();
    }
    int severity(int row, const char* key) const {
        const QVariant v = cell(row, key).data(FormTableModel::SeverityRole);
        return v.isValid() ? v.toInt() : -1;
    }
};
} // namespace

TEST_CASE("annex form computes rates and the total row from counts", "[ui][annex]") {
    Annex a;
    QAbstractItemModelTester tester(&a.model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    a.model.setForm(shippedAnnexDefinition(), sampleTable(), false);
    REQUIRE(a.model.rowCount() == 3);
    CHECK(a.model.isTotalRow(2));
    // 1100 / 1200 = 91.666… %, 3 / 1100 × 1000 = 2.7272… ‰
    CHECK(a.cell(0, "coverage_rate").data().toString().startsWith(QStringLiteral("91.67")));
    CHECK(a.cell(0, "accident_rate").data().toString().startsWith(QStringLiteral("2.73")));
    // Total: 5 accidents / 1890 insured = 2.6455… ‰ (not the mean of 2.73 and 2.53)
    CHECK(a.raw(2, "accidents") == 5);
    CHECK(a.cell(2, "accident_rate").data().toString().startsWith(QStringLiteral("2.65")));
    CHECK_FALSE(a.model.flags(a.cell(2, "enterprises")).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(a.model.flags(a.cell(0, "coverage_rate")).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(a.model.flags(a.model.index(0, 0)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("annex form edits update rates - total and modified state", "[ui][annex]") {
    Annex a;
    QAbstractItemModelTester tester(&a.model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    a.model.setForm(shippedAnnexDefinition(), sampleTable(), false);
    QSignalSpy modified(&a.model, &FormTableModel::modifiedChanged);
    REQUIRE(a.model.setData(a.cell(1, "accidents"), QStringLiteral("１０"))); // full-width digits
    CHECK(a.model.isModified());
    CHECK(modified.count() == 1);
    CHECK(a.raw(2, "accidents") == 13);
    CHECK(a.cell(1, "accident_rate").data().toString().startsWith(QStringLiteral("12.66")));
    CHECK_FALSE(a.model.setData(a.cell(1, "accidents"), QStringLiteral("abc")));
    // A view calls the model's revert() when an editor is cancelled (Escape): the edits stay.
    static_cast<QAbstractItemModel&>(a.model).revert();
    CHECK(a.model.isModified());
    a.model.revertEdits();
    CHECK_FALSE(a.model.isModified());
    CHECK(a.raw(1, "accidents") == 2);
}

TEST_CASE("annex form marks impossible values as errors and over-insurance as a warning",
          "[ui][annex]") {
    Annex a;
    a.model.setForm(shippedAnnexDefinition(), sampleTable(), false);
    REQUIRE(a.model.setData(a.cell(0, "insured_enterprises"), 13));
    CHECK(a.severity(0, "insured_enterprises") == int(Severity::Error));
    CHECK(a.cell(0, "insured_enterprises")
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("参保企业户数不得超过企业户数")));
    CHECK(hasErrors(a.model.diagnostics()));

    REQUIRE(a.model.setData(a.cell(0, "insured_enterprises"), 10));
    CHECK_FALSE(hasErrors(a.model.diagnostics()));
    // A negative count is kept on screen, marked, and cannot be saved.
    REQUIRE(a.model.setData(a.cell(0, "employees"), QStringLiteral("-5")));
    CHECK(a.severity(0, "employees") == int(Severity::Error));
    CHECK(hasErrors(a.model.diagnostics()));
    REQUIRE(a.model.setData(a.cell(0, "employees"), 1000));
    CHECK_FALSE(hasErrors(a.model.diagnostics()));
    // 1100 insured of 1000 employed: insured by project (按项目参保), a warning only.
    CHECK(a.severity(0, "insured_persons") == int(Severity::Warning));
    REQUIRE(a.model.setData(a.cell(0, "accidents"), 2000));
    CHECK(a.severity(0, "accidents") == int(Severity::Error));
}

TEST_CASE("annex form adds and removes a local key industry", "[ui][annex]") {
    Annex a;
    QAbstractItemModelTester tester(&a.model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    a.model.setForm(shippedAnnexDefinition(), sampleTable(), false);
    QString error;
    REQUIRE(a.model.addRow(QStringLiteral(" 纺织 "), &error));
    REQUIRE(a.model.rowCount() == 4);
    CHECK(a.model.table().rows.at(2).key == QStringLiteral("纺织")); // trimmed
    CHECK(a.model.index(2, 0).data().toString().startsWith(QStringLiteral("纺织")));
    CHECK(a.model.index(2, 0).data(FormTableModel::LocalRowRole).toBool());
    CHECK_FALSE(a.model.addRow(QStringLiteral("矿山"), &error)); // a row of that name exists
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(a.model.canRemoveRow(0)); // the plan's industries stay
    REQUIRE(a.model.removeRow(2));
    CHECK(a.model.rowCount() == 3);
    CHECK_FALSE(a.model.isModified());
}

TEST_CASE("a read-only annex form refuses edits", "[ui][annex]") {
    Annex a;
    a.model.setForm(shippedAnnexDefinition(), sampleTable(), true);
    CHECK_FALSE(a.model.flags(a.cell(0, "enterprises")).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(a.model.setData(a.cell(0, "enterprises"), 1));
    QString error;
    CHECK_FALSE(a.model.addRow(QStringLiteral("纺织"), &error));
}
