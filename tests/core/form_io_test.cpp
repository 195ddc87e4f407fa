// Any form definition through JSON and both CSV layouts (io/form_definition_json,
// io/form_csv_writer, io/form_csv_reader).
#include "test_support.h"

#include "io/form_csv_reader.h"
#include "io/form_csv_writer.h"
#include "io/form_definition_json.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
FormDefinition accidentsForm() {
    FormDefinition d;
    d.code = u"safety-accidents"_s;
    d.title = u"安全生产事故和伤亡人数"_s;
    d.rowKind = FormRowKind::Industries;
    d.rowCaption = u"重点行业名称"_s;
    d.columns = {FormColumn::count(u"accidents"_s, u"事故起数"_s, u"起"_s),
                 FormColumn::count(u"deaths"_s, u"死亡人数"_s, u"人"_s),
                 FormColumn::count(u"injured"_s, u"受伤人数"_s, u"人"_s),
                 FormColumn::decimal(u"loss"_s, u"直接经济损失"_s, u"万元"_s, 2),
                 FormColumn::derived(u"death_share"_s, u"死亡人数占比"_s, u"%"_s, u"deaths"_s,
                                     u"injured"_s, 100, 2),
                 FormColumn::textColumn(u"remark"_s, u"备注"_s)};
    d.rules = {FormRule{u"deaths"_s, FormRuleOp::LessOrEqual, u"injured"_s, Severity::Warning,
                        u"死亡人数多于受伤人数"_s}};
    d.footerFields = form_fields::standardFooter();
    d.notes = {u"（1）事故按发生地统计。"_s, u"（2）伤亡人数含失踪。"_s};
    return d;
}

FormTable sample() {
    FormTable t;
    t.formCode = u"safety-accidents"_s;
    t.unitCode = u"371302"_s;
    t.year = 2026;
    FormRow a;
    a.key = u"矿山"_s;
    a.setNumber(u"accidents"_s, 3);
    a.setNumber(u"deaths"_s, 1);
    a.setNumber(u"injured"_s, 4);
    a.setNumber(u"loss"_s, 12050);
    a.setText(u"remark"_s, u"=SUM(A1)"_s);
    FormRow b;
    b.key = u"建筑施工"_s;
    b.setNumber(u"accidents"_s, 1);
    b.setNumber(u"injured"_s, 0);
    t.rows = {a, b};
    t.fields = {{u"preparer"_s, u"张三"_s},
                {u"phone"_s, u"0539-1234567"_s},
                {u"filled_on"_s, u"2027-01-15"_s}};
    return t;
}
} // namespace

TEST_CASE("A form definition survives JSON unchanged", "[forms]") {
    const FormDefinition d = accidentsForm();
    const QByteArray json = formDefinitionToJson(d);
    Diagnostics ds;
    const auto back = formDefinitionFromJson(json, u"f.json"_s, &ds);
    REQUIRE(back.has_value());
    CHECK(ds.isEmpty());
    CHECK(*back == d);
    CHECK(formDefinitionToJson(*back) == json);
}

TEST_CASE("A broken form definition JSON names the file and the field", "[forms]") {
    Diagnostics ds;
    CHECK_FALSE(formDefinitionFromJson("{\n \"code\": 1,\n", u"f.json"_s, &ds).has_value());
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].toString().startsWith(u"f.json:3: "_s));

    QByteArray json = formDefinitionToJson(accidentsForm());
    json.replace("\"count\"", "\"cuont\"");
    json.replace("\"remark\": \"\"", "\"remarks\": \"\"");
    ds.clear();
    CHECK_FALSE(formDefinitionFromJson(json, u"f.json"_s, &ds).has_value());
    QStringList fields;
    for (const Diagnostic& x : ds)
        fields << x.field;
    CHECK(fields.contains(u"columns[0].type"_s));
    CHECK(fields.contains(u"remarks"_s));
    CHECK(ds[0].toString().startsWith(u"f.json: "_s));

    json = formDefinitionToJson(accidentsForm());
    json.replace("\"denominator\": \"injured\"", "\"denominator\": \"remark\"");
    ds.clear();
    CHECK_FALSE(formDefinitionFromJson(json, u"f.json"_s, &ds).has_value());
    REQUIRE_FALSE(ds.isEmpty());
    CHECK(ds[0].field == u"columns[4].denominator"_s);
}

