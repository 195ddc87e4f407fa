// The form engine's domain: definitions, the total row and validation driven only by a
// FormDefinition (docs/forms.md).
#include "test_support.h"

#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "domain/form_validation.h"

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
// A form defined only here: platform enterprises with a rate in ‰ and a decimal column.
FormDefinition platformForm() {
    FormDefinition d;
    d.code = u"platform-test"_s;
    d.title = u"重点平台企业职业伤害情况表"_s;
    d.rowKind = FormRowKind::Free;
    d.rowCaption = u"平台企业名称"_s;
    d.columns = {
        FormColumn::count(u"workers"_s, u"新就业形态人员数"_s, u"人"_s),
        FormColumn::count(u"covered"_s, u"参加职业伤害保障人数"_s, u"人"_s),
        FormColumn::count(u"injuries"_s, u"职业伤害人数"_s, u"人"_s),
        FormColumn::decimal(u"hours"_s, u"平均工作时长"_s, u"小时"_s, 1),
        FormColumn::derived(u"rate"_s, u"职业伤害发生率"_s, u"‰"_s, u"injuries"_s, u"covered"_s,
                            1000, 2),
        FormColumn::textColumn(u"remark"_s, u"备注"_s),
    };
    d.rules = {
        FormRule{u"injuries"_s, FormRuleOp::LessOrEqual, u"covered"_s, Severity::Error,
                 u"职业伤害人数不得超过参加职业伤害保障人数"_s},
        FormRule{u"covered"_s, FormRuleOp::LessOrEqual, u"workers"_s, Severity::Warning,
                 u"参加职业伤害保障人数超过新就业形态人员数"_s},
    };
    d.footerFields = form_fields::standardFooter();
    return d;
}

FormRow row(const QString& key, qint64 workers, qint64 covered, qint64 injuries,
            qint64 hoursTenths = -1) {
    FormRow r;
    r.key = key;
    if (workers >= 0)
        r.setNumber(u"workers"_s, workers);
    if (covered >= 0)
        r.setNumber(u"covered"_s, covered);
    if (injuries >= 0)
        r.setNumber(u"injuries"_s, injuries);
    if (hoursTenths >= 0)
        r.setNumber(u"hours"_s, hoursTenths);
    return r;
}
} // namespace

TEST_CASE("A valid form definition has no findings", "[forms]") {
    CHECK(validateFormDefinition(platformForm()).isEmpty());
}

TEST_CASE("A broken form definition names the field at fault", "[forms]") {
    FormDefinition d = platformForm();
    d.columns[4].denominatorKey = u"remark"_s; // a text column cannot divide
    d.columns[1].key = u"workers"_s;           // duplicate
    d.rules[0].rightKey = u"nothing"_s;
    d.code = u"平台"_s;
    const Diagnostics ds = validateFormDefinition(d);
    QStringList fields;
    for (const Diagnostic& x : ds)
        fields << x.field;
    CHECK(fields.contains(u"code"_s));
    CHECK(fields.contains(u"columns[1].key"_s));
    CHECK(fields.contains(u"columns[4].denominator"_s));
    CHECK(fields.contains(u"rules[0].right"_s));
}

TEST_CASE("The total row sums numbers and recomputes derived columns from the sums", "[forms]") {
    const FormDefinition d = platformForm();
    FormTable t;
    t.rows = {row(u"甲平台"_s, 1000, 800, 4, 95), row(u"乙平台"_s, 500, 200, 3, 102),
              row(u"丙平台"_s, -1, -1, -1)};
    const FormRow total = t.total(d);
    CHECK(total.number(u"workers"_s) == 1500);
    CHECK(total.number(u"covered"_s) == 1000);
    CHECK(total.number(u"injuries"_s) == 7);
    CHECK(total.number(u"hours"_s) == 197);
    const FormColumn& rate = *d.column(u"rate"_s);
    // 7 ÷ 1000 × 1000 = 7.00 ‰, not the average of 5.00 and 15.00
    CHECK(formatFormCell(d, total, rate) == u"7.00"_s);
    CHECK(formatFormCell(d, t.rows[0], rate) == u"5.00"_s);
    CHECK(formatFormCell(d, t.rows[1], rate) == u"15.00"_s);
    CHECK(formatFormCell(d, total, *d.column(u"hours"_s)) == u"19.7"_s);
}

