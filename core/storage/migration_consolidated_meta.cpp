#include "migrations.h"

namespace yufang {

// Migration 8: 填报人, 联系电话 and 填报日期 of a parent unit's consolidated form (the city's
// and the province's own signature under the sum of their counties). Kept apart from
// annex_meta (since migration 20 the form `annex`'s form_record), which belongs to the unit's own
// form: a row there would make the parent "hold data" for the year and count as a form it filed.
Migration consolidatedMetaMigration() {
    return Migration{8,
                     {QStringLiteral("CREATE TABLE consolidated_meta ("
                                     " unit_code TEXT NOT NULL REFERENCES unit(code),"
                                     " year INTEGER NOT NULL,"
                                     " preparer TEXT NOT NULL DEFAULT '',"
                                     " phone TEXT NOT NULL DEFAULT '',"
                                     " filled_on TEXT,"
                                     " updated_at TEXT NOT NULL,"
                                     " PRIMARY KEY (unit_code, year))")}};
}

} // namespace yufang
