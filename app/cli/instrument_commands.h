#pragma once

#include "cli_context.h"

namespace yufang::cli {

// The instruments of the 工伤预防费 and 专家库 tabs from files, each all or nothing:
// import-experts FILE                      the expert pool CSV (services/expert_csv), added
int runImportExperts(Context& ctx, const QStringList& words);
// import-fee-budgets FILE --unit U         a row a year: income, ratio (services/fee_csv)
int runImportFeeBudgets(Context& ctx, const QStringList& words);
// import-fee-projects FILE --unit U        projects, added; refused over a year's cap
int runImportFeeProjects(Context& ctx, const QStringList& words);

} // namespace yufang::cli
