#pragma once

#include "plan.h"

#include <QString>
#include <QStringList>

namespace yufang {

// The words of the 基本情况表 its editor shows. Its CSV layouts, printed page and official .xlsx
// sheet are the form engine's, from the plan's `annex` definition (docs/forms.md), whose
// printTitle, printedCaption, print.columnHeaders and notes say the same.

// The title above the editor's form: 《<plan title>》重点行业企业基本情况表.
QString annexFormTitle(const Plan& plan);
// The notes a plan kept until migration 28 (附件备注) as the notes of its `annex` definition: the
// baseline year in note (1) becomes "{year}" (（1）请填写{year}年底的数据。), which the form engine
// fills in.
QStringList annexDefinitionNotes(const QStringList& planNotes, int baselineYear);

} // namespace yufang
