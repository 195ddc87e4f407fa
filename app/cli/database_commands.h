#pragma once

#include "cli_context.h"

namespace yufang::cli {

// backup -o FILE [--keep N]: an online backup (SQLite's backup API); --keep sets how many
// automatic backups are kept beside the database (0 turns them off).
int runBackup(Context& ctx, const QStringList& words);
// These two work on the file without opening it the usual way, since they are what a user
// runs when opening fails: restore FILE replaces the database with a checked backup; check
// runs the full integrity_check.
int runRestore(Context& ctx, const QString& databasePath, const QStringList& words);
int runCheck(Context& ctx, const QString& databasePath, const QStringList& words);

} // namespace yufang::cli
