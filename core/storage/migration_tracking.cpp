#include "migrations.h"

namespace yufang {

// Migration 15: the day an office started keeping its returns in Yufang (启用日期, "tracked
// since"). Returns due before it are history the office never tracked here, so they are not
// counted as overdue: a city that starts in 2026 is not greeted by "117 overdue" for 2021-2025.
// Per unit and in the database, not in a user's settings: on a shared server every clerk of an
// office, and the CLI, must count the same overdue returns, and each office of a province that
// shares the server starts on its own day.
Migration trackingMigration() {
    return Migration{15,
                     {QStringLiteral("CREATE TABLE unit_tracking ("
                                     " unit_code TEXT PRIMARY KEY REFERENCES unit(code)"
                                     " ON DELETE CASCADE,"
                                     " tracked_since TEXT NOT NULL,"
                                     " updated_at TEXT NOT NULL)")}};
}

} // namespace yufang
