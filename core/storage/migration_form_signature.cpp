#include "migrations.h"

namespace yufang {

// Migration 30: a parent signs the consolidated total of every form it sends up, not only the
// 基本情况表's. consolidated_meta (migration 8: unit and year, the annex's alone) becomes
// form_signature (unit, form and year, with the definition's other fields as JSON as in
// form_record); every signature moves as the form `annex`'s, its updated_at kept.
Migration formSignatureMigration() {
    return Migration{30,
                     {QStringLiteral("CREATE TABLE form_signature ("
                                     " unit_code TEXT NOT NULL REFERENCES unit(code),"
                                     " form_code TEXT NOT NULL,"
                                     " year INTEGER NOT NULL,"
                                     " preparer TEXT NOT NULL DEFAULT '',"
                                     " phone TEXT NOT NULL DEFAULT '',"
                                     " filled_on TEXT,"
                                     " other_fields TEXT NOT NULL DEFAULT '{}',"
                                     " updated_at TEXT NOT NULL,"
                                     " PRIMARY KEY (unit_code, form_code, year))"),
                      QStringLiteral("INSERT INTO form_signature (unit_code, form_code, year,"
                                     " preparer, phone, filled_on, updated_at)"
                                     " SELECT unit_code, 'annex', year, preparer, phone,"
                                     " filled_on, updated_at FROM consolidated_meta"),
                      QStringLiteral("DROP TABLE consolidated_meta")}};
}

} // namespace yufang