TEST_CASE("A zero or missing denominator makes a derived column not applicable", "[forms]") {
    const FormDefinition d = platformForm();
    const FormColumn& rate = *d.column(u"rate"_s);
    CHECK(formatFormCell(d, row(u"甲"_s, 10, 0, 0), rate) == u"—"_s);
    CHECK(formatFormCell(d, row(u"甲"_s, 10, -1, 1), rate) == u"—"_s);
    CHECK_FALSE(derivedValue(d, row(u"甲"_s, 10, 0, 0), rate).has_value());
    FormTable empty;
    CHECK_FALSE(empty.total(d).number(u"workers"_s).has_value());
    CHECK(formatFormCell(d, empty.total(d), rate) == u"—"_s);
}

TEST_CASE("A derived column of decimal columns divides exactly", "[forms]") {
    FormDefinition d;
    d.code = u"d"_s;
    d.title = u"t"_s;
    d.columns = {FormColumn::decimal(u"a"_s, u"A"_s, {}, 2), FormColumn::count(u"b"_s, u"B"_s, {}),
                 FormColumn::derived(u"r"_s, u"R"_s, u"%"_s, u"a"_s, u"b"_s, 100, 1)};
    FormRow r;
    r.setNumber(u"a"_s, 150); // 1.50
    r.setNumber(u"b"_s, 4);
    CHECK(formatFormCell(d, r, d.columns[2]) == u"37.5"_s); // 1.5 ÷ 4 × 100
    REQUIRE(derivedValue(d, r, d.columns[2]).has_value());
    CHECK(*derivedValue(d, r, d.columns[2]) == Approx(37.5));
}

TEST_CASE("Rules of a definition report with their own severity and message", "[forms]") {
    const FormDefinition d = platformForm();
    const Diagnostics ok = validateFormRow(d, row(u"甲"_s, 100, 100, 100), 0);
    CHECK(ok.isEmpty()); // limits are inclusive
    const Diagnostics ds = validateFormRow(d, row(u"甲"_s, 100, 120, 130), 2);
    REQUIRE(ds.size() == 2);
    CHECK(ds[0].severity == Severity::Error);
    CHECK(ds[0].field == u"injuries"_s);
    CHECK(ds[0].row == 2);
    CHECK(ds[0].message.contains(u"职业伤害人数不得超过参加职业伤害保障人数"_s));
    CHECK(ds[0].message.contains(u"130"_s));
    CHECK(ds[1].severity == Severity::Warning);
    CHECK(ds[1].message.contains(u"甲"_s));
    // an empty cell is not reported, so no rule applies to it
    CHECK(validateFormRow(d, row(u"甲"_s, -1, 120, 130), 0).size() == 1);
}

TEST_CASE("Negative numbers duplicate rows and unwanted local rows are errors", "[forms]") {
    FormDefinition d = platformForm();
    d.localRowsAllowed = false;
    FormTable t;
    t.rows = {row(u"甲"_s, -1, -1, -1), row(u"甲"_s, 1, 1, 0), row(u""_s, 1, 1, 0)};
    t.rows[0].setNumber(u"workers"_s, -5);
    t.rows[1].local = true;
    const Diagnostics ds = validateFormTable(d, t);
    for (const Diagnostic& x : ds)
        UNSCOPED_INFO(x.message.toStdString());
    CHECK(countOf(ds, Severity::Error) == 4);
    CHECK(ds[0].message.contains(u"-5"_s));
}

TEST_CASE("A derived value stated in a file that differs is a warning", "[forms]") {
    const FormDefinition d = platformForm();
    const FormColumn& rate = *d.column(u"rate"_s);
    const FormRow r = row(u"甲"_s, 1000, 800, 4); // 5.00 ‰
    CHECK_FALSE(checkStatedDerivedValue(d, r, rate, 5.0, 0).has_value());
    CHECK_FALSE(checkStatedDerivedValue(d, r, rate, 5.004, 0).has_value());
    CHECK_FALSE(checkStatedDerivedValue(d, r, rate, std::nullopt, 0).has_value());
    const auto w = checkStatedDerivedValue(d, r, rate, 6.0, 1);
    REQUIRE(w.has_value());
    CHECK(w->severity == Severity::Warning);
    CHECK(w->field == u"rate"_s);
    CHECK(w->message.contains(u"5.00"_s));
    // a rate stated where none can be computed
    CHECK(checkStatedDerivedValue(d, row(u"甲"_s, 1, 0, 0), rate, 1.0, 0).has_value());
}

