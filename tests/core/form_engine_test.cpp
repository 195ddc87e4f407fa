// The form engine against a database: the 2026-2030 plan's platform form with hand-computed
// rates, a revision conflict refused, definitions added, copied and (not) deleted, and a
// database of the schema before the engine migrated with every value and event kept.
#include "form_fixtures.h"
#include "test_support.h"

#include "domain/annex_form_table.h"
#include "domain/disease.h"
#include "domain/form_validation.h"
#include "domain/training.h"
#include "io/form_csv_writer.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"
#include "storage/annex_writer.h"
#include "storage/form_definition_repository.h"
#include "storage/form_repository.h"
#include "storage/form_versions.h"
#include "storage/migrations.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"

#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Linyi (and so Lanshan below it) follows the 2026-2030 plan; the indicators helper assigns
// plans per year, here the unit's own plan is enough.
void followNationalPlan(const QSqlDatabase& db, const QString& unit) {
    QSqlQuery q(db);
    q.prepare(u"UPDATE unit SET plan_id = ? WHERE code = ?"_s);
    q.addBindValue(planIdByCode(db, u"national-2026"_s));
    q.addBindValue(unit);
    REQUIRE(q.exec());
}

QString platformCsv(int year, const QStringList& rows, const QString& total) {
    QStringList lines{
        u"重点平台企业职业伤害情况表"_s, u"填报单位：兰山区"_s, u"年度：%1"_s.arg(year),
        u"平台企业名称,新就业形态人员数（人）,参加职业伤害保障人数（人）,职业伤害人数（人）,职业伤害发生率（‰）,备注"_s};
    lines << rows << total << u"填报人：李四"_s;
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

FormTableFileImport importBytes(const QSqlDatabase& db, const QByteArray& bytes,
                                const QString& form, bool replace = false) {
    FormImportOptions options;
    options.replace = replace;
    options.receivedOn = QDate(2027, 1, 5);
    FormTableImporter importer(db);
    importer.setToday(QDate(2027, 1, 5)); // the scenario's day
    FormTableFileImport import = importer.prepare(bytes, u"p.csv"_s, form, options);
    importer.commit(import);
    return import;
}
} // namespace

TEST_CASE("Every preset form definition is valid", "[forms]") {
    TempDatabase t;
    const FormDefinitions definitions(t.connection());
    CHECK(definitions.check().isEmpty());
    const QList<PlanForm> all = definitions.all();
    CHECK(all.size() == 3 + 3 + 4);
    const auto platform = definitions.find(planIdByCode(t.connection(), u"national-2026"_s),
                                           u"platform-enterprises"_s);
    REQUIRE(platform.has_value());
    CHECK(platform->rowKind == FormRowKind::Free);
    CHECK(platform->remark.contains(u"未规定报表栏目"_s));
    // the annex described as data prints the captions of its own stack
    const auto annex = definitions.find(planIdByCode(t.connection(), u"linyi-2021"_s), u"annex"_s);
    REQUIRE(annex.has_value());
    QStringList captions;
    for (const FormColumn& c : annex->columns)
        captions << c.caption;
    CHECK(captions == QStringList{u"企业户数"_s, u"参保企业户数"_s, u"从业总人数"_s,
                                  u"参加工伤保险人数"_s, u"工伤保险参保率"_s, u"工伤事故数量"_s,
                                  u"工伤事故发生率"_s, u"备注"_s});
    const auto plan = PlanRepository(t.connection()).findByCode(u"national-2026"_s);
    REQUIRE(plan.has_value());
    CHECK(plan->industries == QStringList{u"危险化学品"_s, u"矿山"_s, u"建筑施工"_s, u"交通运输"_s,
                                          u"机械制造"_s, u"即时配送"_s});
    CHECK(plan->baselineYear == 2025);
    CHECK(plan->accidentRateReductionTarget == Approx(0.10));
}

