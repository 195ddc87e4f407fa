// The members that let a definition lay out its CSV as the 基本情况表 always has, for any form:
// no 年度 line (yearLine), the year in a column's printed caption ({year} in printedCaption),
// the year in the notes, rates with their units, and a rate that divides as the plan says
// (denominatorFollowsPlan). A test-only form shows them apart from the annex.
#include "test_support.h"

#include "io/form_csv_reader.h"
#include "io/form_csv_writer.h"
#include "io/form_definition_json.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"

#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// Hazard inspections per enterprise: the year in the first column's header and in the notes,
// no 年度 line.
FormDefinition inspectionsForm() {
    FormDefinition d;
    d.code = u"inspections"_s;
    d.title = u"隐患排查情况表"_s;
    d.rowKind = FormRowKind::Free;
    d.rowCaption = u"企业名称"_s;
    FormColumn checks = FormColumn::count(u"checks"_s, u"检查次数"_s, u"次"_s);
    checks.printedCaption = u"{year}年检查次数"_s;
    d.columns = {checks, FormColumn::count(u"found"_s, u"发现隐患数"_s, {}),
                 FormColumn::derived(u"found_rate"_s, u"隐患发现率"_s, u"%"_s, u"found"_s,
                                     u"checks"_s, 100, 2),
                 FormColumn::textColumn(u"remark"_s, u"备注"_s)};
    d.footerFields = form_fields::standardFooter();
    d.notes = {u"（1）请填写{year}年全年的数据。"_s, u"（2）{year}不是年份时照抄。"_s};
    d.yearLine = false;
    return d;
}

FormTable inspections() {
    FormTable t;
    t.formCode = u"inspections"_s;
    t.unitCode = u"371302"_s;
    t.year = 2024;
    FormRow a;
    a.key = u"甲化工"_s;
    a.setNumber(u"checks"_s, 8);
    a.setNumber(u"found"_s, 3);
    FormRow b;
    b.key = u"乙矿业"_s;
    b.setNumber(u"checks"_s, 0);
    b.setText(u"remark"_s, u"停产"_s);
    t.rows = {a, b};
    t.fields = {{u"preparer"_s, u"张三"_s},
                {u"phone"_s, u"0539-1234567"_s},
                {u"filled_on"_s, u"2025-01-10"_s}};
    return t;
}

const QString kInspectionsCsv = u"隐患排查情况表\r\n"
                                "填报单位：兰山区\r\n"
                                "企业名称,2024年检查次数（次）,发现隐患数,隐患发现率（%）,备注\r\n"
                                "甲化工,8,3,37.50,\r\n"
                                "乙矿业,0,,,停产\r\n"
                                "合计,8,3,37.50,\r\n"
                                "填报人：张三\r\n"
                                "联系电话：0539-1234567\r\n"
                                "填报日期：2025-01-10\r\n"
                                "备注：（1）请填写2024年全年的数据。\r\n"
                                "（2）2024不是年份时照抄。\r\n"_s;
} // namespace

TEST_CASE("A form without a year line has its year in a column header and its notes",
          "[forms][csv]") {
    CHECK(formLayoutCsv(inspectionsForm(), u"兰山区"_s, inspections()) == kInspectionsCsv);
    // The data layout names the column by its caption: the year is in every line's 年度.
    CHECK(formDataCsv(inspectionsForm(), Unit{u"371302"_s, u"兰山区"_s}, inspections())
              .startsWith(u"单位代码,单位名称,年度,企业名称,检查次数,发现隐患数,备注\r\n"
                          "371302,兰山区,2024,甲化工,8,3,\r\n"_s));
    // With the year line, as every other form has it.
    FormDefinition withYear = inspectionsForm();
    withYear.yearLine = true;
    CHECK(formLayoutCsv(withYear, u"兰山区"_s, inspections())
              .startsWith(u"隐患排查情况表\r\n填报单位：兰山区\r\n年度：2024\r\n企业名称,"_s));
}

TEST_CASE("The year layout members survive JSON and are written only where set", "[forms]") {
    FormDefinition d = inspectionsForm();
    d.columns[2].denominatorFollowsPlan = true;
    const QByteArray json = formDefinitionToJson(d);
    CHECK(json.contains("\"yearLine\": false"));
    CHECK(json.contains("\"printedCaption\": \"{year}年检查次数\""));
    CHECK(json.contains("\"denominatorFollowsPlan\": true"));
    Diagnostics ds;
    const auto back = formDefinitionFromJson(json, u"f.json"_s, &ds);
    REQUIRE(back.has_value());
    CHECK(ds.isEmpty());
    CHECK(*back == d);

    FormDefinition plain = inspectionsForm();
    plain.yearLine = true;
    plain.columns[0].printedCaption.clear();
    const QByteArray plainJson = formDefinitionToJson(plain);
    CHECK_FALSE(plainJson.contains("yearLine"));
    CHECK_FALSE(plainJson.contains("printedCaption"));
    CHECK_FALSE(plainJson.contains("denominatorFollowsPlan"));
}