TEST_CASE("Enum keys of a definition read back", "[forms]") {
    for (const FormRowKind k :
         {FormRowKind::Industries, FormRowKind::KeyPersonnel, FormRowKind::FixedList,
          FormRowKind::Free, FormRowKind::IndustriesByKeyPersonnel})
        CHECK(formRowKindFromKey(formRowKindKey(k)) == k);
    CHECK(formRuleOpFromKey(u"<="_s) == FormRuleOp::LessOrEqual);
    CHECK_FALSE(formRuleOpFromKey(u"=<"_s).has_value());
    CHECK(formColumnTypeFromKey(u"derived"_s) == FormColumnType::Derived);
    CHECK(columnHeader(platformForm().columns[0]) == u"新就业形态人员数（人）"_s);
}

// Two industries × two categories (key personnel / trained):
//   危险化学品 A 10/8, B 30/6 → 小计 40/14 = 35.00 %; 矿山 A 20/20, B empty → 小计 20/20
//   A over both: 30/28 = 93.33 %; B: 30/6 = 20.00 %; 合计 60/34 = 56.67 %
TEST_CASE("The lines of a grouped form carry the subtotals its definition asks for", "[forms]") {
    FormDefinition d;
    d.code = u"grouped-test"_s;
    d.rowKind = FormRowKind::IndustriesByKeyPersonnel;
    d.columns = {FormColumn::count(u"personnel"_s, u"重点人员数"_s, {}),
                 FormColumn::count(u"trained"_s, u"已培训人数"_s, {}),
                 FormColumn::derived(u"coverage"_s, u"培训覆盖率"_s, {}, u"trained"_s,
                                     u"personnel"_s, 100, 2)};
    const auto grouped = [](const QString& group, const QString& key, qint64 n, qint64 t) {
        FormRow r;
        r.group = group;
        r.key = key;
        if (n >= 0)
            r.setNumber(u"personnel"_s, n);
        if (t >= 0)
            r.setNumber(u"trained"_s, t);
        return r;
    };
    FormTable t;
    t.rows = {grouped(u"危险化学品"_s, u"A"_s, 10, 8), grouped(u"危险化学品"_s, u"B"_s, 30, 6),
              grouped(u"矿山"_s, u"A"_s, 20, 20), grouped(u"矿山"_s, u"B"_s, -1, -1)};
    using Kind = FormTableLine::Kind;
    // Without subtotals: the rows and 合计.
    QList<FormTableLine> lines = formTableLines(d, t);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(2).tableRow == 2);
    CHECK(lines.last().kind == Kind::Total);

    d.subtotals = FormSubtotals{true, true};
    lines = formTableLines(d, t);
    QList<Kind> kinds;
    for (const FormTableLine& l : lines)
        kinds << l.kind;
    CHECK(kinds == QList<Kind>{Kind::Row, Kind::Row, Kind::GroupSubtotal, Kind::Row, Kind::Row,
                               Kind::GroupSubtotal, Kind::KeySubtotal, Kind::KeySubtotal,
                               Kind::Total});
    CHECK(lines.at(3).tableRow == 2);
    CHECK(lines.at(2).tableRow == -1);
    const FormColumn& coverage = *d.column(u"coverage"_s);
    CHECK(lines.at(2).row.group == u"危险化学品"_s);
    CHECK(lines.at(2).row.number(u"personnel"_s) == 40);
    CHECK(formatFormCell(d, lines.at(2).row, coverage) == u"35.00"_s);
    CHECK(lines.at(5).row.number(u"trained"_s) == 20);
    CHECK(lines.at(6).row.key == u"A"_s);
    CHECK(formatFormCell(d, lines.at(6).row, coverage) == u"93.33"_s);
    CHECK(formatFormCell(d, lines.at(7).row, coverage) == u"20.00"_s);
    CHECK(formatFormCell(d, lines.at(8).row, coverage) == u"56.67"_s); // 34 / 60, not a mean
}
