#include "migrations.h"

namespace yufang {

// Migration 9: the plan's reporting threshold for the like-for-like rule (docs/progress.md):
// the share (%) of the units expected to report that must have reported in both the baseline
// year and the year before a consolidated figure gets a status. 100 by default, so an existing
// plan gives no status to a partial total until it says otherwise.
Migration reportingMigration() {
    return Migration{9,
                     {QStringLiteral("ALTER TABLE plan ADD COLUMN reporting_threshold INTEGER"
                                     " NOT NULL DEFAULT 100 CHECK (reporting_threshold BETWEEN 1"
                                     " AND 100)")}};
}

} // namespace yufang
