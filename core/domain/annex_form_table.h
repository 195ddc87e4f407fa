#pragma once

#include "annex.h"
#include "form_definition.h"
#include "form_table.h"

// The 基本情况表 is the form `annex` of the engine (its storage since migration 20) but keeps
// its own AnnexTable above it; these translate between the two, so what every form shares
// (the per-value diff, versions, the indicator sources) reads the annex as a FormTable.
namespace yufang {

// One row per industry (key the industry, local as the table marks it), the five counts by
// their column keys (countFieldKey), the remark as text, 填报人, 联系电话 and 填报日期 (ISO) as
// fields; empty values are left out.
FormTable annexAsFormTable(const AnnexTable& table);
// Back: the counts, remark and footer of each row; other columns are not the annex's.
AnnexTable formTableAsAnnex(const FormTable& table);

// The columns and footer the annex's own stack knows (AnnexTable): the five counts with
// their captions (企业户数, …, 工伤事故数量), 备注, and 填报人/联系电话/填报日期. Its saves
// describe their changes with it, so the trail keeps its words whatever a plan's stored
// definition says, and code that holds an AnnexTable but no definition (the importer's
// preview, the editor's conflict message) names the fields the same way.
const FormDefinition& annexStackDefinition();

} // namespace yufang
