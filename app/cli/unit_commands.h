#pragma once

#include "cli_context.h"

namespace yufang::cli {

int runInit(Context& ctx, const QStringList& words);
int runUnits(Context& ctx, const QStringList& words);
int runImportUnits(Context& ctx, const QStringList& words);

} // namespace yufang::cli