TEST_CASE("The form layout of any definition reads back as written", "[forms]") {
    const FormDefinition d = accidentsForm();
    const QString csv = formLayoutCsv(d, u"兰山区"_s, sample());
    CHECK(csv.contains(
        u"重点行业名称,事故起数（起）,死亡人数（人）,受伤人数（人）,直接经济损失（万元）,死亡人数占比（%）,备注\r\n"_s));
    CHECK(csv.contains(u"矿山,3,1,4,120.50,25.00,'=SUM(A1)\r\n"_s));
    CHECK(csv.contains(u"建筑施工,1,,0,,,\r\n"_s)); // 0 injured: the share is not applicable
    CHECK(csv.contains(u"合计,4,1,4,120.50,25.00,\r\n"_s));
    CHECK(csv.contains(u"填报日期：2027-01-15\r\n备注：（1）事故按发生地统计。\r\n"_s));

    for (const QByteArray& bytes : {utf8WithBom(csv), gb18030(csv)}) {
        const FormCsvContent c = readFormTableCsv(bytes, u"a.csv"_s, d);
        CHECK(c.diagnostics.isEmpty());
        REQUIRE(c.tables.size() == 1);
        const FormCsvTable& t = c.tables[0];
        CHECK_FALSE(c.dataLayout);
        CHECK(t.unitText == u"兰山区"_s);
        CHECK(t.year == 2026);
        FormTable read = t.table;
        read.unitCode = u"371302"_s;
        read.year = 2026;
        CHECK(read == sample());
        REQUIRE(t.statedTotal.has_value());
        CHECK(t.statedTotal->number(u"accidents"_s) == 4);
        CHECK(t.statedDerived[0].value(u"death_share"_s).value == Approx(25.0));
        CHECK(t.rowLines == QList<int>{5, 6});
    }
}

TEST_CASE("The data layout of any definition reads back one table per unit and year", "[forms]") {
    const FormDefinition d = accidentsForm();
    CsvWriter w;
    w.addTextRow(formDataHeader(d));
    appendFormDataRows(w, d, Unit{u"371302"_s, u"兰山区"_s}, sample());
    FormTable other = sample();
    other.year = 2025;
    appendFormDataRows(w, d, Unit{u"371302"_s, u"兰山区"_s}, other);
    CHECK(w.text().startsWith(
        u"单位代码,单位名称,年度,重点行业名称,事故起数,死亡人数,受伤人数,直接经济损失,备注\r\n"_s));
    const FormCsvContent c = readFormTableCsv(utf8(w.text()), u"d.csv"_s, d);
    CHECK(c.diagnostics.isEmpty());
    CHECK(c.dataLayout);
    REQUIRE(c.tables.size() == 2);
    CHECK(c.tables[0].unitCode == u"371302"_s);
    CHECK(c.tables[1].year == 2025);
    CHECK(c.tables[0].table.rows == sample().rows);
}

TEST_CASE("Bad cells of a form file name the line and the column", "[forms]") {
    const FormDefinition d = accidentsForm();
    QString csv = formLayoutCsv(d, u"兰山区"_s, sample());
    csv.replace(u"矿山,3,1,4,120.50"_s, u"矿山,3.5,1,4,120.505"_s);
    const FormCsvContent c = readFormTableCsv(utf8(csv), u"a.csv"_s, d);
    REQUIRE(countOf(c.diagnostics, Severity::Error) == 2);
    CHECK(c.diagnostics[0].toString().startsWith(u"a.csv:5: 矿山, 事故起数"_s));
    CHECK(c.diagnostics[1].message.contains(u"decimal"_s));
}
