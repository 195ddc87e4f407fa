#include "migrations.h"

namespace yufang {

// Migration 11: the indicator engine (docs/indicators.md).
// - indicator_definition: a plan's indicators as data, the definition itself as JSON text
//   (io/indicator_definition_json), so a new kind of target is a new field of the JSON, not a
//   new column; code and position are columns because the editor lists and orders by them.
// - unit_plan_period: a unit follows a plan FROM a year (兰山区 follows shandong-2021 up to 2025
//   and national-2026 from 2026). unit.plan_id stays what the unit follows before its first
//   period, so a unit with one plan reads exactly as before; the effective plan for a unit and a
//   year is resolved in one place (domain/plan_assignment).
Migration indicatorsMigration() {
    return Migration{
        11,
        {
            QStringLiteral("CREATE TABLE indicator_definition ("
                           " id {{ID}},"
                           " plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                           " code TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " definition TEXT NOT NULL,"
                           " UNIQUE (plan_id, code))"),
            QStringLiteral("CREATE TABLE unit_plan_period ("
                           " unit_code TEXT NOT NULL REFERENCES unit(code) ON DELETE CASCADE,"
                           " from_year INTEGER NOT NULL,"
                           " plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (unit_code, from_year))"),
        }};
}

} // namespace yufang