TEST_CASE("The 2026-2030 platform form gives hand-computed rates", "[forms]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    followNationalPlan(db, u"371300"_s);

    // 2025: 甲 40 ÷ 8000 = 5.00 ‰, 乙 20 ÷ 7000 = 2.857… → 2.86 ‰; total 60 ÷ 15000 = 4.00 ‰
    const FormTableFileImport base =
        importBytes(db,
                    utf8WithBom(platformCsv(
                        2025, {u"甲外卖平台,9000,8000,40,,"_s, u"乙网约车平台,7500,7000,20,,"_s},
                        u"合计,16500,15000,60,,"_s)),
                    u"platform-enterprises"_s);
    INFO(base.diagnostics.value(0).toString().toStdString());
    REQUIRE(base.landed);

    // 2026: 甲 37 ÷ 10000 = 3.70 ‰, 乙 13 ÷ 6500 = 2.00 ‰; total 50 ÷ 16500 = 3.0303 → 3.03 ‰;
    // 乙's stated 2.50 is recomputed (a warning); 丙 covers nobody yet: its rate is "—"
    const FormTableFileImport year =
        importBytes(db,
                    utf8WithBom(platformCsv(2026,
                                            {u"甲外卖平台,12000,10000,37,3.70,"_s,
                                             u"乙网约车平台,8000,6500,13,2.50,"_s,
                                             u"丙即时配送平台,100,0,0,,新设"_s},
                                            u"合计,20100,16500,50,3.03,"_s)),
                    u"platform-enterprises"_s);
    REQUIRE(year.landed);
    CHECK(countOf(year.diagnostics, Severity::Warning) == 1);

    const auto d = FormDefinitions(db).forUnit(u"371302"_s, u"platform-enterprises"_s);
    REQUIRE(d.has_value());
    const FormColumn& rate = *d->column(u"occupational_injury_rate"_s);
    const FormRepository forms(db);
    const FormTable t2025 = forms.load(*d, u"371302"_s, 2025);
    const FormTable t2026 = forms.load(*d, u"371302"_s, 2026);
    REQUIRE(t2026.rows.size() == 3);
    CHECK(formatFormCell(*d, t2025.rows[0], rate) == u"5.00"_s);
    CHECK(formatFormCell(*d, t2025.rows[1], rate) == u"2.86"_s);
    CHECK(formatFormCell(*d, t2025.total(*d), rate) == u"4.00"_s);
    CHECK(formatFormCell(*d, t2026.rows[0], rate) == u"3.70"_s);
    CHECK(formatFormCell(*d, t2026.rows[1], rate) == u"2.00"_s);
    CHECK(formatFormCell(*d, t2026.rows[2], rate) == u"—"_s); // nobody covered yet
    CHECK(formatFormCell(*d, t2026.total(*d), rate) == u"3.03"_s);
    CHECK(*derivedValue(*d, t2026.total(*d), rate) == Approx(50.0 * 1000 / 16500));
    // the reduction against 2025: (4.00 − 3.0303) ÷ 4.00 = 24.24 %, more than the 10 % target
    const double reduction =
        (*derivedValue(*d, t2025.total(*d), rate) - *derivedValue(*d, t2026.total(*d), rate)) /
        *derivedValue(*d, t2025.total(*d), rate);
    CHECK(reduction == Approx(0.2424).epsilon(0.001));
    CHECK(t2026.rows[2].text(u"remark"_s) == u"新设"_s);
    CHECK(t2026.field(form_fields::kPreparer) == u"李四"_s);

    // the city's consolidated form sums its county
    const FormTable city = forms.consolidated(*d, u"371300"_s, 2026);
    CHECK(city.total(*d).number(u"covered_workers"_s) == 16500);

    // the import is the unit's return of the platform form (obligation platform-annual)
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT o.code, r.period_year FROM return_record r JOIN plan_obligation o"
                   " ON o.id = r.obligation_id WHERE r.unit_code = '371302' ORDER BY 2"_s));
    QStringList returns;
    while (q.next())
        returns << q.value(0).toString() + u"/"_s + q.value(1).toString();
    CHECK(returns.contains(u"platform-annual/2026"_s));
}

TEST_CASE("An injury count above the covered workers is an error of the platform form", "[forms]") {
    TempDatabase t;
    followNationalPlan(t.connection(), u"371300"_s);
    const FormTableFileImport r = importBytes(
        t.connection(),
        utf8WithBom(platformCsv(2026, {u"甲外卖平台,100,10,11,,"_s}, u"合计,100,10,11,,"_s)),
        u"platform-enterprises"_s);
    CHECK_FALSE(r.landed);
    REQUIRE(hasErrors(r.diagnostics));
    CHECK(r.diagnostics.first().toString().startsWith(
        u"p.csv:5: 甲外卖平台: 职业伤害人数不得超过"_s));
    CHECK_FALSE(
        FormRepository(t.connection()).hasData(u"platform-enterprises"_s, u"371302"_s, 2026));
}

