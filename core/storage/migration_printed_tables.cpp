#include "migrations.h"

namespace yufang {

// Migration 22: the printed 培训 and 职业病 pages are the form engine's printed form, so what
// they computed on their own becomes data of the stored definitions (docs/forms.md, "Migration
// 22"). Plain SQL on the compact JSON text (both dialects have replace, substr and ||); a
// definition already carrying a member is left alone, and no value of any form changes.
//
// - A plan's training-coverage indicator (trained ÷ key personnel against a level) follows the
//   path from the first year with data that the printed 培训 page and the 培训 tab have always
//   drawn.
// - A plan's numeric reduction target of occupational-disease cases (plan.disease_reduction_target,
//   set on the 职业病 tab) becomes the relative target of its disease-cases indicator (a count on
//   the form `disease` without a number), so the indicator engine measures it; the column keeps
//   its value but is read no more.
Migration printedTablesMigration() {
    return Migration{
        22,
        {QStringLiteral(
             "UPDATE indicator_definition SET definition = replace(definition,"
             " '\"target_kind\":\"none\"', '\"target\":' ||"
             " CAST(-(SELECT p.disease_reduction_target FROM plan p"
             " WHERE p.id = indicator_definition.plan_id) AS TEXT) ||"
             " ',\"target_kind\":\"relative\"')"
             " WHERE definition LIKE '%\"form\":\"disease\"%'"
             " AND definition LIKE '%\"kind\":\"count\"%'"
             " AND definition LIKE '%\"direction\":\"down\"%'"
             " AND definition LIKE '%\"target_kind\":\"none\"%'"
             " AND EXISTS (SELECT 1 FROM plan p WHERE p.id = indicator_definition.plan_id"
             " AND p.disease_reduction_target > 0 AND p.disease_reduction_target < 1)"),
         QStringLiteral("UPDATE indicator_definition SET definition = replace(definition,"
                        " '\"glide_path\":\"none\"', '\"glide_path\":\"from_first_data\"')"
                        " WHERE definition LIKE '%\"form\":\"training\"%'"
                        " AND definition LIKE '%\"kind\":\"ratio_of_sums\"%'"
                        " AND definition LIKE '%\"numerator\":[\"trained\"]%'"
                        " AND definition LIKE '%\"denominator\":[\"key_personnel\"]%'"
                        " AND definition LIKE '%\"target_kind\":\"level\"%'"
                        " AND definition LIKE '%\"glide_path\":\"none\"%'")}};
}

} // namespace yufang
