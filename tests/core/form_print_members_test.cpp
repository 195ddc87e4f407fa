// The print members the printed 基本情况表 needed (migration 24), on a test-only form
// (tests/data/hazard_checks_form.json), so any form can use them: a marker above the title, the
// header cells in the layout's own words with line breaks and the year, the rates' units in the
// cells, the footer at the left margin, the notes as aligned paragraphs, the formula
// insurance_rates dividing as the plan says, and no 年度 line where the definition has none.
#include "test_support.h"

#include "io/form_definition_json.h"
#include "report/form_report.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
FormDefinition hazardForm() {
    Diagnostics found;
    const auto d = formDefinitionFromJson(
        readBytes(QStringLiteral(YUFANG_TEST_DATA_DIR) + u"/hazard_checks_form.json"_s),
        u"hazard_checks_form.json"_s, &found);
    REQUIRE(d.has_value());
    FormDefinition out = *d;
    out.subtotals = {}; // the rows as they are: this test is about the layout
    out.notes = {u"（1）请填写{year}年底的数据。"_s, u"（2）隐患按排查时所在行业计。"_s};
    return out;
}

// 化工: 4 hazards of which 2 fixed; 矿山: 3 hazards found, none fixed in a second category;
// 冶金: nothing found, so its rate is not applicable.
FormTable hazardFigures() {
    FormTable t;
    t.formCode = u"hazard-checks"_s;
    t.unitCode = u"371302"_s;
    t.year = 2023;
    const QList<std::tuple<QString, QString, int, int>> rows = {{u"化工"_s, u"主要负责人"_s, 4, 2},
                                                                {u"冶金"_s, u"主要负责人"_s, 0, 0}};
    for (const auto& [group, key, hazards, fixed] : rows) {
        FormRow r;
        r.group = group;
        r.key = key;
        r.setNumber(u"hazards"_s, hazards);
        r.setNumber(u"fixed"_s, fixed);
        t.rows << r;
    }
    t.fields = {{form_fields::kPreparer, u"李四"_s}, {form_fields::kPhone, u"0539-7654321"_s}};
    return t;
}

FormReportContext lanshan() {
    FormReportContext c;
    c.unitName = u"兰山区"_s;
    c.issuer = u"临沂市兰山区人力资源和社会保障局"_s;
    return c;
}

QList<ReportBlock> blocksOf(const ReportDocument& d, ReportBlock::Kind kind) {
    QList<ReportBlock> out;
    for (const ReportBlock& b : d.blocks)
        if (b.kind == kind)
            out << b;
    return out;
}

QStringList texts(const QList<ReportBlock>& blocks) {
    QStringList out;
    for (const ReportBlock& b : blocks)
        out << b.text;
    return out;
}
} // namespace

TEST_CASE("A form without the members prints as the engine always has", "[forms][print]") {
    const ReportDocument doc = formReport(hazardForm(), hazardFigures(), lanshan());
    CHECK(blocksOf(doc, ReportBlock::Kind::Marker).isEmpty());
    CHECK(texts(blocksOf(doc, ReportBlock::Kind::Paragraph)).contains(u"年度：2023"_s));
    const ReportTable table = blocksOf(doc, ReportBlock::Kind::Table).first().table;
    CHECK(table.header.at(4) == u"整改率（%）"_s);
    CHECK(table.rows.at(0).at(4) == u"50.00"_s);
    for (const ReportBlock& b : blocksOf(doc, ReportBlock::Kind::Paragraph))
        if (b.text.startsWith(u"填报人"_s))
            CHECK(b.alignRight);
    CHECK(texts(blocksOf(doc, ReportBlock::Kind::Footnote))
              .contains(u"备注：（1）请填写2023年底的数据。"_s));
}

