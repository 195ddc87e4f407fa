#pragma once

#include "domain/annex.h"
#include "domain/plan.h"
#include "domain/unit.h"
#include "report_document.h"

namespace yufang {

// The annex in its official layout (seed "附件"): the 附件 marker, 《<plan title>》重点行业企业基本
// 情况表, 填报单位 with the bureau's name (`issuer`; empty: the unit's name), the header row with
// the year in the accident column, plan industries then local ones, 合计 in bold, 填报人, 联系电话
// and 填报日期 kept on one page, notes (1)-(3) of the plan, the rate definitions; A4 landscape,
// every page headed by the bureau and the title. statusNote, when given, stands under 填报单位
// (a parent's "应报…已报…", marking a partial total). Built only from the values handed to it:
// services/printed_annex assembles them from the database.
ReportDocument annexReport(const Plan& plan, const Unit& unit, const AnnexTable& table,
                           const QString& statusNote = {}, const QString& issuer = {});

} // namespace yufang
