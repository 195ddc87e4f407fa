#include "migrations.h"

namespace yufang {

// Migration 10: the form engine (docs/forms.md). A plan's form definitions are JSON text (the
// format of io/form_definition_json), so a new column, rule or form is data, not schema. A
// unit's filled-in form is one form_record (its header and footer fields) and one form_value
// per row and column; a row with no value keeps its place through a value with an empty
// column key. Numbers are exact integers (decimals scaled by their column's digits). A plan's
// obligation may name the form whose import counts as its return (form_code; empty: the annex,
// as before).
Migration formsMigration() {
    return Migration{
        10,
        {
            QStringLiteral("CREATE TABLE form_definition ("
                           " id {{ID}},"
                           " plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                           " code TEXT NOT NULL,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " definition TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " UNIQUE (plan_id, code))"),
            QStringLiteral("CREATE TABLE form_record ("
                           " unit_code TEXT NOT NULL REFERENCES unit(code),"
                           " form_code TEXT NOT NULL,"
                           " year INTEGER NOT NULL,"
                           " preparer TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " filled_on TEXT,"
                           " header_fields TEXT NOT NULL DEFAULT '{}',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (unit_code, form_code, year))"),
            QStringLiteral("CREATE TABLE form_value ("
                           " unit_code TEXT NOT NULL,"
                           " form_code TEXT NOT NULL,"
                           " year INTEGER NOT NULL,"
                           " row_position INTEGER NOT NULL,"
                           " row_group TEXT NOT NULL DEFAULT '',"
                           " row_key TEXT NOT NULL,"
                           " local INTEGER NOT NULL DEFAULT 0,"
                           " column_key TEXT NOT NULL,"
                           " number_value BIGINT,"
                           " text_value TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (unit_code, form_code, year, row_group, row_key,"
                           " column_key),"
                           " FOREIGN KEY (unit_code, form_code, year) REFERENCES"
                           " form_record(unit_code, form_code, year) ON DELETE CASCADE)"),
            QStringLiteral("CREATE INDEX form_value_year ON form_value(form_code, year)"),
            QStringLiteral("ALTER TABLE plan_obligation ADD COLUMN form_code TEXT NOT NULL"
                           " DEFAULT ''"),
        }};
}

} // namespace yufang
