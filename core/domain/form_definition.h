#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A statistical form (报表定义, FormDefinition) as data: a plan owns its forms, and everything
// the app does with a form (entry, validation, CSV, roll-up, printing, returns) runs off this
// description, so a new form is a new definition, never new code (docs/forms.md).
namespace yufang {

// Where a form's rows come from.
enum class FormRowKind {
    Industries,   // the plan's key industries (local industries may follow, 分别列出)
    KeyPersonnel, // the plan's key-personnel categories
    FixedList,    // the definition's own fixedRows
    Free,         // rows the unit names itself (e.g. one row per platform enterprise)
    // every key industry × every key-personnel category (the training table): a row's group
    // is the industry, its key the category
    IndustriesByKeyPersonnel,
};

enum class FormColumnType {
    Count,   // a whole number ≥ 0 (户, 人, 起)
    Decimal, // a number ≥ 0 with the column's decimals
    Text,    // free text (备注)
    Derived, // numerator ÷ denominator × scale, computed, never trusted from a file
    Sum,     // the sum of other number columns of the row (新发病例合计), computed likewise
};

// One column. `key` is ASCII and stable (it names the column in the database, the data layout
// and diagnostics); `caption` is what the printed form and the form layout show, with `unit`
// in brackets.
struct FormColumn {
    QString key;
    QString caption;
    QString unit; // 户, 人, 起, %, ‰; empty for text
    FormColumnType type = FormColumnType::Count;
    int decimals = 0; // Decimal: digits kept; Derived: digits shown
    // Derived only
    QString numeratorKey;
    QString denominatorKey;
    int scale = 1;        // 100 for %, 1000 for ‰
    QStringList summands; // Sum only: the number columns added up
    // Further header names a file may use for the column (其中线上 also as 线上培训次数); the
    // caption is always recognised. What the tables' stacks accepted before the engine.
    QStringList aliases;
    // The header in the form layout and on paper when it differs from the caption, "{year}"
    // standing for the form's year: the 基本情况表 prints 2023年工伤事故数量 where its data
    // layout, the editor and the indicators say 工伤事故数量.
    QString printedCaption;
    // Derived only: the denominator is the column the plan's rate denominator names
    // (Plan::rateDenominator, insured_persons or employees), not denominatorKey; resolved by
    // FormDefinitions::forUnit. The 基本情况表's accident rate, like the accident-rate indicator.
    bool denominatorFollowsPlan = false;

    // Shorthands for code that builds definitions (tests, adapters).
    static FormColumn count(const QString& key, const QString& caption, const QString& unit) {
        return FormColumn{key, caption, unit, FormColumnType::Count, 0, {}, {}, 1, {},
                          {},  {},      false};
    }
    static FormColumn decimal(const QString& key, const QString& caption, const QString& unit,
                              int decimals) {
        return FormColumn{key, caption, unit, FormColumnType::Decimal, decimals, {}, {}, 1, {},
                          {},  {},      false};
    }
    static FormColumn textColumn(const QString& key, const QString& caption) {
        return FormColumn{key, caption, {}, FormColumnType::Text, 0, {}, {}, 1, {}, {}, {}, false};
    }
    static FormColumn derived(const QString& key, const QString& caption, const QString& unit,
                              const QString& numeratorKey, const QString& denominatorKey, int scale,
                              int decimals) {
        return FormColumn{key,
                          caption,
                          unit,
                          FormColumnType::Derived,
                          decimals,
                          numeratorKey,
                          denominatorKey,
                          scale,
                          {},
                          {},
                          {},
                          false};
    }
    static FormColumn sum(const QString& key, const QString& caption, const QString& unit,
                          const QStringList& summands) {
        return FormColumn{key, caption, unit, FormColumnType::Sum, 0, {}, {}, 1, summands,
                          {},  {},      false};
    }
    bool isComputed() const {
        return type == FormColumnType::Derived || type == FormColumnType::Sum;
    }

    bool isNumber() const {
        return type == FormColumnType::Count || type == FormColumnType::Decimal;
    }
    bool operator==(const FormColumn&) const = default;
};

enum class FormRuleOp { LessOrEqual, Less, GreaterOrEqual, Greater, Equal };

// A check between two number columns of one row, e.g. 参保企业户数 ≤ 企业户数. Applies only
// when both cells are filled in; `message` is the definition's own text, shown as written.
struct FormRule {
    QString leftKey;
    FormRuleOp op = FormRuleOp::LessOrEqual;
    QString rightKey;
    Severity severity = Severity::Error;
    QString message;