TEST_CASE("A form import refuses to replace a form saved since its preview", "[forms]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    followNationalPlan(db, u"371300"_s);
    const QByteArray bytes =
        utf8WithBom(platformCsv(2026, {u"甲外卖平台,100,10,1,,"_s}, u"合计,100,10,1,,"_s));
    REQUIRE(importBytes(db, bytes, u"platform-enterprises"_s).landed);

    FormImportOptions options;
    options.replace = true;
    FormTableImporter importer(db);
    FormTableFileImport second =
        importer.prepare(bytes, u"p.csv"_s, u"platform-enterprises"_s, options);
    REQUIRE(second.acceptable());
    // meanwhile someone else saves the same form
    const auto d = FormDefinitions(db).forUnit(u"371302"_s, u"platform-enterprises"_s);
    FormTable other = FormRepository(db).load(*d, u"371302"_s, 2026);
    other.rows[0].setNumber(u"platform_workers"_s, 200);
    QString error;
    REQUIRE(FormRepository(db).save(other, u"editor"_s, u"form.saved"_s, &error));
    CHECK_FALSE(importer.commit(second));
    CHECK_FALSE(second.landed);
    REQUIRE(hasErrors(second.diagnostics));
    CHECK(second.diagnostics.last().message.contains(u"371302/2026"_s));
    CHECK(FormRepository(db).load(*d, u"371302"_s, 2026).rows[0].number(u"platform_workers"_s) ==
          200);
}

TEST_CASE("Form definitions are added copied and kept while they hold data", "[forms]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    FormDefinitions definitions(db);
    const qint64 national = planIdByCode(db, u"national-2026"_s);
    const qint64 linyi = planIdByCode(db, u"linyi-2021"_s);
    QString error;
    REQUIRE(definitions.copy(national, u"platform-enterprises"_s, linyi, &error));
    CHECK(definitions.find(linyi, u"platform-enterprises"_s).has_value());
    CHECK_FALSE(definitions.copy(national, u"platform-enterprises"_s, linyi, &error));

    // Lanshan (Linyi's plan) files the copied form: the form cannot be deleted any more
    const FormTableFileImport r = importBytes(
        db, utf8WithBom(platformCsv(2026, {u"甲外卖平台,100,10,1,,"_s}, u"合计,100,10,1,,"_s)),
        u"platform-enterprises"_s);
    REQUIRE(r.landed);
    CHECK_FALSE(definitions.remove(linyi, u"platform-enterprises"_s, &error));
    CHECK(error.contains(u"1 unit"_s));
    // the national plan's own copy holds nothing and goes
    CHECK(definitions.remove(national, u"platform-enterprises"_s, &error));
    CHECK_FALSE(definitions.find(national, u"platform-enterprises"_s).has_value());
}

TEST_CASE("A copied plan starts with the forms of the plan it copies", "[forms]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 national = planIdByCode(db, u"national-2026"_s);
    QString error;
    const auto copy = PlanStore(db).copy(national, u"linyi-2026"_s, 2026, &error);
    REQUIRE(copy.has_value());
    FormDefinitions definitions(db);
    const auto source = definitions.find(national, u"platform-enterprises"_s);
    const auto copied = definitions.find(copy->id, u"platform-enterprises"_s);
    REQUIRE(source.has_value());
    REQUIRE(copied.has_value());
    CHECK(*copied == *source);
    CHECK(FormDefinitionRepository(db).ofPlan(copy->id).size() ==
          FormDefinitionRepository(db).ofPlan(national).size());
}

