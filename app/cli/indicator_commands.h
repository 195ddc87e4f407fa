#pragma once

#include "cli_context.h"

namespace yufang::cli {

// yufang-cli indicators --unit U [--year Y] [--plan P] [--encoding utf-8|gb18030] [-o FILE]
int runIndicators(Context& ctx, const QStringList& words);
// yufang-cli indicator-definition --plan P --indicator I [-o FILE.json]
int runIndicatorDefinition(Context& ctx, const QStringList& words);
// yufang-cli import-indicator-definition FILE.json --plan P [--replace]
int runImportIndicatorDefinition(Context& ctx, const QStringList& words);
// yufang-cli assign-plan --unit U --plan P --from YEAR
int runAssignPlan(Context& ctx, const QStringList& words);

} // namespace yufang::cli
