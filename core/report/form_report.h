#pragma once

#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "domain/indicator_evaluation.h"
#include "domain/plan.h"
#include "report_document.h"

namespace yufang {

// What the printed form shows besides its definition and figures (FormTableExport::context
// gathers it).
struct FormReportContext {
    QString unitName;
    QString issuer;            // the bureau (services/unit_bureau); empty: the unit's name
    bool consolidated = false; // a parent's consolidated form
    QString statusNote; // a parent's "应报…已报…" line (consolidationNote), else empty
    // How the unit's plan divides the accident rate: the formula "insurance_rates" says it.
    RateDenominator rateDenominator = RateDenominator::InsuredPersons;
    // The indicator engine's results for the plan's indicators on this form (block and line),
    // and their trends (trend).
    QList<IndicatorResult> indicators;
    QList<IndicatorTrend> trends;
};

// Any form in its printed layout, built only from the values handed to it (the form engine):
// the print title, 填报单位, 年度 and the form's own header fields, an optional status line (a
// parent's "应报…已报…"), the table (the row caption, every column with its unit, one row per
// row, 合计 in bold with derived columns recomputed from the sums, "—" where not applicable),
// the plan's indicators on the form, the footer fields, the notes and the definitions of the
// derived columns. `issuer`, the bureau, stands in 填报单位 and heads every page; empty: the
// unit's name. The footer fields print on one page. A grouped form prints the subtotals its
// definition asks for (FormSubtotals). The indicators print as the definition's layout says
// (FormPrintLayout::indicators): the block "本表指标" under the table by default, one line per
// indicator, or each indicator's trend against its baseline; any form with indicators gets them
// the same way, none without. Every other choice the layout leaves open (document name,
// orientation, header and footer on one line, column widths, notes, formulas) is the
// definition's `print`.
ReportDocument formReport(const FormDefinition& definition, const FormTable& table,
                          const FormReportContext& context);

// The indicator block as a table: one row per indicator (its total), with the value of the
// year, the baseline value, the change, the target, the glide path's expectation for the year,
// 应报/已报 and the status (status_glossary's official name).
ReportTable formIndicatorsTable(const QList<IndicatorResult>& indicators);

// An indicator's trend as a table: 年度, the value (trend.valueCaption, else the name), the
// layout's parts, the change against the baseline ("−13 (−40.63%)") and 是否达到目标.
ReportTable formTrendTable(const FormTrendLayout& layout, const IndicatorTrend& trend);

// "职业伤害发生率 = 职业伤害人数 ÷ 参加职业伤害保障人数 × 1000 (‰)": one line per derived column.
QStringList formDefinitionsText(const FormDefinition& definition);

} // namespace yufang
