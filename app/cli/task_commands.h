#pragma once

#include "cli_context.h"

namespace yufang::cli {

// tasks --unit U --year Y [--as-of YYYY-MM-DD] [--encoding utf-8|gb18030] [-o FILE]
int runTasks(Context& ctx, const QStringList& words);
// import-tasks FILE --unit U --year Y   the checklist of `tasks`, filled in, read back
int runImportTasks(Context& ctx, const QStringList& words);
// import-hazards FILE --unit U   a unit's hazard list (隐患整改台账), added
int runImportHazards(Context& ctx, const QStringList& words);
// float FILE.csv [--encoding utf-8|gb18030] [-o FILE]
int runFloat(Context& ctx, const QStringList& words);

} // namespace yufang::cli