TEST_CASE("A form layout without a year line reads back with the year of its column header",
          "[forms][csv]") {
    const FormDefinition d = inspectionsForm();
    for (const QByteArray& bytes : {utf8WithBom(kInspectionsCsv), gb18030(kInspectionsCsv)}) {
        const FormCsvContent c = readFormTableCsv(bytes, u"i.csv"_s, d);
        CHECK(c.diagnostics.isEmpty());
        REQUIRE(c.tables.size() == 1);
        const FormCsvTable& t = c.tables[0];
        CHECK(t.year == 2024);
        CHECK(t.yearLine == 3); // the header row states it
        FormTable read = t.table;
        read.unitCode = u"371302"_s;
        read.year = 2024;
        CHECK(read == inspections());
    }
    // Any year: the file of another year names its own.
    QString other = kInspectionsCsv;
    other.replace(u"2024年检查次数"_s, u"2019年检查次数"_s);
    const FormCsvContent c = readFormTableCsv(utf8(other), u"i.csv"_s, d);
    REQUIRE(c.tables.size() == 1);
    CHECK(c.tables[0].year == 2019);
    // A 年度 line that says otherwise is refused rather than guessed between.
    QString both = kInspectionsCsv;
    both.replace(u"填报单位：兰山区\r\n"_s, u"填报单位：兰山区\r\n年度：2023\r\n"_s);
    const FormCsvContent conflict = readFormTableCsv(utf8(both), u"i.csv"_s, d);
    REQUIRE(countOf(conflict.diagnostics, Severity::Error) == 1);
    CHECK(conflict.diagnostics[0].toString() ==
          u"i.csv:4: the header names the year 2024, but 年度 says 2023"_s);
    CHECK(conflict.tables.isEmpty());
    // A header that is not a year is no column of the form.
    QString notYear = kInspectionsCsv;
    notYear.replace(u"2024年检查次数"_s, u"本年检查次数"_s);
    CHECK(hasErrors(readFormTableCsv(utf8(notYear), u"i.csv"_s, d).diagnostics));
}

TEST_CASE("A rate whose denominator follows the plan divides as the unit's plan says", "[forms]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const auto byInsured = FormDefinitions(db).forUnit(u"371302"_s, u"annex"_s, 2023);
    REQUIRE(byInsured);
    REQUIRE(byInsured->column(u"accident_rate"_s));
    CHECK(byInsured->column(u"accident_rate"_s)->denominatorFollowsPlan);
    CHECK(byInsured->column(u"accident_rate"_s)->denominatorKey == u"insured_persons"_s);
    // The coverage rate does not follow the plan.
    CHECK(byInsured->column(u"coverage_rate"_s)->denominatorKey == u"employees"_s);

    QSqlQuery q(db);
    REQUIRE(q.exec(u"UPDATE plan SET rate_denominator = 'employees' WHERE code = 'linyi-2021'"_s));
    const auto byEmployees = FormDefinitions(db).forUnit(u"371302"_s, u"annex"_s, 2023);
    REQUIRE(byEmployees);
    CHECK(byEmployees->column(u"accident_rate"_s)->denominatorKey == u"employees"_s);
    CHECK(byEmployees->column(u"coverage_rate"_s)->denominatorKey == u"employees"_s);
}

TEST_CASE("The annex notes edited on its definition survive the plan's save", "[forms][plans]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    auto plan = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(plan);
    auto annex = FormDefinitions(db).find(plan->id, u"annex"_s);
    REQUIRE(annex);
    CHECK(annex->notes.value(0) == u"（1）请填写{year}年底的数据。"_s);

    // 附件备注 edited on 报表 (the annex's definition), then the plan saved on its own page:
    // the plan keeps no second copy that would write the old notes back.
    annex->notes = {u"（1）请填写{year}年底的数据，停产企业一并填报。"_s, u"（2）另附说明。"_s};
    QString error;
    REQUIRE(FormDefinitions(db).save(plan->id, *annex, /*replace=*/true, &error));
    plan->documentNumber = u"临人社字〔2021〕59号（修订）"_s;
    REQUIRE(PlanStore(db).save(*plan, PlanTaskRepository(db).forPlan(plan->id), &error));
    const auto after = FormDefinitions(db).find(plan->id, u"annex"_s);
    REQUIRE(after);
    CHECK(after->notes == annex->notes);
    const auto csv =
        FormTableExport(db).csv(u"371302"_s, u"annex"_s, 2023, CsvLayout::Form, &error);
    REQUIRE(csv);
    CHECK(csv->endsWith(
        u"备注：（1）请填写2023年底的数据，停产企业一并填报。\r\n（2）另附说明。\r\n"_s));
}
