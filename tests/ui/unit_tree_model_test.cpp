#include "unit_tree_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace yufang;

TEST_CASE("unit tree nests counties under their city", "[ui][units]") {
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setUnits(
        {Unit{QStringLiteral("370000"), QStringLiteral("山东省"), UnitLevel::Province, {}, 1},
         Unit{QStringLiteral("371300"), QStringLiteral("临沂市"), UnitLevel::City,
              QStringLiteral("370000"), 2},
         Unit{QStringLiteral("371302"), QStringLiteral("兰山区"), UnitLevel::County,
              QStringLiteral("371300"), 0},
         Unit{QStringLiteral("370100"), QStringLiteral("济南市"), UnitLevel::City,
              QStringLiteral("370000"), 0}});
    REQUIRE(model.rowCount() == 1);
    const QModelIndex province = model.index(0, 0);
    CHECK(province.data().toString() == QStringLiteral("山东省"));
    REQUIRE(model.rowCount(province) == 2);
    const QModelIndex linyi = model.index(0, 0, province);
    CHECK(model.codeAt(linyi) == QStringLiteral("371300"));
    REQUIRE(model.rowCount(linyi) == 1);
    const QModelIndex lanshan = model.indexOfCode(QStringLiteral("371302"));
    CHECK(lanshan.data().toString() == QStringLiteral("兰山区"));
    CHECK(model.parent(lanshan) == linyi);
    CHECK(model.index(0, UnitTreeModel::CodeColumn, linyi).data().toString() ==
          QStringLiteral("371302"));
}
