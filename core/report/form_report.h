#pragma once

#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "domain/indicator_evaluation.h"
#include "report_document.h"

namespace yufang {

// Any form in its printed layout, built only from the values handed to it (the form engine):
// the print title, 填报单位, 年度 and the form's own header fields, an optional status line (a
// parent's "应报…已报…"), the table (the row caption, every column with its unit, one row per
// row, 合计 in bold with derived columns recomputed from the sums, "—" where not applicable),
// the footer fields, the notes and the definitions of the derived columns. Landscape when the
// form has more than six columns. `issuer`, the bureau (services/unit_bureau), stands in 填报单位
// and heads every page; empty: the unit's name. The footer fields print on one page.
// A grouped form prints the subtotals its definition asks for (FormSubtotals). `indicators`,
// the indicator engine's results of the plan's indicators on this form
// (FormTableExport::indicators), print as the block "本表指标" under the table: any form with
// indicators gets it the same way, none without.
ReportDocument formReport(const FormDefinition& definition, const QString& unitName,
                          const FormTable& table, const QString& statusNote = {},
                          const QString& issuer = {},
                          const QList<IndicatorResult>& indicators = {});

// The indicator block as a table: one row per indicator (its total), with the value of the
// year, the baseline value, the change, the target, the glide path's expectation for the year,
// 应报/已报 and the status (status_glossary's official name).
ReportTable formIndicatorsTable(const QList<IndicatorResult>& indicators);

// "职业伤害发生率 = 职业伤害人数 ÷ 参加职业伤害保障人数 × 1000 (‰)": one line per derived column.
QStringList formDefinitionsText(const FormDefinition& definition);

} // namespace yufang
