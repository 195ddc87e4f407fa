#pragma once

#include "cli_context.h"

namespace yufang::cli {

int runImportRegister(Context& ctx, const QStringList& words);
int runDeriveAnnex(Context& ctx, const QStringList& words);
int runDeriveFigures(Context& ctx, const QStringList& words);
int runUninsured(Context& ctx, const QStringList& words);
int runExportRegister(Context& ctx, const QStringList& words);
int runFollowUp(Context& ctx, const QStringList& words);

} // namespace yufang::cli
