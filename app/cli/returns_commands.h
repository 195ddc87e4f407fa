#pragma once

#include "cli_context.h"

namespace yufang::cli {

// returns --unit U --year Y [--today DATE] [--encoding E] [-o FILE]: CSV of the returns board.
int runReturns(Context& ctx, const QStringList& words);
// audit [--unit U] [--year Y] [--since DATE] [--until DATE] [--encoding E] [-o FILE]: CSV of the
// trail.
int runAudit(Context& ctx, const QStringList& words);
// matrix --unit U --year Y --measure M [--encoding E] [-o FILE]: child units × industries.
int runMatrix(Context& ctx, const QStringList& words);

} // namespace yufang::cli
