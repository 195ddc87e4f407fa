#include "evaluation_example.h"

#include <catch2/catch.hpp>

#include "domain/annex.h"
#include "storage/annex_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

using namespace Qt::Literals::StringLiterals;

namespace yufang::test {

void addEvaluationExample(const QSqlDatabase& db) {
    const auto plan = PlanRepository(db).findByCode(u"shandong-2021"_s);
    REQUIRE(plan.has_value());
    UnitRepository units(db);
    QString error;
    const QList<Unit> tree{
        {u"990000"_s, u"测试省"_s, UnitLevel::Province, {}, plan->id},
        {u"990100"_s, u"甲市"_s, UnitLevel::City, u"990000"_s, 0},
        {u"990101"_s, u"甲一县"_s, UnitLevel::County, u"990100"_s, 0},
        {u"990102"_s, u"甲二县"_s, UnitLevel::County, u"990100"_s, 0},
        {u"990200"_s, u"乙市"_s, UnitLevel::City, u"990000"_s, 0},
        {u"990201"_s, u"乙一县"_s, UnitLevel::County, u"990200"_s, 0},
        {u"990202"_s, u"乙二县"_s, UnitLevel::County, u"990200"_s, 0},
    };
    for (const Unit& u : tree) {
        INFO(error.toStdString());
        REQUIRE(units.add(u, &error));
    }
    const QHash<QString, QList<int>> accidents{
        {u"990101"_s, {10, 10, 9, 9, 8, 8}},
        {u"990102"_s, {6, 6, 6, 5, 5, 5}},
        {u"990201"_s, {8, 8, 7, 7, 7, 6}},
        {u"990202"_s, {4, 4, 4, -1, 4, 3}},
    };
    for (auto it = accidents.cbegin(); it != accidents.cend(); ++it)
        for (int k = 0; k < 6; ++k) {
            if (it.value()[k] < 0)
                continue;
            AnnexTable t;
            t.unitCode = it.key();
            t.year = 2020 + k;
            AnnexCounts c;
            c.enterprises = 10;
            c.insuredEnterprises = 10;
            c.employees = 1250;
            c.insuredPersons = 1000;
            c.accidents = it.value()[k];
            t.rows << AnnexRow{u"危险化学品"_s, false, c, {}};
            t.meta.preparer = u"测试"_s;
            INFO(error.toStdString());
            REQUIRE(AnnexRepository(db).save(t, u"test"_s, &error));
        }
}

} // namespace yufang::test
