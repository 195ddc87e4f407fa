#pragma once

#include "cli_context.h"

namespace yufang::cli {

// yufang-cli progress --unit U [--year Y] [--encoding utf-8|gb18030] [-o FILE]
int runProgress(Context& ctx, const QStringList& words);

} // namespace yufang::cli
