// Migration 25 (issue 13): the 基本情况表's own annex_lock and annex_version become the tables of
// every form, form_lock and form_version, on SQLite and on the server. A database is taken
// back to what the release before left (its locks and versions in the annex's tables, each
// snapshot in the annex's own JSON), reopened, and must hold every lock and version with every
// value, read back through the versions of every form.
#include "../test_server.h"
#include "test_support.h"

#include "domain/annex_form_table.h"
#include "domain/form_diff.h"
#include "storage/annex_repository.h"
#include "storage/form_locks.h"
#include "storage/form_versions.h"
#include "storage/migrations.h"
#include "storage/sql_dialect.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;

AnnexTable lanshan(const AnnexCounts& mining, const QString& remark, const QString& preparer) {
    AnnexTable t;
    t.unitCode = kLanshan;
    t.year = 2021;
    t.rows = {AnnexRow{u"危险化学品"_s, false, {}, {}}, AnnexRow{u"矿山"_s, false, mining, remark},
              AnnexRow{u"物流仓储"_s, true, counts(5, 5, 300, 300, 1), {}}};
    t.meta.preparer = preparer;
    t.meta.filledOn = QDate(2022, 1, 15);
    return t;
}
} // namespace

TEST_CASE("Migration 25 moves every annex lock and version into the tables of every form",
          "[migrations][versions][locks]") {
    TempDatabase t;
    const QList<AnnexTable> saved{lanshan(counts(1, 1, 10, 10, 0), {}, u"张三"_s),
                                  lanshan(counts(2, 1, 10, 10, 1), u"补报"_s, u"李四"_s)};
    QStringList versionRows; // id|unit|year|saved_at|account|source|sha256
    QStringList lockRows;    // unit|year|locked_at|locked_by|reason
    {
        QSqlDatabase db = t.connection();
        QString error;
        for (const AnnexTable& table : saved)
            REQUIRE(AnnexRepository(db).save(table, u"manual"_s, &error));
        REQUIRE(db.transaction());
        REQUIRE(FormLocks(db).lockWithinTransaction(
            u"annex"_s, u"371311"_s, 2022, u"return accepted: 年度工作情况报告"_s, &error));
        REQUIRE(db.commit());
        versionRows = queryRows(db, u"SELECT id, unit_code, year, saved_at, account, source, sha256"
                                    " FROM form_version ORDER BY id"_s);
        lockRows = queryRows(db, u"SELECT unit_code, year, locked_at, locked_by, reason"
                                 " FROM form_lock ORDER BY unit_code, year"_s);
        REQUIRE(versionRows.size() == 2);
        REQUIRE(lockRows.size() == 1);

        // Back to what the release before left: the annex's own tables, each version's
        // snapshot in the annex's JSON, and no migration 25.
        undoFormHistoryMigration(db);
        CHECK(queryRows(db, u"SELECT snapshot FROM annex_version ORDER BY id"_s) ==
              QStringList{releasedAnnexSnapshot(saved.at(0)), releasedAnnexSnapshot(saved.at(1))});
    }

    t.reopen(); // migrates
    const QSqlDatabase db = t.connection();
    CHECK(currentSchemaVersion(db) == latestSchemaVersion());
    CHECK_FALSE(sql::hasTable(db, u"annex_lock"_s));
    CHECK_FALSE(sql::hasTable(db, u"annex_version"_s));

    // Every row with every value, under the form `annex`.
    CHECK(queryRows(db,
                    u"SELECT id, unit_code, year, saved_at, account, source, sha256"
                    " FROM form_version WHERE form_code = 'annex' ORDER BY id"_s) == versionRows);
    CHECK(queryRows(db, u"SELECT COUNT(*) FROM form_version"_s) == QStringList{u"2"_s});
    CHECK(queryRows(db, u"SELECT unit_code, year, locked_at, locked_by, reason FROM form_lock"
                        " WHERE form_code = 'annex'"_s) == lockRows);

    // The old snapshots read as what was saved, and compare as before.
    const QList<FormVersion> versions = FormVersions(db).versions(u"annex"_s, kLanshan, 2021);
    REQUIRE(versions.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CAPTURE(i);
        CHECK(versions.at(i).table == annexAsFormTable(saved.at(i)));
        CHECK(formTableAsAnnex(versions.at(i).table) == saved.at(i));
    }
    const QList<FormChange> changes =
        diffForms(annexStackDefinition(), versions.at(0).table, versions.at(1).table);
    using K = FormChange::Kind;
    CHECK(changes == QList<FormChange>{{K::Cell, {}, u"矿山"_s, u"enterprises"_s, u"1"_s, u"2"_s},
                                       {K::Cell, {}, u"矿山"_s, u"accidents"_s, u"0"_s, u"1"_s},
                                       {K::Cell, {}, u"矿山"_s, u"remark"_s, {}, u"补报"_s},
                                       {K::Field, {}, {}, u"preparer"_s, u"张三"_s, u"李四"_s}});

    // The lock still refuses a save; the next version follows the moved ones.
    QString error;
    AnnexTable locked = AnnexRepository(db).load(u"371311"_s, 2022);
    CHECK_FALSE(AnnexRepository(db).save(locked, u"manual"_s, &error));
    CHECK(error.contains(u"locked"_s));
    AnnexTable third = saved.at(1);
    third.rows[1].counts.employees = 12;
    REQUIRE(AnnexRepository(db).save(third, u"manual"_s, &error));
    const QList<FormVersion> after = FormVersions(db).versions(u"annex"_s, kLanshan, 2021);
    REQUIRE(after.size() == 3);
    CHECK(after.at(2).id > after.at(1).id);
    CHECK(diffForms(annexStackDefinition(), after.at(1).table, after.at(2).table) ==
          QList<FormChange>{{K::Cell, {}, u"矿山"_s, u"employees"_s, u"10"_s, u"12"_s}});
}
