#pragma once

#include "cli_context.h"

namespace yufang::cli {

// The form engine's commands (docs/forms.md): any form a plan defines, by its code.
int runForms(Context& ctx, const QStringList& words);
int runFormDefinition(Context& ctx, const QStringList& words);
int runImportFormDefinition(Context& ctx, const QStringList& words);
int runImportForm(Context& ctx, const QStringList& words);
int runExportForm(Context& ctx, const QStringList& words);
int runPrintForm(Context& ctx, const QStringList& words);
int runCopyPlanForms(Context& ctx, const QStringList& words);

} // namespace yufang::cli
