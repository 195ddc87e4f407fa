// Migration 22 (issue 13): the printed 培训 and 职业病 pages are the engine's printed form, so
// what they did on their own becomes data of an existing database: the stored training and
// disease definitions gain the printed layout (`print`), the training-coverage indicator its
// path from the first year with data, and the disease-cases indicator the plan's reduction
// target (plan.disease_reduction_target). Nothing else may change: every stored value, record,
// indicator and plan column is kept, and the exports read as before.
#include "../test_server.h"
#include "test_support.h"

#include "io/csv_writer.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"
#include "storage/indicator_repository.h"
#include "storage/migrations.h"
#include "storage/plan_repository.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kGolden = QStringLiteral(YUFANG_TEST_DATA_DIR "/golden");

QJsonObject parsed(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// (plan id, code) → stored JSON of a table's definitions.
QMap<QString, QJsonObject> stored(const QSqlDatabase& db, const QString& table) {
    QMap<QString, QJsonObject> out;
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT plan_id, code, definition FROM %1"_s.arg(table)));
    while (q.next())
        out.insert(q.value(0).toString() + u'/' + q.value(1).toString(),
                   parsed(q.value(2).toString()));
    return out;
}
} // namespace

TEST_CASE("Migration 22 gives the stored training and disease definitions their printed layout "
          "and keeps every value",
          "[migrations][print]") {
    TempDatabase t;
    {
        const QSqlDatabase db = t.connection();
        // The golden fixture's training and disease files, as the offices sent them.
        const QDir input(kGolden + u"/input"_s);
        const FormTableImporter importer(db);
        for (const QString form : {u"training"_s, u"disease"_s})
            for (const QString& name :
                 input.entryList({form + u"-*.csv"_s}, QDir::Files, QDir::Name)) {
                auto import = importer.prepareFile(input.filePath(name), form, {});
                INFO(name.toStdString());
                REQUIRE(importer.commit(import));
            }
    }
    const QSqlDatabase db = t.connection();
    const qint64 linyi = PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
    // What a database made now holds: the presets' definitions and indicators.
    const QMap<QString, QJsonObject> forms = stored(db, u"form_definition"_s);
    const QMap<QString, QJsonObject> indicators = stored(db, u"indicator_definition"_s);

    // Back to what the release before migration 22 left: definitions without `print`, the
    // training-coverage indicator without a path, Linyi's disease target in its plan column.
    int layouts = 0;
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        // (the annex's `print` is migration 24's, which stays applied)
        if (!it.value().contains(u"print"_s) || it.key().endsWith(u"/annex"_s))
            continue;
        QJsonObject old = it.value();
        old.remove(u"print"_s);
        execute(db, u"UPDATE form_definition SET definition = ? WHERE plan_id = ? AND code = ?"_s,
                {QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)),
                 it.key().section(u'/', 0, 0).toLongLong(), it.key().section(u'/', 1)});
        ++layouts;
    }
    CHECK(layouts == 6); // training and disease of the three preset plans
    int paths = 0;
    for (auto it = indicators.cbegin(); it != indicators.cend(); ++it) {
        if (it.value().value(u"glide_path"_s).toString() != u"from_first_data"_s)
            continue;
        QJsonObject old = it.value();
        old.insert(u"glide_path"_s, u"none"_s);
        execute(db,
                u"UPDATE indicator_definition SET definition = ? WHERE plan_id = ? AND code = ?"_s,
                {QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)),
                 it.key().section(u'/', 0, 0).toLongLong(), it.key().section(u'/', 1)});
        ++paths;
    }
    CHECK(paths == 2); // shandong-2021, linyi-2021
    execute(db, u"UPDATE plan SET disease_reduction_target = ? WHERE id = ?"_s, {0.25, linyi});
    undoFormHistoryMigration(db); // migration 25 comes after, and runs again
    execute(db, u"DELETE FROM schema_migration WHERE version = 22"_s);
    // Migration 23 runs again after it; on the annex definitions of today it changes nothing.
    execute(db, u"DELETE FROM schema_migration WHERE version = 23"_s);
    // And migration 24, on annex definitions that have their `print` already: nothing either.
    execute(db, u"DELETE FROM schema_migration WHERE version = 24"_s);
    undoPlanNotesMigration(db);
    REQUIRE(currentSchemaVersion(db) == 21);

    const auto snapshot = [](const QSqlDatabase& db) {
        QStringList all =
            queryRows(db, u"SELECT unit_code, form_code, year, row_position, row_group, row_key,"
                          " local, column_key, number_value, text_value FROM form_value ORDER BY"
                          " unit_code, form_code, year, row_position, column_key"_s);
        all << queryRows(db,
                         u"SELECT unit_code, form_code, year, preparer, phone, filled_on,"
                         " header_fields, source FROM form_record ORDER BY unit_code, form_code,"
                         " year"_s);
        all << queryRows(db,
                         u"SELECT id, code, title, disease_reduction_target, accident_rate_target,"
                         " training_coverage_target FROM plan ORDER BY id"_s);
        all << queryRows(db, u"SELECT kind, record_key, revision, changed_at FROM record_revision"
                             " ORDER BY kind, record_key"_s);
        for (const QString form : {u"training"_s, u"disease"_s})
            for (const QString unit : {u"371302"_s, u"371311"_s, u"371300"_s}) {
                QString error;
                all << FormTableExport(db)
                           .csv(unit, form, 2023, CsvLayout::Form, &error)
                           .value_or(error);
            }
        return all;
    };
    const QStringList before = snapshot(db);

    t.reopen(); // migrates
    const QSqlDatabase migrated = t.connection();
    REQUIRE(currentSchemaVersion(migrated) == latestSchemaVersion());
    // Every definition is what a new database holds, the printed layout included.
    CHECK(stored(migrated, u"form_definition"_s) == forms);
    CHECK(FormDefinitions(migrated).check().isEmpty());
    // The indicators too, but for the disease target the plan held: −25 % on Linyi's
    // disease-cases indicator (without a glide path), none on Shandong's.
    QMap<QString, QJsonObject> expected = indicators;
    QJsonObject cases = expected.value(u"%1/disease-cases"_s.arg(linyi));
    REQUIRE_FALSE(cases.isEmpty());
    cases.insert(u"target_kind"_s, u"relative"_s);
    cases.insert(u"target"_s, -0.25);
    expected.insert(u"%1/disease-cases"_s.arg(linyi), cases);
    CHECK(stored(migrated, u"indicator_definition"_s) == expected);
    CHECK(*IndicatorRepository(migrated).diseaseReductionTarget(linyi) == Approx(0.25));
    CHECK_FALSE(
        IndicatorRepository(migrated)
            .diseaseReductionTarget(PlanRepository(migrated).findByCode(u"shandong-2021"_s)->id)
            .has_value());
    // and no value, record, plan column, revision or export changed
    CHECK(snapshot(migrated) == before);
}

