// Migration 16 (issue 13): the 培训 and 职业病 tables export through the form engine, whose
// definitions now carry what set the tables' CSV layout apart. A database made before (the
// golden fixture in tests/data/golden/pre12.sqlite, whose stored definitions have none of it)
// must export both tables byte for byte as the release before the move did.
#include "../test_server.h"
#include "test_support.h"

#include "io/csv_writer.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "storage/migrations.h"

#include <QFile>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kGolden = QStringLiteral(YUFANG_TEST_DATA_DIR "/golden");
} // namespace

TEST_CASE("Migration 16 keeps the training and disease exports of an older database as released",
          "[migrations][golden]") {
    YUFANG_SQLITE_ONLY(); // the fixture is a database file made by an earlier release
    TempDatabase t;
    t.replaceFile(kGolden + u"/pre12.sqlite"_s);
    t.reopen(); // migrates
    const QSqlDatabase db = t.connection();
    REQUIRE(currentSchemaVersion(db) == latestSchemaVersion());

    // What the migration wrote into the stored definitions, read as any definition is.
    const auto training = FormDefinitions(db).forUnit(u"371302"_s, u"training"_s, 2023);
    REQUIRE(training);
    CHECK(training->totalLabel == FormTotalLabel::Group);
    CHECK_FALSE(training->consolidationNote);
    CHECK(training->localRowsFromAnnex);
    CHECK(training->groupAliases.contains(u"行业名称"_s));
    CHECK(training->column(u"online_sessions"_s)->aliases.contains(u"线上培训次数"_s));
    CHECK(
        training->printTitle ==
        u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业重点人员工伤预防培训情况表"_s);

    const FormTableExport exporter(db);
    for (const QString form : {u"training"_s, u"disease"_s})
        for (const auto& [unit, year] : QList<std::pair<QString, int>>{
                 {u"371302"_s, 2023}, {u"371311"_s, 2023}, {u"371300"_s, 2023}})
            for (const CsvEncoding encoding : {CsvEncoding::Utf8Bom, CsvEncoding::Gb18030}) {
                const QString name =
                    u"%1-%2-%3-%4.csv"_s.arg(form, unit)
                        .arg(year)
                        .arg(encoding == CsvEncoding::Gb18030 ? u"gb18030"_s : u"utf-8"_s);
                INFO(name.toStdString());
                QString error;
                const auto text = exporter.csv(unit, form, year, CsvLayout::Form, &error);
                INFO(error.toStdString());
                REQUIRE(text);
                CHECK(encodeCsv(*text, encoding) == readBytes(kGolden + u"/expected/"_s + name));
            }
}
