#pragma once

#include "cli_context.h"

namespace yufang::cli {

// tasks --unit U --year Y [--as-of YYYY-MM-DD] [--encoding utf-8|gb18030] [-o FILE]
int runTasks(Context& ctx, const QStringList& words);
// float FILE.csv [--encoding utf-8|gb18030] [-o FILE]
int runFloat(Context& ctx, const QStringList& words);

} // namespace yufang::cli