    bool holds(qint64 left, int leftDecimals, qint64 right, int rightDecimals) const;
    bool operator==(const FormRule&) const = default;
};

// A header or footer field of one unit and year: 填报人, 联系电话, 填报日期 or a form's own.
struct FormField {
    QString key; // ASCII, stable
    QString caption;
    bool operator==(const FormField&) const = default;
};

// The three footer fields every form has unless its definition says otherwise.
namespace form_fields {
inline const QString kPreparer = QStringLiteral("preparer");  // 填报人
inline const QString kPhone = QStringLiteral("phone");        // 联系电话
inline const QString kFilledOn = QStringLiteral("filled_on"); // 填报日期 (ISO date)
QList<FormField> standardFooter();
} // namespace form_fields

// Where a grouped form's 合计 row puts its label: in the row column (the engine's layout) or
// in the group column (the training table's fixed layout: 合计 under 重点行业名称).
enum class FormTotalLabel { Row, Group };

// Subtotal rows the printed form adds to a grouped form (IndustriesByKeyPersonnel): the training
// table prints 小计 after each industry and 合计 per category before the grand total. Printing
// only: they are computed from the rows like 合计 (derived columns from the sums), never stored
// and never part of a CSV layout.
struct FormSubtotals {
    bool groups = false; // a 小计 row after each group's rows
    bool rows = false;   // a 合计 row per row key over every group, before the grand total
    bool any() const { return groups || rows; }
    bool operator==(const FormSubtotals&) const = default;
};

// How the printed form lays itself out where the engine's defaults are not the form's own: the
// 培训 and 职业病 pages keep the layout they were released with (docs/forms.md, "The printed
// form"). Printing only: no CSV layout reads it. A new form keeps the defaults.
enum class FormOrientation { Auto, Portrait, Landscape }; // Auto: landscape above six columns
// The running header's title on every page: the form's title with the year (the engine's), or
// the printed title itself (the page's first title, as the 培训 and 职业病 pages print).
enum class FormRunningTitle { TitleAndYear, PrintTitle };
// How the indicators of the plan that read the form print under its table: the block 本表指标
// (a row per indicator), one line per indicator from `indicatorLine`, the indicator's trend
// against the baseline (every year with figures), or not at all.
enum class FormIndicatorPrint { Block, Line, Trend, None };

// A column of the trend table beyond the indicator's value: the sum of some of the form's
// columns in each year (其中尘肺病: pneumoconiosis).
struct FormTrendPart {
    QString caption;
    QStringList columns;
    bool operator==(const FormTrendPart&) const = default;
};

struct FormTrendLayout {
    QString valueCaption; // header of the value column (新发病例合计); empty: the indicator's name
    QList<FormTrendPart> parts;
    // Footnotes: with a relative target ({baseline}: the baseline year, {target}: the change in
    // % without sign, "目标：新发病例较{baseline}年下降{target}%。"), and without a number.
    QString targetNote;
    QString noTargetNote;
    bool operator==(const FormTrendLayout&) const = default;
};

struct FormPrintLayout {
    QString documentName; // 培训情况表: the document is 培训情况表-临沂市-2023; empty: the title
    QString marker; // above the title, as an official annex carries it (附件); empty: none
    FormOrientation orientation = FormOrientation::Auto;
    FormRunningTitle runningTitle = FormRunningTitle::TitleAndYear;
    bool headerOnOneLine = false; // 填报单位：…　　年度：… as one line (else two)
    QString consolidatedMark; // after the year on a parent's form: （汇总本级及所属单位）
    bool footerOnOneLine = false; // 填报人：…　　联系电话：… as one right-aligned line
    QList<int> columnWidths;      // relative widths of the printed columns, row columns first
    // The header cell of each printed column, row columns first, where the official form words
    // or breaks it otherwise than the captions: "\n" breaks the cell's line where the paper
    // form breaks it, "{year}" stands for the form's year. Empty: the captions with their units.
    QStringList columnHeaders;
    // Derived columns print their unit after each figure (99.62%, 1.13‰) instead of in the
    // header, as the 基本情况表 always has.
    bool unitInCells = false;
    bool footerLeft = false;   // the footer lines at the left margin (else right-aligned)
    bool blankRowDash = false; // derived cells of a row without figures print "—", not blank
    QString notesPrefix = QStringLiteral("备注："); // before the first note
    bool printNotes = true;
    // The notes as paragraphs in body type, every note after the first indented by the width of
    // the prefix so they stand aligned under it (the 基本情况表); else footnotes.
    bool notesAsParagraphs = false;
    // Keys of the formulas of DESIGN.md printed as footnotes (formFormulaKeys), in place of a
    // line per derived column; empty: the derived columns' lines.
    QStringList formulas;
    FormIndicatorPrint indicators = FormIndicatorPrint::Block;
    // Line: one paragraph per indicator; {value}, {expected} (the glide path's expectation) and
    // {target} in the indicator's scale ({target} without trailing zeros), {status} the
    // glossary's word, {name} the indicator's name. "—" where not applicable.
    QString indicatorLine;
    FormTrendLayout trend; // Trend
    bool operator==(const FormPrintLayout&) const = default;
};

// The formulas a printed form may name in `formulas`: "training_coverage" (培训覆盖率) and
// "insurance_rates" (工伤保险参保率 and 工伤事故发生率, the latter dividing as the plan says, and
// how 合计 computes them).
const QStringList& formFormulaKeys();

struct FormDefinition {
    QString code;  // ASCII, stable within a plan: "annex", "platform-enterprises"
    QString title; // 重点平台企业职业伤害情况表
    // The printed title when it differs; empty: the title. "{plan}" stands for the title of the
    // plan the form belongs to (《{plan}》重点行业职业病情况表), so a renamed or copied plan
    // prints its own name.
    QString printTitle;
    FormRowKind rowKind = FormRowKind::Industries;
    QString rowCaption;   // header of the row column: 重点行业名称, 企业名称
    QString groupCaption; // IndustriesByKeyPersonnel: header of the group column (重点行业名称)
    QStringList fixedRows;    // FixedList only
    QStringList rowAliases;   // further header names of the row column (重点行业, 行业名称)
    QStringList groupAliases; // the same for the group column
    bool localRowsAllowed = true; // a unit may add rows of its own (各地确定的重点行业，分别列出)
    // Industry rows only: a unit's local rows are the local industries of its 基本情况表, so a
    // file or the editor naming another industry is refused rather than adding a row (the 培训
    // and 职业病 tables: a typo never becomes an industry).
    bool localRowsFromAnnex = false;
    QList<FormColumn> columns;
    QList<FormRule> rules;
    QList<FormField> headerFields; // beyond 填报单位 and the year, which every form has
    QList<FormField> footerFields; // 填报人, 联系电话, 填报日期 by default
    QStringList notes; // 备注 (1)…, printed under the form; "{year}" stands for the form's year
    QString remark;    // for the editor: where the definition comes from, what the plan left open
    // Layout choices that DESIGN.md's fixed CSV contracts of the 培训 and 职业病 tables need; a
    // new form keeps the defaults.
    FormTotalLabel totalLabel = FormTotalLabel::Row;
    // Whether a parent's form carries the line 汇总情况：应报N个单位，已报M个….
    bool consolidationNote = true;
    // Whether the form layout has the line 年度：… under 填报单位. The 基本情况表's has none: its
    // year stands in a column's printedCaption (2023年工伤事故数量), where the reader finds it.
    bool yearLine = true;
    FormSubtotals subtotals; // grouped forms only
    FormPrintLayout print;   // the printed form's own layout choices

