// Key-personnel categories as plan data: filled by migration 3 for databases created before it,
// by presets.json for new ones, never twice; a plan with an extra category (主要负责人).
#include "form_fixtures.h"
#include "test_support.h"

#include "domain/training_coverage.h"
#include "io/training_csv.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"
#include "storage/migrations.h"
#include "storage/plan_category_store.h"
#include "storage/plan_repository.h"
#include "storage/sql_dialect.h"
#include "storage/unit_repository.h"

#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kCategories{u"分管负责人"_s, u"安全管理部门负责人"_s, u"一线班组长"_s};

// The 2021 plans' three categories each, and the four of national-2026 (presets version 2).
constexpr qint64 kPresetCategoryRows = 3 + 3 + 4;

qint64 categoryRows(const QSqlDatabase& db) {
    return rowCount(db, u"plan_personnel_category"_s);
}
} // namespace

TEST_CASE("A new database gets the three key-personnel categories of both 2021 plans once",
          "[training][presets]") {
    TempDatabase t;
    CHECK(categoryRows(t.connection()) == kPresetCategoryRows);
    const PlanRepository plans(t.connection());
    const PlanCategoryStore repo(t.connection());
    for (const QString& code : {u"shandong-2021"_s, u"linyi-2021"_s}) {
        CAPTURE(code);
        CHECK(repo.categoriesOfPlan(plans.findByCode(code)->id) == kCategories);
    }
    CHECK(repo.categoriesOf(u"371302"_s) == kCategories);
    t.reopen();
    CHECK(categoryRows(t.connection()) == kPresetCategoryRows);
}

TEST_CASE("Migration 3 gives a database made before it the categories without duplicates",
          "[training][migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        // A schema-1 database as the foundation release wrote it, presets loaded.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-db"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(
            u"CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s));
        for (const QString& s : migrations().first().statements)
            REQUIRE(q.exec(sql::expandDialect(db, s)));
        REQUIRE(q.exec(u"INSERT INTO schema_migration VALUES (1, '2025-01-01')"_s));
        REQUIRE(q.exec(u"INSERT INTO meta VALUES ('preset_version', '1')"_s));
        REQUIRE(q.exec(u"INSERT INTO plan (code, title, baseline_year, start_year, end_year, "
                       u"accident_rate_target,"
                       " is_preset) VALUES ('shandong-2021', 'S', 2020, 2021, 2025, 0.2, 1),"
                       " ('linyi-2021', 'L', 2020, 2021, 2025, 0.2, 1)"_s));
        REQUIRE(q.exec(
            u"INSERT INTO unit (code, name, level) VALUES ('370000', '山东省', 'province')"_s));
        REQUIRE(q.exec(u"UPDATE unit SET plan_id = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-db"_s);
    for (int open = 0; open < 2; ++open) {
        Database db(path);
        QString error;
        REQUIRE(db.open(&error));
        CHECK(db.schemaVersion() == latestSchemaVersion());
        // the later preset version adds national-2026 and its four categories
        CHECK(categoryRows(db.connection()) == kPresetCategoryRows);
        CHECK(PlanCategoryStore(db.connection()).categoriesOfPlan(2) == kCategories);
        CHECK(PlanCategoryStore(db.connection()).categoriesOf(u"370000"_s) == kCategories);
    }
}

TEST_CASE("A plan with an extra category 主要负责人 is data and flows through the table and CSV",
          "[training]") {
    TempDatabase t;
    QSqlDatabase db = t.connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(
        u"INSERT INTO plan (code, title, baseline_year, start_year, end_year, accident_rate_target)"
        " VALUES ('linyi-2026', '临沂市工伤预防五年行动计划（2026-2030年）', 2025, 2026, 2030, 0.10)"_s));
    const qint64 id = q.lastInsertId().toLongLong();
    REQUIRE(
        q.exec(u"INSERT INTO plan_industry (plan_id, name, position) VALUES (%1, '危险化学品', 0),"
               " (%1, '即时配送', 1)"_s.arg(id)));
    const PlanCategoryStore categories(db);
    QString error;
    for (const QString& c : kCategories + QStringList{u"主要负责人"_s})
        REQUIRE(categories.add(id, c, &error));
    CHECK_FALSE(categories.add(id, u"主要负责人"_s, &error)); // no duplicates
    // The table is the plan's form `training` (a plan made by copying gets it with the copy).
    const auto linyiPlan = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(linyiPlan);
    REQUIRE(FormDefinitions(db).copy(linyiPlan->id, u"training"_s, id, &error));
    REQUIRE(q.exec(u"UPDATE unit SET plan_id = %1 WHERE code = '371300'"_s.arg(id)));

    TrainingTable table = trainingTable(db, u"371302"_s, 2027);
    CHECK(table.categories.last() == u"主要负责人"_s);
    CHECK(table.rows.size() == 2 * 4);
    // fill the blank export of the new plan and import it back
    const QString blank =
        *FormTableExport(db).csv(u"371302"_s, u"training"_s, 2027, CsvLayout::Form, &error);
    CHECK(blank.contains(u"即时配送,主要负责人,,,,,,,,\r\n"_s));
    QString filled = blank;
    filled.replace(u"即时配送,主要负责人,,,,,,,,"_s, u"即时配送,主要负责人,4,3,,1,1,0,2,"_s);
    filled.replace(u"危险化学品,主要负责人,,,,,,,,"_s, u"危险化学品,主要负责人,6,1,,,,,,"_s);
    const FormTableImporter importer(db);
    FormTableFileImport import =
        importer.prepare(utf8WithBom(filled), u"new-plan.csv"_s, u"training"_s, {});
    const std::string firstFinding = import.diagnostics.isEmpty()
                                         ? std::string()
                                         : import.diagnostics.first().toString().toStdString();
    INFO(firstFinding);
    REQUIRE(importer.commit(import));
    const TrainingTable linyi = trainingFigures(db, u"371300"_s, 2027);
    CHECK(rates::formatTrainingCoverage(linyi.totalOfCategory(u"主要负责人"_s)) ==
          u"40.00"_s); // 4 / 10
    CHECK(rates::formatTrainingCoverage(linyi.totalOfIndustry(u"即时配送"_s)) == u"75.00"_s);
}
