#include "migrations.h"

namespace yufang {

// Migration 13: the narrative of the final evaluation and the annual report
// (docs/evaluation.md). The three sections the clerk writes (主要做法和成效、存在的问题、
// 下一步工作打算) and the preparer named on the cover, one row per unit, plan, year and kind
// (final or annual: the 2025 annual report and the 2021-2025 final evaluation say different
// things). Saves are revision-checked through record_revisions like every editor's.
Migration evaluationMigration() {
    return Migration{
        13,
        {QStringLiteral("CREATE TABLE evaluation_narrative ("
                        " unit_code TEXT NOT NULL REFERENCES unit(code) ON DELETE CASCADE,"
                        " plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                        " year INTEGER NOT NULL,"
                        " kind TEXT NOT NULL CHECK (kind IN ('final', 'annual')),"
                        " achievements TEXT NOT NULL DEFAULT '',"
                        " problems TEXT NOT NULL DEFAULT '',"
                        " next_steps TEXT NOT NULL DEFAULT '',"
                        " preparer TEXT NOT NULL DEFAULT '',"
                        " updated_at TEXT NOT NULL,"
                        " PRIMARY KEY (unit_code, plan_id, year, kind))")}};
}

} // namespace yufang