    QString effectivePrintTitle() const { return printTitle.isEmpty() ? title : printTitle; }
    // The notes with "{year}" replaced by the form's year (请填写2023年底的数据).
    QStringList notesFor(int year) const;
    // With "{plan}" replaced by the plan's title.
    QString printTitleFor(const QString& planTitle) const;
    const FormColumn* column(const QString& key) const;
    int columnIndex(const QString& key) const;
    QList<FormColumn> numberColumns() const;
    bool hasGroups() const { return rowKind == FormRowKind::IndustriesByKeyPersonnel; }
    bool operator==(const FormDefinition&) const = default;
};

// "新就业形态人员数（人）": the caption with its unit, as the header rows print it.
QString columnHeader(const FormColumn& column);
// The header of the form layout and of paper for a year: columnHeader, or the printedCaption
// with "{year}" replaced and the unit (2023年工伤事故数量).
QString printedHeader(const FormColumn& column, int year);
// "{year}" in a definition's text replaced by the year.
QString withYear(QString text, int year);
// The header on screen and on paper: columnHeader, and for a rate without a unit, whose CSV
// cell carries its sign (the training table's 培训覆盖率, 70.27%), the sign of its scale in the
// header (培训覆盖率（%）), so its cells read like every other rate's.
QString displayHeader(const FormColumn& column);

// Untranslated names of the enums, as the JSON format spells them ("industries", "count", "<=").
QString formRowKindKey(FormRowKind kind);
std::optional<FormRowKind> formRowKindFromKey(const QString& key);
QString formColumnTypeKey(FormColumnType type);
std::optional<FormColumnType> formColumnTypeFromKey(const QString& key);
QString formRuleOpKey(FormRuleOp op);
std::optional<FormRuleOp> formRuleOpFromKey(const QString& key);
QString formOrientationKey(FormOrientation orientation); // "auto", "portrait", "landscape"
std::optional<FormOrientation> formOrientationFromKey(const QString& key);
QString formRunningTitleKey(FormRunningTitle title); // "titleAndYear", "printTitle"
std::optional<FormRunningTitle> formRunningTitleFromKey(const QString& key);
QString formIndicatorPrintKey(FormIndicatorPrint print); // "block", "line", "trend", "none"
std::optional<FormIndicatorPrint> formIndicatorPrintFromKey(const QString& key);
// The columns the printed form has: the group and row columns, then the definition's.
int printedColumnCount(const FormDefinition& definition);

// What is wrong with a definition itself: empty or non-ASCII keys, duplicate keys, a derived
// column whose numerator or denominator is not a number column, a zero scale, a rule naming an
// unknown or non-number column, a fixed list without rows. `field` names the part
// ("columns[2].denominator"). Empty when the definition can be used.
Diagnostics validateFormDefinition(const FormDefinition& definition);

} // namespace yufang