TEST_CASE("A database of schema 9 migrates to the form engine keeping every value and event",
          "[forms][migrations]") {
    TempDatabase t;
    {
        const QSqlDatabase db = t.connection();
        QString error;
        AnnexTable annex;
        annex.unitCode = u"371302"_s;
        annex.year = 2025;
        annex.rows = {AnnexRow{u"矿山"_s, false, counts(10, 8, 1000, 900, 3), u"备注"_s}};
        annex.meta.preparer = u"王五"_s;
        REQUIRE(AnnexWriter(db).save(annex, u"test"_s, &error));

        // back to what the release before the form engine left: schema 9, presets version 1;
        // the plan's 附件备注 in plan.annex_notes (before migration 28, while the annex
        // definitions still hold the notes) and the annex's versions and locks in its own
        // tables (before migration 25)
        undoPlanNotesMigration(db);
        undoFormHistoryMigration(db);
        QSqlQuery q(db);
        for (
            const QString& s :
            {u"DROP TABLE form_value"_s, u"DROP TABLE form_record"_s,
             u"DROP TABLE form_definition"_s,
             u"ALTER TABLE plan_obligation DROP COLUMN form_code"_s,
             u"DELETE FROM schema_migration WHERE version = 10"_s,
             // and before the indicator engine (migration 11)
             u"DROP TABLE indicator_definition"_s, u"DROP TABLE unit_plan_period"_s,
             u"DELETE FROM schema_migration WHERE version = 11"_s,
             // and before the evaluation's narrative (migration 13)
             u"DROP TABLE evaluation_narrative"_s,
             u"DELETE FROM schema_migration WHERE version = 13"_s,
             // and before migration 12 moved the training and disease tables into the form
             // engine's storage
             u"DELETE FROM schema_migration WHERE version = 12"_s,
             // and before the office's tracked-since date (migration 15)
             u"DROP TABLE unit_tracking"_s, u"DELETE FROM schema_migration WHERE version = 15"_s,
             // and before the training and disease layouts in their definitions (migration
             // 16, data only: its form_definition rows went with the table)
             u"DELETE FROM schema_migration WHERE version = 16"_s,
             // and before the final evaluation's obligations (migration 19 adds them back)
             u"DELETE FROM plan_obligation WHERE code IN ('final-evaluation',"
             u" 'ministry-final-evaluation')"_s,
             u"DELETE FROM schema_migration WHERE version = 19"_s,
             // and before migration 20 moved the annex into the form engine's storage (the
             // form_value rows the save wrote went with the table; the annex table is made
             // again below, with the revision of the save under the annex's old key)
             u"DELETE FROM schema_migration WHERE version = 20"_s,
             u"UPDATE record_revision SET kind = 'annex', record_key = '371302/2025'"
             u" WHERE kind = 'form' AND record_key = 'annex/371302/2025'"_s,
             // and before the training table's subtotals in its definition (migration 21;
             // the definitions go with migration 10's tables)
             u"DELETE FROM schema_migration WHERE version = 21"_s,
             // and before the printed training and disease pages as data (migration 22, data
             // only: its indicator and form definitions went with their tables)
             u"DELETE FROM schema_migration WHERE version = 22"_s,
             // and before the annex's CSV layout in its definition (migration 23, data only:
             // the annex definitions went with migration 10's tables)
             u"DELETE FROM schema_migration WHERE version = 23"_s,
             // and before the printed annex's layout in its definition (migration 24, data only)
             u"DELETE FROM schema_migration WHERE version = 24"_s,
             u"DELETE FROM meta WHERE key LIKE 'indicator_presets:%'"_s,
             u"DELETE FROM meta WHERE key = 'form_presets_version'"_s,
             u"UPDATE meta SET value = '1' WHERE key = 'preset_version'"_s,
             u"DELETE FROM plan_personnel_category WHERE plan_id IN (SELECT id FROM plan WHERE code = 'national-2026')"_s,
             u"DELETE FROM plan_industry WHERE plan_id IN (SELECT id FROM plan WHERE code = 'national-2026')"_s,
             u"DELETE FROM plan_obligation WHERE plan_id IN (SELECT id FROM plan WHERE code = 'national-2026')"_s,
             u"DELETE FROM plan WHERE code = 'national-2026'"_s}) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        // The training and disease tables of schema 9 (migration 3 made them), holding what
        // their tabs saved.
        for (const QString& s : trainingMigration().statements)
            if (s.startsWith(u"CREATE TABLE disease_"_s) ||
                s.startsWith(u"CREATE TABLE training_row"_s) ||
                s.startsWith(u"CREATE TABLE training_meta"_s))
                REQUIRE(q.exec(s));
        REQUIRE(q.exec(u"INSERT INTO training_row (unit_code, year, industry, category, position,"
                       " key_personnel, trained) VALUES ('371302', 2025, '危险化学品',"
                       " '分管负责人', 0, 20, 15)"_s));
        REQUIRE(q.exec(u"INSERT INTO training_meta (unit_code, year, source, updated_at)"
                       " VALUES ('371302', 2025, 'test', '2025-01-01T00:00:00Z')"_s));
        REQUIRE(q.exec(u"INSERT INTO disease_row (unit_code, year, industry, position,"
                       " pneumoconiosis) VALUES ('371302', 2025, '危险化学品', 0, 2)"_s));
        REQUIRE(q.exec(u"INSERT INTO disease_meta (unit_code, year, source, updated_at)"
                       " VALUES ('371302', 2025, 'test', '2025-01-01T00:00:00Z')"_s));
        // The annex table of schema 1, holding what the save above wrote.
        for (const QString& s : migrations().first().statements)
            if (s.startsWith(u"CREATE TABLE annex_"_s) ||
                s.startsWith(u"CREATE INDEX annex_row_year"_s))
                REQUIRE(q.exec(s));
        REQUIRE(q.exec(u"INSERT INTO annex_row (unit_code, year, industry, position, enterprises,"
                       " insured_enterprises, employees, insured_persons, accidents, remark)"
                       " VALUES ('371302', 2025, '矿山', 0, 10, 8, 1000, 900, 3, '备注')"_s));
        REQUIRE(q.exec(u"INSERT INTO annex_meta (unit_code, year, preparer, source, updated_at)"
                       " VALUES ('371302', 2025, '王五', 'test', '2025-01-01T00:00:00Z')"_s));
        REQUIRE(currentSchemaVersion(db) == 9);
    }
    const QStringList tables{u"audit_event"_s, u"return_record"_s, u"plan_obligation"_s,
                             u"record_revision"_s};
    QList<qint64> counted;
    for (const QString& table : tables)
        counted << rowCount(t.connection(), table);
    CHECK(rowCount(t.connection(), u"annex_version"_s) == 1);
    CHECK(rowCount(t.connection(), u"annex_row"_s) == 1);

    t.reopen();
    const QSqlDatabase db = t.connection();
    CHECK(currentSchemaVersion(db) == latestSchemaVersion()); // 10, and 11 (indicators)
    for (int i = 0; i < tables.size(); ++i) {
        INFO(tables[i].toStdString());
        if (tables[i] == u"plan_obligation"_s || tables[i] == u"record_revision"_s)
            CHECK(rowCount(db, tables[i]) >= counted[i]); // the new plan's are added
        else
            CHECK(rowCount(db, tables[i]) == counted[i]);
    }
    // The version moved to the versions of every form (migration 25), its values kept.
    const QList<FormVersion> versions = FormVersions(db).versions(u"annex"_s, u"371302"_s, 2025);
    REQUIRE(versions.size() == 1);
    const AnnexTable version = formTableAsAnnex(versions.first().table);
    REQUIRE(version.rows.size() == 1);
    CHECK(version.rows[0] == AnnexRow{u"矿山"_s, false, counts(10, 8, 1000, 900, 3), u"备注"_s});
    CHECK(version.meta.preparer == u"王五"_s);
    const AnnexTable stored = AnnexWriter(db).stored(u"371302"_s, 2025);
    REQUIRE(stored.rows.size() == 1);
    CHECK(stored.rows[0].counts == counts(10, 8, 1000, 900, 3));
    CHECK(stored.meta.preparer == u"王五"_s);
    CHECK(trainingTable(db, u"371302"_s, 2025)
              .find(u"危险化学品"_s, u"分管负责人"_s)
              ->counts.trained == 15);
    // migration 12 moved it into the form engine's storage (migration_tables_test checks all)
    CHECK(diseaseCounts(loadForm(db, u"disease"_s, u"371302"_s, 2025), u"危险化学品"_s)
              .pneumoconiosis == 2);
    // the new plan and every plan's forms arrive with the migration
    CHECK(PlanRepository(db).findByCode(u"national-2026"_s).has_value());
    CHECK(FormDefinitions(db).all().size() == 10);
    CHECK(FormDefinitions(db).check().isEmpty());
}
