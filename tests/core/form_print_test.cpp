// The printed form of the engine driven by definition data (issue 13): subtotal rows asked for by
// a definition member, and the block of the form's indicators built from the indicator engine's
// values. The form and its indicator exist only as test data (tests/data/hazard_checks_form.json,
// hazard_fix_rate_indicator.json): a fourth form printed with no code of its own.
#include "../test_server.h"
#include "test_support.h"

#include "io/form_definition_json.h"
#include "io/indicator_definition_json.h"
#include "report/form_report.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "storage/form_repository.h"
#include "storage/indicator_repository.h"
#include "storage/migrations.h"
#include "storage/plan_repository.h"

#include <QFile>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kData = QStringLiteral(YUFANG_TEST_DATA_DIR);

FormDefinition hazardForm() {
    Diagnostics found;
    const auto d = formDefinitionFromJson(readBytes(kData + u"/hazard_checks_form.json"_s),
                                          u"hazard_checks_form.json"_s, &found);
    INFO(found.value(0).toString().toStdString());
    REQUIRE(d.has_value());
    return *d;
}

// The plan's definition and indicator loaded from the test files, as the plan editor would.
void addToLinyiPlan(const QSqlDatabase& db) {
    const auto plan = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(plan.has_value());
    QString error;
    REQUIRE(FormDefinitions(db).save(plan->id, hazardForm(), false, &error));
    const auto indicator =
        readIndicatorDefinitionFile(readBytes(kData + u"/hazard_fix_rate_indicator.json"_s),
                                    u"hazard_fix_rate_indicator.json"_s, &error);
    INFO(error.toStdString());
    REQUIRE(indicator.has_value());
    REQUIRE(IndicatorRepository(db).add(plan->id, *indicator, &error));
}

// Lanshan's form for the year with the given (industry, category, hazards, fixed) cells.
void saveFigures(const QSqlDatabase& db, int year,
                 const QList<std::tuple<QString, QString, int, int>>& cells) {
    const auto d = FormDefinitions(db).forUnit(u"371302"_s, u"hazard-checks"_s, year);
    REQUIRE(d.has_value());
    FormTable t = FormRepository(db).load(*d, u"371302"_s, year);
    for (const auto& [industry, category, hazards, fixed] : cells) {
        FormRow* row = t.find(category, industry);
        REQUIRE(row != nullptr);
        row->setNumber(u"hazards"_s, hazards);
        row->setNumber(u"fixed"_s, fixed);
    }
    QString error;
    const bool saved = FormRepository(db).save(t, u"test"_s, u"form.saved"_s, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

const ReportBlock* tableAfter(const ReportDocument& doc, const QString& subtitle) {
    bool seen = subtitle.isEmpty();
    for (const ReportBlock& b : doc.blocks) {
        if (b.kind == ReportBlock::Kind::Subtitle && b.text == subtitle)
            seen = true;
        else if (seen && b.kind == ReportBlock::Kind::Table)
            return &b;
    }
    return nullptr;
}
} // namespace

TEST_CASE("The subtotals member reads and writes and needs a grouped form", "[forms][print]") {
    const FormDefinition d = hazardForm();
    CHECK(d.subtotals.groups);
    CHECK(d.subtotals.rows);
    Diagnostics found;
    const auto again = formDefinitionFromJson(formDefinitionToJson(d), u"again.json"_s, &found);
    REQUIRE(again.has_value());
    CHECK(*again == d);

    QByteArray misspelt = readBytes(kData + u"/hazard_checks_form.json"_s);
    misspelt.replace("[\"groups\", \"rows\"]", "[\"groups\", \"categories\"]");
    found.clear();
    CHECK_FALSE(formDefinitionFromJson(misspelt, u"f.json"_s, &found).has_value());
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.first().field == u"subtotals[1]"_s);

    FormDefinition flat = d;
    flat.rowKind = FormRowKind::Industries;
    const Diagnostics problems = validateFormDefinition(flat);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == u"subtotals"_s);
    flat.subtotals = {};
    CHECK(validateFormDefinition(flat).isEmpty());
}

