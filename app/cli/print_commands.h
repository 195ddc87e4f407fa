#pragma once

#include "cli_context.h"

namespace yufang::cli {

// print-annex --unit U --year Y -o FILE.pdf [--per-child]: needs a QGuiApplication (fonts).
int runPrintAnnex(Context& ctx, const QStringList& words);

} // namespace yufang::cli
