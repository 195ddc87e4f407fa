#pragma once

#include "cli_context.h"

namespace yufang::cli {

// yufang-cli --server URL server init|migrate|add-user|disable-user|users|import-sqlite: the
// administration of a shared PostgreSQL server (docs/server.md). The database is already open
// (and its schema brought up to date) when these run.
int runServer(Context& ctx, const QStringList& words);

} // namespace yufang::cli
