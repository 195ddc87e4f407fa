#pragma once

#include "cli_context.h"

namespace yufang::cli {

int runExportTraining(Context& ctx, const QStringList& words);
int runImportTraining(Context& ctx, const QStringList& words);

} // namespace yufang::cli