TEST_CASE("A test-only form prints its subtotals and its indicator block", "[forms][print]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    addToLinyiPlan(db);
    // 2020 (the plan's baseline): 5 of 10 fixed = 50.00 %
    saveFigures(db, 2020, {{u"危险化学品"_s, u"分管负责人"_s, 10, 5}});
    // 2023: 危险化学品 16 of 20 and 3 of 4, 矿山 8 of 10 = 27 of 34 = 79.41 %
    saveFigures(db, 2023,
                {{u"危险化学品"_s, u"分管负责人"_s, 20, 16},
                 {u"危险化学品"_s, u"一线班组长"_s, 4, 3},
                 {u"矿山"_s, u"一线班组长"_s, 10, 8}});

    QString error;
    const auto doc = FormTableExport(db).report(u"371302"_s, u"hazard-checks"_s, 2023, &error);
    INFO(error.toStdString());
    REQUIRE(doc.has_value());
    const ReportBlock* form = tableAfter(*doc, {});
    REQUIRE(form != nullptr);
    const QList<QStringList>& rows = form->table.rows;
    auto printed = [&](const QString& group, const QString& key) -> QStringList {
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i][0] == group && rows[i][1] == key)
                return QStringList(rows[i])
                       << (form->table.boldRows.contains(i) ? u"bold"_s : u"plain"_s);
        return {};
    };
    // 7 industries × 3 categories, a 小计 per industry, a 合计 per category, the grand total
    CHECK(rows.size() == 21 + 7 + 3 + 1);
    CHECK(form->table.boldRows.size() == 7 + 3 + 1);
    CHECK(printed(u"危险化学品"_s, u"小计"_s) ==
          QStringList{u"危险化学品"_s, u"小计"_s, u"24"_s, u"19"_s, u"79.17"_s, u""_s, u"bold"_s});
    CHECK(printed(u"矿山"_s, u"小计"_s) ==
          QStringList{u"矿山"_s, u"小计"_s, u"10"_s, u"8"_s, u"80.00"_s, u""_s, u"bold"_s});
    CHECK(printed(u"冶金"_s, u"小计"_s) ==
          QStringList{u"冶金"_s, u"小计"_s, u""_s, u""_s, u""_s, u""_s, u"bold"_s});
    // the 小计 follows its industry's last row
    const int chemicalsSubtotal = int(rows.indexOf(printed(u"危险化学品"_s, u"小计"_s).mid(0, 6)));
    CHECK(rows.at(chemicalsSubtotal - 1).at(0) == u"危险化学品"_s);
    CHECK(rows.at(chemicalsSubtotal + 1).at(0) == u"矿山"_s);
    // per category over every industry: 一线班组长 3 + 8 of 4 + 10 = 78.57 %
    CHECK(printed(u"合计"_s, u"一线班组长"_s) ==
          QStringList{u"合计"_s, u"一线班组长"_s, u"14"_s, u"11"_s, u"78.57"_s, u""_s, u"bold"_s});
    CHECK(printed(u"合计"_s, u"分管负责人"_s) ==
          QStringList{u"合计"_s, u"分管负责人"_s, u"20"_s, u"16"_s, u"80.00"_s, u""_s, u"bold"_s});
    // the grand total last, its label under the group column (totalLabel group)
    CHECK(rows.last() == QStringList{u"合计"_s, u""_s, u"34"_s, u"27"_s, u"79.41"_s, u""_s});
    CHECK(form->table.boldRows.contains(int(rows.size()) - 1));

    // the indicator block: 27/34 = 79.41 % against 50.00 % in 2020 (+58.82 %); the level
    // target 90 % on a straight line from 50.00 % (2020) to 2025: 50 + 40 × 3/5 = 74.00 % for
    // 2023, reached: 进度正常
    const ReportBlock* block = tableAfter(*doc, u"本表指标"_s);
    REQUIRE(block != nullptr);
    CHECK(block->table.header.value(1) == u"2023年"_s);
    CHECK(block->table.header.value(2) == u"基期（2020年）"_s);
    REQUIRE(block->table.rows.size() == 1);
    const QStringList& r = block->table.rows.first();
    CHECK(r.value(0) == u"隐患整改率（%）"_s);
    CHECK(r.value(1) == u"79.41"_s);
    CHECK(r.value(2) == u"50.00"_s);
    CHECK(r.value(3) == u"58.82"_s);
    CHECK(r.value(4) == u"90.00"_s);
    CHECK(r.value(5) == u"74.00"_s);
    CHECK(r.value(7) == glossary::officialName(glossary::Term::OnTrack));
}

