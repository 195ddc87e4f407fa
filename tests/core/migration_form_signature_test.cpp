// Migration 30 (issue 13): a parent signs the consolidated total of every form, not only the
// 基本情况表's, so consolidated_meta (the annex's signatures, by unit and year) becomes
// form_signature (by unit, form and year). Every signature moves as the annex's, with its time.
#include "../test_server.h"
#include "test_support.h"

#include "services/form_table_export.h"
#include "storage/audit_log.h"
#include "storage/form_repository.h"
#include "storage/form_signatures.h"
#include "storage/migrations.h"
#include "storage/sql_dialect.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Migration 30 moves every consolidated signature to the annex's and drops the old "
          "table",
          "[migrations][consolidation]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    // Back to what migration 8 kept: the annex's signatures by unit and year.
    undoFormSignatureMigration(db);
    execute(db, u"INSERT INTO consolidated_meta VALUES (?,?,?,?,?,?)"_s,
            {u"371300"_s, 2021, u"王五"_s, u"0539-8000000"_s, u"2022-02-15"_s,
             u"2022-02-15T08:00:00Z"_s});
    execute(db, u"INSERT INTO consolidated_meta VALUES (?,?,?,?,?,?)"_s,
            {u"370000"_s, 2023, u"赵六"_s, u""_s, QVariant(QMetaType(QMetaType::QString)),
             u"2024-01-20T08:00:00Z"_s});
    REQUIRE(migrationsPending(db));

    t.reopen(); // migrates
    const QSqlDatabase migrated = t.connection();
    REQUIRE(currentSchemaVersion(migrated) == latestSchemaVersion());
    CHECK_FALSE(sql::hasTable(migrated, u"consolidated_meta"_s));
    CHECK(queryRows(migrated, u"SELECT unit_code, form_code, year, preparer, phone,"
                              " COALESCE(filled_on, ''), other_fields, updated_at"
                              " FROM form_signature ORDER BY unit_code"_s) ==
          QStringList{u"370000|annex|2023|赵六|||{}|2024-01-20T08:00:00Z"_s,
                      u"371300|annex|2021|王五|0539-8000000|2022-02-15|{}|2022-02-15T08:00:00Z"_s});
    const auto city = FormSignatures(migrated).load(u"annex"_s, u"371300"_s, 2021);
    CHECK(city.value(u"preparer"_s) == u"王五"_s);
    CHECK(city.value(u"filled_on"_s) == u"2022-02-15"_s);
    CHECK(FormSignatures(migrated).load(u"training"_s, u"371300"_s, 2021).isEmpty());
}

TEST_CASE("A parent signs the consolidated training table it sends up",
          "[consolidation][training]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    FormTable signature{u"training"_s, u"371300"_s, 2023, {}, {}};
    signature.fields.insert(u"preparer"_s, u"王五"_s);
    signature.fields.insert(u"phone"_s, u"0539-8000000"_s);
    QString error;
    REQUIRE(FormRepository(db).saveSignature(signature, u"manual"_s, &error));
    INFO(error.toStdString());
    // The city filed no training table of its own: the signature is not a form it holds.
    CHECK_FALSE(FormRepository(db).hasData(u"training"_s, u"371300"_s, 2023));
    const auto csv =
        FormTableExport(db).csv(u"371300"_s, u"training"_s, 2023, CsvLayout::Form, &error);
    REQUIRE(csv);
    CHECK(csv->contains(u"填报人：王五"_s));
    CHECK(csv->contains(u"联系电话：0539-8000000"_s));
    // The annex's signature is another one.
    CHECK(FormSignatures(db).load(u"annex"_s, u"371300"_s, 2023).isEmpty());
    const QList<AuditEvent> events = AuditLog(db).events();
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().action == audit::kFormSignature);
    CHECK(events.last().entity == u"training"_s);
    CHECK(events.last().unitCode == u"371300"_s);
}