TEST_CASE("A test-only form prints with the annex's print members", "[forms][print]") {
    FormDefinition d = hazardForm();
    d.yearLine = false;
    d.print.marker = u"附件2"_s;
    d.print.unitInCells = true;
    d.print.footerLeft = true;
    d.print.notesAsParagraphs = true;
    d.print.notesPrefix = u"说明："_s;
    d.print.formulas = {u"insurance_rates"_s};
    FormReportContext context = lanshan();
    context.rateDenominator = RateDenominator::Employees;

    const ReportDocument doc = formReport(d, hazardFigures(), context);
    REQUIRE(doc.blocks.size() > 3);
    CHECK(doc.blocks.at(0).kind == ReportBlock::Kind::Marker);
    CHECK(doc.blocks.at(0).text == u"附件2"_s);
    CHECK(doc.blocks.at(1).kind == ReportBlock::Kind::Title);
    CHECK(doc.blocks.at(2).text == u"填报单位：临沂市兰山区人力资源和社会保障局"_s);
    CHECK(doc.blocks.at(3).kind == ReportBlock::Kind::Table); // no 年度 line
    const QStringList paragraphs = texts(blocksOf(doc, ReportBlock::Kind::Paragraph));
    CHECK_FALSE(paragraphs.join(u'|').contains(u"年度"_s));

    const ReportTable table = doc.blocks.at(3).table;
    CHECK(table.header.at(4) == u"整改率"_s); // the unit is in the cells instead
    CHECK(table.rows.at(0).at(4) == u"50.00%"_s);
    CHECK(table.rows.at(1).at(4) == u"—"_s);       // not applicable keeps its dash, without a sign
    CHECK(table.rows.last().at(4) == u"50.00%"_s); // 合计: 2 of 4

    for (const ReportBlock& b : blocksOf(doc, ReportBlock::Kind::Paragraph))
        if (b.text.startsWith(u"填报人"_s) || b.text.startsWith(u"联系电话"_s))
            CHECK_FALSE(b.alignRight);
    // the notes in body type, the second aligned under the first past its prefix
    CHECK(paragraphs.contains(u"说明：（1）请填写2023年底的数据。"_s));
    CHECK(paragraphs.contains(u"　　　（2）隐患按排查时所在行业计。"_s));
    // the rate definitions, the accident rate dividing as the plan does
    const QStringList footnotes = texts(blocksOf(doc, ReportBlock::Kind::Footnote));
    CHECK(footnotes == rates::definitions(RateDenominator::Employees));
    CHECK(footnotes != rates::definitions(RateDenominator::InsuredPersons));
}

TEST_CASE("The layout's header cells break where it says and name the year", "[forms][print]") {
    FormDefinition d = hazardForm();
    d.print.columnHeaders = {u"重点行业"_s, u"人员类别"_s, u"{year}年发现\n隐患数"_s,
                             u"已整改数"_s, u"整改率"_s,   u"备注"_s};
    CHECK(validateFormDefinition(d).isEmpty());
    const ReportDocument doc = formReport(d, hazardFigures(), lanshan());
    const ReportTable table = blocksOf(doc, ReportBlock::Kind::Table).first().table;
    const QChar br(QChar::LineSeparator);
    CHECK(table.header == QStringList{u"重点行业"_s, u"人员类别"_s,
                                      u"2023年发现"_s + br + u"隐患数"_s, u"已整改数"_s,
                                      u"整改率"_s, u"备注"_s});

    // one header per printed column, or none
    d.print.columnHeaders.removeLast();
    const Diagnostics problems = validateFormDefinition(d);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == u"print.columnHeaders"_s);
}

TEST_CASE("The annex's print members read and write", "[forms][print]") {
    FormDefinition d = hazardForm();
    d.print.marker = u"附件"_s;
    d.print.columnHeaders = {u"a"_s, u"b"_s, u"c\nd"_s, u"e"_s, u"f"_s, u"g"_s};
    d.print.unitInCells = true;
    d.print.footerLeft = true;
    d.print.notesAsParagraphs = true;
    d.print.formulas = {u"insurance_rates"_s};
    const QByteArray json = formDefinitionToJson(d);
    for (const char* member : {"\"marker\"", "\"columnHeaders\"", "\"unitInCells\"",
                               "\"footerLeft\"", "\"notesAsParagraphs\"", "\"insurance_rates\""})
        CHECK(json.contains(member));
    Diagnostics found;
    const auto again = formDefinitionFromJson(json, u"again.json"_s, &found);
    REQUIRE(again.has_value());
    CHECK(again->print == d.print);
    // a definition without them writes none of them
    CHECK_FALSE(formDefinitionToJson(hazardForm()).contains("unitInCells"));
}