TEST_CASE("A form without indicators prints no indicator block", "[forms][print]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const auto plan = PlanRepository(db).findByCode(u"linyi-2021"_s);
    REQUIRE(plan.has_value());
    QString error;
    REQUIRE(FormDefinitions(db).save(plan->id, hazardForm(), false, &error));
    const auto doc = FormTableExport(db).report(u"371302"_s, u"hazard-checks"_s, 2023, &error);
    REQUIRE(doc.has_value());
    CHECK(tableAfter(*doc, u"本表指标"_s) == nullptr);
}

TEST_CASE("Migration 21 gives a stored training definition its subtotals and keeps its figures",
          "[migrations][print]") {
    YUFANG_SQLITE_ONLY(); // the fixture is a database file made by an earlier release
    TempDatabase t;
    t.replaceFile(kData + u"/golden/pre12.sqlite"_s);
    t.reopen(); // migrates
    const QSqlDatabase db = t.connection();
    REQUIRE(currentSchemaVersion(db) == latestSchemaVersion());
    const auto training = FormDefinitions(db).forUnit(u"371302"_s, u"training"_s, 2023);
    REQUIRE(training);
    CHECK(training->subtotals.groups);
    CHECK(training->subtotals.rows);
    const auto disease = FormDefinitions(db).forUnit(u"371302"_s, u"disease"_s, 2023);
    REQUIRE(disease);
    CHECK_FALSE(disease->subtotals.any());
    CHECK(FormDefinitions(db).check().isEmpty());
    // the figures are untouched (migration_table_layouts_test compares the exports byte for
    // byte after every migration): the county's total is the released one
    const FormTable lanshan = FormRepository(db).load(*training, u"371302"_s, 2023);
    CHECK(lanshan.total(*training).number(u"key_personnel"_s) == 3783);
}

// The printed layout is a member of the definition (`print`), read strictly: every member
// optional, a misspelt one refused with its path, a wrong number of column widths, an unknown
// formula, a line without its text and a trend part on a column that is not a count named by
// their field. The presets' 培训 and 职业病 layouts survive JSON unchanged.
TEST_CASE("The print layout reads and writes and its mistakes name the field", "[forms][print]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const auto training = FormDefinitions(db).forUnit(u"371302"_s, u"training"_s, 2023);
    const auto disease = FormDefinitions(db).forUnit(u"371302"_s, u"disease"_s, 2023);
    REQUIRE(training.has_value());
    REQUIRE(disease.has_value());
    CHECK(training->print.documentName == u"培训情况表"_s);
    CHECK(training->print.indicators == FormIndicatorPrint::Line);
    CHECK(training->print.notesPrefix.isEmpty());
    CHECK(training->print.formulas == QStringList{u"training_coverage"_s});
    CHECK(disease->print.indicators == FormIndicatorPrint::Trend);
    CHECK_FALSE(disease->print.printNotes);
    CHECK(disease->print.trend.parts.value(0).columns == QStringList{u"pneumoconiosis"_s});
    CHECK(hazardForm().print == FormPrintLayout{}); // a form without it keeps the defaults
    for (const FormDefinition& d : {*training, *disease}) {
        Diagnostics found;
        const auto again = formDefinitionFromJson(formDefinitionToJson(d), u"d.json"_s, &found);
        REQUIRE(again.has_value());
        CHECK(*again == d);
    }

    const auto fieldOf = [](const QByteArray& json) {
        Diagnostics found;
        CHECK_FALSE(formDefinitionFromJson(json, u"f.json"_s, &found).has_value());
        return found.isEmpty() ? QString() : found.first().field;
    };
    const QByteArray json = formDefinitionToJson(*disease);
    CHECK(fieldOf(QByteArray(json).replace("\"printNotes\"", "\"printNote\"")) ==
          u"print.printNote"_s);
    CHECK(fieldOf(QByteArray(json).replace("\"landscape\"", "\"sideways\"")) ==
          u"print.orientation"_s);
    CHECK(fieldOf(QByteArray(json).replace("\"valueCaption\"", "\"value\"")) ==
          u"print.trend.value"_s);

    FormDefinition d = *disease;
    d.print.columnWidths.removeLast();
    CHECK(validateFormDefinition(d).value(0).field == u"print.columnWidths"_s);
    d = *disease;
    d.print.formulas = {u"accident_rate"_s};
    CHECK(validateFormDefinition(d).value(0).field == u"print.formulas[0]"_s);
    d = *disease;
    d.print.trend.parts[0].columns = {u"remark"_s};
    CHECK(validateFormDefinition(d).value(0).field == u"print.trend.parts[0].columns"_s);
    d = *training;
    d.print.indicatorLine.clear();
    CHECK(validateFormDefinition(d).value(0).field == u"print.indicatorLine"_s);
}

