// Migration 23 (issue 13): the 基本情况表's CSV layouts are the form engine's, so what its own
// writer did becomes data of the stored `annex` definitions of an existing database: no 年度
// line, the year in the accident column's header, the rates' units, the accident rate dividing
// as the plan says, the title naming the plan, and the plan's 附件备注 as the notes. Nothing
// else may change, and a database made by an earlier release exports the annex as released.
#include "../test_server.h"
#include "test_support.h"

#include "io/csv_writer.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "storage/migrations.h"
#include "storage/plan_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kGolden = QStringLiteral(YUFANG_TEST_DATA_DIR "/golden");

// plan id → the stored JSON of its form `code`.
QMap<qint64, QJsonObject> stored(const QSqlDatabase& db, const QString& code) {
    QMap<qint64, QJsonObject> out;
    QSqlQuery q(db);
    q.prepare(u"SELECT plan_id, definition FROM form_definition WHERE code = ?"_s);
    q.addBindValue(code);
    REQUIRE(q.exec());
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    return out;
}

// An annex definition as the release before migration 23 stored it (the presets of that time):
// no layout members, the plan's title in the print title, the baseline year in note (1); nor
// the printed layout (migration 24's).
QJsonObject released(QJsonObject d, const QString& planTitle, int baselineYear) {
    d.remove(u"yearLine"_s);
    d.remove(u"print"_s);
    d.insert(u"printTitle"_s, u"《%1》重点行业企业基本情况表"_s.arg(planTitle));
    QJsonArray columns;
    for (const QJsonValue& v : d.value(u"columns"_s).toArray()) {
        QJsonObject c = v.toObject();
        c.remove(u"printedCaption"_s);
        c.remove(u"unit"_s);
        c.remove(u"denominatorFollowsPlan"_s);
        columns.append(c);
    }
    d.insert(u"columns"_s, columns);
    QJsonArray notes = d.value(u"notes"_s).toArray();
    notes[0] = notes[0].toString().replace(u"{year}"_s, QString::number(baselineYear));
    d.insert(u"notes"_s, notes);
    d.insert(u"remark"_s, u"基本情况表仍由其专用程序录入、导入、导出和打印（CSV与打印版式不变）；此"
                          u"定义供计划编辑器列示"
                          "和指标引用。印刷表头中事故数量一栏带年份（如“2025年工伤事故数量”）。"_s);
    return d;
}
} // namespace

