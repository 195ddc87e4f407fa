// Migration 29 (issue 13): the 基本情况表 tab is the form engine's editor, so the annex
// definition's remark that migration 28 wrote ("录入页仍是其专用编辑器") is replaced where the
// bureau left it as shipped; a remark the bureau rewrote stays.
#include "../test_server.h"
#include "test_support.h"

#include "services/form_definitions.h"
#include "storage/migrations.h"
#include "storage/plan_repository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject annexOf(const QSqlDatabase& db, qint64 planId) {
    QSqlQuery q(db);
    q.prepare(u"SELECT definition FROM form_definition WHERE plan_id = ? AND code = 'annex'"_s);
    q.addBindValue(planId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

void setRemark(const QSqlDatabase& db, qint64 planId, const QString& remark) {
    QJsonObject d = annexOf(db, planId);
    d.insert(u"remark"_s, remark);
    execute(db, u"UPDATE form_definition SET definition = ? WHERE plan_id = ? AND code = 'annex'"_s,
            {QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)), planId});
}
} // namespace

TEST_CASE("Migration 29 says the annex is entered on the engine's editor and keeps a bureau's "
          "own remark",
          "[migrations][annex]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 linyi = PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
    const qint64 shandong = PlanRepository(db).findByCode(u"shandong-2021"_s)->id;
    const QString shipped = annexOf(db, linyi).value(u"remark"_s).toString();
    CHECK(shipped.contains(u"录入页"_s));
    CHECK_FALSE(shipped.contains(u"专用编辑器"_s));

    // Back to what migration 28 left: its remark on Linyi's annex, a bureau's own on Shandong's.
    setRemark(db, linyi, planNotesMigrationRemark());
    setRemark(db, shandong, u"本省自定的说明"_s);
    execute(db, u"DELETE FROM schema_migration WHERE version = 29"_s);
    REQUIRE(migrationsPending(db));

    t.reopen(); // migrates
    const QSqlDatabase migrated = t.connection();
    REQUIRE(currentSchemaVersion(migrated) == latestSchemaVersion());
    CHECK(annexOf(migrated, linyi).value(u"remark"_s).toString() == shipped);
    CHECK(annexOf(migrated, shandong).value(u"remark"_s).toString() == u"本省自定的说明"_s);
    CHECK(FormDefinitions(migrated).check().isEmpty());
}