// The trend of a count indicator with a target, as the 职业病 page prints it: every year in
// which the unit stores the form (2023 filed blank), the indicator's value (新发病例合计), the
// layout's part (其中尘肺病), the change against 2020 and the verdict of the plan's 30 % target,
// then the target's footnote. 兰山区's new cases, pneumoconiosis + other:
//   2020  6 + 4 = 10     the baseline: 0 (0.00%), no verdict
//   2022  5 + 3 = 8      −2 (−20.00%): a fall short of 30 %, 否
//   2023  (blank)        —
//   2024  4 + 2 = 6      −4 (−40.00%): 是
TEST_CASE("A count indicator with a target prints its trend against the baseline",
          "[forms][print][disease]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const QString unit = u"371302"_s;
    for (const auto& [year, pneumoconiosis, other] :
         {std::tuple{2020, 6, 4}, std::tuple{2022, 5, 3}, std::tuple{2023, -1, -1},
          std::tuple{2024, 4, 2}}) {
        const auto d = FormDefinitions(db).forUnit(unit, u"disease"_s, year);
        REQUIRE(d.has_value());
        FormTable table = FormRepository(db).load(*d, unit, year);
        if (pneumoconiosis >= 0) {
            FormRow* row = table.find(u"矿山"_s);
            REQUIRE(row != nullptr);
            row->setNumber(u"pneumoconiosis"_s, pneumoconiosis);
            row->setNumber(u"other_diseases"_s, other);
        }
        table.fields.insert(u"preparer"_s, u"周洁"_s);
        QString error;
        REQUIRE(FormRepository(db).save(table, u"test"_s, u"form.saved"_s, &error));
    }
    const qint64 plan = PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
    QString error;
    REQUIRE(IndicatorRepository(db).setDiseaseReductionTarget(plan, 0.3, &error));

    const auto doc = FormTableExport(db).report(unit, u"disease"_s, 2024, &error);
    INFO(error.toStdString());
    REQUIRE(doc.has_value());
    CHECK(doc->name == u"职业病情况表-兰山区-2024"_s);
    const ReportBlock* trend = tableAfter(*doc, u"与2020年基线比较"_s);
    REQUIRE(trend != nullptr);
    CHECK(trend->table.header == QStringList{u"年度"_s, u"新发病例合计"_s, u"其中尘肺病"_s,
                                             u"较2020年变化"_s, u"是否达到目标"_s});
    CHECK(trend->table.numericColumns == QList<int>{1, 2, 3});
    const QList<QStringList> rows = {{u"2020"_s, u"10"_s, u"6"_s, u"0 (0.00%)"_s, u"—"_s},
                                     {u"2022"_s, u"8"_s, u"5"_s, u"−2 (−20.00%)"_s, u"否"_s},
                                     {u"2023"_s, u""_s, u""_s, u"—"_s, u"—"_s},
                                     {u"2024"_s, u"6"_s, u"4"_s, u"−4 (−40.00%)"_s, u"是"_s}};
    CHECK(trend->table.rows == rows);
    CHECK(doc->blocks.last().kind == ReportBlock::Kind::Footnote);
    CHECK(doc->blocks.last().text == u"目标：新发病例较2020年下降30%。"_s);
    // Without a number: the plan's "clearly down", and no verdict in any year.
    REQUIRE(IndicatorRepository(db).setDiseaseReductionTarget(plan, std::nullopt, &error));
    const auto without = FormTableExport(db).report(unit, u"disease"_s, 2024, &error);
    REQUIRE(without.has_value());
    CHECK(tableAfter(*without, u"与2020年基线比较"_s)->table.rows.at(1).last() == u"—"_s);
    CHECK(without->blocks.last().text ==
          u"实施方案要求职业病发生率明显下降，未设定具体数值，表中列示实际变化。"_s);
}