// A database made by the release before the form engine's tables (tests/data/golden/pre12.sqlite,
// whose stored definitions and indicators are the presets of that time) prints its 职业病 page
// through the engine after every migration: the layout and the path come from migration 22.
TEST_CASE("An older database's training and disease definitions gain their printed layout",
          "[migrations][print][golden]") {
    YUFANG_SQLITE_ONLY(); // the fixture is a database file made by an earlier release
    TempDatabase t;
    t.replaceFile(kGolden + u"/pre12.sqlite"_s);
    t.reopen(); // migrates
    const QSqlDatabase db = t.connection();
    REQUIRE(currentSchemaVersion(db) == latestSchemaVersion());
    const auto training = FormDefinitions(db).forUnit(u"371302"_s, u"training"_s, 2023);
    const auto disease = FormDefinitions(db).forUnit(u"371302"_s, u"disease"_s, 2023);
    REQUIRE(training);
    REQUIRE(disease);
    CHECK(training->print.documentName == u"培训情况表"_s);
    CHECK(training->print.indicators == FormIndicatorPrint::Line);
    CHECK(disease->print.indicators == FormIndicatorPrint::Trend);
    CHECK(disease->print.columnWidths == QList<int>{16, 12, 12, 10, 10, 20});
    const auto coverage = IndicatorRepository(db).find(
        PlanRepository(db).findByCode(u"linyi-2021"_s)->id, u"training-coverage"_s);
    REQUIRE(coverage);
    CHECK(coverage->glidePath == IndicatorGlidePath::FromFirstData);

    // 兰山区's page reads as released (tests/data/golden/expected/disease-371302-2023.report.txt).
    QString error;
    const auto doc = FormTableExport(db).report(u"371302"_s, u"disease"_s, 2023, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    CHECK(doc->name == u"职业病情况表-兰山区-2023"_s);
    CHECK(doc->landscape);
    QStringList texts;
    for (const ReportBlock& b : doc->blocks)
        if (b.kind != ReportBlock::Kind::Table)
            texts << b.text;
    CHECK(
        texts ==
        QStringList{u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业职业病情况表"_s,
                    u"填报单位：临沂市兰山区人力资源和社会保障局　　年度：2023"_s,
                    u"与2020年基线比较"_s, u"填报人：周洁　　联系电话：0539-8100100"_s,
                    u"实施方案要求职业病发生率明显下降，未设定具体数值，表中列示实际变化。"_s});
}
