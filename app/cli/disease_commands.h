#pragma once

#include "cli_context.h"

namespace yufang::cli {

int runExportDisease(Context& ctx, const QStringList& words);
int runImportDisease(Context& ctx, const QStringList& words);

} // namespace yufang::cli
