#include "migrations.h"

namespace yufang {

// Migration 21: the training table's printed subtotals (小计 per industry, 合计 per category)
// become data of its stored definition (`subtotals`, docs/forms.md), so the engine's printed
// form lays them out for it as for any grouped form. Plain SQL on the compact JSON text (both
// dialects have substr and ||); a definition that already has the member is left alone, and no
// value of any form changes.
Migration printSubtotalsMigration() {
    return Migration{
        21,
        {QStringLiteral(
            "UPDATE form_definition SET definition = '{\"subtotals\":[\"groups\",\"rows\"],' ||"
            " substr(definition, 2) WHERE code = 'training'"
            " AND definition NOT LIKE '%\"subtotals\"%'")}};
}

} // namespace yufang
