// Migration 24 (issue 13): the printed 基本情况表 is the form engine's, so the layout its own
// report drew becomes the `print` member of the stored `annex` definitions of an existing
// database. A definition that has a `print` keeps it, one whose columns were edited keeps the
// engine's defaults, and no value, record or other definition changes.
#include "../test_server.h"
#include "test_support.h"

#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "storage/annex_writer.h"
#include "storage/migrations.h"
#include "storage/plan_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kGolden = QStringLiteral(YUFANG_TEST_DATA_DIR "/golden");

// "plan_id/code" → the stored JSON of every form definition.
QMap<QString, QJsonObject> stored(const QSqlDatabase& db) {
    QMap<QString, QJsonObject> out;
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT plan_id, code, definition FROM form_definition"_s));
    while (q.next())
        out.insert(u"%1/%2"_s.arg(q.value(0).toString(), q.value(1).toString()),
                   QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    return out;
}

void store(const QSqlDatabase& db, qint64 planId, const QJsonObject& definition) {
    execute(db, u"UPDATE form_definition SET definition = ? WHERE plan_id = ? AND code = ?"_s,
            {QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)), planId,
             u"annex"_s});
}

// What the form tables hold, to see that the migration changes no value.
QStringList snapshot(const QSqlDatabase& db) {
    return queryRows(db,
                     u"SELECT unit_code, form_code, year, row_position, row_key, local,"
                     " column_key, number_value, text_value FROM form_value ORDER BY 1, 2, 3, 4,"
                     " 7"_s) +
           queryRows(db, u"SELECT unit_code, form_code, year, preparer, phone, filled_on FROM"
                         " form_record ORDER BY 1, 2, 3"_s);
}

// The remark migration 23 wrote, which said the printing was still the annex's own.
const QString kRemark23 = u"基本情况表的CSV导出（表样与数据两种格式）由本定义生成；录入、导入、"
                          "打印和官方xlsx表样仍由其专用程序完成。附件备注（实施方案页）即本表"
                          "备注，{year}为报表年度。"_s;
} // namespace

TEST_CASE("Migration 24 gives the stored annex definitions their printed layout and keeps every "
          "value",
          "[migrations][annex][print]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const QMap<QString, QJsonObject> now = stored(db);
    // Some figures, so that "no value changes" means something.
    AnnexTable annex;
    annex.unitCode = u"371302"_s;
    annex.year = 2023;
    annex.rows = {AnnexRow{u"矿山"_s, false, counts(10, 8, 1000, 900, 3), u"备注"_s}};
    annex.meta.preparer = u"王五"_s;
    QString error;
    REQUIRE(AnnexWriter(db).save(annex, u"test"_s, &error));
    const QStringList values = snapshot(db);

    // Back to what the release before migration 24 stored: annex definitions without `print`,
    // with migration 23's remark. Shandong's plan edited its annex to a column fewer (no
    // remark), and the national plan gave its annex a layout of its own.
    const qint64 linyi = PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
    const qint64 shandong = PlanRepository(db).findByCode(u"shandong-2021"_s)->id;
    const qint64 national = PlanRepository(db).findByCode(u"national-2026"_s)->id;
    int annexes = 0;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!it.key().endsWith(u"/annex"_s))
            continue;
        REQUIRE(it.value().contains(u"print"_s));
        QJsonObject old = it.value();
        old.remove(u"print"_s);
        old.insert(u"remark"_s, kRemark23);
        store(db, it.key().section(u'/', 0, 0).toLongLong(), old);
        ++annexes;
    }
    REQUIRE(annexes == 3);
    QJsonObject edited = stored(db).value(u"%1/annex"_s.arg(shandong));
    QJsonArray columns = edited.value(u"columns"_s).toArray();
    columns.removeLast();
    edited.insert(u"columns"_s, columns);
    store(db, shandong, edited);
    QJsonObject own = stored(db).value(u"%1/annex"_s.arg(national));
    own.insert(u"print"_s, QJsonObject{{u"documentName"_s, u"基本情况表"_s}});
    store(db, national, own);
    const QMap<QString, QJsonObject> before = stored(db);
    undoFormHistoryMigration(db); // migration 25 comes after, and runs again
    execute(db, u"DELETE FROM schema_migration WHERE version = 24"_s);
    undoPlanNotesMigration(db);
    REQUIRE(currentSchemaVersion(db) == 23);

    t.reopen(); // migrates
    const QSqlDatabase migrated = t.connection();
    REQUIRE(currentSchemaVersion(migrated) == latestSchemaVersion());
    CHECK(FormDefinitions(migrated).check().isEmpty());
    const QMap<QString, QJsonObject> after = stored(migrated);
    // Linyi's annex is a new database's again: its print and remark.
    CHECK(after.value(u"%1/annex"_s.arg(linyi)) == now.value(u"%1/annex"_s.arg(linyi)));
    // The edited one and the one with its own layout are as they were.
    CHECK(after.value(u"%1/annex"_s.arg(shandong)) == before.value(u"%1/annex"_s.arg(shandong)));
    CHECK(after.value(u"%1/annex"_s.arg(national)) == before.value(u"%1/annex"_s.arg(national)));
    // Every other definition is untouched, and so is every value.
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!it.key().endsWith(u"/annex"_s))
            CHECK(after.value(it.key()) == it.value());
    CHECK(after.size() == before.size());
    CHECK(snapshot(migrated) == values);

    // The page prints as the annex did: 附件, the header's words, the rates with their signs.
    const auto doc = FormTableExport(migrated).report(u"371302"_s, u"annex"_s, 2023, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    CHECK(doc->blocks.first().kind == ReportBlock::Kind::Marker);
    CHECK(doc->blocks.first().text == u"附件"_s);
    const ReportTable& table = doc->blocks.at(3).table;
    CHECK(table.header.at(6) == u"2023年工伤"_s + QChar(QChar::LineSeparator) + u"事故数量"_s);
    CHECK(table.rows.at(1) == QStringList{u"矿山"_s, u"10"_s, u"8"_s, u"1000"_s, u"900"_s,
                                          u"90.00%"_s, u"3"_s, u"3.33‰"_s, u"备注"_s});
}
