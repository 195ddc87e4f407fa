#include "migrations.h"

namespace yufang {

// Migration 28: the 附件备注 are the notes of the plan's 基本情况表 definition alone. Since
// migration 23 the plan kept a second copy (plan.annex_notes) that every plan save wrote over the
// definition's, so notes edited on 报表 were lost at the plan's next save. Migration 23 and every
// save since made the definition's notes the last ones written, so nothing is lost here.
Migration planNotesMigration() {
    return Migration{28, {QStringLiteral("ALTER TABLE plan DROP COLUMN annex_notes")}};
}

} // namespace yufang