TEST_CASE("Migration 23 gives the stored annex definitions their CSV layout and keeps the plan's "
          "notes",
          "[migrations][annex]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    // What a database made now holds: the presets' definitions.
    const QMap<qint64, QJsonObject> now = stored(db, u"annex"_s);
    REQUIRE(now.size() == 3);
    undoPlanNotesMigration(db); // that release kept the 附件备注 in the plan
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto plan = PlanRepository(db).find(it.key());
        REQUIRE(plan);
        const QJsonObject old = released(it.value(), plan->title, plan->baselineYear);
        execute(db, u"UPDATE form_definition SET definition = ? WHERE plan_id = ? AND code = ?"_s,
                {QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)), it.key(),
                 u"annex"_s});
    }
    // Linyi's 附件备注 as a user left them in the plan editor of that release: the annex
    // printed them, whatever its definition said.
    const qint64 linyi = PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
    execute(db, u"UPDATE plan SET annex_notes = ? WHERE id = ?"_s,
            {u"（1）请填写2020年底的数据（含停产企业）。\n（2）2020年底新设企业单列。"_s, linyi});
    // The other columns of form_definition, to see that they are kept.
    const auto others = [](const QSqlDatabase& db) {
        QStringList out;
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT plan_id, code, position FROM form_definition ORDER BY plan_id,"
                       " position"_s));
        while (q.next())
            out << u"%1|%2|%3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString());
        return out;
    };
    const QStringList before = others(db);
    const QMap<QString, QJsonObject> tablesBefore = [&] {
        QMap<QString, QJsonObject> m;
        for (const QString form : {u"training"_s, u"disease"_s}) {
            const QMap<qint64, QJsonObject> definitions = stored(db, form);
            for (auto it = definitions.cbegin(); it != definitions.cend(); ++it)
                m.insert(u"%1/%2"_s.arg(it.key()).arg(form), it.value());
        }
        return m;
    }();
    undoFormHistoryMigration(db); // migration 25 comes after, and runs again
    execute(db, u"DELETE FROM schema_migration WHERE version = 23"_s);
    // Migration 24 runs again after it; on definitions that have their `print` it changes
    // nothing.
    execute(db, u"DELETE FROM schema_migration WHERE version = 24"_s);
    REQUIRE(currentSchemaVersion(db) == 22);

    t.reopen(); // migrates
    const QSqlDatabase migrated = t.connection();
    REQUIRE(currentSchemaVersion(migrated) == latestSchemaVersion());
    CHECK(FormDefinitions(migrated).check().isEmpty());
    CHECK(others(migrated) == before);
    // Every annex definition is what a new database holds, but Linyi's notes are its own.
    QMap<qint64, QJsonObject> expected = now;
    QJsonObject linyiAnnex = expected.value(linyi);
    linyiAnnex.insert(u"notes"_s, QJsonArray{u"（1）请填写{year}年底的数据（含停产企业）。"_s,
                                             u"（2）2020年底新设企业单列。"_s});
    expected.insert(linyi, linyiAnnex);
    CHECK(stored(migrated, u"annex"_s) == expected);
    // The other tables' definitions are not touched.
    for (const QString form : {u"training"_s, u"disease"_s}) {
        const QMap<qint64, QJsonObject> definitions = stored(migrated, form);
        for (auto it = definitions.cbegin(); it != definitions.cend(); ++it)
            CHECK(it.value() == tablesBefore.value(u"%1/%2"_s.arg(it.key()).arg(form)));
    }

    // The form layout as the annex's own writer wrote it: the year where the baseline was.
    QString error;
    const auto csv =
        FormTableExport(migrated).csv(u"371302"_s, u"annex"_s, 2023, CsvLayout::Form, &error);
    INFO(error.toStdString());
    REQUIRE(csv);
    CHECK(
        csv->startsWith(u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况"
                        "表\r\n填报单位：兰山区\r\n重点行业名称,企业户数,参保企业户数,从业总人数,"
                        "参加工伤保险人数,工伤保险参保率（%）,2023年工伤事故数量,"
                        "工伤事故发生率（‰）,备注\r\n"_s));
    CHECK(csv->endsWith(u"备注：（1）请填写2023年底的数据（含停产企业）。\r\n"
                        "（2）2020年底新设企业单列。\r\n"_s));
}

// A database made by the release before the form engine's tables (tests/data/golden/pre12.sqlite,
// the golden fixture in its annex tables) exports the annex through the engine after every
// migration byte for byte as that release's writer did (tests/data/golden/expected).
TEST_CASE("An older database exports its annex as released", "[migrations][annex][golden]") {
    YUFANG_SQLITE_ONLY(); // the fixture is a database file made by an earlier release
    TempDatabase t;
    t.replaceFile(kGolden + u"/pre12.sqlite"_s);
    t.reopen(); // migrates
    const QSqlDatabase db = t.connection();
    REQUIRE(currentSchemaVersion(db) == latestSchemaVersion());
    const QList<std::pair<QString, int>> targets = {
        {u"371302"_s, 2023}, {u"371302"_s, 2020}, {u"371311"_s, 2023}, {u"371312"_s, 2023},
        {u"371321"_s, 2023}, {u"371300"_s, 2023}, {u"371300"_s, 2020}, {u"370000"_s, 2023}};
    for (const auto& [unit, year] : targets)
        for (const CsvLayout layout : {CsvLayout::Form, CsvLayout::Data}) {
            const QString name = u"annex-%1-%2-%3-utf-8.csv"_s.arg(unit).arg(year).arg(
                layout == CsvLayout::Form ? u"form"_s : u"data"_s);
            INFO(name.toStdString());
            QString error;
            const auto csv = FormTableExport(db).csv(unit, u"annex"_s, year, layout, &error);
            INFO(error.toStdString());
            REQUIRE(csv);
            CHECK(encodeCsv(*csv, CsvEncoding::Utf8Bom) ==
                  readBytes(kGolden + u"/expected/"_s + name));
        }
}
