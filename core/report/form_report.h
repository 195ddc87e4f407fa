#pragma once

#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "report_document.h"

namespace yufang {

// Any form in its printed layout, built only from the values handed to it (the form engine):
// the print title, 填报单位, 年度 and the form's own header fields, an optional status line (a
// parent's "应报…已报…"), the table (the row caption, every column with its unit, one row per
// row, 合计 in bold with derived columns recomputed from the sums, "—" where not applicable),
// the footer fields, the notes and the definitions of the derived columns. Landscape when the
// form has more than six columns. `issuer`, the bureau (services/unit_bureau), stands in 填报单位
// and heads every page; empty: the unit's name. The footer fields print on one page.
ReportDocument formReport(const FormDefinition& definition, const QString& unitName,
                          const FormTable& table, const QString& statusNote = {},
                          const QString& issuer = {});

// "职业伤害发生率 = 职业伤害人数 ÷ 参加职业伤害保障人数 × 1000 (‰)": one line per derived column.
QStringList formDefinitionsText(const FormDefinition& definition);

} // namespace yufang
