#pragma once

#include "cli_context.h"

namespace yufang::cli {

int runImportAnnex(Context& ctx, const QStringList& words);
int runExportAnnex(Context& ctx, const QStringList& words);

} // namespace yufang::cli
